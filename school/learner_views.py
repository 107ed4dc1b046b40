"""The learner's own pages: "Mon parcours", data export, account deletion."""

from allauth.account.adapter import get_adapter
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail import hooks

from home.sections import sections

from . import learner_data
from .dashboard import learner_dashboard
from .models import ProgressEvent, SheetProgress, VideoProgress


@never_cache
@login_required
def dashboard(request):
    context = learner_dashboard(request)
    # The learner's courses come first (school.courses adds them through this hook).
    context["sections"] = sections("learner_dashboard_sections", request)
    if context.get("first_visit"):
        context["start_here"] = start_here(request, context["bricks"])
    return TemplateResponse(request, "school/dashboard.html", context)


def start_here(request, bricks):
    """Where a learner with no progress at all starts: where the home page's "Commencer
    ici" leads (the course for everyone, through the ``home_first_step`` hook of the apps
    above), else the first brick."""
    for hook in hooks.get_hooks("home_first_step"):
        page = hook(request)
        if page is not None:
            return {"title": page.title, "url": page.get_url(request), "kind": "course"}
    if bricks:
        brick = bricks[0].brick
        return {"title": brick.title, "url": brick.url, "kind": "brick"}
    return None


@never_cache
@login_required
def my_data(request):
    """ "Mes données": what ``export_data`` gives as a file, said in sentences."""
    context = learner_data.held_about(request.user)
    context["sections"] = sections("learner_data_sections", request)
    return TemplateResponse(request, "school/my_data.html", context)


@never_cache
@login_required
def export_data(request):
    """Everything the school holds about the learner, as one JSON file."""
    user = request.user
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "groups": list(user.groups.values_list("name", flat=True)),
            "email_addresses": list(user.emailaddress_set.values("email", "verified", "primary")),
        },
        "sheets": [
            {
                "sheet": row.sheet.title,
                "url": row.sheet.full_url,
                "started_at": row.started_at.isoformat(),
                "last_visited_at": row.last_visited_at.isoformat(),
                "completed_at": row.completed_at.isoformat() if row.completed_at else None,
            }
            for row in SheetProgress.objects.filter(user=user).select_related("sheet")
        ],
        "videos": [
            {
                "video": row.video.title,
                "played_intervals": row.intervals,
                "watched_seconds": row.watched_seconds,
                "last_position": row.last_position,
                "completed_at": row.completed_at.isoformat() if row.completed_at else None,
            }
            for row in VideoProgress.objects.filter(user=user).select_related("video")
        ],
        "progress_event_ids": list(
            ProgressEvent.objects.filter(user=user).values("event_id", "received_at")
        ),
    }
    # What the apps above hold about her (courses completed, cohorts, attendance).
    for hook in hooks.get_hooks("learner_data_export"):
        data.update(hook(user))
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="mes-donnees-ecole.json"'
    return response


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Votre mot de passe"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("Pour confirmer que c’est bien vous."),
    )

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        # allauth's password re-check counts failures in its sign-in buckets (per client
        # address, per account) and raises its "too many attempts" error once limited.
        if not get_adapter(self.request).reauthenticate(self.request.user, password):
            raise forms.ValidationError(_("Ce mot de passe n’est pas le bon."))
        return password


@never_cache
@login_required
def delete_account(request):
    user = request.user
    # Trainers are in groups, not staff: admin access is what makes a team account.
    if user.is_staff or user.has_perm("wagtailadmin.access_admin"):
        messages.info(request, _("Les comptes de l’équipe se suppriment depuis l’administration."))
        return redirect("learner_dashboard")
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        logout(request)
        for hook in hooks.get_hooks("learner_erasure"):
            hook(user)  # what the apps above keep by address rather than by account
        user.delete()  # progress rows, event ids, cohorts and attendance go with it (CASCADE)
        messages.success(request, _("Votre compte et toute votre progression ont été supprimés."))
        return redirect("/")
    return TemplateResponse(request, "school/delete_account.html", {"form": form})
