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

from django.db.models import Count, Exists, Max, OuterRef, Q

from school import published
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
    email: str
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


def build(cohort, user_ids=None, now=None):
    """The report of ``cohort``; ``user_ids`` narrows it to those learners (a learner's
    own view asks for herself)."""
    steps = course_steps(cohort.course)
    sheet_ids = [step.sheet_id for step in steps]
    members = learners_of([cohort]).select_related("user")
    if user_ids is not None:
        members = members.filter(user_id__in=user_ids)
    members = sorted(members, key=lambda m: (m.left_at is not None, m.user.name.lower()))
    ids = [member.user_id for member in members]

    progress = {}
    last = {}
    workshop_done = {}
    for user_id, sheet_id, completed_at, visited, source in SheetProgress.objects.filter(
        user_id__in=ids, sheet_id__in=sheet_ids
    ).values_list("user_id", "sheet_id", "completed_at", "last_visited_at", "source"):
        progress[user_id, sheet_id] = State.DONE if completed_at else State.STARTED
        if source == SheetProgress.Source.WORKSHOP and completed_at:
            workshop_done.setdefault(user_id, set()).add(sheet_id)
        last[user_id] = max(filter(None, [last.get(user_id), visited, completed_at]))

    snapshot = published.current()
    video_ids = {video for page, video in snapshot.placements if page in set(sheet_ids)} & set(
        snapshot.videos
    )
    watched = {}
    for user_id, completed_at, updated_at in VideoProgress.objects.filter(
        user_id__in=ids, video_id__in=video_ids
    ).values_list("user_id", "completed_at", "updated_at"):
        if completed_at:
            watched[user_id] = watched.get(user_id, 0) + 1
        last[user_id] = max(filter(None, [last.get(user_id), updated_at]))

    held = list(
        Workshop.objects.filter(cohort=cohort, roll_taken_at__isnull=False).values_list(
            "pk", "date"
        )
    )
    attended = {}
    for user_id, count, when in (
        Attendance.objects.filter(workshop__cohort=cohort, user_id__in=ids)
        .filter(Q(status=Presence.PRESENT))
        .values("user_id")
        .annotate(count=Count("pk"), when=Max("recorded_at"))
        .values_list("user_id", "count", "when")
    ):
        attended[user_id] = count
        last[user_id] = max(filter(None, [last.get(user_id), when]))

    report = Report(cohort, steps)
    for member in members:
        joined = member.joined_at.date()
        report.rows.append(
            Row(
                user_id=member.user_id,
                name=member.user.name,
                email=member.user.email,
                joined_at=member.joined_at,
                left_at=member.left_at,
                states=[
                    progress.get((member.user_id, sheet), State.NOT_STARTED) for sheet in sheet_ids
                ],
                in_workshop=workshop_done.get(member.user_id, set()),
                videos_watched=watched.get(member.user_id, 0),
                videos_total=len(video_ids),
                attended=attended.get(member.user_id, 0),
                held=sum(1 for _pk, day in held if day >= joined),
                last_activity=last.get(member.user_id),
            )
        )
    return report
