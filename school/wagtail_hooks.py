from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from methods.models import MethodSheetPage

from .page_cache import SERVED_PAGE_ATTRIBUTE
from .progress import record_sheet_visit


@hooks.register("before_serve_page")
def note_served_page(page, request, serve_args, serve_kwargs):
    """The anonymous page cache checks this page's access again on every hit."""
    setattr(request, SERVED_PAGE_ATTRIBUTE, page.pk)


@hooks.register("before_serve_page")
def record_learner_visit(page, request, serve_args, serve_kwargs):
    """Opening a sheet while signed in records that it was started (no JS needed)."""
    if request.user.is_authenticated and isinstance(page, MethodSheetPage):
        # Kept on the request so the page's progress section does not read it again.
        request.sheet_progress = (page.pk, record_sheet_visit(request.user, page))


@hooks.register("register_account_menu_item")
def change_password_on_the_site(request):
    """The admin's own password form is off (WAGTAIL_PASSWORD_MANAGEMENT_ENABLED): the
    site's, throttled by allauth, takes its place."""
    return {
        "url": reverse("account_change_password"),
        "label": _("Changer mon mot de passe"),
        "help_text": _("Sur le site, avec le mot de passe actuel."),
    }


@hooks.register("register_account_menu_item")
def change_email_on_the_site(request):
    """The admin's address field is off (WAGTAIL_EMAIL_MANAGEMENT_ENABLED): on the site,
    a new address replaces the old one only once its code is typed."""
    return {
        "url": reverse("account_email"),
        "label": _("Changer mon adresse e-mail"),
        "help_text": _("Sur le site, avec un code envoyé à la nouvelle adresse."),
    }
