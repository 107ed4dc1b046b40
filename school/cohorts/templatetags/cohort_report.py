"""The report's step cells, made in Python: a cohort of 200 learners on 30 steps has
6,000 of them, too many for template tags one by one."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..report import State

register = template.Library()


def _cells():
    """(class, symbol, words) per state, translated once per call."""
    return {
        State.DONE: ("state-done", "✓", _("faite")),
        "workshop": ("state-done", "✓", _("faite en atelier")),
        State.STARTED: ("state-started", "◐", _("commencée")),
        State.NOT_STARTED: ("state-not_started", "○", _("pas commencée")),
    }


@register.simple_tag
def step_cells(row, steps):
    """One ``<td>`` per step of ``row``: a symbol for the eye, words for everyone (the
    state is never told by colour alone)."""
    cells = {
        state: (
            f'<td class="state {css}"><span aria-hidden="true">{symbol}</span> {escape(words)}</td>'
        )
        for state, (css, symbol, words) in _cells().items()
    }
    shown = (
        "workshop" if state == State.DONE and step.sheet_id in row.in_workshop else state
        for step, state in zip(steps, row.states, strict=True)
    )
    return mark_safe("".join(cells[state] for state in shown))  # noqa: S308 - escaped above
