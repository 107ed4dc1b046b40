"""A person's own account on the site: ``/me/profil/``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .forms import ProfileForm


@never_cache
@login_required
def profile(request):
    """The name the school shows and the language it should speak; the address and the
    password have their own, verified forms (allauth)."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("learner_dashboard")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})
