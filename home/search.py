"""Turning what a reader typed into a query the search backend accepts."""

import re

from django.conf import settings
from wagtail.search.query import And, Or, PlainText

# Characters that full-text engines read as operators (FTS5: " * ^ : ( ) - + …).
# Readers type them by accident ("porte-à-porte", "l'enquête"): they become spaces.
OPERATOR_CHARS = re.compile(r"[^\w\s]", re.UNICODE)


def clean_query(raw):
    """Return ``(query, was_cut)``: plain words only, at most the configured length."""
    text = OPERATOR_CHARS.sub(" ", raw or "")
    text = " ".join(text.split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    was_cut = len(text) > limit
    if was_cut:
        text = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return text, was_cut


def _french_forms(word):
    """The word and its French singular or plural, as far as spelling rules tell.

    SQLite's full-text index (FTS5) has no French stemmer: it matches whole words,
    accents aside. Asking for both numbers of each word lets "réunions" find
    "réunion" and back. Conjugations and other endings are left to PostgreSQL's
    French configuration (docs/architecture.md, "Search").
    """
    forms = {word}
    if len(word) < 3:
        return forms
    lower = word.lower()
    if lower.endswith("aux"):
        forms.add(word[:-3] + "al")  # journaux -> journal
    if lower.endswith(("s", "x")):
        forms.add(word[:-1])  # réunions -> réunion, jeux -> jeu
    else:
        forms.add(word + "s")
        if lower.endswith(("au", "eu")):
            forms.add(word + "x")  # tableau -> tableaux
        if lower.endswith("al"):
            forms.add(word[:-2] + "aux")  # local -> locaux
    return forms


def french_query(text):
    """A search query over ``text`` (already cleaned) where each word may be singular
    or plural: every word must match, in one of its forms."""
    words = [Or([PlainText(form) for form in sorted(_french_forms(word))]) for word in text.split()]
    return words[0] if len(words) == 1 else And(words)
