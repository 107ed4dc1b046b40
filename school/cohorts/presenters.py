"""The report's step cells, made in Python: a cohort of 200 learners on 30 steps has
6,000 of them, too many for template tags one by one."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .report import State

WORKSHOP = "workshop"  # done, recorded by a trainer at a workshop


def step_cells(steps):
    """A function of a report row giving its ``<td>`` per step: a symbol for the eye,
    words for everyone (the state is never told by colour alone). The cells are
    translated and escaped once, for every row."""
    labels = {
        State.DONE: ("state-done", "✓", _("faite")),
        WORKSHOP: ("state-done", "✓", _("faite en atelier")),
        State.STARTED: ("state-started", "◐", _("commencée")),
        State.NOT_STARTED: ("state-not_started", "○", _("pas commencée")),
    }
    cells = {
        state: f'<td class="state {css}"><span aria-hidden="true">{symbol}</span> '
        f"{escape(words)}</td>"
        for state, (css, symbol, words) in labels.items()
    }

    def of(row):
        shown = (
            WORKSHOP if state == State.DONE and step.sheet_id in row.in_workshop else state
            for step, state in zip(steps, row.states, strict=True)
        )
        return mark_safe("".join(cells[state] for state in shown))  # noqa: S308 - escaped

    return of
