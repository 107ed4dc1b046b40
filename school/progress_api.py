"""``POST /progress/``: progress events from the sheet page and the video player.

Accepts JSON (``{"events": [...]}`` or one event) from scripts, and a plain form post
(the "J'ai terminé cette fiche" button without JavaScript, or ``sendBeacon`` with a
form body, which cannot carry a CSRF header). Every event is checked before anything
is written; then all are applied in one short transaction. A bad event gets 400 with
the reason, an event on a page the learner may not view 403, and nothing is written.
"""

import json
import math
import re

from django.db import transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from methods import published

from . import progress

MAX_BODY_BYTES = 32 * 1024
MAX_EVENTS = 50
MAX_INTERVALS = 200
EVENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{8,64}$")
SHEET_EVENTS = {"sheet.started", "sheet.completed", "sheet.reopened"}
VIDEO_EVENTS = {"video.played", "video.watched"}


class Refused(Exception):
    def __init__(self, reason, status=400):
        super().__init__(reason)
        self.reason, self.status = reason, status


def _int_field(event, name):
    value = event.get(name)
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise Refused(f"'{name}' must be a positive integer id")
    return value


def parse_event(event):
    """Shape checks of one event; returns a normalised dict."""
    if not isinstance(event, dict):
        raise Refused("each event must be an object")
    event_id, kind = event.get("id"), event.get("type")
    if not isinstance(event_id, str) or not EVENT_ID.match(event_id):
        raise Refused("'id' must be 8 to 64 letters, digits or -_.:")
    if kind in SHEET_EVENTS:
        return {"id": event_id, "type": kind, "sheet": _int_field(event, "sheet")}
    if kind not in VIDEO_EVENTS:
        raise Refused(f"unknown event type: {str(kind)[:40]!r}")
    parsed = {
        "id": event_id,
        "type": kind,
        "video": _int_field(event, "video"),
        "page": _int_field(event, "page"),
    }
    if kind == "video.played":
        intervals = event.get("intervals")
        if not isinstance(intervals, list) or not 0 < len(intervals) <= MAX_INTERVALS:
            raise Refused(f"'intervals' must be a list of 1 to {MAX_INTERVALS} [start, end]")
        for pair in intervals:
            if not isinstance(pair, list) or len(pair) != 2:
                raise Refused("each interval must be [start, end]")
            problem = progress.interval_problem(pair[0], pair[1], None)
            if problem:
                raise Refused(problem)
        position = event.get("position", None)
        if position is not None and (
            isinstance(position, bool)
            or not isinstance(position, (int, float))
            or not math.isfinite(position)
            or position < 0
        ):
            raise Refused("'position' must be a non-negative number")
        parsed["intervals"], parsed["position"] = intervals, position
    return parsed


def read_payload(request):
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if length > MAX_BODY_BYTES:
        raise Refused(f"body larger than {MAX_BODY_BYTES} bytes")
    if request.content_type == "application/json":
        try:
            payload = json.loads(request.body or b"null")
        except (ValueError, UnicodeDecodeError) as error:
            raise Refused("body is not valid JSON") from error
    elif "events" in request.POST:
        try:
            payload = json.loads(request.POST["events"])
        except ValueError as error:
            raise Refused("'events' is not valid JSON") from error
    else:  # a plain HTML form: one event in its fields
        fields = ("id", "type", "sheet", "video", "page")
        payload = {key: request.POST[key] for key in fields if key in request.POST}
    if isinstance(payload, dict) and "events" in payload:
        events = payload["events"]
    elif isinstance(payload, list):
        events = payload
    else:
        events = [payload]
    if not isinstance(events, list) or not 0 < len(events) <= MAX_EVENTS:
        raise Refused(f"'events' must be a list of 1 to {MAX_EVENTS} events")
    return [parse_event(event) for event in events]


def check_viewable(sheet, request, known):
    if known.surely_unrestricted(sheet.path):
        return
    page = Page.objects.get(pk=sheet.pk)
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Refused("you may not view this page", status=403)


def resolve(events, request):
    """The sheets and videos named, from the published snapshot; checks access and times."""
    known = published.current()
    sheets, videos = {}, {}
    for event in events:
        for page_id in filter(None, (event.get("sheet"), event.get("page"))):
            if page_id not in sheets:
                if page_id not in known.sheets:
                    raise Refused(f"unknown sheet: {page_id}")
                sheets[page_id] = known.sheets[page_id]
                check_viewable(sheets[page_id], request, known)
        if "video" not in event:
            continue
        video = known.videos.get(event["video"])
        if video is None:
            raise Refused(f"unknown video: {event['video']}")
        videos[video.pk] = video
        if (event["page"], video.pk) not in known.placements:
            raise Refused(f"video {video.pk} is not on page {event['page']}")
        for start, end in event.get("intervals", []):
            problem = progress.interval_problem(start, end, video.length)
            if problem:
                raise Refused(problem)
    return sheets, videos


def apply(user, events, sheets, videos):
    applied = 0
    with transaction.atomic():
        if len(events) > 1:  # one event locks one row: only batches can deadlock
            progress.lock_learner(user)
        for event in events:
            if not progress.claim_event(user, event["id"]):
                continue
            kind = event["type"]
            if kind == "sheet.started":
                progress.record_sheet_visit(user, sheets[event["sheet"]])
            elif kind == "sheet.completed":
                progress.complete_sheet(user, sheets[event["sheet"]])
            elif kind == "sheet.reopened":
                progress.reopen_sheet(user, sheets[event["sheet"]])
            elif kind == "video.played":
                progress.record_video_played(
                    user, videos[event["video"]], event["intervals"], event["position"]
                )
            elif kind == "video.watched":
                progress.mark_video_watched(user, videos[event["video"]])
            applied += 1
    return applied


def refusal(reason, status):
    return JsonResponse({"error": reason}, status=status)


@never_cache
@require_POST
def progress_endpoint(request):
    if not request.user.is_authenticated:
        return refusal("sign in to record progress", 403)
    try:
        events = read_payload(request)
        sheets, videos = resolve(events, request)
    except Refused as refused:
        return refusal(refused.reason, refused.status)
    applied = apply(request.user, events, sheets, videos)

    if request.content_type != "application/json" and "events" not in request.POST:
        event = events[0]
        target = request.POST.get("next")
        if not target or not url_has_allowed_host_and_scheme(
            target, {request.get_host()}, request.is_secure()
        ):
            target = Page.objects.get(pk=event.get("sheet") or event["page"]).get_url(request)
        return HttpResponseRedirect(target, status=303)
    return JsonResponse({"applied": applied, "received": len(events)})
