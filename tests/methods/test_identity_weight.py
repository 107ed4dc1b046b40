"""A sheet page stays light: at most 100 KB with everything it loads, but its video."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from methods.models import MethodSheetPage

pytestmark = pytest.mark.django_db

LIMIT = 100 * 1024


def body(response):
    assert response.status_code == 200, response
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def loaded(html):
    """The addresses a browser fetches to show the page: styles, scripts, icons (the
    brick pictograms' sprite, the favicon) and images; no video."""
    soup = BeautifulSoup(html, "html.parser")
    found = [link["href"] for link in soup.select("link[href]") if "preconnect" not in link["rel"]]
    found += [script["src"] for script in soup.select("script[src]")]
    found += [image["src"] for image in soup.select("img[src]")]
    found += [use["href"].split("#", 1)[0] for use in soup.select("use[href]")]
    return sorted({url for url in found if url and not urlsplit(url).netloc})


def test_every_demo_sheet_without_video_weighs_at_most_100_kb(client, learner, capsys):
    call_command("load_demo")
    capsys.readouterr()
    client.force_login(learner)  # signed in, a sheet loads the progress script too
    weights = {}
    for sheet in MethodSheetPage.objects.live():
        if sheet.video_ids:
            continue
        html = body(client.get(sheet.url))
        weights[sheet.url] = len(html) + sum(len(body(client.get(url))) for url in loaded(html))
    assert len(weights) >= 20
    heaviest = max(weights, key=weights.get)
    assert weights[heaviest] <= LIMIT, (heaviest, weights[heaviest])
