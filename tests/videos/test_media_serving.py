"""Uploaded media answer HTTP Range requests, so seeking works in every browser."""

import os

import pytest

pytestmark = pytest.mark.django_db  # the 404 page lists the site navigation

CONTENT = bytes(range(256)) * 40  # 10,240 distinct-ish bytes


@pytest.fixture
def media_file(settings):
    folder = os.path.join(settings.MEDIA_ROOT, "media")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "essai.mp4")
    with open(path, "wb") as handle:
        handle.write(CONTENT)
    return "/media/media/essai.mp4"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_whole_file_says_it_accepts_ranges(client, media_file):
    response = client.get(media_file)
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert body(response) == CONTENT


@pytest.mark.parametrize(
    "header, start, end",
    [
        ("bytes=0-99", 0, 99),
        ("bytes=10000-", 10000, 10239),
        ("bytes=-40", 10200, 10239),
        ("bytes=5000-999999", 5000, 10239),
        ("bytes=0-0", 0, 0),
    ],
)
def test_range_answers_206_with_the_right_bytes(client, media_file, header, start, end):
    response = client.get(media_file, HTTP_RANGE=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(CONTENT)}"
    assert int(response["Content-Length"]) == end - start + 1
    assert body(response) == CONTENT[start : end + 1]


def test_first_and_last_bytes_match_the_file(client, media_file):
    first = body(client.get(media_file, HTTP_RANGE="bytes=0-1"))
    last = body(client.get(media_file, HTTP_RANGE="bytes=-2"))
    assert first == CONTENT[:2] and last == CONTENT[-2:]


@pytest.mark.parametrize("header", ["bytes=20000-", "bytes=-0", "bytes=50-10"])
def test_unsatisfiable_range_is_416(client, media_file, header):
    response = client.get(media_file, HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(CONTENT)}"


@pytest.mark.parametrize("header", ["bytes=0-1,5-6", "items=0-5", "garbage"])
def test_unsupported_range_forms_get_the_whole_file(client, media_file, header):
    response = client.get(media_file, HTTP_RANGE=header)
    assert response.status_code == 200
    assert body(response) == CONTENT


@pytest.mark.parametrize(
    "url", ["/media/../school/settings/base.py", "/media/%2e%2e/manage.py", "/media/nope.mp4"]
)
def test_outside_or_missing_files_are_404(client, media_file, url):
    assert client.get(url).status_code == 404


def test_post_is_refused(client, media_file):
    assert client.post(media_file).status_code == 405
