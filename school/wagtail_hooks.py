from django.db.models import OuterRef
from wagtail import hooks

from methods.hooks import SHEET_DONE_BY
from methods.models import MethodSheetPage

from . import progress, reading


@hooks.register("before_serve_page")
def record_learner_visit(page, request, serve_args, serve_kwargs):
    """Opening a sheet while signed in records that it was started (no JS needed); the
    page's progress section reads what this read (``school.reading``)."""
    if request.user.is_authenticated and isinstance(page, MethodSheetPage):
        reading.for_sheet(request, page)


@hooks.register(SHEET_DONE_BY)
def sheets_done_by(user):
    """For the library's listings: whether ``user`` has done the sheet of each row."""
    return progress.completed_by(user, OuterRef("pk"))
