"""What browsers ask of every site: the icons, the web manifest and ``/favicon.ico``."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def fetch(client, url):
    """The final answer and its body, following redirects to the static files."""
    response = client.get(url, follow=True)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_every_page_links_the_icons_and_the_manifest(client, site_tree):
    html = client.get("/").content.decode()
    links = dict(re.findall(r'<link rel="([a-z -]+)" href="([^"]+)"', html))
    for rel in ("icon", "apple-touch-icon", "manifest"):
        assert rel in links, rel
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', html)
    assert any(href.endswith(".svg") for href in icons)
    assert any(href.endswith(".png") for href in icons)
    for href in [*icons, links["apple-touch-icon"], links["manifest"]]:
        response, body = fetch(client, href)
        assert response.status_code == 200, href
        assert body, href


def test_the_manifest_names_the_school_and_its_icons(client, site_tree):
    response, body = fetch(client, "/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(body)
    assert manifest["name"] == "École de la citoyenneté"
    assert manifest["theme_color"] == "#8c1c2c"
    assert manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        icon_response, icon_body = fetch(client, icon["src"])
        assert icon_response.status_code == 200, icon["src"]
        assert icon_response["Content-Type"] == icon["type"], icon["src"]
        assert icon_body, icon["src"]


def test_favicon_ico_answers_with_an_icon(client, db):
    response, body = fetch(client, "/favicon.ico")
    assert response.status_code == 200
    assert body[:4] == b"\x00\x00\x01\x00"  # the ICO file signature


def test_pngs_have_their_declared_sizes():
    from pathlib import Path

    from PIL import Image

    icons = Path(__file__).resolve().parents[2] / "home" / "static" / "school" / "icons"
    expected = {"icon-32.png": 32, "apple-touch-icon.png": 180, "icon-192.png": 192}
    expected["icon-512.png"] = 512
    for name, size in expected.items():
        with Image.open(icons / name) as image:
            assert image.size == (size, size), name
