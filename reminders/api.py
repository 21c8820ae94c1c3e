"""JSON endpoints under /push/: subscribe, status, update, test, delete (and resubscribe).

Each takes a JSON object by POST with the CSRF token in the X-CSRFToken header,
answers JSON, and explains every refusal in the parent's language (the page's
language, sent as "page_language"). The management token travels in the body,
never in a URL, so it is not in any access log.
"""

import functools
import hashlib
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from . import ratelimit, sending, tokens
from .forms import ReminderSettingsForm, parse_subscription, valid_token
from .models import IMMUNISATION, REVIEW, Delivery, Subscription
from .push import GONE, SENT
from .schedule import upcoming_windows

MAX_BODY_BYTES = 8 * 1024


class BadInput(Exception):
    def __init__(self, message, status=400, **extra):
        super().__init__(message)
        self.message = message
        self.status = status
        self.extra = extra


def json_error(message, status=400, **extra):
    response = JsonResponse({"error": str(message), **extra}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _page_language(data):
    code = data.get("page_language") if isinstance(data, dict) else None
    known = {c for c, _n in settings.LANGUAGES}
    if isinstance(code, str) and code in known:  # a list or object here is not a language
        return code
    return translation.get_language() or settings.LANGUAGE_CODE


def _read_json(request):
    if len(request.body) > MAX_BODY_BYTES:
        raise BadInput(_("The request is too large."), status=413)
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        # RecursionError: deeply nested arrays ("[[[[...") fit easily within the size limit.
        raise BadInput(
            _("The request could not be read. Reload the page and try again.")
        ) from error
    if not isinstance(data, dict):
        raise BadInput(_("The request could not be read. Reload the page and try again."))
    return data


def json_endpoint(bucket):
    """POST only, JSON in and out, rate limited per client in `bucket`, errors as JSON."""

    def decorate(view):
        @functools.wraps(view)
        @never_cache
        def wrapper(request):
            if request.method != "POST":
                response = json_error(_("Use POST."), status=405)
                response["Allow"] = "POST"
                return response
            try:
                data = _read_json(request)
            except BadInput as error:
                return json_error(error.message, error.status)
            with translation.override(_page_language(data)):
                if ratelimit.over_limit(bucket, ratelimit.client_key(request)):
                    response = json_error(
                        _("Too many requests from this device. Try again later."), status=429
                    )
                    response["Retry-After"] = str(ratelimit.seconds_left_in_period(bucket))
                    return response
                try:
                    return view(request, data)
                except BadInput as error:
                    return json_error(error.message, error.status, **error.extra)

        return wrapper

    return decorate


# --- helpers ---------------------------------------------------------------------
def _as_text(value):
    """Form data from JSON: strings stay, anything else becomes a value that fails validation."""
    return value if isinstance(value, str) else "\x00"


def _settings_form(data, current=None):
    fields = ("date_kind", "date", "language")
    form_data = {}
    for name in fields:
        if name in data:
            form_data[name] = _as_text(data[name])
        elif current is not None:
            form_data[name] = current[name]
    if "kinds" in data:
        kinds = data["kinds"]
        form_data["kinds"] = [_as_text(k) for k in kinds] if isinstance(kinds, list) else ["\x00"]
    elif current is not None:
        form_data["kinds"] = current["kinds"]
    form = ReminderSettingsForm(form_data)
    if not form.is_valid():
        errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
        first = next(iter(errors.values()))[0]
        raise BadInput(first, errors=errors)
    return form.cleaned_data


def _subscription_fields(cleaned):
    return {
        "date_kind": cleaned["date_kind"],
        "date": cleaned["date"],
        "language": cleaned["language"],
        "wants_reviews": REVIEW in cleaned["kinds"],
        "wants_immunisations": IMMUNISATION in cleaned["kinds"],
    }


def _parsed_subscription(value):
    try:
        return parse_subscription(value)
    except ValidationError as error:
        raise BadInput(error.messages[0], errors={"subscription": error.messages}) from error


def _endpoint_digest(endpoint):
    return hashlib.sha256(endpoint.encode("utf-8")).hexdigest()


def _subscription_for(data):
    token = data.get("token")
    if not valid_token(token):
        raise BadInput(_("The key kept by your browser for your reminders is not valid."))
    subscription = Subscription.objects.filter(token_digest=tokens.digest(token)).first()
    if subscription is None:
        # 410 rather than 404: Django's LocaleMiddleware turns a 404 outside the
        # language prefix into a redirect to /en/...
        raise BadInput(
            _("We could not find your reminders. They may have been deleted already."),
            status=410,
            gone=True,
        )
    return subscription


def _date_label(date):
    return formats.date_format(date, "j F Y")


def state_of(subscription):
    """What the management page shows: the stored choices and the windows still to come."""
    windows = upcoming_windows(
        subscription.date_kind, subscription.date, kinds=subscription.kinds or ("review",)
    )
    return {
        "date_kind": subscription.date_kind,
        "date": subscription.date.isoformat(),
        "kinds": subscription.kinds,
        "language": subscription.language,
        "windows": [
            {
                "name": w.name,
                "kind": w.kind,
                "opens": w.opens.isoformat(),
                "closes": w.closes.isoformat(),
                "when": _("%(opens)s to %(closes)s")
                % {"opens": _date_label(w.opens), "closes": _date_label(w.closes)},
            }
            for w in windows
        ],
    }


# --- endpoints -------------------------------------------------------------------
@json_endpoint("subscribe")
def subscribe(request, data):
    cleaned = _settings_form(data)
    push_keys = _parsed_subscription(data.get("subscription"))
    token = tokens.new_token()
    fields = {**_subscription_fields(cleaned), **push_keys, "token_digest": tokens.digest(token)}
    digest = _endpoint_digest(push_keys["endpoint"])
    try:
        with transaction.atomic():
            # The same browser opting in again (its key lost) replaces its old subscription.
            existing = Subscription.objects.filter(endpoint_digest=digest).first()
            if existing is not None:
                sending.delete_subscriptions([existing.pk])
            subscription = Subscription.objects.create(endpoint_digest=digest, **fields)
    except IntegrityError:
        return json_error(_("Something went wrong. Try again."), status=409)
    response = JsonResponse({"token": token, "reminders": state_of(subscription)}, status=201)
    response["Cache-Control"] = "no-store"
    return response


@json_endpoint("manage")
def status(request, data):
    return JsonResponse({"reminders": state_of(_subscription_for(data))})


@json_endpoint("manage")
def update(request, data):
    subscription = _subscription_for(data)
    current = {
        "date_kind": subscription.date_kind,
        "date": subscription.date.isoformat(),
        "language": subscription.language,
        "kinds": subscription.kinds,
    }
    cleaned = _settings_form(data, current=current)
    for name, value in _subscription_fields(cleaned).items():
        setattr(subscription, name, value)
    if "subscription" in data:
        push_keys = _parsed_subscription(data["subscription"])
        for name, value in push_keys.items():
            setattr(subscription, name, value)
        subscription.endpoint_digest = _endpoint_digest(push_keys["endpoint"])
    try:
        with transaction.atomic():
            subscription.save()
            # Unsent attempts are worked out again from the new choices; sent ones stay sent.
            Delivery.objects.filter(
                subscription=subscription, status__in=[Delivery.RETRY, Delivery.GAVE_UP]
            ).delete()
    except IntegrityError:
        return json_error(_("Something went wrong. Try again."), status=409)
    return JsonResponse({"reminders": state_of(subscription)})


@json_endpoint("test")
def test_send(request, data):
    subscription = _subscription_for(data)
    if ratelimit.over_limit("test", f"sub-{subscription.pk}"):
        return json_error(_("Too many test notifications. Try again later."), status=429)
    outcome = sending.send_trial(subscription)
    if outcome == SENT:
        return JsonResponse({"sent": True})
    if outcome == GONE:
        return json_error(
            _("Your browser no longer accepts these notifications. Turn reminders on again."),
            status=410,
            gone=True,
        )
    return json_error(
        _("The notification service did not take the test notification. Try again later."),
        status=502,
    )


@json_endpoint("manage")
def delete(request, data):
    subscription = _subscription_for(data)
    sending.delete_subscriptions([subscription.pk])
    return JsonResponse({"deleted": True})


@csrf_exempt
@json_endpoint("manage")
def resubscribe(request, data):
    """The service worker's pushsubscriptionchange: swap in the browser's new subscription.

    It cannot read the page's token or CSRF cookie; knowing the old endpoint (a
    secret URL only the browser and its push service know) is the proof, and no
    cookie is involved, so there is nothing for a cross-site request to ride on.
    """
    old = data.get("old_endpoint")
    if not isinstance(old, str) or not old:
        raise BadInput(_("The request could not be read. Reload the page and try again."))
    subscription = Subscription.objects.filter(endpoint_digest=_endpoint_digest(old)).first()
    if subscription is None:
        raise BadInput(_("We could not find your reminders."), status=410, gone=True)
    push_keys = _parsed_subscription(data.get("subscription"))
    for name, value in push_keys.items():
        setattr(subscription, name, value)
    subscription.endpoint_digest = _endpoint_digest(push_keys["endpoint"])
    try:
        subscription.save()
    except IntegrityError:
        return json_error(_("Something went wrong. Try again."), status=409)
    return JsonResponse({"ok": True})
