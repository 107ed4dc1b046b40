"""Where each video-training is shown: the one reading of video → page placements.

A video is placed in a page by a video block of its StreamField. Wagtail's
``ReferenceIndex`` already follows StreamField blocks and is kept up to date by Wagtail
on every save, so it is read here rather than walking page bodies.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex

# By name: the models import the listing (``videos.visibility``) that imports this.
VIDEO_TYPE = ("videos", "videotraining")
PAGE_TYPE = ("wagtailcore", "page")


def placements(video_ids=None):
    """[(video pk, page pk)] for every page placing one of ``video_ids`` (all videos when
    None), in a stable order. Pages of any state: callers keep the live, viewable ones."""
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_by_natural_key(*VIDEO_TYPE),
        base_content_type=ContentType.objects.get_by_natural_key(*PAGE_TYPE),
    )
    if video_ids is not None:
        references = references.filter(to_object_id__in=[str(pk) for pk in set(video_ids)])
    pairs = references.values_list("to_object_id", "object_id").distinct()
    return sorted((int(video), int(page)) for video, page in pairs)
