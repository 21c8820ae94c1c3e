"""Open Referral UK 3.0 read API, mounted at /api/oruk/."""

from django.urls import path

from . import api

app_name = "oruk"

urlpatterns = [
    path("", api.api_root, name="root"),
    path("services", api.services, name="services"),
    path("services/<str:pk>", api.service_detail, name="service"),
    path("service_at_locations", api.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<str:pk>",
        api.service_at_location_detail,
        name="service_at_location",
    ),
    path("taxonomies", api.taxonomies, name="taxonomies"),
    path("taxonomies/<str:pk>", api.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:pk>", api.taxonomy_term_detail, name="taxonomy_term"),
]
