"""What the video library shows: the published videos a reader may see, and where."""

from .access import is_editor, pages_showing
from .models import VideoTraining


def with_related(queryset):
    """Everything the player needs, in a fixed number of queries."""
    return queryset.select_related("video_file", "light_file", "poster").prefetch_related(
        "captions", "chapters", "poster__renditions"
    )


def published_videos_with_usage(request):
    """Published videos that ``request`` may see (``videos.access``), each with ``used_in``:
    the live pages showing it that the reader may open. Editors also get the videos no
    such page shows yet."""
    videos = list(with_related(VideoTraining.objects.filter(live=True)))
    showing = pages_showing(request, [video.pk for video in videos])
    for video in videos:
        video.used_in = showing.get(video.pk, [])
    if all(video.used_in for video in videos) or is_editor(request.user):
        return videos
    return [video for video in videos if video.used_in]
