"""``manage.py rebuild_progress_summaries [--check]``: the cohort report's summaries,
computed again from the progress rows (``school/cohorts/summaries.py``).

The writes keep them in step; this mends what they cannot see: rows written in SQL or
with ``bulk_create`` (``generate_cohorts`` calls ``summaries.rebuild`` itself), a
membership added the same way, a write at the very moment a learner joined. ``--check``
changes nothing: it lists the summaries that differ from the rows and fails if any do.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ... import summaries

SHOWN = 20  # differences listed by --check; the count says how many in all


class Command(BaseCommand):
    help = (
        "Recalcule depuis la progression les résumés du tableau des cohortes ; avec "
        "--check, dit seulement lesquels diffèrent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Ne rien changer, signaler les écarts."
        )

    def handle(self, *args, check=False, **options):
        if check:
            found = summaries.differences()
            for user_id, course_id, what in found[:SHOWN]:
                self.stdout.write(f"apprenant·e {user_id}, parcours {course_id} : {what}")
            if found:
                raise CommandError(f"{len(found)} résumé(s) diffèrent de la progression.")
            self.stdout.write("Les résumés sont à jour.")
            return
        with transaction.atomic():
            rebuilt, deleted = summaries.rebuild_all()
        self.stdout.write(f"Résumés recalculés : {rebuilt} ; supprimés : {deleted}.")
