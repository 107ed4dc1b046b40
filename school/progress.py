"""The rules of learner progress, in one place.

Pure rules first (intervals, completion, brick totals), then the few functions that
read or write progress rows. Views and templates only call these.

- A sheet is done when the learner says so; "reopen" undoes it.
- A video is watched when the union of the intervals actually played covers at least
  ``settings.VIDEO_WATCHED_THRESHOLD`` of its duration. The position alone (a seek to
  the end) never counts. What is kept of the intervals is whole seconds, of bounded
  number (``whole_seconds``), so no learner can make a row, or its writing, grow.
- A brick is done when all its published sheets are done.
"""

import math
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import CharField, DateTimeField, Exists, F, FloatField, Value
from django.utils import timezone
from django.utils.timezone import make_aware

from methods.models import MethodSheetPage

from .models import ProgressEvent, SheetProgress, VideoProgress
from .signals import progress_changed, sheet_completed

# Seconds a reported interval may pass the known duration (players round, files differ).
DURATION_TOLERANCE = 2.0
# No interval bound beyond this: a day is longer than any training video.
MAX_SECONDS = 24 * 3600
# Stored intervals per video when its duration is unknown (with one: ceil(duration / 2)).
MAX_STORED_INTERVALS = 500
# A second counts when reports cover at least this share of it (see whole_seconds).
SECOND_SHARE = 0.5


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


def whole_seconds(intervals, duration=None):
    """What is kept of played intervals: sorted, disjoint [start, end] whole seconds.

    Second ``k`` (from k to k + 1) is kept when the union of ``intervals`` (clamped to
    the duration) covers at least half of it; rounding each bound on its own would turn
    a 0.1 ms piece astride k + 0.5 into a whole second. The half is the choice that
    costs honest viewing nothing and gives a forger little:

    - the player's reports meet end to start (player.js starts each where the last one
      ended), so of two reports sharing a second one covers at least half of it: a
      whole viewing is kept whole; a pause, which restarts a timeupdate later, may
      cost the second it falls in;
    - noise counts for nothing: pieces too short to be real playback (0.05 ms floods,
      the short interval sent on pause) count only if together they fill half a second
      in one report, and are otherwise dropped, never refused;
    - the most rounding can give is as much again as was reported, for a client that
      shapes half a second into every second (45 % reported reads as 90 %); any client
      can already report a whole video, which the server cannot tell from playback —
      what it guards is that seeking does not count and that a row stays small.

    Gaps shorter than a second cannot remain: kept pieces either touch (and are merged)
    or are a whole second apart, so a video of ``d`` seconds holds at most ceil(d / 2)
    of them. Without a duration, ``MAX_STORED_INTERVALS`` caps them, the longest kept.
    """
    partial = defaultdict(float)  # second -> share covered, for seconds covered in part
    kept = []
    for start, end in merge_intervals(clamp_intervals(intervals, duration)):
        first, last = math.ceil(start), math.floor(end)
        if first > last:  # within one second
            partial[last] += end - start
            continue
        if first > start:
            partial[first - 1] += first - start
        if end > last:
            partial[last] += end - last
        if first < last:
            kept.append([first, last])
    # The tolerance absorbs float sums: 0.3 + 0.2 must reach the half.
    kept += [[k, k + 1] for k, share in partial.items() if share >= SECOND_SHARE - 1e-9]
    kept = [[int(start), int(end)] for start, end in merge_intervals(kept)]
    cap = math.ceil(duration / 2) + 1 if duration else MAX_STORED_INTERVALS
    if len(kept) > cap:  # losing the shortest, not filling gaps: never credit
        kept = sorted(sorted(kept, key=lambda pair: pair[0] - pair[1])[:cap])
    return kept


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


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_finite(value):
    """For a number: False for NaN, infinities and integers too large for a float."""
    try:
        return math.isfinite(value)
    except OverflowError:  # 10**400 is a valid JSON integer
        return False


def interval_problem(start, end, duration):
    """Why an interval is refused, or None when it is acceptable."""
    if not (is_number(start) and is_number(end)):
        return "interval bounds must be numbers"
    if not (is_finite(start) and is_finite(end)):
        return "interval bounds must be finite"
    if start < 0 or end < 0:
        return "interval bounds must not be negative"
    if end <= start:
        return "interval end must come after its start"
    if duration and end > duration + DURATION_TOLERANCE:
        return "interval goes past the end of the video"
    if end > MAX_SECONDS:
        return f"interval goes past the end of the video ({MAX_SECONDS} s at most)"
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


