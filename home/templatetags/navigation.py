from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The site root's live children marked "show in menus" (one query per render).

    Trainers choose what appears in the header from the page settings in the admin.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return list(site.root_page.get_children().live().in_menu().only("title", "url_path"))


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The ancestors of ``page`` below the tree root, home page first."""
    return {
        "request": context.get("request"),
        "ancestors": page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth"),
        "current": page,
    }
