"""Each block renders its own template; every block is previewable in the picker."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from methods.blocks import SheetBodyBlock
from methods.models import MethodSheetPage
from tests.factories import every_block, make_sheet

pytestmark = pytest.mark.django_db


def body_blocks():
    return MethodSheetPage._meta.get_field("body").stream_block.child_blocks


def test_every_block_type_renders_its_content(client, brick):
    sheet = make_sheet(brick, "Toutes les briques", blocks=every_block())
    html = client.get(sheet.url).content.decode()
    for marker in [
        "Astuce-marqueur",
        "Vigilance-marqueur",
        "Témoin-marqueur",
        "Une voisine",
        "Jeu-marqueur",
        "Situation-marqueur",
        "Rôle-marqueur",
        "Consigne-marqueur",
        "Question-marqueur",
        "Élément-marqueur",
    ]:
        assert marker in html, marker
    assert 'class="callout callout-tip"' in html
    assert 'class="callout callout-warning"' in html
    assert "Questions pour le débriefing" in html


def test_image_and_document_blocks_render(client, brick):
    image = Image.objects.create(title="Affiche", file=get_test_image_file())
    document = Document.objects.create(
        title="Fiche contact", file=ContentFile(b"%PDF-1.4", "contact.pdf")
    )
    sheet = make_sheet(
        brick,
        "Avec image",
        blocks=[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Une affiche de réunion",
                    "caption": "Légende-marqueur",
                },
            },
            {"type": "document", "value": {"document": document.pk, "label": ""}},
        ],
    )
    html = client.get(sheet.url).content.decode()
    assert 'alt="Une affiche de réunion"' in html
    assert "srcset=" in html and "Légende-marqueur" in html
    assert "Fiche contact" in html and document.url in html


def test_missing_image_or_document_does_not_break_the_sheet(client, brick):
    sheet = make_sheet(
        brick,
        "Image supprimée",
        blocks=[
            {
                "type": "image",
                "value": {"image": 999999, "alt_text": "", "caption": "Légende seule"},
            },
            {"type": "document", "value": {"document": 999999, "label": "Tract"}},
        ],
    )
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert "Légende seule" in response.content.decode()


@pytest.mark.parametrize("name", list(SheetBodyBlock.base_blocks))
def test_every_block_has_a_picker_preview(name):
    block = body_blocks()[name]
    assert block.is_previewable, name
    assert block.get_description(), name
    assert block.meta.icon, name
    assert block.meta.template, name


@pytest.mark.parametrize("name", list(SheetBodyBlock.base_blocks))
def test_block_preview_renders(admin_client, name):
    response = admin_client.get(
        "/admin/block-preview/", {"id": body_blocks()[name].definition_prefix}
    )
    assert response.status_code == 200, name
    assert "school.css" in response.content.decode()
