"""The page editor for trainers: one publish action, and a plain message once a sheet is
online."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request

from .models import MethodSheetPage

PUBLISH = "action-publish"
SUBMIT = "action-submit"
APPROVE = "approve"


@hooks.register("construct_page_action_menu")
def one_way_to_publish(menu_items, request, context):
    """Whoever may publish (a lead trainer) gets one button that does it.

    Submitting to review would ask her own approval; while the page is in review, the
    approval both publishes it and closes the review, so a bare "Publier" beside
    "Approuver et publier" would only make her choose. Trainers who may not publish
    keep Wagtail's review workflow as it is.
    """
    names = [item.name for item in menu_items]
    if PUBLISH not in names:
        return
    kept = [item for item in menu_items if item.name != SUBMIT]
    main = APPROVE if APPROVE in names else PUBLISH
    if main == APPROVE:
        kept = [item for item in kept if item.name != PUBLISH]
    # The first item is the big button; the others go in the "more actions" list.
    first = next(item for item in kept if item.name == main)
    menu_items[:] = [first] + [item for item in kept if item is not first]


@hooks.register("after_publish_page")
def say_the_sheet_is_online(request, page):
    """ "La fiche « … » est en ligne", with a link to it, instead of Wagtail's "Page … has
    been published". A publication scheduled for later keeps Wagtail's message."""
    if not isinstance(page, MethodSheetPage) or not page.live:
        return None
    revision = page.latest_revision
    scheduled = revision.approved_go_live_at if revision else page.go_live_at
    if scheduled and scheduled > timezone.now():
        return None
    buttons = [messages.button(page.url, _("Voir la fiche"), new_window=False)] if page.url else []
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    buttons.append(messages.button(edit_url, _("La modifier encore"), new_window=False))
    messages.success(
        request, _("La fiche « %(title)s » est en ligne.") % {"title": page.title}, buttons=buttons
    )
    # Where Wagtail would have gone: back where the trainer came from, else the brick.
    explorer = reverse("wagtailadmin_explore", args=(page.get_parent().id,))
    return redirect(get_valid_next_url_from_request(request) or explorer)
