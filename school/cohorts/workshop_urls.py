"""The trainer's workshop pages, under ``/trainer/<cohort>/`` (see workshops)."""

urlpatterns = []
