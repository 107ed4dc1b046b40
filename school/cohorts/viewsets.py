"""The admin's cohorts, for administrators (the cohorts model permissions; superusers):
every view's objects come from ``access.visible_cohorts`` (any other is a 404), and the
form is the trainers' one, with its checks. Trainers work in ``/trainer/``."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from . import access
from .forms import CohortForm
from .models import Cohort


class CohortAdminForm(CohortForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(for_user, *args, **kwargs)


class ScopedCohortMixin:
    """The object of an edit or delete view, among the cohorts one may see."""

    def get_object(self, queryset=None):
        pk = self.kwargs.get(self.pk_url_kwarg, getattr(self, "pk", None))
        return get_object_or_404(access.visible_cohorts(self.request.user), pk=pk)


class ForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class CohortIndexView(generic.IndexView):
    def get_base_queryset(self):
        return access.visible_cohorts(self.request.user).select_related("organisation", "course")


class CohortCreateView(ForUserMixin, generic.CreateView):
    pass


class CohortEditView(ForUserMixin, ScopedCohortMixin, generic.EditView):
    pass


class CohortDeleteView(ScopedCohortMixin, generic.DeleteView):
    pass


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohortes")
    menu_order = 252
    add_to_admin_menu = True
    index_view_class = CohortIndexView
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False
    history_view_class = type("CohortHistoryView", (ScopedCohortMixin, history.HistoryView), {})
    usage_view_class = type("CohortUsageView", (ScopedCohortMixin, usage.UsageView), {})
    list_display = ["name", "organisation", "course", "starts_on", "ends_on"]
    list_filter = ["organisation"]
    search_fields = ["name"]

    def get_form_class(self, for_update=False):
        return CohortAdminForm


cohort_viewset = CohortViewSet("cohortes")
