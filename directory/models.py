"""The directory: family hubs, the places they use, their services and sessions.

Shaped like Open Referral UK 3.0 so that the public API is a view of these
tables: services, locations, organisations and schedules have UUIDs, and a
schedule keeps the RFC 5545 fields (freq, interval, byday, bymonthday).

Every service, place and session belongs to one hub; hub staff edit only their
own hub's records (see `directory.permissions`).
"""

import uuid

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin

from .admin_forms import HubScopedAdminForm, ScheduleAdminForm
from .taxonomy import CATEGORY_LABELS
from .validators import (
    normalise_postcode,
    parse_byday,
    parse_bymonthday,
    validate_in_uk,
    validate_uk_postcode,
)

ALL_HUBS_PERMISSION = "directory.manage_all_hubs"

WEEKDAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
WEEKDAY_CODES = [code for code, _label in WEEKDAYS]
WEEKDAY_LABELS = dict(WEEKDAYS)


class ServiceKind(models.TextChoices):
    FAMILY_HUB = "family-hub", _("Family hub")
    CLINIC = "clinic", _("Clinic")
    GROUP = "group", _("Group")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


class Frequency(models.TextChoices):
    WEEKLY = "WEEKLY", _("Weekly (or every few weeks)")
    MONTHLY = "MONTHLY", _("Monthly")
    ONCE = "ONCE", _("Once only")


class ChangeKind(models.TextChoices):
    CANCELLED = "cancelled", _("Cancelled")
    MOVED = "moved", _("Moved")


class HubKind(models.TextChoices):
    CENTRAL = "central", _("Central hub")
    SPOKE = "spoke", _("Spoke hub")


# --- Reference data -----------------------------------------------------------


class Taxonomy(models.Model):
    """A vocabulary of service categories (ORUK taxonomy)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    uri = models.URLField(blank=True)
    version = models.CharField(max_length=50, blank=True)

    class Meta:
        verbose_name_plural = "taxonomies"

    def __str__(self):
        return self.name


class TaxonomyTerm(models.Model):
    """A service category parents filter by (ORUK taxonomy_term). `code` is the stable URL value."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    code = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )

    panels = [
        FieldPanel("taxonomy"),
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = "category"
        verbose_name_plural = "categories"

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        """The interface label from the gettext catalogs for our own codes, else the stored name."""
        return CATEGORY_LABELS.get(self.code) or self.name


class Language(models.Model):
    """A language spoken at a service (not only through an interpreter)."""

    code = models.CharField(max_length=12, unique=True, help_text="ISO 639 code, e.g. pl, ur, bfi.")
    name = models.CharField(max_length=100, help_text="The language's name in English.")
    name_local = models.CharField(max_length=100, help_text="The language's name in itself.")

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("name_local")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return (
            self.name_local if self.name_local == self.name else f"{self.name_local} ({self.name})"
        )


class SchoolHoliday(models.Model):
    """A school holiday: sessions marked "term time only" do not run during it."""

    name = models.CharField(max_length=100)
    starts = models.DateField()
    ends = models.DateField(help_text="The last day of the holiday.")

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("starts"), FieldPanel("ends")])]

    class Meta:
        ordering = ["starts"]

    def __str__(self):
        return f"{self.name} ({self.starts:%d/%m/%Y} – {self.ends:%d/%m/%Y})"

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError(
                {"ends": _("The last day of the holiday must not be before its first day.")}
            )


class PostcodePlace(models.Model):
    """A postcode (unit, sector or district) with the coordinates of its centre."""

    UNIT, SECTOR, DISTRICT = "unit", "sector", "district"
    KINDS = [(UNIT, "Full postcode"), (SECTOR, "Postcode sector"), (DISTRICT, "Postcode district")]

    postcode = models.CharField(max_length=8, unique=True)
    kind = models.CharField(max_length=8, choices=KINDS)
    latitude = models.FloatField()
    longitude = models.FloatField()

    def __str__(self):
        return self.postcode


# --- Hubs and their listings ------------------------------------------------


class HubOwned(models.Model):
    """Records that belong to one hub. `hub_lookup` is the ORM path to the owning hub."""

    hub_lookup = "hub"

    class Meta:
        abstract = True

    @property
    def owning_hub_id(self):
        return self.hub_id


