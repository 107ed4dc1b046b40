"""The trainer's invitation pages, under ``/trainer/<cohort>/`` (see invitations)."""

urlpatterns = []
