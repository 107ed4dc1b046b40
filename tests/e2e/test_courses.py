"""Courses in a real browser, on a phone: a partner follows the course shared with
partners step by step from ``/parcours/``, a partner of the other organisation sees it
too, a learner of no partner is told whom it is for (403), and a signed-out visitor is
sent to the sign-in page and back; axe-core on every page met, and no sideways
scrolling at 320 px."""

import re

import pytest
from playwright.sync_api import expect

from school.courses.models import CoursePage
from school.demo.loader import DEMO_USERS

from .helpers import assert_accessible
from .test_accounts import assert_fits_phones
from .test_progress import DONE_BUTTON, LEARNER_EMAIL, progress_section, sign_in

pytestmark = pytest.mark.e2e

PARTNER_COURSE = "Parcours des organisateurs partenaires"
OTHER_COURSES = ["Premiers pas : s'organiser dans son quartier", "Préparer une campagne"]
LIEGE = "Collectif partenaire de Liège (démo)"
TUNIS = "Association partenaire de Tunis (démo)"
PASSWORDS = {email: password for email, *_rest, password in DEMO_USERS}


def partner_course():
    return CoursePage.objects.live().get(title=PARTNER_COURSE)


def sign_in_as(page, site_url, email):
    sign_in(page, site_url, email, PASSWORDS[email])


def course_links(page):
    """The links of the course cards listed on ``/parcours/``."""
    return page.locator(".sheet-list > li.sheet-card h3 a")


def steps(page):
    return page.locator("ol.course-steps > li")


def follow_step(page, number):
    """From the course page: opens step ``number`` (from 1), marks its sheet done, and
    comes back with the browser's Back; returns the sheet's title."""
    step = steps(page).nth(number - 1)
    link = step.get_by_role("heading", level=3).get_by_role("link")
    title = link.inner_text()
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    if number == 1:
        assert_accessible(page)
    section = progress_section(page)
    section.get_by_role("button", name=DONE_BUTTON).click()
    expect(section.get_by_role("status")).to_have_text("Vous avez terminé cette fiche.")
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(PARTNER_COURSE)
    return title


def test_a_partner_follows_the_partner_course_step_by_step(phone, site_url):
    course = partner_course()
    total = course.steps.count()
    sign_in_as(phone, site_url, "partenaire-liege@ecole.example")

    phone.goto(site_url("/"))
    # the home page shows her course first, and the way to all three open to her
    expect(phone.locator("#courses-title + ul h3 a").first).to_have_text(PARTNER_COURSE)
    phone.get_by_role("link", name="Voir les 3 parcours ouverts pour vous").click()
    expect(phone).to_have_url(site_url("/parcours/"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Les parcours")
    assert_accessible(phone)
    expect(course_links(phone)).to_have_text(OTHER_COURSES + [PARTNER_COURSE])

    course_links(phone).filter(has_text=PARTNER_COURSE).click()
    expect(phone).to_have_url(site_url(course.url))
    expect(steps(phone)).to_have_count(total)
    expect(phone.locator(".progress-text")).to_have_text(re.compile(rf"^0 étapes? sur {total}$"))
    assert_accessible(phone)
    assert_fits_phones(phone)

    first = follow_step(phone, 1)
    expect(steps(phone).nth(0).locator(".done-badge")).to_have_text("✓ faite")
    expect(phone.locator(".progress-text")).to_have_text(f"1 étape sur {total}")
    second = follow_step(phone, 2)
    assert first != second

    expect(phone.locator(".progress-text")).to_have_text(f"2 étapes sur {total}")
    bar = phone.get_by_role("progressbar", name="Ma progression dans ce parcours")
    expect(bar).to_have_attribute("value", "2")
    expect(bar).to_have_attribute("max", str(total))
    for number in range(total):
        badge = ".done-badge" if number < 2 else ".todo-badge"
        expect(steps(phone).nth(number).locator(badge)).to_have_count(1)
    third = steps(phone).nth(2).get_by_role("heading", level=3).get_by_role("link")
    expect(phone.get_by_role("link", name=re.compile("^Étape suivante :"))).to_have_text(
        f"Étape suivante : {third.inner_text()}"
    )
    assert_accessible(phone)
    assert_fits_phones(phone)


def test_a_partner_of_the_other_organisation_sees_it_too(phone, site_url):
    sign_in_as(phone, site_url, "partenaire-tunis@ecole.example")
    phone.goto(site_url("/parcours/"))
    expect(course_links(phone).filter(has_text=PARTNER_COURSE)).to_have_count(1)
    response = phone.goto(site_url(partner_course().url))
    assert response.status == 200
    expect(phone.get_by_role("heading", level=1)).to_have_text(PARTNER_COURSE)


def test_a_learner_of_no_partner_is_told_whom_the_course_is_for(phone, site_url):
    sign_in_as(phone, site_url, LEARNER_EMAIL)
    phone.goto(site_url("/parcours/"))
    expect(course_links(phone)).to_have_text(OTHER_COURSES)
    expect(phone.get_by_text(PARTNER_COURSE)).to_have_count(0)

    response = phone.goto(site_url(partner_course().url))
    assert response.status == 403
    expect(phone.locator("main")).to_contain_text(f"Ce parcours est réservé à : {TUNIS}, {LIEGE}.")
    expect(phone.get_by_role("link", name=re.compile("Liège"))).to_have_attribute(
        "href", "mailto:contact-liege@ecole.example"
    )
    assert_accessible(phone)
    assert_fits_phones(phone)


def test_signed_out_the_course_leads_to_the_sign_in_page_and_back(phone, site_url):
    course_url = partner_course().url
    phone.goto(site_url("/parcours/"))
    expect(course_links(phone)).to_have_text(OTHER_COURSES[:1])

    phone.goto(site_url(course_url))
    expect(phone).to_have_url(re.compile(r"/accounts/login/\?next="))
    phone.get_by_label("E-mail").fill("partenaire-tunis@ecole.example")
    phone.get_by_label("Mot de passe").fill(PASSWORDS["partenaire-tunis@ecole.example"])
    phone.get_by_role("button", name="Me connecter").click()
    expect(phone).to_have_url(site_url(course_url))
    expect(phone.get_by_role("heading", level=1)).to_have_text(PARTNER_COURSE)