def tally(sheet_ids, done):
    return Tally(sum(pk in done for pk in sheet_ids), len(sheet_ids))


def completed_by(user, sheet):
    """An expression for querysets: whether ``user`` (signed in) has completed the
    sheet ``sheet`` (an ``OuterRef``) names."""
    done = SheetProgress.objects.filter(user_id=user.pk, sheet_id=sheet, completed_at__isnull=False)
    return Exists(done)


class Recorder(NamedTuple):
    """Who recorded a workshop completion, as the page names them."""

    name: str


class SheetRow(NamedTuple):
    """A learner's state on one sheet, as her pages show it."""

    started_at: object
    last_visited_at: object
    completed_at: object
    source: str
    recorded_by: Recorder | None


def _learner_rows_sql(sheets, videos):
    """The statement ``learner_rows`` runs for ``sheets`` and ``videos`` ids (counts
    only: the ids are parameters). Raw because the ORM spent more time building this
    UNION than the database spent answering it."""
    sheet, video, user = SheetProgress._meta, VideoProgress._meta, get_user_model()._meta
    parts = []
    if sheets:
        parts.append(
            "SELECT 0, s.sheet_id, s.started_at, s.last_visited_at, s.completed_at, s.source,"  # noqa: S608 - names from the models, ids are parameters
            f" u.display_name, u.email, NULL, NULL FROM {sheet.db_table} s"
            f" LEFT JOIN {user.db_table} u ON u.id = s.recorded_by_id"
            f" WHERE s.user_id = %s AND s.sheet_id IN ({', '.join(['%s'] * sheets)})"
        )
    if videos:
        parts.append(
            "SELECT 1, v.video_id, NULL, NULL, v.completed_at, '', '', '',"  # noqa: S608 - as above
            f" v.last_position, v.watched_seconds FROM {video.db_table} v"
            f" WHERE v.user_id = %s AND v.video_id IN ({', '.join(['%s'] * videos)})"
        )
    return " UNION ALL ".join(parts)


def learner_rows(user, sheet_ids, video_ids):
    """({sheet pk: SheetRow}, {video pk: {"position", "watched", "done"}}) of
    ``user`` on those sheets and videos: one statement (a UNION of the two tables),
    whatever their numbers."""
    sheet_ids, video_ids = sorted(set(sheet_ids)), sorted(set(video_ids))
    if not user.is_authenticated or not (sheet_ids or video_ids):
        return {}, {}
    params = []
    if sheet_ids:
        params += [user.pk, *sheet_ids]
    if video_ids:
        params += [user.pk, *video_ids]
    with connection.cursor() as cursor:
        cursor.execute(_learner_rows_sql(len(sheet_ids), len(video_ids)), params)
        found = cursor.fetchall()
    rows, positions = {}, {}
    for kind, target, started, visited, done, source, by_name, by_email, at, watched in found:
        if kind == 0:
            by = None
            if by_email:
                by = Recorder((by_name or "").strip() or by_email.split("@", 1)[0])
            rows[target] = SheetRow(_parsed(started), _parsed(visited), _parsed(done), source, by)
        else:
            positions[target] = {"position": at, "watched": watched, "done": done is not None}
    return rows, positions


# --- Writing progress --------------------------------------------------------------


# Visits closer together than this update nothing: a reload costs one read, no write.
VISIT_RESOLUTION = timedelta(seconds=60)

# The batch being applied (``changes_together``): {user pk: (user, sheet ids, video ids,
# rows known)}.
_together = ContextVar("progress_changes_together", default=None)


@contextmanager
def changes_together():
    """Inside, the writes tell ``progress_changed`` once per learner, at the end, instead
    of after each row. Use it inside the batch's transaction.

    A receiver that keeps rows of its own in step (the cohorts' summaries) locks them
    until the commit. Told after each row, a batch would hold a summary while waiting
    for its next sheet row, which another transaction (a visit to that sheet) may hold
    while waiting for the same summary: a deadlock. Told at the end, every transaction
    takes the summary's lock after all its progress rows.
    """
    pending = {}
    token = _together.set(pending)
    try:
        yield
    finally:
        _together.reset(token)
    for user_id in sorted(pending):  # one order for all: summaries are locked by learner
        user, sheet_ids, video_ids, rows = pending[user_id]
        _send(user, sheet_ids, video_ids, rows)


