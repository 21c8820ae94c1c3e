"""The directory in the Wagtail admin: snippet viewsets, scoped to the editor's own hubs."""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import render
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Hub,
    Language,
    Location,
    Organisation,
    Schedule,
    SchoolHoliday,
    Service,
    TaxonomyTerm,
)
from .permissions import hub_field, scope_to_user, user_can_reach, user_hub_ids


def forbidden(request):
    """A real 403 page. (Wagtail turns PermissionDenied into a redirect to the dashboard.)"""
    return render(request, "directory/admin_forbidden.html", status=403)


def foreign_hub_requested(request):
    """Whether the listing is asked for (?hub=) a hub the user may not edit."""
    hub = request.GET.get("hub")
    if not hub:
        return False
    allowed = user_hub_ids(request.user)
    try:
        return allowed is not None and int(hub) not in allowed
    except ValueError:
        return True


def guard_hub_object(view, model):
    """Refuse (403) any view of a record, or a listing, of a hub the user may not edit.

    Wraps every view of a scoped viewset; views without a primary key or ?hub= pass through.
    """

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if foreign_hub_requested(request):
            return forbidden(request)
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                instance = model._default_manager.filter(pk=unquote(str(pk))).first()
            except (ValidationError, ValueError):
                raise Http404 from None
            if instance is not None and not user_can_reach(request.user, instance):
                return forbidden(request)
        return view(request, *args, **kwargs)

    return guarded


class ScopedChooserMixin:
    def get_object_list(self):
        return scope_to_user(super().get_object_list(), self.request.user)


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get(self, request, pk):
        try:
            instance = self.get_object(unquote(str(pk)))
        except (ObjectDoesNotExist, ValidationError, ValueError):
            raise Http404 from None
        if not user_can_reach(request.user, instance):
            return forbidden(request)
        return self.get_chosen_response(instance)


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return scope_to_user(super().get_objects(pks), self.request.user)


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class HubScopedViewSet(SnippetViewSet):
    """A snippet viewset whose every view only reaches the editor's own hubs' records.

    `?hub=<id>` narrows the listing to one hub; asking for a hub that is not yours is a 403.
    """

    chooser_viewset_class = ScopedChooserViewSet
    search_backend_name = None
    related = ()

    def get_queryset(self, request):
        queryset = self.model._default_manager.all()
        if self.related:
            queryset = queryset.select_related(*self.related)
        hub = request.GET.get("hub")
        if hub:
            if foreign_hub_requested(request):  # the view wrapper has answered 403 already
                raise PermissionDenied
            queryset = queryset.filter(**{hub_field(self.model): int(hub)})
        return scope_to_user(queryset, request.user)

    def construct_view(self, view_class, **kwargs):
        return guard_hub_object(super().construct_view(view_class, **kwargs), self.model)


class ServiceViewSet(HubScopedViewSet):
    model = Service
    icon = "list-ul"
    menu_label = "Services"
    list_display = ["name", "hub", "kind", "status", "published"]
    list_filter = ["kind", "status", "published"]
    search_fields = ["name_en", "description_en"]
    related = ("hub",)


class ScheduleViewSet(HubScopedViewSet):
    model = Schedule
    icon = "date"
    menu_label = "Sessions"
    list_display = [
        Column("service", label="Service", accessor="service"),
        Column("when", label="When", accessor="describe"),
        "location",
    ]
    list_filter = ["freq", "term_time_only"]
    search_fields = ["service__name_en"]
    related = ("service", "location")


class LocationViewSet(HubScopedViewSet):
    model = Location
    icon = "site"
    menu_label = "Places"
    list_display = ["name", "hub", "postcode", "step_free_access"]
    list_filter = ["step_free_access", "baby_change"]
    search_fields = ["name_en", "postcode", "address_1"]
    related = ("hub",)


class HubViewSet(HubScopedViewSet):
    model = Hub
    icon = "home"
    menu_label = "Hubs"
    list_display = ["name", "kind", "central"]
    search_fields = ["name_en"]
    related = ("central",)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    search_backend_name = None
    search_fields = ["name_en"]


class TaxonomyTermViewSet(SnippetViewSet):
    model = TaxonomyTerm
    icon = "tag"
    menu_label = "Categories"
    list_display = ["code", "name"]
    search_backend_name = None
    search_fields = ["code", "name_en"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = "Languages"
    list_display = ["code", "name", "name_local"]
    search_backend_name = None
    search_fields = ["code", "name"]


class SchoolHolidayViewSet(SnippetViewSet):
    model = SchoolHoliday
    icon = "calendar-alt"
    menu_label = "School holidays"
    list_display = ["name", "starts", "ends"]
    search_backend_name = None
    search_fields = ["name_en"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "site"
    menu_order = 250
    items = (
        ServiceViewSet,
        ScheduleViewSet,
        LocationViewSet,
        HubViewSet,
        OrganisationViewSet,
        TaxonomyTermViewSet,
        LanguageViewSet,
        SchoolHolidayViewSet,
    )


register_snippet(DirectoryViewSetGroup)
