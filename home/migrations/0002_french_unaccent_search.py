"""PostgreSQL: a French text search configuration that also ignores accents.

Readers often type "reunion" for "réunion": PostgreSQL's "french" configuration stems
words but keeps their accents, so this one strips them first (the ``unaccent``
extension, trusted since PostgreSQL 13: the database's owner may create it). SQLite
needs nothing: its index already ignores accents.
"""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent",
    "CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french)",
    "ALTER TEXT SEARCH CONFIGURATION french_unaccent"
    " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem",
]
DROP = ["DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
