"""Demo organisations, courses and roles (data only; ``loader.py`` installs them).

Organisations are matched by name, courses by slug under ``/parcours/``, roles by
(person, organisation, role): whatever exists is left as it is.
"""

HOME = "Alliance citoyenne (démo)"
LIEGE = "Collectif partenaire de Liège (démo)"
TUNIS = "Association partenaire de Tunis (démo)"

ORGANISATIONS = [
    {"name": HOME, "city": "Grenoble", "country": "France", "is_home": True},
    {
        "name": LIEGE,
        "city": "Liège",
        "country": "Belgique",
        "contact_name": "Coordination du collectif de Liège",
        "contact_email": "contact-liege@ecole.example",
    },
    {
        "name": TUNIS,
        "city": "Tunis",
        "country": "Tunisie",
        "contact_name": "Coordination de l’association de Tunis",
        "contact_email": "contact-tunis@ecole.example",
    },
]

# audience: "everyone", "signed_in" or "organisations" (then "organisations" says which).
# steps: (sheet slug, note for this course), in the order they are followed.
COURSES = [
    {
        "slug": "premiers-pas",
        "title": "Premiers pas : s'organiser dans son quartier",
        "summary": (
            "Aller frapper aux portes, écouter ses voisin·es, puis les réunir une première "
            "fois : le chemin pour démarrer un collectif."
        ),
        "intro": (
            "<p>Quatre fiches, dans l’ordre où on les vit : d’abord rencontrer les gens, "
            "ensuite les réunir et les accueillir.</p>"
        ),
        "audience": "everyone",
        "steps": [
            ("porte-a-porte", ""),
            ("rencontre-individuelle", ""),
            ("reunion-en-pied-d-immeuble", "à faire avant l’atelier du mardi"),
            ("accueillir-et-faire-adherer", ""),
        ],
    },
    {
        "slug": "preparer-une-campagne",
        "title": "Préparer une campagne",
        "summary": (
            "D’un problème vécu à une revendication claire, puis à une cible et un "
            "calendrier : tout ce qu’il faut avant de lancer une campagne."
        ),
        "intro": (
            "<p>À suivre avec votre groupe : chaque fiche s’appuie sur le travail de la "
            "précédente.</p>"
        ),
        "audience": "signed_in",
        "steps": [
            ("decouper-un-probleme", ""),
            ("ecrire-une-revendication", ""),
            ("la-carte-du-pouvoir", "apportez la revendication écrite à l’étape précédente"),
            ("choisir-la-cible", ""),
            ("construire-un-calendrier-de-campagne", ""),
        ],
    },
    {
        "slug": "organisateurs-partenaires",
        "title": "Parcours des organisateurs partenaires",
        "summary": (
            "Pour les équipes des associations partenaires : accueillir, faire grandir "
            "de nouveaux leaders et bâtir des alliances."
        ),
        "intro": (
            "<p>Ce parcours est réservé aux organisations partenaires de l’école. "
            "Parlez-en avec votre coordination avant de commencer.</p>"
        ),
        "audience": "organisations",
        "organisations": [LIEGE, TUNIS],
        "steps": [
            ("accueillir-et-faire-adherer", ""),
            ("reperer-de-nouveaux-leaders", ""),
            ("cartographier-ses-allies", "à faire avant l’atelier du mardi"),
            ("construire-une-coalition", ""),
            ("evaluer-et-celebrer", ""),
        ],
    },
]

# (email of a demo account, organisation, role): "member", "trainer" or "coordinator".
ROLES = [
    ("formatrice@ecole.example", HOME, "trainer"),
    ("responsable@ecole.example", HOME, "coordinator"),
    ("apprenante@ecole.example", HOME, "member"),
    ("partenaire-liege@ecole.example", LIEGE, "member"),
    ("formateur-liege@ecole.example", LIEGE, "trainer"),
    ("coordination-liege@ecole.example", LIEGE, "coordinator"),
    ("partenaire-tunis@ecole.example", TUNIS, "member"),
]
