"""Who may see what: the one module that answers it, deny by default.

Every answer is a queryset filter (Kolibri's ``readable_by_user_filter`` pattern) or a
yes/no built on the same filter, read from the database on the request that asks:
memberships are never remembered between requests, so a role removed or a course
un-shared by any means (the admin, a bulk update, a restore) applies to the next one.
Within one request the person's roles are read once (``roles`` keeps them on the
user object, which lives as long as the request); the admin permissions that come
with a role (``permissions``) are read from the same memo.

Pages with an audience are those of any model built on ``SharedWithOrganisations``
(courses): such a page, and every page below it, is for

- everyone, or
- signed-in people, or
- the members, trainers and coordinators of the organisations it is shared with.

Superusers see everything. Wagtail's view restrictions (login, groups, shared password)
apply on top, with Wagtail's rules: a restriction on the page or any page above it
counts, an alias counting its source's.

Two functions answer "may this person see": ``page_access`` for one page (one SQL
statement: live, restrictions, aliases, the audience, her roles) and ``visible`` for
many (one statement for a whole list). Serving, listings, search, ``/videos/``,
``/progress/``, the sitemap and the reports all go through them. They take a
``Viewer`` (the user and the shared-password restrictions her session has passed), so
they are plain functions a test can call without a request.
"""

from typing import NamedTuple

from django.apps import apps
from django.db.models import Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page, PageViewRestriction

from .models import Audience, Membership, Organisation, Role, SharedWithOrganisations

MEMO = "_school_roles"
# The pages a response lists (courses on the home page, in /parcours/): a cache that
# keeps the response checks them again on every hit, as it does the page served.
LISTED_PAGES_ATTRIBUTE = "listed_page_ids"


def note_listed(request, pages):
    listed = getattr(request, LISTED_PAGES_ATTRIBUTE, None)
    if listed is None:
        listed = set()
        setattr(request, LISTED_PAGES_ATTRIBUTE, listed)
    listed.update(page.pk for page in pages)


def roles(user):
    """The (organisation pk, role) pairs ``user`` holds (a frozenset), read once per
    request: the memo lives on the user object, which Django makes anew per request."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    memo = getattr(user, MEMO, None)
    if memo is None:
        memo = frozenset(
            Membership.objects.filter(user_id=user.pk).values_list("organisation_id", "role")
        )
        setattr(user, MEMO, memo)
    return memo


def organisation_ids(user):
    """The organisations ``user`` holds any role in (frozenset of pks)."""
    return frozenset(organisation for organisation, _role in roles(user))


def sees_everything(user):
    return user.is_authenticated and user.is_active and user.is_superuser


def scoped_models():
    """The page models that have an audience (``SharedWithOrganisations``)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, SharedWithOrganisations) and issubclass(model, Page)
    ]


def audience_filter(model, user):
    """Q over ``model`` (built on ``SharedWithOrganisations``): the rows ``user`` is in
    the audience of."""
    if sees_everything(user):
        return Q()
    allowed = Q(audience=Audience.EVERYONE)
    if not user.is_authenticated or not user.is_active:
        return allowed
    allowed |= Q(audience=Audience.SIGNED_IN)
    through = model.organisations.through
    owner = model.organisations.field.m2m_field_name() + "_id"
    # The person's organisations as a subquery: read in the same statement, no query
    # of their own.
    theirs = Membership.objects.filter(user_id=user.pk).values("organisation_id")
    shared = through.objects.filter(**{owner: OuterRef("pk")}, organisation_id__in=theirs)
    return allowed | Q(Q(audience=Audience.ORGANISATIONS) & Exists(shared))


def visible_pages(queryset, user):
    """``queryset`` (of pages) without the pages ``user`` may not see: those with an
    audience ``user`` is not in, and every page below one of them."""
    if sees_everything(user):
        return queryset
    for model in scoped_models():
        inside = audience_filter(model, user)
        if issubclass(queryset.model, model):  # the pages listed have an audience
            queryset = queryset.filter(inside)
        else:
            queryset = queryset.exclude(pk__in=model.objects.exclude(inside).values("pk"))
        # Pages below one kept from the person: only pages that have children count, so
        # that a listing of many courses (which have none) is not compared, row by row,
        # with every course hidden from the person.
        above = model.objects.exclude(inside).filter(numchild__gt=0)
        above = above.filter(path=Substr(OuterRef("path"), 1, Length("path")))
        queryset = queryset.exclude(Exists(above))
    return queryset


def visible_organisations(user):
    """Organisations ``user`` may see in lists: all for superusers, else their own."""
    if sees_everything(user):
        return Organisation.objects.all()
    return Organisation.objects.filter(pk__in=organisation_ids(user))


def coordinated_organisation_ids(user):
    """The organisations ``user`` coordinates (their members are theirs to manage)."""
    return frozenset(organisation for organisation, role in roles(user) if role == Role.COORDINATOR)


def visible_memberships(user):
    """The roles ``user`` may see and manage: all for superusers; those of the
    organisations they coordinate; none otherwise."""
    if sees_everything(user):
        return Membership.objects.all()
    return Membership.objects.filter(organisation_id__in=coordinated_organisation_ids(user))


