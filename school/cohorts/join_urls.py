"""``/rejoindre/``: typing a code, and an invitation link's landing (see invitations)."""

urlpatterns = []
