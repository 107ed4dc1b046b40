"""External videos from an allow-list, turned into privacy-friendly embed addresses.

YouTube always goes through youtube-nocookie.com, Vimeo with ``dnt=1``; PeerTube
instances must be named in ``settings.VIDEO_PEERTUBE_HOSTS``. Nothing here fetches
anything: the embed address is built from the link itself.
"""

import re
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.youtube-nocookie.com",
    "youtube-nocookie.com",
}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{1,12}$")
PEERTUBE_ID = re.compile(r"^[A-Za-z0-9-]{6,40}$")


class ExternalVideo(NamedTuple):
    provider: str  # "YouTube", "Vimeo" or "PeerTube"
    embed_url: str
    watch_url: str


def _refuse(message):
    raise ValidationError(message, code="external_url")


def parse_external_url(url):
    """An ExternalVideo for an allowed link; ValidationError with the reason otherwise."""
    parts = urlsplit((url or "").strip())
    if parts.scheme != "https":
        _refuse(_("Le lien doit commencer par https://."))
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]

    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"]):
            video_id = segments[1] if len(segments) > 1 else ""
        else:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        if not YOUTUBE_ID.match(video_id):
            _refuse(_("Ce lien YouTube ne désigne pas une vidéo."))
        return ExternalVideo(
            "YouTube",
            f"https://www.youtube-nocookie.com/embed/{video_id}",
            f"https://www.youtube.com/watch?v={video_id}",
        )

    if host in VIMEO_HOSTS:
        video_id = segments[-1] if segments else ""
        if not VIMEO_ID.match(video_id):
            _refuse(_("Ce lien Vimeo ne désigne pas une vidéo."))
        return ExternalVideo(
            "Vimeo",
            f"https://player.vimeo.com/video/{video_id}?dnt=1",
            f"https://vimeo.com/{video_id}",
        )

    if host in {h.lower() for h in getattr(settings, "VIDEO_PEERTUBE_HOSTS", [])}:
        if len(segments) == 2 and segments[0] == "w":
            video_id = segments[1]
        elif len(segments) == 3 and segments[0] == "videos" and segments[1] in ("watch", "embed"):
            video_id = segments[2]
        else:
            video_id = ""
        if not PEERTUBE_ID.match(video_id):
            _refuse(_("Ce lien PeerTube ne désigne pas une vidéo."))
        return ExternalVideo(
            "PeerTube",
            f"https://{host}/videos/embed/{video_id}",
            f"https://{host}/w/{video_id}",
        )

    _refuse(
        _(
            "Ce site n’est pas autorisé. Sites acceptés : YouTube, Vimeo et les instances "
            "PeerTube déclarées par l’équipe technique."
        )
    )


def validate_external_url(url):
    parse_external_url(url)
