"""The cohort report: one row per learner, built by one function for the trainer's
table, the CSV and the learner's own "Mon parcours" (so the three cannot disagree).

A row is a learner's progress on the cohort's course only: its steps (done, started,
not started; a step whose sheet is unpublished is left out, as on the course page), the
videos of those steps watched, the cohort's workshops attended out of those held since
the learner joined, and the last activity among these. Learners with no activity are
rows too; people who left are rows marked with the day they left (and not counted);
trainers and coordinators of the cohort are never learners.

A learner's progress comes from her summary on the course (``ProgressSummary``, kept in
step by the progress writes: ``summaries.py``), read with her membership: one row per
learner, in one query for all of them, whatever the numbers of learners and steps. The
summary holds entries per sheet and per video; the course as it is now (its available
steps, their order, the videos their sheets show) is applied here.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Count, Exists, F, FilteredRelation, Max, OuterRef, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf, Trim
from django.utils import timezone

from school import published
from school.organisations.models import Membership, Role

from . import summaries
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


def _learners(members, cohort_id, organisation_id):
    leads = Cohort.trainers.through.objects.filter(cohort_id=cohort_id, user_id=OuterRef("user_id"))
    leading = Membership.objects.filter(
        organisation_id=organisation_id,
        user_id=OuterRef("user_id"),
        role__in=[Role.TRAINER, Role.COORDINATOR],
    )
    return members.exclude(Exists(leads)).exclude(Exists(leading))


def learners_of(cohorts):
    """The memberships of ``cohorts`` that are learners': people who lead the cohort, or
    train or coordinate in its organisation, are never counted as learners."""
    members = CohortMember.objects.filter(cohort__in=cohorts)
    return _learners(members, OuterRef("cohort_id"), OuterRef("cohort__organisation_id"))


def learners_in(cohort):
    """``learners_of([cohort])``, with the cohort's ids written in the query instead of a
    join: cheaper to build and to plan, on every report."""
    members = CohortMember.objects.filter(cohort_id=cohort.pk)
    return _learners(members, cohort.pk, cohort.organisation_id)


CHUNK = 500  # learners the CSV reads from the database at a time


def ordered_members(cohort, user_ids=None):
    """The learners' memberships of ``cohort``, those who left last, then by name (as
    ``User.name``: the display name, else the address), as (user pk, display name,
    address, joined, left, summary's sheets, summary's videos) rows: what a row needs of
    them, nothing more."""
    members = learners_in(cohort)
    if user_ids is not None:
        members = members.filter(user_id__in=user_ids)
    name = Coalesce(NullIf(Trim("user__display_name"), Value("")), "user__email")
    summary = FilteredRelation(
        "user__progress_summaries",
        condition=Q(user__progress_summaries__course_id=cohort.course_id),
    )
    return (
        members.annotate(sort_name=Lower(name), summary=summary)
        .order_by(F("left_at").asc(nulls_first=True), "sort_name", "pk")
        .values_list(
            "user_id", "user__display_name", "user__email", "joined_at", "left_at",
            "summary__sheets", "summary__videos",
        )
    )  # fmt: skip


# A sheet entry's mark as a step's state (summaries.py).
STATES = {
    summaries.DONE: State.DONE,
    summaries.WORKSHOP: State.DONE,
    summaries.STARTED: State.STARTED,
}


class _Cohort:
    """What every row of one report shares: the steps, the course's videos, the
    workshops held, who attended them."""

    def __init__(self, cohort, steps, user_ids=None):
        self.steps = steps
        self.keys = [str(step.sheet_id) for step in steps]
        snapshot = published.current()
        sheets = {step.sheet_id for step in steps}
        videos = {video for page, video in snapshot.placements if page in sheets}
        self.video_keys = [str(video) for video in videos & set(snapshot.videos)]
        self.held = list(
            Workshop.objects.filter(cohort=cohort, roll_taken_at__isnull=False).values_list(
                "date", flat=True
            )
        )
        present = Attendance.objects.filter(workshop__cohort=cohort, status=Presence.PRESENT)
        if user_ids is not None:
            present = present.filter(user_id__in=user_ids)
        self.attended = {
            user_id: (count, moment)
            for user_id, count, moment in present.values("user_id")
            .annotate(count=Count("pk"), moment=Max("recorded_at"))
            .values_list("user_id", "count", "moment")
        }

    def row(self, member):
        """The row of ``member`` (a row of ``ordered_members``)."""
        user_id, display_name, email, joined_at, left_at, sheets, videos = member
        entries = [sheets.get(key) for key in self.keys] if sheets else [None] * len(self.keys)
        last = max((entry[1] for entry in entries if entry), default=None)
        watched = 0
        for key in self.video_keys if videos else ():
            entry = videos.get(key)
            if entry:
                watched += entry[0]
                last = entry[1] if last is None else max(last, entry[1])
        attended, present_at = self.attended.get(user_id, (0, None))
        joined_on = timezone.localdate(joined_at)
        return Row(
            user_id=user_id,
            name=display_name.strip() or email.split("@", 1)[0],
            joined_at=joined_at,
            left_at=left_at,
            states=[STATES[entry[0]] if entry else State.NOT_STARTED for entry in entries],
            in_workshop={
                step.sheet_id
                for step, entry in zip(self.steps, entries, strict=True)
                if entry and entry[0] == summaries.WORKSHOP
            },
            videos_watched=watched,
            videos_total=len(self.video_keys),
            attended=attended,
            held=sum(1 for day in self.held if day >= joined_on),
            last_activity=latest(
                None if last is None else datetime.fromtimestamp(last, UTC), present_at
            ),
        )


def latest(*moments):
    found = [moment for moment in moments if moment is not None]
    return max(found) if found else None


def build(cohort, user_ids=None):
    """The report of ``cohort``, every row at once (the trainer's table); ``user_ids``
    narrows it to those learners (a learner's own view asks for herself)."""
    steps = course_steps(cohort.course)
    shared = _Cohort(cohort, steps, user_ids)
    report = Report(cohort, steps)
    report.rows = [shared.row(member) for member in ordered_members(cohort, user_ids)]
    return report


def stream(cohort):
    """(steps, rows one by one) of ``cohort``'s report, read ``CHUNK`` learners at a time
    through a server-side cursor where the database has one: the CSV of 10,000 learners
    holds 500 of them at once."""
    steps = course_steps(cohort.course)
    shared = _Cohort(cohort, steps)
    members = ordered_members(cohort).iterator(chunk_size=CHUNK)
    return steps, (shared.row(member) for member in members)
