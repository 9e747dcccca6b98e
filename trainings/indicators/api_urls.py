"""/api/v1/: the open-data API (docs/open-data.md)."""

from django.urls import path

from . import api_views

app_name = "open_data"
urlpatterns = [
    path("", api_views.index_view, name="index"),
    path(
        "<slug:subject>/<slug:name>.<slug:format>",
        api_views.dataset_view,
        name="dataset",
    ),
]