def anonymous_hidden_sql(page_alias="page"):
    """SQL: true when a page with an audience other than everyone is ``page_alias`` or
    above it. For the anonymous page cache's one-statement check on every hit; the
    names come from the models, nothing from a request."""
    clauses = []
    for model in scoped_models():
        table = model._meta.db_table
        column = model._meta.pk.column
        clauses.append(
            f"EXISTS (SELECT 1 FROM {table} scoped "  # noqa: S608 - names from models
            f"JOIN wagtailcore_page scoped_page ON scoped.{column} = scoped_page.id "
            f"WHERE scoped_page.path = SUBSTR({page_alias}.path, 1, LENGTH(scoped_page.path)) "
            f"AND scoped.audience <> '{Audience.EVERYONE.value}')"
        )
    return " OR ".join(clauses) or "FALSE"


# --- The two questions: one page, many pages ------------------------------------------


class Viewer(NamedTuple):
    """Who asks: the user (anonymous or not) and the shared-password view restrictions
    her session has passed (Wagtail keeps their ids in the session)."""

    user: object
    passed: frozenset = frozenset()


def as_viewer(who):
    """A ``Viewer`` from a viewer or a user (who then has passed no shared password)."""
    return who if isinstance(who, Viewer) else Viewer(who)


def viewer(request):
    passed = ()
    session = getattr(request, "session", None)
    if session is not None:
        passed = session.get(PageViewRestriction.passed_view_restrictions_session_key, ())
    return Viewer(request.user, frozenset(int(pk) for pk in passed))


class Access(NamedTuple):
    """What ``page_access`` found: ``live``; ``restricted`` (some view restriction is on
    the page or above it: the response must not be cached); ``refused``: the id of a
    view restriction that does not accept her (Wagtail's own check then answers: the
    password form, the sign-in page); ``reserved``: the pk of the page with an
    audience she is not in, the shallowest one."""

    live: bool
    restricted: bool
    refused: int | None
    reserved: int | None

    @property
    def allowed(self):
        return self.live and self.refused is None and self.reserved is None


def _above(path):
    """Pages above or equal to the row ``path`` names (an OuterRef), checked as Wagtail
    does: an alias by its source."""
    return Page.objects.filter(path=Substr(path, 1, Length("path"))).annotate(
        checked=Coalesce("alias_of_id", "id")
    )


def _restrictions_on(path):
    """View restrictions on the page the row ``path`` names or above it (one level of
    subquery deeper, hence ``OuterRef`` again)."""
    above = _above(OuterRef(path)).values("checked")
    return PageViewRestriction.objects.filter(page_id__in=above)


def _accepts(viewer_):
    """Q over view restrictions: those that accept ``viewer_`` (``accept_request``)."""
    password = Q(restriction_type=PageViewRestriction.PASSWORD, pk__in=sorted(viewer_.passed))
    user = viewer_.user
    if not user.is_authenticated or not user.is_active:
        return password
    accepted = password | Q(restriction_type=PageViewRestriction.LOGIN)
    if user.is_superuser:
        return accepted | Q(restriction_type=PageViewRestriction.GROUPS)
    groups = user.groups.through.objects.filter(user_id=user.pk).values("group_id")
    shared = PageViewRestriction.groups.through.objects.filter(
        pageviewrestriction_id=OuterRef("pk"), group_id__in=groups
    )
    return accepted | Q(restriction_type=PageViewRestriction.GROUPS) & Exists(shared)


def _kept_out(path, user):
    """Pages with an audience ``user`` is not in, at or above the row ``path`` names."""
    kept = Page.objects.none()
    for model in scoped_models():
        above = model.objects.filter(path=Substr(OuterRef(path), 1, Length("path")))
        kept = kept | Page.objects.filter(pk__in=above.exclude(audience_filter(model, user)))
    return kept


def page_access(viewer_, page):
    """Whether ``viewer_`` (a ``Viewer`` or a user) may see ``page``: one statement,
    read now."""
    viewer_ = as_viewer(viewer_)
    path = OuterRef("path")
    restrictions = _restrictions_on(path)
    row = Page.objects.filter(pk=page.pk).annotate(
        restricted=Exists(restrictions),
        refused=Subquery(restrictions.exclude(_accepts(viewer_)).order_by("pk").values("pk")[:1]),
    )
    if sees_everything(viewer_.user):
        reserved = Value(None, output_field=IntegerField())
    else:
        reserved = Subquery(_kept_out(path, viewer_.user).order_by("depth").values("pk")[:1])
    values = row.annotate(reserved=reserved).values("live", "restricted", "refused", "reserved")
    found = values.first()
    if found is None:
        return Access(False, False, None, None)
    return Access(found["live"], found["restricted"], found["refused"], found["reserved"])


def refused_here(viewer_):
    """An expression over pages: a view restriction on the row's page itself (its
    source, for an alias) does not accept ``viewer_``. For counts of the pages below
    one already checked by ``visible`` (the sheets of a brick): the restrictions above
    are that page's."""
    own = PageViewRestriction.objects.filter(
        page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk"))
    )
    return Exists(own.exclude(_accepts(viewer_)))


def visible(viewer_, queryset):
    """``queryset`` (of pages) narrowed to those ``viewer_`` may see: live, every view
    restriction on them or above them accepting her, in every audience above them.
    Evaluated, it is one statement. ``viewer_``: a ``Viewer`` or a user."""
    viewer_ = as_viewer(viewer_)
    queryset = queryset.filter(live=True).exclude(
        Exists(_restrictions_on(OuterRef("path")).exclude(_accepts(viewer_)))
    )
    if sees_everything(viewer_.user):
        return queryset
    return visible_pages(queryset, viewer_.user)


def visible_ids(viewer_, page_ids):
    """The pks among ``page_ids`` that ``viewer_`` may see (one statement; none for an
    empty list)."""
    page_ids = {int(pk) for pk in page_ids}
    if not page_ids:
        return set()
    return set(visible(viewer_, Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True))
