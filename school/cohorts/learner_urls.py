"""``/me/cohortes/…``: a learner's own actions on her cohorts."""

from django.urls import path

from . import learner_views

urlpatterns = [
    path("<int:pk>/quitter/", learner_views.leave, name="cohort_leave"),
    path("ateliers/<int:workshop_id>.ics", learner_views.workshop_ics, name="workshop_ics"),
]