def _send(user, sheet_ids, video_ids, rows=None):
    progress_changed.send(
        sender=SheetProgress, user=user, sheet_ids=frozenset(sheet_ids),
        video_ids=frozenset(video_ids), rows=rows or {},
    )  # fmt: skip


def _changed(user, sheet_ids=(), video_ids=(), rows=None):
    """The learner's rows named have been written: ``progress_changed`` now, or at the end
    of the batch (``changes_together``). ``rows``: what the writer knows of them as
    written, ``{("sheet", pk): (completed_at, source, last_visited_at)}`` and
    ``{("video", pk): (completed_at, updated_at)}``, so a receiver need not read them
    again."""
    pending = _together.get()
    if pending is None:
        _send(user, sheet_ids, video_ids, rows)
        return
    _user, sheets, videos, known = pending.setdefault(user.pk, (user, set(), set(), {}))
    sheets.update(sheet_ids)
    videos.update(video_ids)
    known.update(rows or {})


def record_sheet_visit(user, sheet, now=None):
    """Marks the sheet started (first visit) and visited now; returns the learner's row."""
    rows, _videos = learner_rows(user, {sheet.pk}, ())
    return record_sheet_visit_on(user, sheet, rows.get(sheet.pk), now or timezone.now())


def record_sheet_visit_on(user, sheet, row, now):
    """``record_sheet_visit`` when her row (a ``SheetRow``, or None) is already read:
    a first visit inserts it, a visit ``VISIT_RESOLUTION`` after the last updates it,
    any other writes nothing."""
    if row is None:
        with transaction.atomic(savepoint=False):  # the row and what follows it, together
            SheetProgress.objects.bulk_create(  # an upsert: a concurrent first visit is fine
                [SheetProgress(user=user, sheet_id=sheet.pk, started_at=now, last_visited_at=now)],
                update_conflicts=True,
                unique_fields=["user", "sheet"],
                update_fields=["last_visited_at"],
            )
            _changed(user, sheet_ids=[sheet.pk])
        return SheetRow(now, now, None, SheetProgress.Source.LEARNER, None)
    if now - row.last_visited_at >= VISIT_RESOLUTION:
        with transaction.atomic(savepoint=False):
            SheetProgress.objects.filter(user=user, sheet_id=sheet.pk).update(last_visited_at=now)
            _changed(user, sheet_ids=[sheet.pk])
        return row._replace(last_visited_at=now)
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


def _parsed(value):
    """A datetime column as a raw cursor gives it back (SQLite: text), made aware."""
    if value is None or isinstance(value, datetime):
        return value if value is None or timezone.is_aware(value) else make_aware(value, UTC)
    return make_aware(datetime.fromisoformat(str(value)), UTC)


def complete_sheet(user, sheet, now=None):
    """Marks the sheet done; the first completion date is kept."""
    when = now or timezone.now()
    now = _when(when)
    table = _table(SheetProgress)
    with transaction.atomic(savepoint=False):
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} "  # noqa: S608 - names from models
                "(user_id, sheet_id, started_at, last_visited_at, completed_at) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (user_id, sheet_id) DO UPDATE "
                f"SET completed_at = COALESCE({table}.completed_at, excluded.completed_at) "
                "RETURNING completed_at, source, last_visited_at",
                [user.pk, sheet.pk, now, now, now],
            )
            completed_at, source, visited = cursor.fetchone()
        sheet_completed.send(sender=SheetProgress, user=user, sheet_id=sheet.pk, when=when)
        row = (_parsed(completed_at), source, _parsed(visited))
        _changed(user, sheet_ids=[sheet.pk], rows={("sheet", sheet.pk): row})


def record_workshop_completion(user, sheet, trainer, now=None):
    """Marks the sheet done "en atelier" for ``user``, recorded by ``trainer`` (present
    at a workshop on it); returns whether it changed anything."""
    return bool(record_workshop_completions([user], sheet, trainer, now))


