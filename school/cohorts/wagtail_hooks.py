"""The learner's cohorts on "Mon parcours" (through the hook the core calls), and the
cohorts in the learner's data export."""

from django.utils import timezone
from wagtail import hooks

from . import report
from .models import CohortMember, Workshop


def my_cohorts(user, today=None):
    """Her active cohorts, each with its trainers, next workshop and her own report row
    (the same builder as the trainer's table and CSV)."""
    today = today or timezone.localdate()
    members = (
        CohortMember.objects.filter(user=user, left_at__isnull=True)
        .select_related("cohort__course")
        .prefetch_related("cohort__trainers")
        .order_by("cohort__starts_on")
    )
    found = []
    for member in members:
        cohort = member.cohort
        rows = report.build(cohort, user_ids=[user.pk]).rows
        found.append(
            {
                "cohort": cohort,
                "trainers": [trainer.name for trainer in cohort.trainers.all()],
                "next_workshop": Workshop.objects.filter(cohort=cohort, date__gte=today)
                .order_by("date", "starts_at")
                .first(),
                "row": rows[0] if rows else None,
            }
        )
    return found


@hooks.register("learner_dashboard_sections")
def cohorts_on_the_dashboard(request):
    cohorts = my_cohorts(request.user)
    if not cohorts:
        return None
    return {"template": "cohorts/includes/dashboard_cohorts.html", "cohorts": cohorts}
