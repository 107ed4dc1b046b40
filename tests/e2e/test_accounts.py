"""A person's account in a real browser: greeted by the name they chose, changing it on
``/me/profil/`` with the keyboard alone, the server's check of a too-long name shown
beside the field, and the sign-up form's display-name field; axe-core and narrow phones
on every one of these pages."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from .helpers import PHONE, assert_accessible
from .test_progress import LEARNER_EMAIL, sign_in, tab_to

pytestmark = pytest.mark.e2e

LEARNER_NAME = "Aline"
NEW_NAME = "Aline Martin"
NARROW_PHONE = {"width": 320, "height": 640}

NAME_LABEL = "Nom affiché"
NAME_HELP = "Comme vous voulez qu’on vous appelle : un prénom, un surnom…"
LANGUAGE_LABEL = "Langue préférée"
SAVED = "Votre profil est enregistré."
SIGNUP_NAME_LABEL = "Comment voulez-vous qu’on vous appelle ?"
SIGNUP_NAME_HELP = "Facultatif : un prénom, un surnom. Il s’affichera sur votre parcours."


def learner():
    return get_user_model().objects.get(email=LEARNER_EMAIL)


def assert_fits_phones(page):
    """No horizontal scrolling at the usual phone width nor at 320 px (the smallest
    still in use); the page's viewport is put back afterwards."""
    original = page.viewport_size
    for viewport in (PHONE, NARROW_PHONE):
        page.set_viewport_size(viewport)
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{page.url} scrolls sideways at {viewport}: {widths}"
    page.set_viewport_size(original)


def test_learner_greeted_by_name_changes_it_with_the_keyboard(phone, site_url):
    sign_in(phone, site_url)
    greeting = phone.get_by_role("status")
    expect(greeting).to_have_text(f"Bonjour {LEARNER_NAME}, vous êtes dans votre espace.")
    expect(greeting).not_to_contain_text(LEARNER_EMAIL)
    assert_fits_phones(phone)

    phone.get_by_role("link", name="Mon nom et ma langue").click()
    expect(phone).to_have_url(site_url("/me/profil/"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Mon profil")
    name = phone.get_by_label(NAME_LABEL)
    expect(name).to_have_value(LEARNER_NAME)
    expect(name).to_have_accessible_description(NAME_HELP)
    assert_accessible(phone)
    assert_fits_phones(phone)

    # The keyboard alone, from the top of the page.
    tab_to(phone, name)
    phone.keyboard.press("ControlOrMeta+A")
    phone.keyboard.type(NEW_NAME)
    phone.keyboard.press("Tab")
    expect(phone.get_by_label(LANGUAGE_LABEL)).to_be_focused()
    phone.keyboard.press("Tab")
    expect(phone.get_by_role("button", name="Enregistrer")).to_be_focused()
    phone.keyboard.press("Enter")

    expect(phone).to_have_url(site_url("/me/"))
    expect(phone.get_by_role("status")).to_have_text(SAVED)
    assert learner().display_name == NEW_NAME

    phone.goto(site_url("/me/profil/"))
    expect(phone.get_by_label(NAME_LABEL)).to_have_value(NEW_NAME)


def test_too_long_name_is_refused_beside_the_field(phone, site_url):
    sign_in(phone, site_url)
    phone.goto(site_url("/me/profil/"))
    name = phone.get_by_label(NAME_LABEL)
    expect(name).to_have_attribute("maxlength", "80")
    expect(name).not_to_have_attribute("aria-invalid", "true")

    # The browser stops typing at maxlength: set the value as a hostile client would.
    name.evaluate("(input, value) => { input.value = value; }", "A" * 81)
    phone.get_by_role("button", name="Enregistrer").click()

    expect(phone).to_have_url(site_url("/me/profil/"))
    error = phone.locator("#id_display_name_error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("au plus 80 caractères")
    # Beside its field (same block), and announced with it.
    field = phone.locator(".field", has=phone.locator("#id_display_name"))
    expect(field.locator("#id_display_name_error")).to_have_count(1)
    expect(field).to_have_class("field field-error")
    expect(name).to_have_attribute("aria-invalid", "true")
    describedby = name.get_attribute("aria-describedby").split()
    assert "id_display_name_error" in describedby, describedby
    expect(name).to_have_accessible_description(NAME_HELP + " " + error.inner_text())
    expect(phone.get_by_role("status")).to_have_count(0)
    assert_accessible(phone)
    assert_fits_phones(phone)

    assert learner().display_name == LEARNER_NAME


def test_signup_offers_a_display_name(phone, site_url):
    phone.goto(site_url("/accounts/signup/"))
    name = phone.get_by_label(SIGNUP_NAME_LABEL)
    expect(name).to_be_visible()
    expect(name).to_be_editable()
    expect(name).not_to_have_attribute("required", "")
    expect(name).to_have_attribute("autocomplete", "nickname")
    expect(name).to_have_accessible_description(SIGNUP_NAME_HELP)
    assert_accessible(phone)
    assert_fits_phones(phone)
