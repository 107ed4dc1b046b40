"""Plain rules of the videos app: WebVTT, file sniffing, time codes, external links."""

import pytest
from django.core.exceptions import ValidationError

from videos.external import parse_external_url
from videos.validators import format_timecode, parse_timecode, parse_webvtt, sniff_media_kind

GOOD_VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nBonjour\n\n00:01.000 --> 00:03.000\nSuite\n"


def test_webvtt_cues_are_read():
    assert parse_webvtt(GOOD_VTT) == [(0.0, 2.5), (1.0, 3.0)]
    assert parse_webvtt("\ufeffWEBVTT - titre\r\n\r\n00:00.000 --> 00:01.000\r\nA") == [(0, 1)]


@pytest.mark.parametrize(
    "text, code",
    [
        ("1\n00:00:00,000 --> 00:00:02,000\nSRT, pas VTT\n", "not_webvtt"),
        ("WEBVTT\n\n00:00:00,000 --> 00:00:02,000\nvirgule\n", "bad_timing"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nà l'envers\n", "reversed_cue"),
        ("WEBVTT\n\nNOTE rien\n", "empty"),
        ("", "not_webvtt"),
    ],
)
def test_bad_webvtt_is_refused_with_a_reason(text, code):
    with pytest.raises(ValidationError) as error:
        parse_webvtt(text)
    assert error.value.code == code


@pytest.mark.parametrize(
    "head, kind",
    [
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "video"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00", "audio"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", "video"),
        (b"ID3\x04\x00\x00\x00", "audio"),
        (b"<html><body>not a video</body></html>", None),
        (b"%PDF-1.7 ...", None),
        (b"", None),
    ],
)
def test_media_kind_comes_from_content(head, kind):
    assert sniff_media_kind(head) == kind


@pytest.mark.parametrize(
    "text, seconds", [("0:00", 0), ("1:30", 90), ("01:02:03", 3723), ("75", 75), (" 2:05 ", 125)]
)
def test_timecodes(text, seconds):
    assert parse_timecode(text) == seconds
    assert parse_timecode(format_timecode(seconds)) == seconds


@pytest.mark.parametrize("text", ["", "abc", "1:75", "-3", "1:2:3:4", "1.5"])
def test_bad_timecodes(text):
    with pytest.raises(ValueError):
        parse_timecode(text)


@pytest.mark.parametrize(
    "url, provider, embed",
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://framatube.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d",
            "PeerTube",
            "https://framatube.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d",
        ),
    ],
)
def test_allowed_external_links_become_privacy_friendly_embeds(url, provider, embed):
    video = parse_external_url(url)
    assert (video.provider, video.embed_url) == (provider, embed)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.org/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://vimeo.com/not-a-number",
        "https://peertube.example.net/w/9c9de5e8",  # instance not in settings
        "javascript:alert(1)",
        "",
    ],
)
def test_links_outside_the_allow_list_are_refused(url):
    with pytest.raises(ValidationError):
        parse_external_url(url)


def test_peertube_hosts_come_from_settings(settings):
    settings.VIDEO_PEERTUBE_HOSTS = ["peertube.example.net"]
    assert parse_external_url("https://peertube.example.net/w/abcdef12").provider == "PeerTube"