class Organisation(RevisionMixin, models.Model):
    """Who provides a service (ORUK organization), e.g. the council or the health visiting team."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    description = models.TextField()
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("email"),
        FieldPanel("website"),
    ]

    class Meta:
        ordering = ["name_en"]

    def __str__(self):
        return self.name


class Hub(RevisionMixin, models.Model):
    """A family hub: a central hub or one of its spokes. It owns its services, places and sessions."""

    hub_lookup = "pk"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=10, choices=HubKind.choices, default=HubKind.SPOKE)
    central = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="spokes",
        limit_choices_to={"kind": HubKind.CENTRAL},
        verbose_name="central hub",
    )
    description = models.TextField(blank=True)
    main_location = models.ForeignKey(
        "Location",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The hub's own building.",
    )
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    opening_hours = models.CharField(max_length=200, blank=True)
    staff_group = models.OneToOneField(
        Group,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="directory_hub",
    )

    # Hub staff see their hub's name but cannot change it (HubScopedAdminForm disables the
    # per-language name fields, which wagtail-modeltranslation makes without the permission).
    panels = [
        FieldPanel("name"),
        FieldPanel("slug", permission=ALL_HUBS_PERMISSION),
        FieldRowPanel(
            [
                FieldPanel("kind", permission=ALL_HUBS_PERMISSION),
                FieldPanel("central", permission=ALL_HUBS_PERMISSION),
            ]
        ),
        FieldPanel("description"),
        FieldPanel("main_location"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")],
            heading="Contact",
        ),
    ]
    base_form_class = HubScopedAdminForm

    class Meta:
        ordering = ["kind", "name_en"]
        permissions = [("manage_all_hubs", "Can edit the listings of every hub")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:hub", kwargs={"slug": self.slug})

    @property
    def owning_hub_id(self):
        return self.pk

    def clean(self):
        if self.kind == HubKind.SPOKE and not self.central_id:
            raise ValidationError({"central": _("A spoke hub must name its central hub.")})
        if self.kind == HubKind.CENTRAL and self.central_id:
            raise ValidationError({"central": _("A central hub does not have a central hub.")})


class Location(HubOwned, RevisionMixin, models.Model):
    """A place where services run (ORUK location with its address and accessibility)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    hub = models.ForeignKey(
        Hub, null=True, blank=True, on_delete=models.PROTECT, related_name="locations"
    )
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    address_1 = models.CharField("address", max_length=200)
    address_2 = models.CharField("address line 2", max_length=200, blank=True)
    city = models.CharField("town or city", max_length=100, default="Leicester")
    postcode = models.CharField(max_length=12, validators=[validate_uk_postcode])
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Leave empty to use the centre of the postcode.",
    )
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    step_free_access = models.BooleanField(default=False)
    baby_change = models.BooleanField(default=False)
    parking = models.BooleanField(default=False)
    accessibility_notes = models.TextField(blank=True)

    panels = [
        FieldPanel("hub"),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldPanel("address_2"),
                FieldPanel("city"),
                FieldPanel("postcode"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Address",
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("baby_change"),
                FieldPanel("parking"),
                FieldPanel("accessibility_notes"),
            ],
            heading="Access",
        ),
    ]
    base_form_class = HubScopedAdminForm

    class Meta:
        ordering = ["name_en"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="directory_location_latlon")]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.postcode:
            self.postcode = normalise_postcode(self.postcode) or self.postcode
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Enter both latitude and longitude, or neither.")
        elif self.latitude is None and self.postcode:
            from .postcodes import centre_of_postcode

            place = centre_of_postcode(self.postcode)
            if place is None:
                errors["latitude"] = _(
                    "We could not find this postcode. Enter the latitude and longitude."
                )
            else:
                self.latitude, self.longitude = place.latitude, place.longitude
        try:
            validate_in_uk(self.latitude, self.longitude)
        except ValidationError as error:
            errors["latitude"] = error.messages
        if errors:
            raise ValidationError(errors)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def address_lines(self):
        return [line for line in (self.address_1, self.address_2, self.city, self.postcode) if line]


