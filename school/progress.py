"""The rules of learner progress, in one place.

Pure rules first (intervals, completion, brick totals), then the few functions that
read or write progress rows. Views and templates only call these.

- A sheet is done when the learner says so; "reopen" undoes it.
- A video is watched when the union of the intervals actually played covers at least
  ``settings.VIDEO_WATCHED_THRESHOLD`` of its duration. The position alone (a seek to
  the end) never counts.
- A brick is done when all its published sheets are done.
"""

import math
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from methods.models import MethodSheetPage

from .models import ProgressEvent, SheetProgress, VideoProgress

# Seconds a reported interval may pass the known duration (players round, files differ).
DURATION_TOLERANCE = 2.0


# --- Pure rules -------------------------------------------------------------------


def merge_intervals(intervals):
    """Sorted, disjoint [start, end] pairs covering the same seconds; touching ones join."""
    merged = []
    for start, end in sorted((float(s), float(e)) for s, e in intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def covered_seconds(intervals):
    return sum(end - start for start, end in merge_intervals(intervals))


def clamp_intervals(intervals, duration):
    """Intervals cut to [0, duration]; the tolerance over the end is not counted."""
    if not duration:
        return [[s, e] for s, e in intervals]
    return [[min(s, duration), min(e, duration)] for s, e in intervals if s < duration]


def is_watched(watched_seconds, duration, threshold=None):
    if not duration:
        return False
    if threshold is None:
        threshold = settings.VIDEO_WATCHED_THRESHOLD
    return watched_seconds >= threshold * duration


@dataclass(frozen=True)
class Tally:
    """Done out of total, for a brick, a course or everything."""

    done: int
    total: int

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self):
        return self.total > 0 and self.done >= self.total


def interval_problem(start, end, duration):
    """Why an interval is refused, or None when it is acceptable."""
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (start, end)):
        return "interval bounds must be numbers"
    if not (math.isfinite(start) and math.isfinite(end)):
        return "interval bounds must be finite"
    if start < 0 or end < 0:
        return "interval bounds must not be negative"
    if end <= start:
        return "interval end must come after its start"
    if duration and end > duration + DURATION_TOLERANCE:
        return "interval goes past the end of the video"
    return None


# --- Reading progress ------------------------------------------------------------


def live_sheets_under(root):
    """(pk, path) rows of every live, public sheet below ``root``, in order."""
    return list(
        MethodSheetPage.objects.live()
        .public()
        .descendant_of(root)
        .order_by("path")
        .values_list("pk", "path", named=True)
    )


def sheets_by_brick(bricks, sheets):
    """{brick.pk: [the sheets directly below it]}, for anything with ``.path``."""
    brick_for_path = {brick.path: brick.pk for brick in bricks}
    grouped = {brick.pk: [] for brick in bricks}
    for sheet in sheets:
        brick_pk = brick_for_path.get(sheet.path[: -MethodSheetPage.steplen])
        if brick_pk is not None:
            grouped[brick_pk].append(sheet)
    return grouped


def tally(sheet_ids, done):
    return Tally(sum(pk in done for pk in sheet_ids), len(sheet_ids))


def brick_tallies(user, bricks):
    """{brick.pk: Tally} over published sheets; two queries whatever the sizes."""
    bricks = list(bricks)
    if not bricks:
        return {}
    common_root = bricks[0].get_parent() if len(bricks) > 1 else bricks[0]
    done = completed_sheet_ids(user) if user.is_authenticated else set()
    grouped = sheets_by_brick(bricks, live_sheets_under(common_root))
    return {pk: tally([sheet.pk for sheet in sheets], done) for pk, sheets in grouped.items()}


def completed_sheet_ids(user):
    return set(
        SheetProgress.objects.filter(user=user, completed_at__isnull=False).values_list(
            "sheet_id", flat=True
        )
    )


def sheet_state(user, sheet):
    """The learner's SheetProgress row for ``sheet``, or None."""
    if not user.is_authenticated:
        return None
    return SheetProgress.objects.filter(user=user, sheet=sheet).first()


def video_positions(user, video_ids):
    """{video_id: {"position", "watched", "done"}} for the learner; one query."""
    if not user.is_authenticated or not video_ids:
        return {}
    rows = VideoProgress.objects.filter(user=user, video_id__in=video_ids).values_list(
        "video_id", "last_position", "watched_seconds", "completed_at"
    )
    return {
        video_id: {"position": position, "watched": watched, "done": done is not None}
        for video_id, position, watched, done in rows
    }


