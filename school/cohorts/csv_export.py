"""The cohort report as CSV, for French spreadsheets: UTF-8 with a BOM, ``;`` between
cells, a header row, ISO dates, streamed row by row, and no cell a spreadsheet could
take for a formula."""

import csv

from django.utils.translation import gettext as _

from .report import State

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """A cell a spreadsheet shows as text: one starting like a formula gets a ``'``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def iso(moment):
    return moment.date().isoformat() if moment else ""


def state_label(state, in_workshop):
    if state == State.DONE:
        return _("faite en atelier") if in_workshop else _("faite")
    return _("commencée") if state == State.STARTED else _("pas commencée")


class _Echo:
    def write(self, value):
        return value


def lines(steps, rows):
    """The CSV's lines, one string each, the BOM first: the report's ``steps`` and its
    ``rows`` (an iterable, consumed as the lines are sent)."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    header = [_("Nom"), _("Arrivée"), _("Départ"), _("Étapes faites"), _("Étapes")]
    header += [f"{step.number}. {step.title}" for step in steps]
    header += [_("Vidéos regardées"), _("Vidéos"), _("Ateliers (présent·e)")]
    header += [_("Ateliers tenus"), _("Dernière activité")]
    yield "\ufeff" + writer.writerow([neutralised(cell) for cell in header])
    for row in rows:
        cells = [row.name, iso(row.joined_at), iso(row.left_at), row.done, row.total]
        cells += [
            state_label(state, step.sheet_id in row.in_workshop)
            for step, state in zip(steps, row.states, strict=True)
        ]
        cells += [row.videos_watched, row.videos_total, row.attended, row.held]
        cells += [iso(row.last_activity)]
        yield writer.writerow([neutralised(cell) for cell in cells])
