"""The cohort report: one row per learner, built by one function for the trainer's
table, the CSV and the learner's own "Mon parcours" (so the three cannot disagree).

A row is a learner's progress on the cohort's course only: its steps (done, started,
not started; a step whose sheet is unpublished is left out, as on the course page), the
videos of those steps watched, the cohort's workshops attended out of those held since
the learner joined, and the last activity among these. Learners with no activity are
rows too; people who left are rows marked with the day they left (and not counted);
trainers and coordinators of the cohort are never learners. A bounded number of
queries whatever the numbers of learners and steps.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    Value,
)
from django.db.models.functions import Coalesce, Lower, NullIf, Trim
from django.utils import timezone

from school import content_map
from school.models import SheetProgress, VideoProgress
from school.organisations.models import Membership, Role

from .models import Attendance, Cohort, CohortMember, Presence, Workshop


class State:
    DONE = "done"
    STARTED = "started"
    NOT_STARTED = "not_started"


@dataclass
class Step:
    number: int
    sheet_id: int
    title: str


@dataclass
class Row:
    user_id: int
    name: str
    joined_at: datetime
    left_at: datetime | None
    states: list  # one State per step of ``Report.steps``, in order
    in_workshop: set  # sheet ids recorded done at a workshop
    videos_watched: int
    videos_total: int
    attended: int
    held: int
    last_activity: datetime | None

    @property
    def done(self):
        return self.states.count(State.DONE)

    @property
    def total(self):
        return len(self.states)

    @property
    def active(self):
        return self.left_at is None


@dataclass
class Report:
    cohort: object
    steps: list  # Step, the course's available steps in order
    rows: list = field(default_factory=list)  # Row, learners who left last

    @property
    def learners(self):
        return [row for row in self.rows if row.active]

    @property
    def finished(self):
        return sum(1 for row in self.learners if row.total and row.done == row.total)


def course_steps(course):
    """The course's available steps, in order (one query)."""
    rows = course.steps.filter(sheet__live=True).order_by("sort_order", "pk")
    return [
        Step(number, sheet_id, title)
        for number, (sheet_id, title) in enumerate(
            rows.values_list("sheet_id", "sheet__title"), start=1
        )
    ]


def learners_of(cohorts):
    """The memberships of ``cohorts`` that are learners': people who lead the cohort, or
    train or coordinate in its organisation, are never counted as learners."""
    leads = Cohort.trainers.through.objects.filter(
        cohort_id=OuterRef("cohort_id"), user_id=OuterRef("user_id")
    )
    leading = Membership.objects.filter(
        organisation_id=OuterRef("cohort__organisation_id"),
        user_id=OuterRef("user_id"),
        role__in=[Role.TRAINER, Role.COORDINATOR],
    )
    return (
        CohortMember.objects.filter(cohort__in=cohorts)
        .exclude(Exists(leads))
        .exclude(Exists(leading))
    )


CHUNK = 500  # learners read together: a bounded number of queries per chunk


def ordered_members(cohort, user_ids=None):
    """The learners' memberships of ``cohort``, those who left last, then by name (as
    ``User.name``: the display name, else the address), as (pk, user pk, name, joined,
    left) rows: what a row needs of them, nothing more."""
    members = learners_of([cohort])
    if user_ids is not None:
        members = members.filter(user_id__in=user_ids)
    name = Coalesce(NullIf(Trim("user__display_name"), Value("")), "user__email")
    return (
        members.annotate(sort_name=Lower(name))
        .order_by(F("left_at").asc(nulls_first=True), "sort_name", "pk")
        .values_list("user_id", "user__display_name", "user__email", "joined_at", "left_at")
    )


