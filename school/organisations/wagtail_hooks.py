from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import scoping
from .models import SharedWithOrganisations
from .viewsets import membership_viewset, organisation_viewset


@hooks.register("filter_visible_pages")
def only_their_audience(queryset, user):
    """Every listing of pages (search, /videos/, the sitemap, the home page, courses)
    leaves out the pages with an audience the person is not in."""
    return scoping.visible_pages(queryset, user)


@hooks.register("construct_page_chooser_queryset")
def chooser_only_their_audience(pages, request):
    """The admin's page chooser (browse and search) opens for anyone with admin access,
    a partner's coordinator included: it offers the pages the person may see, and
    those they may edit (an editor still links to a course they are not the audience of)."""
    user = request.user
    if scoping.sees_everything(user):
        return pages
    visible = scoping.visible_pages(Page.objects.all(), user).values("pk")
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    return pages.filter(Q(pk__in=visible) | Q(pk__in=editable.values("pk")))


def routed_chain(page):
    """``page`` and the pages above it that routing read in this request (Wagtail keeps
    each parent on its child); None when the chain does not reach the site's root."""
    chain = [page]
    while chain[-1].depth > 2:
        parent = getattr(chain[-1], "_cached_parent_obj", None)
        if parent is None:
            return None
        chain.append(parent)
    return chain


@hooks.register("before_serve_page")
def keep_to_the_audience(page, request, serve_args, serve_kwargs):
    """A page with an audience, and every page below it, is served to its audience only.
    Signed out: the sign-in page (and back). Signed in and not in it: a page that says
    whom it is for and whom to ask, with 403, never a sign-in loop.

    The pages routing read in this request say which of them have an audience; their
    audience and the person's roles are read from the database now."""
    chain = routed_chain(page)
    if chain is not None:
        if not any(isinstance(above, SharedWithOrganisations) for above in chain):
            return None
    blocking = scoping.blocking_page(page, request.user, chain)
    if blocking is None:
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
    blocking = blocking.specific
    return TemplateResponse(
        request,
        "organisations/reserved.html",
        {"page": page, "reserved": blocking, "organisations": list(blocking.organisations.all())},
        status=403,
    )


hooks.register("register_admin_viewset", lambda: organisation_viewset)
hooks.register("register_admin_viewset", lambda: membership_viewset)
