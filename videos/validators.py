"""Checks on what trainers upload or type: caption files, video files, time codes."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CUE_TIMING = re.compile(
    r"^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})\s+-->\s+(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
    r"(?:\s+.*)?$"
)
TIMECODE = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$|^\s*(\d+)\s*$")
MAX_CAPTION_BYTES = 1024 * 1024


def _seconds(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def parse_webvtt(text):
    """The cues' (start, end) in seconds; ValidationError when it is not WebVTT."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = lines[0].lstrip("\ufeff") if lines else ""
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValidationError(
            _("Ce fichier n’est pas au format WebVTT : la première ligne doit être « WEBVTT »."),
            code="not_webvtt",
        )
    cues = []
    for number, line in enumerate(lines[1:], start=2):
        if "-->" not in line:
            continue
        match = CUE_TIMING.match(line.strip())
        if not match:
            raise ValidationError(
                _(
                    "Ligne %(line)d : horodatage invalide "
                    "(attendu : 00:00:01.000 --> 00:00:04.000)."
                ),
                code="bad_timing",
                params={"line": number},
            )
        groups = match.groups()
        start, end = _seconds(*groups[:4]), _seconds(*groups[4:])
        if end <= start:
            raise ValidationError(
                _("Ligne %(line)d : la fin d’un sous-titre doit venir après son début."),
                code="reversed_cue",
                params={"line": number},
            )
        cues.append((start, end))
    if not cues:
        raise ValidationError(_("Ce fichier WebVTT ne contient aucun sous-titre."), code="empty")
    return cues


def validate_webvtt_file(file):
    if file.size > MAX_CAPTION_BYTES:
        raise ValidationError(_("Un fichier de sous-titres ne dépasse pas 1 Mo."), code="too_big")
    file.seek(0)
    raw = file.read()
    file.seek(0)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("Le fichier de sous-titres doit être encodé en UTF-8."), code="encoding"
        ) from error
    parse_webvtt(text)


def sniff_media_kind(head):
    """ "video", "audio" or None, from a file's first bytes (never its name)."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        return "audio" if brand in (b"M4A ", b"M4B ") else "video"
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # Matroska / WebM
        return "video"
    if head.startswith(b"OggS"):
        return "video" if b"theora" in head[:128].lower() else "audio"
    if head.startswith(b"RIFF") and head[8:12] == b"AVI ":
        return "video"
    if head.startswith(b"\x00\x00\x01\xba") or head.startswith(b"\x00\x00\x01\xb3"):
        return "video"  # MPEG program / elementary stream
    if head.startswith((b"ID3", b"fLaC")) or (head.startswith(b"RIFF") and head[8:12] == b"WAVE"):
        return "audio"
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "audio"  # MPEG audio frame
    return None


def parse_timecode(value):
    """ "1:30", "01:02:03" or "90" → seconds; ValueError otherwise."""
    match = TIMECODE.match(str(value or ""))
    if not match:
        raise ValueError(value)
    hours, minutes, seconds, plain = match.groups()
    if plain is not None:
        return int(plain)
    if int(seconds) > 59 or (hours is not None and int(minutes) > 59):
        raise ValueError(value)
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def validate_timecode(value):
    try:
        parse_timecode(value)
    except ValueError as error:
        raise ValidationError(
            _("Indiquez un temps sous la forme minutes:secondes, par exemple 1:30."),
            code="timecode",
        ) from error


def duration_in_words(seconds):
    """ "3 min 20 s", "1 h 5 min", "45 s": a length as trainers say it, not a timecode."""
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def format_timecode(seconds):
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
