"""JSON endpoints, outside the language prefix: /push/..."""

from django.urls import path

from . import api

app_name = "push"

urlpatterns = [
    path("subscribe/", api.subscribe, name="subscribe"),
    path("status/", api.status, name="status"),
    path("update/", api.update, name="update"),
    path("test/", api.test_send, name="test"),
    path("delete/", api.delete, name="delete"),
    path("resubscribe/", api.resubscribe, name="resubscribe"),
]
