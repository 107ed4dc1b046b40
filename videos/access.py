"""Which video-trainings a request may see: the one rule for listing and serving them.

A video is shown by the pages it is placed in, so a reader may see it when it is
published and at least one live page showing it (Wagtail's ``ReferenceIndex``) accepts
the request under Wagtail's view restrictions: those of the page and of its ancestors,
an alias answering like its source, each decided by Wagtail's own
``PageViewRestriction.accept_request`` (login, groups, shared password). Editors (whoever
may change video-trainings) see every video, drafts and unplaced ones included, since
they preview them in the admin; nobody else sees a video that no live page shows.

Everything is read from the database on every call, never from the published snapshot
(``methods.published``) nor any cache: a restriction added a second ago must already
hold for the next request, in every worker. Wagtail answers "may this request view the
page" one page at a time (``Page.get_view_restrictions``, which this site's pages answer
from that snapshot); listings need it for many pages at once, so the restrictions are
read here in a fixed number of queries and Wagtail decides each one.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, prefetch_related_objects
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from .models import CAPTION_FOLDER, VideoFile, VideoTraining

# Storage folders of the files that belong to a video (wagtailmedia's and the captions').
FILE_FOLDERS = frozenset(
    {
        VideoFile._meta.get_field("file").upload_to,
        VideoFile._meta.get_field("thumbnail").upload_to,
        CAPTION_FOLDER,
    }
)


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
    for video_id, page_id in ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(VideoTraining),
        to_object_id__in=[str(pk) for pk in video_ids],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id"):
        placed[int(video_id)].add(int(page_id))
    if not placed:
        return {}
    candidates = Page.objects.live().filter(pk__in=set().union(*placed.values()))
    viewable = {page.pk: page for page in viewable_pages(request, candidates)}
    return {
        video_id: sorted(
            (viewable[pk] for pk in page_ids if pk in viewable), key=lambda page: page.title
        )
        for video_id, page_ids in placed.items()
    }


def visible_videos(request, videos):
    """The videos among ``videos`` (``VideoTraining`` rows) that ``request`` may see."""
    videos = list(videos)
    showing = pages_showing(request, [video.pk for video in videos if video.live])
    visible = [video for video in videos if video.live and showing.get(video.pk)]
    if len(visible) < len(videos) and is_editor(request.user):
        return videos
    return visible


def videos_of_file(name):
    """The video-trainings that the stored file ``name`` belongs to (its video, light
    version, thumbnail or captions); None when no such file is known."""
    if name.split("/", 1)[0] == CAPTION_FOLDER:
        # A caption track always has its video (deleted with it).
        return list(VideoTraining.objects.filter(captions__file=name).distinct()) or None
    media = VideoFile.objects.filter(Q(file=name) | Q(thumbnail=name)).first()
    if media is None:
        return None
    return list(VideoTraining.objects.filter(Q(video_file=media) | Q(light_file=media)))


def may_download(request, name):
    """True when ``request`` may receive the file stored as ``name`` (a video, audio,
    thumbnail or caption file): one of its videos is visible, or the person is an
    editor when the file belongs to no video yet. Unknown files: False."""
    videos = videos_of_file(name)
    if videos is None:
        return False
    if not videos:
        return is_editor(request.user)
    return bool(visible_videos(request, videos))
