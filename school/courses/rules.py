"""Course rules, as plain functions over a course's steps and a learner's rows.

- The steps are in the order the lead trainer gave; a step whose sheet is no longer
  published is shown as unavailable and left out of every count.
- A course's duration is the sum of its available sheets' durations.
- Progress over a course is the learner's sheet rows (one per learner × sheet, however
  the sheet was reached): "3 étapes sur 7".
- The first time every available step is done, the completion is recorded, and kept.
"""

from dataclasses import dataclass

from django.utils import timezone

from methods.models import BrickPage, MethodSheetPage
from school.organisations import scoping
from school.progress import Tally, completed_sheet_ids, tally


@dataclass
class StepView:
    number: int  # its place among all the course's steps, from 1
    sheet: object  # the published sheet, or None when it is no longer published
    note: str
    done: bool

    @property
    def available(self):
        return self.sheet is not None


def step_rows(course):
    """The course's steps in order, each with its sheet: one query."""
    return list(course.steps.select_related("sheet").order_by("sort_order", "pk"))


def step_views(rows, done_ids):
    return [
        StepView(
            number=number,
            sheet=row.sheet if row.sheet.live else None,
            note=row.note,
            done=row.sheet.live and row.sheet_id in done_ids,
        )
        for number, row in enumerate(rows, start=1)
    ]


def course_tally(steps):
    available = [step for step in steps if step.available]
    return Tally(sum(step.done for step in available), len(available))


def total_minutes(steps):
    return sum(step.sheet.duration or 0 for step in steps if step.available)


def bricks_of(steps):
    """The bricks the course's available sheets belong to, in the library's order."""
    paths = {step.sheet.path[: -MethodSheetPage.steplen] for step in steps if step.available}
    return list(BrickPage.objects.filter(path__in=paths).order_by("number")) if paths else []


def record_completion(user, course, tally, now=None):
    """The completion date: recorded the first time the course is complete, then kept."""
    if not user.is_authenticated:
        return None
    if tally.is_complete:
        completion, _ = course.completions.get_or_create(
            user=user, defaults={"completed_at": now or timezone.now()}
        )
        return completion.completed_at
    found = course.completions.filter(user=user).values_list("completed_at", flat=True).first()
    return found


def course_view(user, course):
    """Everything a course page shows for ``user``."""
    done = completed_sheet_ids(user) if user.is_authenticated else set()
    steps = step_views(step_rows(course), done)
    tally = course_tally(steps)
    return {
        "steps": steps,
        "tally": tally,
        "total_minutes": total_minutes(steps),
        "bricks": bricks_of(steps),
        "next_step": next((step for step in steps if step.available and not step.done), None),
        "completed_at": record_completion(user, course, tally),
    }


@dataclass
class CourseCard:
    course: object
    tally: Tally


def visible_courses(courses, user):
    """The live courses among ``courses`` (a queryset) that ``user`` may see."""
    model = courses.model
    return scoping.visible_pages(courses.live().filter(scoping.audience_filter(model, user)), user)


def course_cards(user, courses):
    """The live courses among ``courses`` that ``user`` may see, in the tree's order,
    each with the learner's tally: three queries whatever the numbers."""
    visible = list(visible_courses(courses, user).order_by("path"))
    if not visible:
        return []
    step_model = courses.model._meta.get_field("steps").related_model
    sheets_of = {course.pk: [] for course in visible}
    for course_id, sheet_id in step_model.objects.filter(
        course__in=visible, sheet__live=True
    ).values_list("course_id", "sheet_id"):
        sheets_of[course_id].append(sheet_id)
    done = completed_sheet_ids(user) if user.is_authenticated else set()
    return [CourseCard(course, tally(sheets_of[course.pk], done)) for course in visible]


def complete_courses_with(user, sheet_id, course_model, now=None):
    """After ``user`` completed a sheet: records the courses this completes."""
    step_model = course_model._meta.get_field("steps").related_model
    course_ids = set(
        step_model.objects.filter(sheet_id=sheet_id).values_list("course_id", flat=True)
    )
    if not course_ids:
        return  # a sheet in no course: one query, nothing more
    courses = visible_courses(course_model.objects.filter(pk__in=course_ids), user)
    done = completed_sheet_ids(user)
    for course in courses:
        tally = course_tally(step_views(step_rows(course), done))
        record_completion(user, course, tally, now)
