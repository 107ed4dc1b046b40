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

Superusers see everything. Wagtail's own view restrictions still apply on top of this
(Wagtail checks them when serving, ``videos.visibility`` in listings).
"""

from django.apps import apps
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page

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


def hidden_from(user):
    """The pages with an audience that ``user`` is not in (a Page queryset)."""
    if sees_everything(user):
        return Page.objects.none()
    hidden = Page.objects.none()
    for model in scoped_models():
        hidden = hidden | Page.objects.filter(
            pk__in=model.objects.exclude(audience_filter(model, user)).values("pk")
        )
    return hidden


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


def blocking_page(page, user, chain=None):
    """The page with an audience, ``page`` itself or above it, that keeps ``user`` out;
    None when ``user`` may see ``page``. ``chain``: ``page`` and every page above it
    below the root, as read from the database in this request (routing reads them),
    which spares looking them up again."""
    if sees_everything(user):
        return None
    if chain is not None:
        shallowest_first = sorted(chain, key=lambda above: above.depth)
        for above in shallowest_first:
            if isinstance(above, SharedWithOrganisations) and not in_audience(above, user):
                return above
        return None
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    return hidden_from(user).filter(path__in=paths).order_by("depth").first()


def in_audience(page, user):
    """Whether ``user`` is in the audience of ``page`` (built on
    ``SharedWithOrganisations``, its row read in this request): ``audience_filter``
    asked about this one row."""
    if sees_everything(user) or page.audience == Audience.EVERYONE:
        return True
    model = type(page)
    return model.objects.filter(pk=page.pk).filter(audience_filter(model, user)).exists()


def may_see_page(page, user):
    return blocking_page(page, user) is None


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
