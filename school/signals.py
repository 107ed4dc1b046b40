"""Signals the learning core sends, for the apps above it (courses) to act on."""

from django.dispatch import Signal

# A learner completed a sheet: ``user``, ``sheet_id``, ``when``. Sent after the row is
# written, in the same transaction.
sheet_completed = Signal()
