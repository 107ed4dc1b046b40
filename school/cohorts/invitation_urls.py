"""The trainer's invitation pages, under ``/trainer/<cohort>/`` (see invitation_views)."""

from django.urls import path

from . import invitation_views

urlpatterns = [
    path("invitations/", invitation_views.cohort_invitations, name="cohort_invitations"),
    path(
        "invitations/adresses/",
        invitation_views.invite_addresses,
        name="cohort_invite_addresses",
    ),
    path(
        "invitations/<int:invitation_id>/revoquer/",
        invitation_views.revoke_invitation,
        name="cohort_invitation_revoke",
    ),
    path(
        "invitations/<int:invitation_id>/imprimer/",
        invitation_views.print_invitation,
        name="cohort_invitation_print",
    ),
]
