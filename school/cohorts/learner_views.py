"""A learner leaves a cohort (from "Mon parcours")."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import CohortMember


@require_POST
@login_required
def leave(request, pk):
    member = get_object_or_404(CohortMember, cohort_id=pk, user=request.user, left_at__isnull=True)
    member.left_at = timezone.now()
    member.save(update_fields=["left_at"])
    messages.success(
        request, _("Vous avez quitté la cohorte « %(name)s ».") % {"name": member.cohort.name}
    )
    return redirect("learner_dashboard")
