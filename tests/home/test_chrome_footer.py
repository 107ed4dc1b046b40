"""The footer of every page: the contact address and the site's own pages, chosen by
administrators in the footer settings, linked only when anyone may read them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from home.models import FooterSettings, SitePage
from school.demo.loader import ensure_site_pages
from school.demo.site_pages import CONTACT_EMAIL

pytestmark = pytest.mark.django_db


def footer_of(client, url="/"):
    html = client.get(url).content.decode()
    return html[html.index('<footer class="site-footer">') :]


@pytest.fixture
def site_pages(site_tree):
    home, _index = site_tree
    ensure_site_pages(home)
    return {page.slug: page for page in SitePage.objects.all()}


def test_the_demo_makes_four_pages_and_links_them_in_the_footer(client, site_pages, sheet):
    assert set(site_pages) == {"contact", "mentions-legales", "confidentialite", "accessibilite"}
    for url in ("/", sheet.url, "/search/"):
        footer = footer_of(client, url)
        assert f'href="mailto:{CONTACT_EMAIL}"' in footer
        positions = [footer.index(f'href="{page.url}"') for page in site_pages.values()]
        assert positions == sorted(positions)  # contact, legal, privacy, accessibility
    for page in site_pages.values():
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.intro in response.content.decode()


def test_the_demo_keeps_what_an_administrator_chose(site_pages, site_tree):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_email = "ecrire@asso.example"
    footer.legal_page = None
    footer.privacy_page = site_pages["contact"]
    footer.save()
    assert ensure_site_pages(site_tree[0]) == 0
    footer.refresh_from_db()
    assert footer.contact_email == "ecrire@asso.example"
    assert footer.privacy_page == site_pages["contact"]
    assert footer.legal_page == site_pages["mentions-legales"]  # an empty choice is filled
    assert SitePage.objects.count() == 4


def test_a_page_nobody_may_read_is_not_linked(client, site_pages):
    privacy, legal = site_pages["confidentialite"], site_pages["mentions-legales"]
    client.get("/")  # the footer is cached…
    PageViewRestriction.objects.create(page=privacy, restriction_type="login")
    legal.unpublish()
    footer = footer_of(client)  # …and emptied by the restriction and the unpublication
    assert f'href="{privacy.url}"' not in footer
    assert "Mentions légales" not in footer
    assert f'href="{site_pages["accessibilite"].url}"' in footer


def test_a_change_of_the_settings_shows_on_the_next_page(client, site_pages):
    assert CONTACT_EMAIL in footer_of(client)
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_email = "ecrire@asso.example"
    footer.save()
    assert "ecrire@asso.example" in footer_of(client)


def test_the_footer_costs_no_query_once_cached(client, signed_in, site_pages, sheet):
    client.get(sheet.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(sheet.url)
    sql = " ".join(query["sql"] for query in captured)
    assert "home_footersettings" not in sql
    assert "home_sitepage" not in sql


def test_a_site_without_footer_settings_shows_the_footer_and_writes_nothing(client, site_tree):
    html = footer_of(client)
    assert "libres de lecture" in html
    assert "mailto:" not in html
    assert not FooterSettings.objects.exists()  # a write would empty the page cache
