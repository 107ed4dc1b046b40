"""The demo loader: ten bricks of real sheets, accounts, and a second run changes nothing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.models import Page, Revision

from methods.models import BrickPage, MethodSheetPage, RelatedSheet
from school.demo.loader import brick_definitions

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "related": RelatedSheet.objects.count(),
        "titles": sorted(Page.objects.values_list("title", flat=True)),
    }


def words(sheet):
    text = " ".join(
        [sheet.summary, sheet.objectives, sheet.materials]
        + [strip_tags(str(block.render())) for block in sheet.body]
    )
    return len(re.findall(r"\w+", text))


def test_load_demo_twice_installs_ten_bricks_once(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
    first = snapshot()
    out = capsys.readouterr().out
    assert "admin@ecole.example / demo-admin-ecole" in out

    call_command("load_demo")
    assert snapshot() == first
    assert "Briques créées : 0, fiches créées : 0, vidéos créées : 0." in capsys.readouterr().out

    bricks = list(BrickPage.objects.live().order_by("number"))
    assert [brick.number for brick in bricks] == list(range(1, 11))
    assert bricks[0].title == "Mobiliser"
    for brick in bricks:
        sheets = MethodSheetPage.objects.live().child_of(brick)
        assert sheets.count() >= 3, brick.title
        for sheet in sheets:
            assert words(sheet) >= 150, sheet.title
            assert any(block.block_type == "step" for block in sheet.body), sheet.title
            assert sheet.duration > 0 and sheet.material_list, sheet.title


def test_every_related_slug_and_sheet_slug_is_consistent():
    definitions = brick_definitions()
    slugs = [sheet["slug"] for brick in definitions for sheet in brick["sheets"]]
    assert len(slugs) == len(set(slugs))
    for brick in definitions:
        for sheet in brick["sheets"]:
            assert set(sheet.get("related", [])) <= set(slugs), sheet["slug"]
    assert sorted(brick["number"] for brick in definitions) == list(range(1, 11))


def test_demo_accounts_have_no_password_outside_development(settings, capsys):
    settings.DEBUG = False
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "demo-admin-ecole" not in out
    admin = get_user_model().objects.get(email="admin@ecole.example")
    assert not admin.has_usable_password()


def test_demo_roles_are_in_their_groups(settings):
    settings.DEBUG = True
    call_command("load_demo")
    User = get_user_model()
    assert (
        User.objects.get(email="formatrice@ecole.example").groups.filter(name="Formateurs").exists()
    )
    assert (
        User.objects.get(email="responsable@ecole.example")
        .groups.filter(name="Responsables pédagogiques")
        .exists()
    )
    assert User.objects.get(email="admin@ecole.example").is_superuser
    assert not User.objects.get(email="apprenante@ecole.example").is_staff


def test_demo_does_not_overwrite_a_trainers_edit(settings):
    settings.DEBUG = True
    call_command("load_demo")
    sheet = MethodSheetPage.objects.get(slug="porte-a-porte")
    sheet.title = "Titre choisi par la formatrice"
    sheet.save_revision().publish()
    call_command("load_demo")
    sheet.refresh_from_db()
    assert sheet.title == "Titre choisi par la formatrice"
