from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def minutes(value):
    """90 → "1 h 30", 45 → "45 min", 120 → "2 h"."""
    try:
        total = int(value)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 60)
    if not hours:
        return _("%(m)d min") % {"m": rest}
    if not rest:
        return _("%(h)d h") % {"h": hours}
    return _("%(h)d h %(m)02d") % {"h": hours, "m": rest}
