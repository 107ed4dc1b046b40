"""Video fixtures built from the project's own demo files (real MP4 and WebVTT)."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from videos.models import CaptionTrack, Chapter, VideoFile, VideoTraining

DEMO_MEDIA = Path(__file__).resolve().parents[2] / "school" / "demo" / "media"
DEMO_SLUG = "animer-une-reunion-en-quatre-roles"


def demo_bytes(suffix):
    return (DEMO_MEDIA / f"{DEMO_SLUG}{suffix}").read_bytes()


def make_media(title="Vidéo", suffix=".mp4"):
    media = VideoFile(title=title, type="video", duration=60)
    media.file.save(f"{DEMO_SLUG}{suffix}", ContentFile(demo_bytes(suffix)), save=False)
    media.save()
    return media


def make_video(title="Les quatre rôles", captions=True, chapters=True, live=True, **fields):
    fields.setdefault("transcript", "Bonjour à toutes et à tous.")
    video = VideoTraining(title=title, **fields)
    if "poster" not in fields:
        video.poster = Image.objects.create(title=f"Affiche {title}", file=get_test_image_file())
    if "video_file" not in fields and "external_url" not in fields:
        video.video_file = make_media(f"{title} (fichier)")
        video.light_file = make_media(f"{title} (léger)", "-leger.mp4")
    if captions:
        track = CaptionTrack(language="fr", label="Français")
        track.file.save("fr.vtt", ContentFile(demo_bytes(".fr.vtt")), save=False)
        video.captions = [track]
    if chapters:
        video.chapters = [
            Chapter(start="0:00", title="Début"),
            Chapter(start="0:20", title="Rôles"),
        ]
    video.live = live
    video.save()
    if live:
        video.save_revision().publish()
    return video


def video_block(video, intro="Regardez avant la séance."):
    return {"type": "video", "value": {"video": video.pk if video else None, "intro": intro}}


@pytest.fixture
def video(db):
    return make_video()
