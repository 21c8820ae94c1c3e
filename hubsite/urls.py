from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from content import views as content_views
from hubsite import views as site_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("api/oruk/", include("directory.api_urls")),
    path("push/", include("reminders.api_urls")),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
    path("favicon.ico", site_views.favicon, name="favicon"),
    path("manifest.webmanifest", site_views.manifest, name="manifest"),
    path("sw.js", site_views.service_worker, name="service_worker"),
]

urlpatterns += i18n_patterns(
    path("where-are-you-now/", content_views.where_are_you_now, name="where_are_you_now"),
    path("offline/", site_views.offline, name="offline"),
    path("search/", include("search.urls")),
    path("directory/", include("directory.urls")),
    path("reminders/", include("reminders.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler404 = "hubsite.views.page_not_found"
handler500 = "hubsite.views.server_error"