# --- Writing progress --------------------------------------------------------------


# Visits closer together than this update nothing: a reload costs one read, no write.
VISIT_RESOLUTION = timedelta(seconds=60)


def record_sheet_visit(user, sheet, now=None):
    """Marks the sheet started (first visit) and visited now; returns the learner's row."""
    now = now or timezone.now()
    row = SheetProgress.objects.filter(user=user, sheet_id=sheet.pk).first()
    if row is None:
        row = SheetProgress(user=user, sheet_id=sheet.pk, started_at=now, last_visited_at=now)
        SheetProgress.objects.bulk_create(  # an upsert: a concurrent first visit is fine
            [row],
            update_conflicts=True,
            unique_fields=["user", "sheet"],
            update_fields=["last_visited_at"],
        )
    elif now - row.last_visited_at >= VISIT_RESOLUTION:
        SheetProgress.objects.filter(pk=row.pk).update(last_visited_at=now)
        row.last_visited_at = now
    return row


# The three statements below run for nearly every progress event, so they are written
# once in SQL that PostgreSQL and SQLite both take (ON CONFLICT, COALESCE, excluded):
# the ORM would need two statements for an "insert unless there" and spends longer
# building each query than the database does answering it.


def _run(sql, params):
    """Executes one statement; returns the number of rows it changed."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _when(moment):
    return connection.ops.adapt_datetimefield_value(moment)


def complete_sheet(user, sheet, now=None):
    """Marks the sheet done; the first completion date is kept."""
    now = _when(now or timezone.now())
    table = _table(SheetProgress)
    _run(
        f"INSERT INTO {table} (user_id, sheet_id, started_at, last_visited_at, completed_at) "  # noqa: S608 - names from models
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (user_id, sheet_id) DO UPDATE "
        f"SET completed_at = COALESCE({table}.completed_at, excluded.completed_at)",
        [user.pk, sheet.pk, now, now, now],
    )


def reopen_sheet(user, sheet):
    SheetProgress.objects.filter(user=user, sheet_id=sheet.pk).update(completed_at=None)


def record_video_played(user, video, intervals, position, now=None):
    """Adds played intervals to the learner's row for ``video``; returns (watched, done).

    Must run inside a transaction: the row is locked (PostgreSQL) or the whole
    database is (SQLite, IMMEDIATE), so concurrent reports never lose an interval.
    """
    now = now or timezone.now()
    duration = video.length
    played = clamp_intervals(intervals, duration)
    if position is not None and duration:
        position = min(position, duration)
    table = _table(VideoProgress)
    json_field = VideoProgress._meta.get_field("intervals")
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, intervals, completed_at FROM {table} "  # noqa: S608 - names from models
                f"WHERE user_id = %s AND video_id = %s{lock}",
                [user.pk, video.pk],
            )
            row = cursor.fetchone()
        known = json_field.from_db_value(row[1], None, connection) if row else []
        merged = merge_intervals(known + played)
        watched = round(covered_seconds(merged), 3)
        done = row is not None and row[2] is not None
        completed = _when(now) if not done and is_watched(watched, duration) else None
        values = [json_field.get_db_prep_save(merged, connection), watched]
        if row is not None:
            _run(
                f"UPDATE {table} SET intervals = %s, watched_seconds = %s, "  # noqa: S608 - names from models
                "last_position = COALESCE(%s, last_position), "
                "completed_at = COALESCE(completed_at, %s), updated_at = %s WHERE id = %s",
                [*values, position, completed, _when(now), row[0]],
            )
            return watched, done or completed is not None
        inserted = _run(
            f"INSERT INTO {table} (user_id, video_id, intervals, watched_seconds, "  # noqa: S608 - names from models
            "last_position, completed_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (user_id, video_id) DO NOTHING",
            [user.pk, video.pk, *values, position or 0, completed, _when(now)],
        )
        if inserted:
            return watched, completed is not None
        # Another request made the row between the two statements: merge into it.


def mark_video_watched(user, video, now=None):
    """For external videos, which cannot report what was played."""
    now = now or timezone.now()
    VideoProgress.objects.bulk_create(
        [VideoProgress(user=user, video_id=video.pk)], ignore_conflicts=True
    )
    VideoProgress.objects.filter(user=user, video_id=video.pk, completed_at__isnull=True).update(
        completed_at=now
    )


def lock_learner(user):
    """Queues this learner's other progress transactions behind this one (PostgreSQL).

    A batch of events locks one row per event id, video and sheet, in the batch's order;
    two batches of the same learner touching the same rows in another order would
    deadlock. Locking the learner first makes them wait their turn instead. SQLite's
    IMMEDIATE transactions are already one at a time. Call inside a transaction.
    """
    features = connection.features
    if features.has_select_for_update:
        learners = get_user_model().objects.filter(pk=user.pk)
        list(learners.select_for_update(no_key=features.has_select_for_no_key_update).values("pk"))


def claim_event(user, event_id, now=None):
    """True the first time an event id is seen for this learner, False on a retry."""
    return bool(
        _run(
            f"INSERT INTO {_table(ProgressEvent)} (user_id, event_id, received_at) "  # noqa: S608 - names from models
            "VALUES (%s, %s, %s) ON CONFLICT (user_id, event_id) DO NOTHING",
            [user.pk, event_id, _when(now or timezone.now())],
        )
    )


# --- The learner's dashboard ("Mon parcours") --------------------------------------


@dataclass
class BrickPath:
    brick: object
    tally: Tally
    next_sheet: object


class SheetLink(NamedTuple):
    """What the dashboard needs of a sheet: cheaper than a page object, 300 at a time."""

    pk: int
    path: str
    title: str
    url: str


# How many finished sheets "Mon parcours" lists (the most recent); the count shows all.
FINISHED_SHOWN = 30


def learner_dashboard(user, index, root_path="/"):
    """Everything "Mon parcours" shows, in a fixed number of queries.

    ``index`` is the BrickIndexPage; sheets are read once, the learner's rows once.
    ``root_path`` is the site root's ``url_path``, to turn ``url_path`` into URLs.
    """
    from methods.models import BrickPage

    bricks = list(BrickPage.objects.live().public().child_of(index).order_by("number"))
    cut = len(root_path) - 1
    sheets = [
        SheetLink(pk, path, title, url_path[cut:])
        for pk, path, title, url_path in MethodSheetPage.objects.live()
        .public()
        .descendant_of(index)
        .order_by("path")
        .values_list("pk", "path", "title", "url_path")
    ]
    rows = {
        sheet_id: (visited, completed)
        for sheet_id, visited, completed in SheetProgress.objects.filter(user=user).values_list(
            "sheet_id", "last_visited_at", "completed_at"
        )
    }
    done = {pk for pk, (_visited, completed) in rows.items() if completed}
    per_brick = sheets_by_brick(bricks, sheets)
    paths = [
        BrickPath(
            brick=brick,
            tally=tally([s.pk for s in per_brick[brick.pk]], done),
            next_sheet=next((s for s in per_brick[brick.pk] if s.pk not in done), None),
        )
        for brick in bricks
    ]
    listed = [sheet for brick in bricks for sheet in per_brick[brick.pk]]
    visited = [s for s in listed if s.pk in rows]
    last = max(visited, key=lambda s: rows[s.pk][0], default=None)
    finished = sorted(
        ((s, rows[s.pk][1]) for s in listed if s.pk in done), key=lambda item: item[1], reverse=True
    )
    return {
        "finished_count": len(finished),
        "bricks": paths,
        "overall": Tally(sum(p.tally.done for p in paths), sum(p.tally.total for p in paths)),
        "continue_sheet": last,
        "finished": finished[:FINISHED_SHOWN],
        "videos": videos_in_progress(user),
    }


def videos_in_progress(user):
    """Started, unfinished videos with their resume point and a sheet that shows them."""
    from wagtail.models import ReferenceIndex

    rows = list(
        VideoProgress.objects.filter(user=user, completed_at__isnull=True, watched_seconds__gt=0)
        .select_related("video")
        .order_by("-updated_at")[:20]
    )
    if not rows:
        return []
    references = ReferenceIndex.objects.filter(
        to_content_type__model="videotraining",
        to_object_id__in=[str(row.video_id) for row in rows],
        base_content_type__model="page",
    ).values_list("to_object_id", "object_id")
    page_for = {}
    for video_id, page_id in references:
        page_for.setdefault(int(video_id), int(page_id))
    pages = MethodSheetPage.objects.live().public().in_bulk(set(page_for.values()))
    for row in rows:
        row.sheet = pages.get(page_for.get(row.video_id))
    return rows
