"""Videos on a phone: a library card opens the sheet at its video; the caption size and
the light version chosen once are kept on the device, across reloads and sheets."""

import re

import pytest
from playwright.sync_api import expect

from videos.models import VideoTraining

from .helpers import assert_accessible
from .test_accounts import assert_fits_phones
from .test_videos import STORY_SHEET, STORY_VIDEO, sheet_url, wait_video

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("media_served_by_the_site")]

OTHER_STORY_SHEET = "parler-devant-un-decideur"  # shows the same video


def test_a_card_tap_opens_the_sheet_at_its_video(phone, site_url):
    phone.goto(site_url("/videos/"))
    assert_accessible(phone)
    assert_fits_phones(phone)
    video = VideoTraining.objects.get(title=STORY_VIDEO)
    card = phone.locator(f"#video-{video.pk}")
    title = card.get_by_role("heading", level=2).get_by_role("link", name=STORY_VIDEO)
    target = title.get_attribute("href")
    sheets = {sheet_url(STORY_SHEET), sheet_url(OTHER_STORY_SHEET)}
    assert target in {f"{url}#video-{video.pk}" for url in sheets}, target
    # A tap on the poster: what receives it is the title's link, stretched over the card.
    card.locator("img").first.scroll_into_view_if_needed()
    poster = card.locator("img").first.bounding_box()
    phone.mouse.click(poster["x"] + poster["width"] / 2, poster["y"] + poster["height"] / 2)
    expect(phone).to_have_url(site_url(target))
    expect(phone.locator(f"figure#video-{video.pk}")).to_be_visible()
    assert_accessible(phone)


def test_caption_size_and_light_version_survive_a_reload(phone, site_url):
    light_url = VideoTraining.objects.get(title=STORY_VIDEO).light_file.url
    phone.goto(site_url(sheet_url(STORY_SHEET)))
    figure = phone.locator("figure[data-video]").first
    expect(figure.locator("[data-controls]")).to_be_visible()
    figure.get_by_role("radio", name="Grande taille").check()
    figure.get_by_role("radio", name=re.compile("^Légère")).check()
    expect(figure).to_have_class(re.compile(r"\bcaptions-large\b"))
    assert_accessible(phone)

    for url in (sheet_url(STORY_SHEET), sheet_url(OTHER_STORY_SHEET)):
        phone.goto(site_url(url))
        figure = phone.locator("figure[data-video]").first
        expect(figure.get_by_role("radio", name="Grande taille")).to_be_checked()
        expect(figure).to_have_class(re.compile(r"\bcaptions-large\b"))
        expect(figure.get_by_role("radio", name=re.compile("^Légère"))).to_be_checked()
        wait_video(phone, figure.locator("video"), f"v.currentSrc.endsWith({light_url!r})")
    assert_accessible(phone)
    assert_fits_phones(phone)

    figure.get_by_role("radio", name="Taille normale").check()
    phone.reload()
    expect(phone.locator("figure[data-video]").first).not_to_have_class(
        re.compile("captions-large")
    )