def record_workshop_completions(users, sheet, trainer, now=None):
    """``record_workshop_completion`` for several learners in one statement; returns
    the ids of those whose sheet it marked done.

    A sheet a learner already completed keeps its date and stays hers (source learner);
    a missing row is created, started and completed now.
    """
    ids = sorted({user.pk for user in users})
    if not ids:
        return set()
    when = now or timezone.now()
    moment = _when(when)
    table = _table(SheetProgress)
    values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s)"] * len(ids))
    params = []
    for user_id in ids:
        params += [user_id, sheet.pk, moment, moment, moment, SheetProgress.Source.WORKSHOP]
        params.append(trainer.pk if trainer else None)
    with transaction.atomic(savepoint=False):
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (user_id, sheet_id, started_at, last_visited_at, "  # noqa: S608 - names from models
                f"completed_at, source, recorded_by_id) VALUES {values} "
                "ON CONFLICT (user_id, sheet_id) DO UPDATE SET "
                "completed_at = excluded.completed_at, source = excluded.source, "
                f"recorded_by_id = excluded.recorded_by_id WHERE {table}.completed_at IS NULL "
                "RETURNING user_id",
                params,
            )
            changed = {user_id for (user_id,) in cursor.fetchall()}
        by_id = {user.pk: user for user in users}
        # In learner order, as the summaries are locked: every row first, one statement.
        for user_id in sorted(changed):
            sheet_completed.send(
                sender=SheetProgress, user=by_id[user_id], sheet_id=sheet.pk, when=when
            )
            _changed(by_id[user_id], sheet_ids=[sheet.pk])
    return changed


def reopen_sheet(user, sheet):
    """Not done any more; a completion recorded at a workshop is forgotten with it, so
    her own next completion is hers."""
    with transaction.atomic(savepoint=False):
        SheetProgress.objects.filter(user=user, sheet_id=sheet.pk).update(
            completed_at=None, source=SheetProgress.Source.LEARNER, recorded_by=None
        )
        _changed(user, sheet_ids=[sheet.pk])


def record_sheet_events(user, sheet, kinds, now=None):
    """Applies a batch's events on one sheet (``kinds``, in order) in four statements
    at most, however many there are.

    Only the last completion or reopening decides; a reopening before a final
    completion dates that completion anew, as applying them one by one would.
    """
    if "sheet.started" in kinds:
        record_sheet_visit(user, sheet, now)
    marks = [kind for kind in kinds if kind != "sheet.started"]
    if not marks:
        return
    if "sheet.reopened" in marks:
        reopen_sheet(user, sheet)
    if marks[-1] == "sheet.completed":
        complete_sheet(user, sheet, now)


def record_video_played(user, video, intervals, position, now=None):
    """Adds played intervals to the learner's row for ``video``; returns (watched, done).

    One read and one write, so give it all of a batch's intervals for the video at
    once. What is stored is ``whole_seconds`` of the row's intervals and the new ones:
    bounded, whatever was sent, and rows written before that bound are brought within
    it by their next report.

    Must run inside a transaction: the row is locked (PostgreSQL) or the whole
    database is (SQLite, IMMEDIATE), so concurrent reports never lose an interval.
    """
    now = now or timezone.now()
    duration = video.length
    if position is not None:
        position = min(position, duration or MAX_SECONDS)
    table = _table(VideoProgress)
    json_field = VideoProgress._meta.get_field("intervals")
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    # Twice at most: when the INSERT meets a row made by another request in between,
    # the second reading finds that row and updates it.
    for _attempt in range(2):
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id, intervals, completed_at FROM {table} "  # noqa: S608 - names from models
                f"WHERE user_id = %s AND video_id = %s{lock}",
                [user.pk, video.pk],
            )
            row = cursor.fetchone()
        known = json_field.from_db_value(row[1], None, connection) if row else []
        merged = whole_seconds(known + list(intervals), duration)
        watched = covered_seconds(merged)
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
            completed_at = _parsed(row[2]) if done else (now if completed else None)
            _changed(user, video_ids=[video.pk], rows={("video", video.pk): (completed_at, now)})
            return watched, done or completed is not None
        inserted = _run(
            f"INSERT INTO {table} (user_id, video_id, intervals, watched_seconds, "  # noqa: S608 - names from models
            "last_position, completed_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (user_id, video_id) DO NOTHING",
            [user.pk, video.pk, *values, position or 0, completed, _when(now)],
        )
        if inserted:
            completed_at = now if completed else None
            _changed(user, video_ids=[video.pk], rows={("video", video.pk): (completed_at, now)})
            return watched, completed is not None
        # Another request made the row between the two statements: merge into it.
    # The row appeared and vanished again: the learner's account is being deleted, and
    # there is nobody left to record progress for.
    return 0, False