def chunks(iterable, size=CHUNK):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Cohort:
    """What every chunk of one report shares: the steps, the course's videos, the
    workshops held."""

    def __init__(self, cohort, steps):
        self.cohort = cohort
        self.sheet_ids = [step.sheet_id for step in steps]
        snapshot = content_map.current()
        sheets = set(self.sheet_ids)
        self.video_ids = {video for page, video in snapshot.placements if page in sheets}
        self.video_ids &= set(snapshot.videos)
        self.held = list(
            Workshop.objects.filter(cohort=cohort, roll_taken_at__isnull=False).values_list(
                "date", flat=True
            )
        )

    def rows(self, members):
        """The rows of ``members`` (a chunk of ``ordered_members``): four queries."""
        ids = [member[0] for member in members]
        done = ExpressionWrapper(Q(completed_at__isnull=False), output_field=BooleanField())
        by_trainer = ExpressionWrapper(
            Q(completed_at__isnull=False, source=SheetProgress.Source.WORKSHOP),
            output_field=BooleanField(),
        )
        on_course = SheetProgress.objects.filter(user_id__in=ids, sheet_id__in=self.sheet_ids)
        states, in_workshop = {}, {}
        for user_id, sheet_id, is_done, at_workshop in on_course.annotate(
            is_done=done, at_workshop=by_trainer
        ).values_list("user_id", "sheet_id", "is_done", "at_workshop"):
            states[user_id, sheet_id] = State.DONE if is_done else State.STARTED
            if at_workshop:
                in_workshop.setdefault(user_id, set()).add(sheet_id)
        last = {}  # the latest per learner in SQL: parsing every row's dates costs more
        for user_id, *moments in (
            on_course.values("user_id")
            .annotate(visited=Max("last_visited_at"), completed=Max("completed_at"))
            .values_list("user_id", "visited", "completed")
        ):
            last[user_id] = latest(last.get(user_id), *moments)
        watched = {}
        for user_id, count, moment in (
            VideoProgress.objects.filter(user_id__in=ids, video_id__in=self.video_ids)
            .values("user_id")
            .annotate(
                count=Count("pk", filter=Q(completed_at__isnull=False)), moment=Max("updated_at")
            )
            .values_list("user_id", "count", "moment")
        ):
            watched[user_id] = count
            last[user_id] = latest(last.get(user_id), moment)
        attended = {}
        for user_id, count, moment in (
            Attendance.objects.filter(
                workshop__cohort=self.cohort, user_id__in=ids, status=Presence.PRESENT
            )
            .values("user_id")
            .annotate(count=Count("pk"), moment=Max("recorded_at"))
            .values_list("user_id", "count", "moment")
        ):
            attended[user_id] = count
            last[user_id] = latest(last.get(user_id), moment)
        return [
            Row(
                user_id=user_id,
                name=display_name.strip() or email.split("@", 1)[0],
                joined_at=joined_at,
                left_at=left_at,
                states=[
                    states.get((user_id, sheet), State.NOT_STARTED) for sheet in self.sheet_ids
                ],
                in_workshop=in_workshop.get(user_id, set()),
                videos_watched=watched.get(user_id, 0),
                videos_total=len(self.video_ids),
                attended=attended.get(user_id, 0),
                held=sum(1 for day in self.held if day >= timezone.localdate(joined_at)),
                last_activity=last.get(user_id),
            )
            for user_id, display_name, email, joined_at, left_at in members
        ]


def latest(*moments):
    found = [moment for moment in moments if moment is not None]
    return max(found) if found else None


def build(cohort, user_ids=None):
    """The report of ``cohort``, every row at once (the trainer's table); ``user_ids``
    narrows it to those learners (a learner's own view asks for herself)."""
    steps = course_steps(cohort.course)
    shared = _Cohort(cohort, steps)
    report = Report(cohort, steps)
    for chunk in chunks(ordered_members(cohort, user_ids)):
        report.rows.extend(shared.rows(chunk))
    return report


def stream(cohort):
    """(steps, rows one by one) of ``cohort``'s report, read a chunk of learners at a
    time through a server-side cursor where the database has one: the CSV of 10,000
    learners holds 500 of them at once."""
    steps = course_steps(cohort.course)
    shared = _Cohort(cohort, steps)
    members = ordered_members(cohort).iterator(chunk_size=CHUNK)
    rows = (row for chunk in chunks(members) for row in shared.rows(chunk))
    return steps, rows
