"""A brick's pictogram, by its number (1 to 10, as ``BrickPage.number`` allows).

The ten pictograms are symbols of one static sprite (``methods/brick-icons.svg``):
fetched once and cached by the browser, each card then costs one ``<use>`` line, where
inline drawings would repeat on every card of every page. A brick's colour is its CSS
class ``brick-<number>`` (``school.css``).
"""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()

SPRITE = "methods/brick-icons.svg"


@register.simple_tag
def brick_icon(number):
    """Decorative (hidden from screen readers): the brick's number and title say which
    brick it is, so nothing is told by the picture or its colour alone."""
    if not number:
        return ""
    return format_html(
        '<svg class="brick-icon" aria-hidden="true" focusable="false">'
        '<use href="{}#brique-{}"></use></svg>',
        static(SPRITE),
        number,
    )
