"""``/rejoindre/``: typing a code, and an invitation link's landing (see join_views)."""

from django.urls import path

from . import join_views

urlpatterns = [
    path("", join_views.join_code, name="join_code"),
    path("<str:token>/", join_views.join_link, name="join_link"),
]
