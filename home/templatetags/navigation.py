from django import template

from methods.models import BrickIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def brick_index_url(context):
    """URL of the list of bricks, wherever trainers put it (one query per render)."""
    index_page = BrickIndexPage.objects.live().only("url_path").first()
    return index_page.get_url(request=context.get("request")) if index_page else ""


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The ancestors of ``page`` below the tree root, home page first."""
    return {
        "request": context.get("request"),
        "ancestors": page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth"),
        "current": page,
    }
