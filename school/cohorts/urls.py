"""``/trainer/…``: the trainers' pages. Invitations and workshops add their own."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.trainer_home, name="trainer_home"),
    path("nouvelle-cohorte/", views.cohort_create, name="cohort_create"),
    path("<int:pk>/", views.cohort_report, name="cohort_report"),
    path("<int:pk>/export.csv", views.cohort_csv, name="cohort_csv"),
    path("<int:pk>/retirer/", views.remove_learner, name="cohort_remove_learner"),
    path("<int:pk>/", include("school.cohorts.invitation_urls")),
    path("<int:pk>/", include("school.cohorts.workshop_urls")),
]
