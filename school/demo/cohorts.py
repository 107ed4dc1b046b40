"""The demo's cohorts (a contract: the README lists them and tests rely on them)."""

from .courses import HOME, LIEGE

SPRING = "Cohorte démo — printemps"
LIEGE_COHORT = "Cohorte démo — Liège"
# The invitation code printed by load_demo in development (letters and digits a person
# can read aloud: see school.cohorts.models.CODE_ALPHABET).
SPRING_CODE = "PRNTEMP7"

# Generated learners of the spring cohort: (address, display name, steps done, started).
LEARNERS = [
    (f"apprenant-{number:02d}@ecole.example", name, done, started)
    for number, (name, done, started) in enumerate(
        [
            ("Amina", 4, 0),
            ("Bastien", 3, 1),
            ("Chloé", 2, 1),
            ("Djibril", 2, 0),
            ("Élise", 1, 1),
            ("Farid", 1, 0),
            ("Gaëlle", 0, 1),
            ("Hugo", 0, 1),
            ("Inès", 0, 0),
            ("Jonas", 0, 0),
            ("Karima", 0, 0),
            ("Lucas", 0, 0),
        ],
        start=1,
    )
]

COHORTS = [
    {
        "name": SPRING,
        "organisation": HOME,
        "course": "premiers-pas",
        "trainers": ["formatrice@ecole.example"],
        "learners": ["apprenante@ecole.example"] + [email for email, *_ in LEARNERS],
        # days from the day the demo is loaded: the cohort is under way
        "starts": -30,
        "ends": 60,
        # (days from today, sheet slug, absent learners' indexes, excused ones)
        # Aline (index 0) was excused at both, so that her progress stays her own.
        "workshops": [
            (-14, "porte-a-porte", [8, 9], [0, 10]),
            (-7, "rencontre-individuelle", [9], [0]),
        ],
        "upcoming": [(7, "reunion-en-pied-d-immeuble")],
        "code": SPRING_CODE,
    },
    {
        "name": LIEGE_COHORT,
        "organisation": LIEGE,
        "course": "organisateurs-partenaires",
        "trainers": ["formateur-liege@ecole.example"],
        "learners": ["partenaire-liege@ecole.example"],
        "starts": -7,
        "ends": 90,
        "workshops": [],
        "upcoming": [(3, None)],
        "code": None,
    },
]
