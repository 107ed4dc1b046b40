"""What a sheet offers once finished: the sheet to read next.

In the library, the next sheet of the same brick, else the first sheet of the next
brick that has one. When she came through a course (``?parcours=<id>`` on the course's
links), the course decides instead: the apps above the core answer through the
``next_sheet_in_course`` hook (the core may not import them), after checking that she
may see the course and that it holds the sheet; any other value is ignored.
"""

from typing import NamedTuple

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Substr
from wagtail import hooks

from methods.models import BrickPage, MethodSheetPage

# The query parameter a course's links carry to its sheets.
COURSE_PARAMETER = "parcours"


class Following(NamedTuple):
    """The sheet after this one (``sheet``, or None at the end) and the course it is
    the next step of (None in the library); ``url`` keeps the course on the link."""

    sheet: object
    url: str
    course: object = None


def next_in_library(sheet):
    """The live, public sheet after ``sheet``: the brick's next one, else the first one
    of the following brick by number; None after the last. Two queries: the bricks'
    paths, then the one sheet the database ranks first (its brick's place, its path)."""
    steplen = MethodSheetPage.steplen
    brick_path, index_path = sheet.path[:-steplen], sheet.path[: -2 * steplen]
    bricks = list(
        BrickPage.objects.live()
        .public()
        .filter(path__startswith=index_path, depth=sheet.depth - 1)
        .order_by("number")
        .values_list("path", flat=True)
    )
    if brick_path not in bricks:
        return None
    later = bricks[bricks.index(brick_path) + 1 :]
    rank = Case(
        When(path__startswith=brick_path, then=Value(0)),
        *(When(path__startswith=path, then=Value(n)) for n, path in enumerate(later, 1)),
        output_field=IntegerField(),
    )
    return (
        MethodSheetPage.objects.live()
        .public()
        .filter(path__startswith=index_path, depth=sheet.depth)
        .alias(brick_of=Substr("path", 1, len(brick_path)))  # bricks' paths are this long
        .filter(Q(brick_of=brick_path, path__gt=sheet.path) | Q(brick_of__in=later))
        .annotate(rank=rank)
        .only("title", "path", "depth", "url_path")
        .order_by("rank", "path")
        .first()
    )


def following(request, sheet):
    """What comes after ``sheet`` for this request: the course's next step when a
    course it may see and that holds the sheet is named, else the library's next."""
    for hook in hooks.get_hooks("next_sheet_in_course"):
        found = hook(request, sheet)
        if found is not None:
            return found
    after = next_in_library(sheet)
    return Following(after, after.get_url(request) if after else "")
