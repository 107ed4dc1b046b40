"""What search engines read of a page besides its text."""

from html import unescape

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

register = template.Library()

# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160
# Where each page type keeps its short presentation, in order of preference: a sheet,
# a brick or a course its summary, the home page its tagline or introduction.
SUMMARY_FIELDS = ("summary", "tagline", "intro")


@register.simple_tag(takes_context=True)
def meta_description(context):
    """The page's search description when an editor wrote one, else its summary: trainers
    never have to fill a field they do not know the use of."""
    page = context.get("page")
    texts = [getattr(page, "search_description", "")]
    texts += [getattr(page, name, "") for name in SUMMARY_FIELDS]
    for text in texts:
        plain = " ".join(unescape(strip_tags(text or "")).split())
        if plain:
            return Truncator(plain).chars(DESCRIPTION_LENGTH)
    return _(
        "L’école de la citoyenneté : les fiches méthodes de l’organisation collective,"
        " libres de lecture."
    )
