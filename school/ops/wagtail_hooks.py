from wagtail import hooks

from .page_cache import SERVED_PAGE_ATTRIBUTE


@hooks.register("before_serve_page")
def note_served_page(page, request, serve_args, serve_kwargs):
    """The anonymous page cache checks this page's access again on every hit."""
    setattr(request, SERVED_PAGE_ATTRIBUTE, page.pk)
