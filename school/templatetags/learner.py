"""Template access to the learner's progress (reads only; rules in school.progress)."""

import uuid

from django import template

from school import finishing, progress

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None)


@register.simple_tag(takes_context=True)
def sheet_progress(context, sheet):
    request = context.get("request")
    recorded = getattr(request, "sheet_progress", None)
    if recorded and recorded[0] == sheet.pk:
        return recorded[1]
    user = _user(context)
    return progress.sheet_state(user, sheet) if user else None


@register.simple_tag(takes_context=True)
def brick_tallies(context, bricks):
    """{brick.pk: Tally} for a signed-in learner, else {} (and no query)."""
    user = _user(context)
    if not user or not user.is_authenticated:
        return {}
    return progress.brick_tallies(user, bricks)


@register.simple_tag(takes_context=True)
def brick_tally(context, brick):
    """The learner's Tally for one brick, or None when signed out."""
    return brick_tallies(context, [brick]).get(brick.pk)


@register.simple_tag(takes_context=True)
def completed_sheets(context):
    user = _user(context)
    return progress.completed_sheet_ids(user) if user and user.is_authenticated else set()


@register.filter
def tally_for(tallies, brick):
    return tallies.get(brick.pk) if tallies else None


@register.simple_tag(takes_context=True)
def video_progress(context, page):
    """{video_id: {...}} for the videos of a sheet, for the player's resume offer."""
    user = _user(context)
    if not user or not user.is_authenticated:
        return {}
    return progress.video_positions(user, page.video_ids)


@register.simple_tag
def new_event_id():
    """A fresh client-made id for a form: a resubmitted form is counted once."""
    return uuid.uuid4().hex


@register.simple_tag(takes_context=True)
def sheet_following(context, sheet):
    """What to read after ``sheet`` (``school.finishing.Following``)."""
    return finishing.following(context["request"], sheet)


@register.simple_tag(takes_context=True)
def brick_bars(context, sheet, done):
    """The learner's Tally of the sheet's brick as it is once the sheet is done and
    once it is not (``{"done": …, "open": …}``), so the page can switch between them
    without asking the server; None outside a brick or signed out."""
    brick = sheet.brick
    current = brick_tally(context, brick) if brick else None
    if current is None:
        return None
    moved = current.done + (-1 if done else 1)
    other = progress.Tally(max(0, min(current.total, moved)), current.total)
    return {"brick": brick, "done": current if done else other, "open": other if done else current}