class Service(HubOwned, RevisionMixin, ClusterableModel):
    """A family hub's offer, a clinic or a group (ORUK service)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    hub = models.ForeignKey(
        Hub,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="services",
        help_text="The hub that keeps this listing up to date.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text="Who provides it.",
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=12, choices=ServiceKind.choices, default=ServiceKind.GROUP)
    description = models.TextField(help_text="What it is, in one or two short paragraphs.")
    what_to_expect = models.TextField(
        blank=True, help_text="What happens, who runs it, what to bring, whether to book."
    )
    categories = ParentalManyToManyField(TaxonomyTerm, blank=True, related_name="services")
    serves_pregnancy = models.BooleanField("during pregnancy", default=False)
    min_age_months = models.PositiveSmallIntegerField(
        "youngest age (months)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(216)],
        help_text="0 for newborns. Leave empty if the service is only for pregnancy.",
    )
    max_age_months = models.PositiveSmallIntegerField(
        "oldest age (months)",
        null=True,
        blank=True,
        validators=[MaxValueValidator(216)],
        help_text="60 for up to five years. Leave empty for no upper limit.",
    )
    is_free = models.BooleanField("free", default=True)
    cost_description = models.CharField(
        "cost", max_length=200, blank=True, help_text="For example: £2 per family per session."
    )
    languages = ParentalManyToManyField(
        Language, blank=True, related_name="services", verbose_name="languages spoken"
    )
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    status = models.CharField(
        max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    alert = models.CharField(
        max_length=300,
        blank=True,
        help_text="A short notice shown at the top, e.g. a change of room.",
    )
    published = models.BooleanField(
        "show on the website", default=True, help_text="Untick to hide it from parents."
    )
    origin = models.CharField(max_length=20, blank=True, editable=False)
    last_modified = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("hub"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("published"),
        FieldPanel("alert"),
        FieldPanel("description"),
        FieldPanel("what_to_expect"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("serves_pregnancy"),
                FieldRowPanel([FieldPanel("min_age_months"), FieldPanel("max_age_months")]),
            ],
            heading="Who it is for",
        ),
        MultiFieldPanel([FieldPanel("is_free"), FieldPanel("cost_description")], heading="Cost"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading="Contact"
        ),
        FieldPanel("organisation"),
        InlinePanel("service_at_locations", heading="Places", label="Place"),
    ]
    base_form_class = HubScopedAdminForm

    class Meta:
        ordering = ["name_en"]
        indexes = [
            # Covers the listed-service filters, so searches read this index, not the wide rows.
            models.Index(
                fields=["published", "status", "kind", "is_free", "id"],
                name="directory_service_live",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:service", kwargs={"pk": self.pk})

    def clean(self):
        errors = {}
        if (
            self.min_age_months is not None
            and self.max_age_months is not None
            and self.max_age_months < self.min_age_months
        ):
            errors["max_age_months"] = _("The oldest age must not be below the youngest age.")
        if not self.is_free and not (self.cost_description or "").strip():
            errors["cost_description"] = _("Say what it costs, or tick 'free'.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_listed(self):
        return self.published and self.status == ServiceStatus.ACTIVE

    def serves_age(self, months):
        """Whether a child of `months` (None: during pregnancy) can come."""
        if months is None:
            return self.serves_pregnancy
        if self.min_age_months is None and self.max_age_months is None:
            return not self.serves_pregnancy
        low = self.min_age_months or 0
        high = self.max_age_months if self.max_age_months is not None else 10_000
        return low <= months <= high


class ServiceAtLocation(Orderable):
    """A service offered at a place (ORUK service_at_location)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("location")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["service", "location"], name="directory_sal_unique")
        ]
        verbose_name = "service at a place"

    def __str__(self):
        return f"{self.service} – {self.location}"


