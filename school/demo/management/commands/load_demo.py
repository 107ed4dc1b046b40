from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from school.demo.loader import load_demo


class Command(BaseCommand):
    help = "Installe le contenu de démonstration (relançable sans doublon)."

    def handle(self, *args, **options):
        report = load_demo(debug=settings.DEBUG)
        self.stdout.write(
            f"Briques créées : {report.bricks_created}, fiches créées : {report.sheets_created}, "
            f"vidéos créées : {report.videos_created}."
        )
        self.stdout.write(
            _(
                "Organisations créées : %(organisations)d, rôles créés : %(roles)d, "
                "parcours créés : %(courses)d."
            )
            % {
                "organisations": report.organisations_created,
                "roles": report.roles_created,
                "courses": report.courses_created,
            }
        )
        self.stdout.write(_("Cohortes créées : %(n)d.") % {"n": report.cohorts_created})
        self.stdout.write(
            _("Pages du site créées (pied de page) : %(n)d.") % {"n": report.site_pages_created}
        )
        if settings.DEBUG and report.invitation_code:
            self.stdout.write(
                _(
                    "Code d’invitation de la cohorte de démonstration : %(code)s "
                    "(à saisir sur /rejoindre/)"
                )
                % {"code": report.invitation_code}
            )
        for email, password in report.users_created:
            if password:
                self.stdout.write(f"Compte de démonstration : {email} / {password}")
            else:
                self.stdout.write(
                    f"Compte de démonstration : {email} (sans mot de passe ; "
                    f"définissez-le avec « manage.py changepassword {email} »)"
                )
