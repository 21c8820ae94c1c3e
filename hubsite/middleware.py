"""Response headers that Django and django-csp do not set by themselves."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

LANGUAGE_PREFIX = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(("/admin/", "/django-admin/")):
            # The Wagtail admin needs inline scripts and styles, and frames its own
            # previews; the public site needs neither.
            response._csp_config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, but an unknown language prefix is a plain 404.

    Django would redirect /xx/page/ to /en/xx/page/ because Wagtail's catch-all
    pattern matches anything; a parent who typed a wrong language code is better
    served by a "page not found" in the default language.
    """

    def process_response(self, request, response):
        first = request.path_info.lstrip("/").split("/", 1)[0]
        known = {code for code, _name in settings.LANGUAGES}
        if response.status_code == 404 and LANGUAGE_PREFIX.fullmatch(first) and first not in known:
            return response
        return super().process_response(request, response)
