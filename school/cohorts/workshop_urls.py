"""The trainer's workshop pages, under ``/trainer/<cohort>/`` (see workshop_views)."""

from django.urls import path

from . import workshop_views

urlpatterns = [
    path("ateliers/", workshop_views.workshop_list, name="cohort_workshops"),
    path("ateliers/<int:workshop_id>/appel/", workshop_views.workshop_roll, name="workshop_roll"),
    path(
        "ateliers/<int:workshop_id>/supprimer/",
        workshop_views.workshop_delete,
        name="workshop_delete",
    ),
]
