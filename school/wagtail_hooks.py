from wagtail import hooks

from methods.models import MethodSheetPage

from .progress import record_sheet_visit


@hooks.register("before_serve_page")
def record_learner_visit(page, request, serve_args, serve_kwargs):
    """Opening a sheet while signed in records that it was started (no JS needed)."""
    if request.user.is_authenticated and isinstance(page, MethodSheetPage):
        # Kept on the request so the page's progress section does not read it again.
        request.sheet_progress = (page.pk, record_sheet_visit(request.user, page))
