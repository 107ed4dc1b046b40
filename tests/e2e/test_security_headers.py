"""The Content-Security-Policy in a real browser: enforced on the site, and neither the
site nor Wagtail's admin needs anything it forbids (the fixtures fail a test on any
blocked resource)."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from methods.models import MethodSheetPage
from videos.models import VideoTraining

pytestmark = pytest.mark.e2e


def signed_in_as(page, live_server, email):
    """Gives the browser a session of ``email`` (made by Django's test client)."""
    client = Client()
    client.force_login(get_user_model().objects.get(email=email))
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )


def test_the_site_refuses_an_injected_inline_script(page, site_url):
    page.goto(site_url("/"))
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    assert page.evaluate("window.injected === undefined")
    blocked = [p for p in page.context.problems if p.startswith("CSP:")]
    assert blocked and "inline script" in blocked[0]
    page.context.problems.clear()  # the one violation this test means to cause


def test_admin_pages_work_under_the_admin_policy(page, demo, site_url):
    signed_in_as(page, demo, "admin@ecole.example")
    sheet = MethodSheetPage.objects.live().first()
    video = VideoTraining.objects.first()
    for path in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=(sheet.pk,)),
        reverse("wagtailsnippets_videos_videotraining:edit", args=(video.pk,)),
        reverse("wagtailimages:add"),
    ):
        page.goto(site_url(path))
        assert urlsplit(page.url).path == path
        expect(page.locator("main, #main").first).to_be_visible()


def test_an_editor_sees_the_userbar_on_the_site_under_the_site_policy(page, demo, site_url):
    signed_in_as(page, demo, "admin@ecole.example")
    sheet = MethodSheetPage.objects.live().first()
    page.goto(site_url(sheet.url))
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.locator("wagtail-userbar").locator("button").first.click()