def mark_video_watched(user, video, now=None):
    """For external videos, which cannot report what was played."""
    now = now or timezone.now()
    with transaction.atomic(savepoint=False):
        VideoProgress.objects.bulk_create(
            [VideoProgress(user=user, video_id=video.pk)], ignore_conflicts=True
        )
        VideoProgress.objects.filter(
            user=user, video_id=video.pk, completed_at__isnull=True
        ).update(completed_at=now)
        _changed(user, video_ids=[video.pk])


def lock_learner(user):
    """Queues this learner's other progress transactions behind this one (PostgreSQL).

    A batch locks the rows it writes: its event ids, then its sheets, then its videos,
    each in id order, so two batches should not wait on each other in a cycle; taking
    the learner first makes sure of it, whatever order a later change writes in (the
    batch's own order deadlocked). SQLite's IMMEDIATE transactions are already one at
    a time. Call inside a transaction.
    """
    features = connection.features
    if features.has_select_for_update:
        learners = get_user_model().objects.filter(pk=user.pk)
        list(learners.select_for_update(no_key=features.has_select_for_no_key_update).values("pk"))


def claim_events(user, event_ids, now=None):
    """The ids among ``event_ids`` seen for the first time for this learner; the others
    are retries, already applied. One statement for the whole batch."""
    ids = sorted(set(event_ids))
    if not ids:
        return set()
    when = _when(now or timezone.now())
    values = ", ".join(["(%s, %s, %s)"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table(ProgressEvent)} (user_id, event_id, received_at) "  # noqa: S608 - names from models
            f"VALUES {values} ON CONFLICT (user_id, event_id) DO NOTHING RETURNING event_id",
            [value for event_id in ids for value in (user.pk, event_id, when)],
        )
        return {event_id for (event_id,) in cursor.fetchall()}


def prune_events(retention, batch_size=2000, now=None):
    """Deletes event ids received more than ``retention`` ago; returns how many.

    An id is kept to recognise a retry, which comes within seconds (the player re-sends
    a failed report with its next one, while the page is open): after the retention a
    "retry" is a new event. One short statement per ``batch_size`` rows, each its own
    transaction, so SQLite's write lock is never held for long. Plain SQL, because
    ``QuerySet.delete()`` would read every row first to send ``post_delete`` (the
    published snapshot listens to every model) and Django has no batched delete.
    """
    cutoff = _when((now or timezone.now()) - retention)
    table = _table(ProgressEvent)
    removed = 0
    while True:
        deleted = _run(
            f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} "  # noqa: S608 - names from models
            "WHERE received_at < %s LIMIT %s)",
            [cutoff, batch_size],
        )
        removed += deleted
        if deleted < batch_size:
            return removed


# --- The learner's dashboard ("Mon parcours") --------------------------------------


class DashboardRow(NamedTuple):
    """What "Mon parcours" needs of one of her sheet rows."""

    last_visited_at: object
    completed_at: object
    in_workshop: bool  # done "en atelier": recorded by a trainer


class VideoUnderWay(NamedTuple):
    """A video she has begun and not finished, where to resume it."""

    video_id: int
    last_position: float
    updated_at: object


def dashboard_rows(user):
    """({sheet pk: DashboardRow} for all her sheets, [her videos under way, the most
    recent first]): one statement (a UNION of the two tables) whatever her history."""
    no_time = Value(None, output_field=DateTimeField())
    sheets = SheetProgress.objects.filter(user_id=user.pk).annotate(
        r_kind=Value(0),
        r_target=F("sheet_id"),
        r_first=F("last_visited_at"),
        r_done=F("completed_at"),
        r_source=F("source"),
        r_position=Value(None, output_field=FloatField()),
    )
    videos = VideoProgress.objects.filter(
        user_id=user.pk, completed_at__isnull=True, watched_seconds__gt=0
    ).annotate(
        r_kind=Value(1),
        r_target=F("video_id"),
        r_first=F("updated_at"),
        r_done=no_time,
        r_source=Value("", output_field=CharField()),
        r_position=F("last_position"),
    )
    columns = ["r_kind", "r_target", "r_first", "r_done", "r_source", "r_position"]
    rows, under_way = {}, []
    both = sheets.values_list(*columns).union(videos.values_list(*columns), all=True)
    for kind, target, moment, done, source, position in both:
        if kind == 0:
            rows[target] = DashboardRow(moment, done, source == SheetProgress.Source.WORKSHOP)
        else:
            under_way.append(VideoUnderWay(target, position, moment))
    under_way.sort(key=lambda video: video.updated_at, reverse=True)
    return rows, under_way
