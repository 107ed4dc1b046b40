"""What the video library shows: published videos and the live sheets that use them."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from .models import VideoTraining


def with_related(queryset):
    """Everything the player needs, in a fixed number of queries."""
    return queryset.select_related("video_file", "light_file", "poster").prefetch_related(
        "captions", "chapters", "poster__renditions"
    )


def published_videos_with_usage():
    """Published videos, each with ``used_in``: the live, public pages that show it."""
    videos = list(with_related(VideoTraining.objects.filter(live=True)))
    if not videos:
        return videos
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(VideoTraining),
        to_object_id__in=[str(video.pk) for video in videos],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    page_ids = defaultdict(set)
    for video_id, page_id in references:
        page_ids[video_id].add(int(page_id))
    pages = Page.objects.live().public().in_bulk({pk for ids in page_ids.values() for pk in ids})
    for video in videos:
        video.used_in = sorted(
            (pages[pk] for pk in page_ids.get(str(video.pk), ()) if pk in pages),
            key=lambda page: page.title,
        )
    return videos
