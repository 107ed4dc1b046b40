"""Cohorts in a real browser: a trainer follows her cohort on a phone (the list, the
report sorted, the CSV), a learner finds her cohort on "Mon parcours", a partner's
trainer sees only her organisation's cohort; axe-core on every page met, and no
sideways scrolling at 320 px (the report's table scrolls inside its own box)."""

import csv
import io

import pytest
from playwright.sync_api import expect

from school.cohorts.invitations import display_code
from school.cohorts.models import Cohort
from school.demo.cohorts import LIEGE_COHORT, SPRING

from .helpers import assert_accessible
from .test_accounts import assert_fits_phones
from .test_courses import sign_in_as

pytestmark = pytest.mark.e2e


def test_a_trainer_follows_her_cohort(phone, site_url):
    sign_in_as(phone, site_url, "formatrice@ecole.example")
    phone.goto(site_url("/trainer/"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Mes cohortes")
    card = phone.locator(".sheet-card").filter(has_text=SPRING)
    expect(card).to_contain_text("13 apprenant·es")
    assert_accessible(phone)
    assert_fits_phones(phone)

    card.get_by_role("link", name=SPRING).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(SPRING)
    rows = phone.locator("table.report tbody tr")
    expect(rows).to_have_count(13)
    assert_accessible(phone)
    assert_fits_phones(phone)

    phone.get_by_role("link", name="progression").click()
    expect(rows.first.get_by_role("rowheader")).to_contain_text("Amina")  # 4 steps done
    expect(rows.first).to_contain_text("4 sur 4")

    with phone.expect_download() as download:
        phone.get_by_role("link", name="Télécharger le tableau (CSV)").click()
    text = open(download.value.path(), encoding="utf-8").read()  # noqa: SIM115
    assert text.startswith("\ufeff")
    lines = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert lines[0][0] == "Nom" and len(lines) == 14
    amina = next(line for line in lines if line[0] == "Amina")
    assert amina[3:5] == ["4", "4"]


def test_a_learner_finds_her_cohort(phone, site_url):
    sign_in_as(phone, site_url, "apprenante@ecole.example")
    section = phone.locator("section").filter(has=phone.get_by_role("heading", name="Mes cohortes"))
    expect(section).to_contain_text(SPRING)
    expect(section).to_contain_text("Avec Fatou")
    expect(section).to_contain_text("Prochain atelier")
    expect(section).to_contain_text("voient votre progression sur son parcours")
    assert_accessible(phone)
    assert_fits_phones(phone)


def test_a_partners_trainer_sees_only_her_cohort(page, site_url):
    sign_in_as(page, site_url, "formateur-liege@ecole.example")
    page.goto(site_url("/trainer/"))
    expect(page.locator(".sheet-card h2")).to_have_text([LIEGE_COHORT])
    assert_accessible(page)
    spring = Cohort.objects.get(name=SPRING)
    for path in [f"/trainer/{spring.pk}/", f"/trainer/{spring.pk}/export.csv"]:
        assert page.request.get(site_url(path)).status == 404, path


def test_the_roll_is_taken_on_a_phone_by_keyboard(phone, site_url):
    spring = Cohort.objects.get(name=SPRING)
    workshop = spring.workshops.filter(roll_taken_at__isnull=False).order_by("date").first()
    first = spring.workshops.model.objects.get(pk=workshop.pk).attendances.order_by(
        "user__display_name"
    )
    sign_in_as(phone, site_url, "formatrice@ecole.example")
    phone.goto(site_url(f"/trainer/{spring.pk}/ateliers/{workshop.pk}/appel/"))
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Appel du")
    assert_accessible(phone)
    assert_fits_phones(phone)

    groups = phone.locator("fieldset.roll-line")
    expect(groups).to_have_count(13)
    # The first learner's group: into it by keyboard, then the arrows choose.
    first_group = groups.first
    name = first_group.locator("legend").inner_text()
    first_group.get_by_role("radio").first.focus()
    phone.keyboard.press("ArrowRight")  # présent·e → absent·e
    expect(first_group.get_by_role("radio", name="absent·e")).to_be_checked()
    phone.get_by_role("button", name="Enregistrer l’appel").focus()
    phone.keyboard.press("Enter")
    expect(phone.locator(".notice").filter(has_text="L’appel est enregistré")).to_be_visible()
    recorded = {a.user.name: a.status for a in first.select_related("user")}
    assert recorded[name] == "absent"


def test_a_trainer_creates_a_cohort_and_plans_a_workshop(page, site_url):
    sign_in_as(page, site_url, "formatrice@ecole.example")
    page.goto(site_url("/trainer/nouvelle-cohorte/"))
    assert_accessible(page)
    page.get_by_label("Nom").fill("Cohorte d’automne")
    page.get_by_label("Parcours").select_option(label="Préparer une campagne")
    page.get_by_label("Début").fill("2027-01-10")
    page.get_by_label("Fin").fill("2027-01-05")  # before the start: refused
    page.get_by_role("button", name="Créer la cohorte").click()
    expect(page.locator(".field-error")).to_contain_text("La fin ne peut pas précéder le début.")
    assert_accessible(page)
    page.get_by_label("Fin").fill("2027-03-30")
    page.get_by_role("button", name="Créer la cohorte").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cohorte d’automne")

    cohort = Cohort.objects.get(name="Cohorte d’automne")
    page.goto(site_url(f"/trainer/{cohort.pk}/ateliers/"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)
    assert_fits_phones(page)


def test_the_trainer_s_invitation_pages(page, site_url):
    cohort = Cohort.objects.get(name=SPRING)
    invitation = cohort.invitations.get()
    sign_in_as(page, site_url, "formatrice@ecole.example")
    page.goto(site_url(f"/trainer/{cohort.pk}/invitations/"))
    expect(page.get_by_text(display_code(invitation.code)).first).to_be_visible()
    assert_accessible(page)
    assert_fits_phones(page)
    page.goto(site_url(f"/trainer/{cohort.pk}/invitations/{invitation.pk}/imprimer/"))
    expect(page.locator("svg").first).to_be_visible()  # the QR code, made on the server
    assert_accessible(page)
