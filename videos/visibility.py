"""Which pages a request may view, and which of them show each video.

Everything is read from the database on every call, never from the published snapshot
nor any cache: a restriction added a second ago must already hold for the next request,
in every worker. Wagtail answers "may this request view the page" one page at a time
(``Page.get_view_restrictions``); listings need it for many pages at once, so the
restrictions are read here in a fixed number of queries and Wagtail's own
``PageViewRestriction.accept_request`` decides each one (login, groups, shared
password), an alias answering like its source.

Apps that add their own rule on who sees a page (the organisations' scoping) register
a ``filter_visible_pages`` hook, ``fn(queryset, user) -> queryset``: ``scoped`` applies
every one of them, so that content apps, which may not import those apps, still list
only what the person may see.
"""

from collections import defaultdict

from django.db.models import prefetch_related_objects
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from .placements import placements

VISIBLE_PAGES_HOOK = "filter_visible_pages"


def scoped(queryset, user):
    """``queryset`` of pages, narrowed by every ``filter_visible_pages`` hook."""
    for narrow in hooks.get_hooks(VISIBLE_PAGES_HOOK):
        queryset = narrow(queryset, user)
    return queryset


def is_editor(user):
    """True for people who may change video-trainings in the admin (and superusers)."""
    return user.is_authenticated and user.has_perm("videos.change_videotraining")


def viewable_pages(request, pages):
    """The pages among ``pages`` whose view restrictions all accept ``request``."""
    pages = list(pages)
    steplen = Page.steplen
    chains = {
        page.pk: [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
        for page in pages
    }
    # Each page of a chain is checked as Wagtail does: an alias by its source's restrictions.
    checked = {
        path: alias_of or pk
        for path, pk, alias_of in Page.objects.filter(
            path__in={path for chain in chains.values() for path in chain}
        ).values_list("path", "pk", "alias_of_id")
    }
    restrictions = defaultdict(list)
    for restriction in PageViewRestriction.objects.filter(
        page_id__in=set(checked.values())
    ).prefetch_related("groups"):
        restrictions[restriction.page_id].append(restriction)
    if not restrictions:
        return pages
    if request.user.is_authenticated:
        # accept_request reads the user's groups once per group restriction otherwise.
        prefetch_related_objects([request.user], "groups")
    accepted = {
        page_id: all(restriction.accept_request(request) for restriction in found)
        for page_id, found in restrictions.items()
    }
    return [
        page
        for page in pages
        if all(accepted.get(checked.get(path), True) for path in chains[page.pk])
    ]


def pages_showing(request, video_ids):
    """{video pk: the live pages showing it that ``request`` may view}, by title."""
    video_ids = {int(pk) for pk in video_ids}
    if not video_ids:
        return {}
    placed = defaultdict(set)
    for video_id, page_id in placements(video_ids):
        placed[video_id].add(page_id)
    if not placed:
        return {}
    candidates = scoped(
        Page.objects.live().filter(pk__in=set().union(*placed.values())), request.user
    )
    viewable = {page.pk: page for page in viewable_pages(request, candidates)}
    return {
        video_id: sorted(
            (viewable[pk] for pk in page_ids if pk in viewable), key=lambda page: page.title
        )
        for video_id, page_ids in placed.items()
    }
