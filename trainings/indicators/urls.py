"""Public, language-free endpoints: published training figures."""

from django.urls import path

from . import views

urlpatterns = [path("summary.json", views.public_summary_view, name="public_summary")]
