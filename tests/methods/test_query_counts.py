"""A sheet or brick costs the same number of queries whatever its size."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from school.ops.page_cache import page_cache
from tests.factories import every_block, make_sheet

pytestmark = pytest.mark.django_db


def uncached_queries(client, url):
    """Queries of one anonymous render, with the page and rendition caches emptied."""
    page_cache().clear()
    client.get(url)  # warm-up: creates image renditions on first view
    page_cache().clear()
    caches["default"].clear()  # Wagtail keeps renditions there; count the cold path
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def image_block(image):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "Affiche", "caption": ""}}


def test_sheet_queries_do_not_grow_with_blocks(client, brick):
    images = [Image.objects.create(title=f"i{n}", file=get_test_image_file()) for n in range(3)]
    kinds = every_block()
    small_blocks = [kinds[0], image_block(images[0]), kinds[4]]  # step, image, role play
    large_blocks = []
    while len(large_blocks) < 60:
        large_blocks.extend(kinds + [image_block(image) for image in images])
    small = make_sheet(brick, "Petite fiche", blocks=small_blocks)
    large = make_sheet(brick, "Grande fiche", blocks=large_blocks[:60])
    assert len(large.body) == 60
    for sheet in (small, large):
        other = make_sheet(brick, f"Liée à {sheet.title}")
        sheet.related_sheets.create(related=other)
        sheet.tags.add("logement", "réunion")
        sheet.save_revision().publish()

    assert uncached_queries(client, small.url) == uncached_queries(client, large.url)


def test_brick_page_queries_do_not_grow_with_sheets(client, site_tree):
    from tests.factories import make_brick

    _home, index = site_tree
    few = make_brick(index, 1, "Mobiliser")
    many = make_brick(index, 2, "Négocier")
    for n in range(3):
        make_sheet(few, f"Fiche A{n}", blocks=every_block())
    for n in range(30):
        make_sheet(many, f"Fiche B{n}", blocks=every_block())

    assert uncached_queries(client, few.url) == uncached_queries(client, many.url)


def test_home_queries_do_not_grow_with_bricks(client, site_tree):
    from tests.factories import make_brick

    _home, index = site_tree
    make_brick(index, 1, "Mobiliser")
    before = uncached_queries(client, "/")
    for number in range(2, 11):
        brick = make_brick(index, number, f"Brique {number}")
        make_sheet(brick, f"Fiche {number}")
    assert uncached_queries(client, "/") == before
