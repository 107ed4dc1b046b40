"""The page editor's tabs in words trainers use.

Wagtail's "Promotion" tab speaks of slugs and title tags. Everything there is made
for them: the address comes from the title, the search engines' title and description
from the title and the summary (``home/templatetags/seo.py``). The tab stays, for the
rare change, under plain names and with what happens when a box is left empty.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page

PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                heading=_("Adresse de la page"),
                help_text=_(
                    "Faite à partir du titre. À changer seulement avant de partager le lien :"
                    " l’ancienne adresse ne mènerait plus à la page."
                ),
            ),
            FieldPanel(
                "seo_title",
                heading=_("Titre pour les moteurs de recherche (facultatif)"),
                help_text=_("Vide : le titre de la page, c’est très bien."),
            ),
            FieldPanel(
                "search_description",
                heading=_("Description pour les moteurs de recherche (facultatif)"),
                help_text=_("Vide : le résumé de la page, c’est très bien."),
            ),
        ],
        heading=_("Rien à remplir ici : tout est fait à partir du titre et du résumé"),
    ),
]


def plain_edit_handler(content_panels):
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(PROMOTE_PANELS, heading=_("Adresse de la page")),
            ObjectList(Page.settings_panels, heading=_("Publication")),
        ]
    )
