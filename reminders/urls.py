from django.urls import path

from . import views

app_name = "reminders"

urlpatterns = [path("", views.opt_in, name="opt_in")]