class Schedule(HubOwned, RevisionMixin, ClusterableModel):
    """When a service runs at a place: a weekly or monthly pattern, or a one-off session.

    Occurrences are computed with dateutil's rrule in `directory.schedules`.
    """

    hub_lookup = "service__hub"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="schedules")
    location = models.ForeignKey(
        Location,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="schedules",
        help_text="Leave empty for a session held online or by phone.",
    )
    freq = models.CharField("repeats", max_length=8, choices=Frequency.choices)
    interval = models.PositiveSmallIntegerField(
        "every",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="1 for every week or month, 2 for every other, and so on.",
    )
    byday = models.CharField(
        "days",
        max_length=40,
        blank=True,
        help_text="RFC 5545 days: TU,TH for weekly; 2TU for the second Tuesday; -1FR for the last Friday.",
    )
    bymonthday = models.CharField("days of the month", max_length=40, blank=True)
    valid_from = models.DateField(help_text="The first session, or the date this pattern starts.")
    valid_until = models.DateField(
        null=True,
        blank=True,
        help_text="The last date this pattern applies. Leave empty if it goes on.",
    )
    opens_at = models.TimeField("starts at")
    closes_at = models.TimeField("ends at")
    term_time_only = models.BooleanField(
        default=False, help_text="Skip school holidays (as set under Directory → School holidays)."
    )
    notes = models.CharField(
        max_length=300,
        blank=True,
        help_text="For example: in the community room; book a place first.",
    )

    panels = [
        FieldPanel("service"),
        FieldPanel("location"),
        MultiFieldPanel(
            [
                FieldPanel("freq"),
                FieldPanel("weekdays"),
                FieldPanel("week_of_month"),
                FieldPanel("interval"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("term_time_only"),
            ],
            heading="When",
        ),
        FieldPanel("notes"),
        InlinePanel(
            "changes",
            heading="Changes to single sessions",
            label="Change",
            help_text="Cancel or move one session, and say why.",
        ),
    ]
    base_form_class = ScheduleAdminForm

    class Meta:
        ordering = ["service__name_en", "valid_from"]
        verbose_name = "session"
        verbose_name_plural = "sessions"

    def __str__(self):
        return f"{self.service.name}: {self.describe()}"

    def save(self, *args, **kwargs):
        if self.freq == Frequency.ONCE:
            # A one-off session is on the weekday of its date; keeps the day filter simple.
            self.byday = WEEKDAY_CODES[self.valid_from.weekday()]
            self.valid_until = self.valid_from
            self.interval = 1
        self.byday = (self.byday or "").upper().replace(" ", "")
        super().save(*args, **kwargs)
        if self.location_id:
            ServiceAtLocation.objects.get_or_create(
                service_id=self.service_id, location_id=self.location_id
            )

    @property
    def owning_hub_id(self):
        return self.service.hub_id if self.service_id else None

    def clean(self):
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The end time must be after the start time.")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The 'until' date must be on or after the 'from' date.")
        try:
            days = parse_byday(self.byday)
            parse_bymonthday(self.bymonthday)
        except ValueError as error:
            errors["byday"] = _("'%(part)s' is not a day like TU, 2TU or -1FR.") % {
                "part": error.args[0]
            }
            days = []
        if self.freq == Frequency.WEEKLY and not days:
            errors.setdefault("byday", _("Choose the day or days of the week."))
        if self.freq == Frequency.WEEKLY and any(n is not None for n, _day in days):
            errors.setdefault("byday", _("A weekly session cannot use a week of the month."))
        if self.freq == Frequency.MONTHLY and not days and not self.bymonthday:
            errors.setdefault(
                "byday", _("Choose which day of the month, for example the 2nd Tuesday.")
            )
        if self.freq == Frequency.MONTHLY and days and any(n is None for n, _day in days):
            errors.setdefault(
                "byday", _("Choose which week of the month, for example the 2nd or the last.")
            )
        if (
            self.location_id
            and self.service_id
            and self.location.hub_id is not None
            and self.location.hub_id != self.service.hub_id
        ):
            errors["location"] = _("Choose one of this hub's places.")
        if errors:
            raise ValidationError(errors)

    def describe(self):
        from .schedules import describe_schedule

        return describe_schedule(self)

    @cached_property
    def weekday_codes(self):
        try:
            return [day for _n, day in parse_byday(self.byday)]
        except ValueError:
            return []


class ScheduleChange(Orderable):
    """A change to one session: cancelled, or moved to another time, day or place."""

    schedule = ParentalKey(Schedule, on_delete=models.CASCADE, related_name="changes")
    date = models.DateField(help_text="The date of the session that changes.")
    kind = models.CharField(
        "change", max_length=10, choices=ChangeKind.choices, default=ChangeKind.CANCELLED
    )
    reason = models.CharField(
        max_length=200, blank=True, help_text="Shown to parents, e.g. 'Staff sickness'."
    )
    new_date = models.DateField(null=True, blank=True, help_text="If moved to another day.")
    new_opens_at = models.TimeField("new start time", null=True, blank=True)
    new_closes_at = models.TimeField("new end time", null=True, blank=True)
    new_place = models.CharField(
        max_length=200, blank=True, help_text="If moved to another room or building."
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("reason"),
        FieldRowPanel(
            [FieldPanel("new_date"), FieldPanel("new_opens_at"), FieldPanel("new_closes_at")]
        ),
        FieldPanel("new_place"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["schedule", "date"], name="directory_change_unique")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.date:%d/%m/%Y}"

    def clean(self):
        errors = {}
        if self.kind == ChangeKind.MOVED and not (
            self.new_date or self.new_opens_at or self.new_place
        ):
            errors["new_date"] = _("Say where or when the session moves to.")
        if (self.new_opens_at is None) != (self.new_closes_at is None):
            errors["new_closes_at"] = _("Enter both the new start and end times.")
        elif self.new_opens_at and self.new_closes_at and self.new_closes_at <= self.new_opens_at:
            errors["new_closes_at"] = _("The new end time must be after the new start time.")
        if errors:
            raise ValidationError(errors)
