from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("", views.home, name="home"),
    path("results/", views.results, name="results"),
    path("services/<uuid:pk>/", views.service_detail, name="service"),
    path("hubs/<slug:slug>/", views.hub_detail, name="hub"),
    path("sessions/<uuid:pk>/<str:day>.ics", views.session_ics, name="session_ics"),
]
