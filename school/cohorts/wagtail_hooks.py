"""The learner's cohorts on "Mon parcours" (through the hook the core calls), and the
cohorts in the learner's data export."""

from django.db.models import prefetch_related_objects
from wagtail import hooks

from school import content_map

from . import report
from .models import Attendance, CohortMember, EmailInvitation


def my_cohorts(user, found=None, today=None):
    """Her active cohorts, each with its trainers, next workshop and her own report row
    (the same builder as the trainer's table and CSV): three queries whatever the
    number of her cohorts. ``found``: the request's content map, if it has one."""
    rows = report.learner_rows(user, found or content_map.current(), today)
    if not rows:
        return []
    cohorts = [member.cohort for member, _row in rows]
    prefetch_related_objects(cohorts, "trainers")
    return [
        {
            "cohort": member.cohort,
            "trainers": [trainer.name for trainer in member.cohort.trainers.all()],
            "next_workshop": member.next_workshop,
            "row": row,
        }
        for member, row in rows
    ]


@hooks.register("learner_dashboard_sections")
def cohorts_on_the_dashboard(request):
    cohorts = my_cohorts(request.user, content_map.for_request(request))
    if not cohorts:
        return None
    return {"template": "cohorts/includes/dashboard_cohorts.html", "cohorts": cohorts}


def _iso(moment):
    return moment.isoformat() if moment else None


@hooks.register("learner_data_export")
def cohorts_in_the_export(user):
    members = CohortMember.objects.filter(user=user).select_related("cohort__organisation")
    attendances = Attendance.objects.filter(user=user).select_related("workshop__cohort")
    return {
        "cohorts": [
            {
                "cohort": member.cohort.name,
                "organisation": str(member.cohort.organisation),
                "joined_at": _iso(member.joined_at),
                "left_at": _iso(member.left_at),
            }
            for member in members
        ],
        "attendance": [
            {
                "cohort": row.workshop.cohort.name,
                "workshop_date": row.workshop.date.isoformat(),
                "status": row.status,
                "recorded_at": _iso(row.recorded_at),
            }
            for row in attendances
        ],
        "cohort_invitations_by_address": list(
            EmailInvitation.objects.filter(email__in=addresses(user)).values_list(
                "cohort__name", flat=True
            )
        ),
    }


def addresses(user):
    return [user.email, *user.emailaddress_set.values_list("email", flat=True)]


@hooks.register("learner_erasure")
def forget_invitations_by_address(user):
    """Invitations are kept by address, not account: erasure removes them too (the
    rest goes with the account)."""
    EmailInvitation.objects.filter(email__in=addresses(user)).delete()


@hooks.register("register_admin_viewset")
def cohorts_admin():
    from .viewsets import cohort_viewset

    return cohort_viewset


@hooks.register("learner_data_sections")
def cohorts_in_my_data(request):
    """Her part of "Mes données": the same rows as her export, said in sentences."""
    user = request.user
    members = list(
        CohortMember.objects.filter(user=user)
        .select_related("cohort__organisation")
        .order_by("joined_at")
    )
    attendances = list(
        Attendance.objects.filter(user=user)
        .select_related("workshop__cohort")
        .order_by("workshop__date")
    )
    invitations = list(
        EmailInvitation.objects.filter(email__in=addresses(user)).values_list(
            "cohort__name", flat=True
        )
    )
    if not (members or attendances or invitations):
        return None
    return {
        "template": "cohorts/includes/data_cohorts.html",
        "members": members,
        "attendances": attendances,
        "invitations": invitations,
    }
