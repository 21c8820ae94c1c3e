"""System checks for push reminders' settings."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def push_settings_for_deploy(app_configs, **kwargs):
    problems = []
    if getattr(settings, "PUSH_ALLOW_INSECURE_LOCAL", False):
        problems.append(
            Error(
                "PUSH_ALLOW_INSECURE_LOCAL is on: the server would post to http:// and loopback addresses.",
                hint="It is for tests and development only. Remove it.",
                id="reminders.E001",
            )
        )
    if not getattr(settings, "VAPID_PRIVATE_KEY", ""):
        problems.append(
            Warning(
                "VAPID_PRIVATE_KEY is not set: push uses a development key pair kept in var/.",
                hint="Run `manage.py generate_vapid_keys` and set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY.",
                id="reminders.W001",
            )
        )
    return problems


@register()
def vapid_keys_match(app_configs, **kwargs):
    public = getattr(settings, "VAPID_PUBLIC_KEY", "")
    private = getattr(settings, "VAPID_PRIVATE_KEY", "")
    if not (public and private):
        return []
    from .vapid import keys

    try:
        derived = keys().public_key
    except Exception as error:  # a key that does not load
        return [Error(f"VAPID_PRIVATE_KEY does not load: {error}", id="reminders.E002")]
    if derived != public.strip():
        return [
            Error(
                "VAPID_PUBLIC_KEY is not the public half of VAPID_PRIVATE_KEY.",
                hint="Set both from the same `manage.py generate_vapid_keys` output.",
                id="reminders.E003",
            )
        ]
    return []
