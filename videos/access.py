"""Which video-trainings a request may see: the one rule for listing and serving them.

A video is shown by the pages it is placed in, so a reader may see it when it is
published and at least one live page showing it (``videos.placements``) accepts
the request under Wagtail's view restrictions: those of the page and of its ancestors,
an alias answering like its source, each decided by Wagtail's own
``PageViewRestriction.accept_request`` (login, groups, shared password). Editors (whoever
may change video-trainings) see every video, drafts and unplaced ones included, since
they preview them in the admin; nobody else sees a video that no live page shows.

Everything is read from the database on every call (``videos.visibility``), never from
the published snapshot nor any cache.
"""

from django.db.models import Q

from .models import CAPTION_FOLDER, VideoFile, VideoTraining
from .visibility import is_editor, pages_showing

# Storage folders of the files that belong to a video (wagtailmedia's and the captions').
FILE_FOLDERS = frozenset(
    {
        VideoFile._meta.get_field("file").upload_to,
        VideoFile._meta.get_field("thumbnail").upload_to,
        CAPTION_FOLDER,
    }
)


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
