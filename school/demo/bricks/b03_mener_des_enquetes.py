BRICK = {
    "number": 3,
    "title": "Mener des enquêtes",
    "slug": "mener-des-enquetes",
    "summary": "Recueillir les faits auprès des personnes concernées pour transformer des histoires isolées en une réalité collective que personne ne peut ignorer.",
    "objectives": [
        "Comprendre à quoi sert une enquête dans une campagne.",
        "Construire un questionnaire court et facile à remplir.",
        "Mener une enquête de porte en porte, en binôme.",
        "Compter les réponses et écrire un rapport qui nomme le responsable et les revendications.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Construire un questionnaire",
            "slug": "construire-un-questionnaire",
            "summary": "Écrire en groupe un questionnaire d'une page, avec des questions simples, qui donne des chiffres utiles et laisse de la place aux témoignages.",
            "objectives": [
                "partir de ce que l'on veut montrer pour choisir les questions ;",
                "écrire des questions fermées claires et une ou deux questions ouvertes ;",
                "tester le questionnaire et le corriger avant de l'utiliser ;",
                "prévoir dès le départ comment compter les réponses.",
            ],
            "duration": 120,
            "group_min": 4,
            "group_max": 15,
            "level": "decouverte",
            "materials": [
                "Des grandes feuilles et des feutres",
                "Des post-it",
                "Un exemple de questionnaire trop long (trois pages), imprimé",
                "Un ordinateur ou une feuille propre pour la version finale",
                "Un minuteur",
            ],
            "tags": ["enquête", "questionnaire", "logement", "collectif"],
            "related": [
                "enqueter-en-porte-a-porte",
                "ecrire-un-rapport-d-enquete",
                "decouper-un-probleme",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Pourquoi enquêter ?",
                        "duration": 15,
                        "body": "<p>Posez la question : « Quand une locataire se plaint seule de moisissures, que répond le bailleur ? » Souvent : « C'est un cas isolé, il faut aérer. »</p><p>Montrez la différence avec une phrase comme « 41 logements sur 58 ont des moisissures ». Une enquête transforme des histoires individuelles en un fait collectif. Elle sert aussi à rencontrer de nouvelles personnes.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire ce que l'on veut montrer",
                        "duration": 20,
                        "body": "<p>Demandez au groupe de compléter deux ou trois phrases qui commencent par « Nous voulons montrer que… ». Par exemple : « … les moisissures touchent la plupart des logements de la résidence » ou « … les signalements au bailleur restent sans réponse ».</p><p>Ces phrases guident tout le questionnaire. Une question qui ne sert à aucune d'elles n'a pas sa place.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire les questions",
                        "duration": 30,
                        "body": "<p>Pour chaque phrase, écrivez sur post-it les questions qui permettent de la vérifier.</p><p>Préférez des questions fermées, avec des cases à cocher : « Avez-vous des moisissures dans votre logement ? Oui / Non », « Depuis quand ? », « L'avez-vous signalé au bailleur par écrit ? ».</p><p>Une question ne contient qu'une seule idée, avec les mots de tous les jours. Ajoutez une ou deux questions ouvertes à la fin : « Racontez-nous ce que cela change dans votre vie. »</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Couper",
                        "duration": 15,
                        "body": "<p>Montrez l'exemple de trois pages et demandez qui aurait envie d'y répondre sur son palier. Fixez la règle : une page, une dizaine de questions, dix minutes au plus.</p><p>Pour chaque question, demandez : « Qu'est-ce qu'on fera de la réponse ? » Si personne ne sait, on la supprime. Ajoutez en haut le bâtiment et l'étage, mais pas le nom : il n'est pas obligatoire.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Tester entre vous",
                        "duration": 25,
                        "body": "<p>Jouez la mise en situation décrite plus bas : une personne pose les questions, une autre répond, une troisième observe. Chronométrez. Notez chaque question mal comprise, chaque hésitation, chaque réponse qui ne rentre dans aucune case.</p><p>Corrigez le questionnaire tout de suite, puis faites-le relire par une personne qui traduira si l'enquête se fait en plusieurs langues.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer le comptage",
                        "duration": 15,
                        "body": "<p>Avant d'imprimer, dessinez la grille de comptage : une ligne par questionnaire, une colonne par question. Numérotez les réponses possibles (1 pour oui, 2 pour non, 0 si pas de réponse).</p><p>Vérifiez que chaque phrase « Nous voulons montrer que… » pourra bien sortir de cette grille sous forme de chiffre.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Deux questions rendent une enquête bien plus forte : « Depuis quand ? » et « L'avez-vous signalé, et comment ? ». Elles montrent que le problème dure et que le responsable était prévenu.</p><p>Gardez aussi une case « J'aimerais être tenu·e au courant », avec un numéro de téléphone : c'est votre prochaine liste de contacts.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Évitez les questions qui soufflent la réponse, comme « Trouvez-vous scandaleux que le bailleur ne fasse rien ? ». Le décideur les repérera et contestera tout le reste.</p><p>Ne collectez que ce qui sert : pas de question sur les revenus, la santé ou les papiers si elle n'est pas indispensable. Expliquez à quoi serviront les réponses et gardez les fiches avec des noms à part, en lieu sûr.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Le test du questionnaire",
                        "situation": "<p>Le collectif a écrit un premier questionnaire sur les moisissures et le chauffage. Avant de l'imprimer en 150 exemplaires, il le teste dans la salle. La personne qui répond joue une locataire qui comprend les questions au pied de la lettre.</p>",
                        "roles": [
                            {
                                "name": "Enquêteur·rice",
                                "brief": "Vous lisez les questions telles qu'elles sont écrites, sans les expliquer. Vous cochez les cases.",
                            },
                            {
                                "name": "Locataire",
                                "brief": "Vous répondez honnêtement mais de façon imprécise : « un peu », « ça dépend », « comme tout le monde ». Si une question contient deux idées, vous ne répondez qu'à une seule.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous chronométrez et vous notez chaque question qui pose problème, avec la réponse obtenue.",
                            },
                        ],
                        "debrief_questions": [
                            "Quelles questions ont donné des réponses impossibles à compter ?",
                            "Combien de temps a duré le questionnaire, et est-ce acceptable sur un palier ?",
                            "Quelles corrections faites-vous avant d'imprimer ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Un questionnaire prêt à l'emploi",
                        "items": [
                            "Il tient sur une page.",
                            "Chaque question correspond à quelque chose que l'on veut montrer.",
                            "Il se remplit en dix minutes au plus.",
                            "Il a été testé au moins une fois et corrigé.",
                            "La grille de comptage est prête.",
                            "Une phrase explique en haut à quoi serviront les réponses.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Enquêter en porte-à-porte",
            "slug": "enqueter-en-porte-a-porte",
            "summary": "Aller de logement en logement, en binôme, pour remplir le questionnaire avec les habitant·es, recueillir des témoignages et repérer de nouvelles personnes prêtes à agir.",
            "objectives": [
                "organiser une demi-journée d'enquête en binômes, avec un plan des logements ;",
                "faire passer un questionnaire sans en faire un interrogatoire ;",
                "recueillir un témoignage et, avec accord, une photo ;",
                "profiter de l'enquête pour inviter les personnes à la suite.",
            ],
            "duration": 180,
            "group_min": 6,
            "group_max": 20,
            "level": "approfondissement",
            "materials": [
                "Questionnaires imprimés (nombre de logements, plus 20 %)",
                "Planchettes et stylos",
                "Un plan ou une liste des logements avec une case par porte",
                "Un téléphone par binôme pour les photos",
                "Petits papiers avec la date de la réunion où seront présentés les résultats",
                "Une liste de numéros utiles (urgence gaz, permanence juridique, service d'hygiène de la mairie)",
            ],
            "tags": ["enquête", "porte-à-porte", "logement", "quartier"],
            "related": [
                "construire-un-questionnaire",
                "porte-a-porte",
                "ecrire-un-rapport-d-enquete",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Se répartir le terrain",
                        "duration": 15,
                        "body": "<p>Affichez le plan des logements et répartissez les cages d'escalier entre les binômes. Chaque binôme reçoit la liste de ses portes, avec une case à cocher : répondu, absent, refus.</p><p>Fixez une heure et un lieu de retour. Notez le numéro de la personne référente qui reste joignable.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Se répartir les rôles dans le binôme",
                        "duration": 10,
                        "body": "<p>Dans chaque binôme, une personne pose les questions et regarde la personne en face. L'autre coche les cases et écrit les phrases fortes mot pour mot, entre guillemets.</p><p>Échangez les rôles à mi-parcours. Mettez si possible ensemble une personne qui habite là et une personne qui a déjà enquêté.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'entraîner",
                        "duration": 25,
                        "body": "<p>Jouez la mise en situation décrite plus bas, deux fois, en changeant les rôles.</p><p>Entraînez-vous à la phrase d'ouverture : « Bonjour, nous sommes des locataires de la résidence. Nous faisons une enquête sur l'état des logements pour aller voir le bailleur avec des chiffres. Vous avez dix minutes ? »</p><p>Entraînez-vous aussi à demander une photo, et à accepter un refus.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Enquêter",
                        "duration": 100,
                        "body": "<p>Partez sur le terrain. Lisez les questions dans l'ordre, mais laissez la personne raconter si elle en a besoin, puis revenez doucement au questionnaire.</p><p>Si la personne accepte, photographiez le problème (mur, fenêtre, radiateur) sans visage et notez le numéro du questionnaire sur la photo. À la fin, proposez la petite feuille avec la date de la réunion et demandez si elle veut être tenue au courant.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Mettre en commun à chaud",
                        "duration": 30,
                        "body": "<p>De retour en salle, chaque binôme compte ses questionnaires et ses portes fermées. Faites un premier tour : qu'avez-vous entendu le plus souvent ? quelle histoire vous a marqué·es ?</p><p>Rangez tous les questionnaires dans une même enveloppe et notez les personnes qui veulent s'impliquer. Fixez la date du dépouillement.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Repassez une deuxième fois, à un autre moment de la journée, dans les logements où personne n'a ouvert. Un samedi matin et un mardi soir ne touchent pas les mêmes personnes. Plus vous avez de réponses, plus vos chiffres seront solides face au décideur.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>N'entrez jamais seul·e dans un logement et restez ensemble. Ne donnez pas de conseil juridique : orientez vers la permanence du collectif ou une association spécialisée.</p><p>Si vous découvrez un danger immédiat (odeur de gaz, fils électriques à nu, plafond qui menace de tomber), prévenez tout de suite la personne référente et aidez l'habitant·e à appeler les secours ou le service d'hygiène.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Quand on a montré au bailleur que 41 familles sur 58 avaient des moisissures, il n'a plus parlé de mauvaise aération. Ce chiffre, c'est nous qui l'avions compté, porte par porte.",
                        "attribution": "Une membre d'un syndicat de locataires de Roubaix",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Au cinquième sans ascenseur",
                        "situation": "<p>Un binôme enquête dans une copropriété dégradée du quartier, où beaucoup de logements sont loués par un même propriétaire. Au cinquième étage, une habitante ouvre. Elle a beaucoup à dire, mais elle a peur que le propriétaire apprenne qu'elle s'est plainte.</p>",
                        "roles": [
                            {
                                "name": "Enquêteur·rice qui pose les questions",
                                "brief": "Vous devez remplir le questionnaire en quinze minutes au plus, rassurer l'habitante et lui proposer de venir à la réunion de restitution.",
                            },
                            {
                                "name": "Enquêteur·rice qui note",
                                "brief": "Vous cochez les cases et vous notez une phrase forte mot pour mot. Vous demandez, au bon moment, si vous pouvez prendre une photo.",
                            },
                            {
                                "name": "Habitante",
                                "brief": "Votre salle de bains est noire de moisissures et votre fille tousse. Vous parlez beaucoup, vous partez sur d'autres sujets. Vous demandez plusieurs fois : « Le propriétaire va savoir que c'est moi ? »",
                            },
                        ],
                        "debrief_questions": [
                            "Qu'avez-vous répondu à la peur de l'habitante, et était-ce honnête ?",
                            "Comment êtes-vous revenu·es au questionnaire sans couper la parole ?",
                            "Qu'est-ce que l'habitante a accepté pour la suite : photo, numéro, réunion ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Au retour du terrain",
                        "items": [
                            "Tous les questionnaires sont rangés dans la même enveloppe.",
                            "La liste des portes indique qui a répondu, qui était absent, qui a refusé.",
                            "Les photos sont numérotées comme les questionnaires.",
                            "Les personnes qui veulent s'impliquer sont notées à part.",
                            "La date du dépouillement est fixée.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Écrire un rapport d'enquête",
            "slug": "ecrire-un-rapport-d-enquete",
            "summary": "Compter les réponses, en tirer trois ou quatre chiffres forts et écrire un rapport court qui nomme l'institution responsable et les revendications.",
            "objectives": [
                "dépouiller les questionnaires en groupe et calculer des proportions simples ;",
                "choisir les chiffres et les témoignages les plus parlants ;",
                "écrire un rapport de quatre pages au maximum, avec un plan clair ;",
                "présenter les résultats aux habitant·es avant de les porter au décideur.",
            ],
            "duration": 150,
            "group_min": 4,
            "group_max": 12,
            "level": "approfondissement",
            "materials": [
                "Les questionnaires remplis",
                "La grille de comptage (sur papier ou dans un tableur)",
                "Une calculatrice",
                "Les photos imprimées",
                "Des grandes feuilles et des feutres",
                "Le plan type du rapport, imprimé",
            ],
            "tags": ["enquête", "rapport", "revendications", "logement"],
            "related": [
                "enqueter-en-porte-a-porte",
                "ecrire-une-revendication",
                "la-carte-du-pouvoir",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Dépouiller ensemble",
                        "duration": 35,
                        "body": "<p>Travaillez par deux : une personne lit les réponses, l'autre les reporte dans la grille. Changez de rôle toutes les dix fiches.</p><p>Quand c'est fini, un autre binôme recompte au hasard cinq questionnaires pour vérifier. Mettez de côté les phrases fortes des questions ouvertes sur une feuille à part.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Calculer et choisir les chiffres forts",
                        "duration": 20,
                        "body": "<p>Pour chaque question, comptez le nombre de « oui » et le nombre de personnes qui ont répondu. Écrivez le résultat sous la forme « 41 logements sur 58 », plus parlante qu'un pourcentage avec des virgules.</p><p>Choisissez ensemble trois ou quatre chiffres, pas plus : ceux qui prouvent le problème, sa durée et le silence du responsable.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir les témoignages",
                        "duration": 15,
                        "body": "<p>Lisez à voix haute les phrases mises de côté. Retenez-en deux ou trois qui font comprendre ce que les chiffres veulent dire dans la vie de tous les jours.</p><p>Rendez-les anonymes : « Une mère de deux enfants, bâtiment A ». Vérifiez que les photos choisies ont été prises avec l'accord des habitant·es.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire le rapport",
                        "duration": 45,
                        "body": "<p>Suivez le plan type en cinq parties :</p><ol><li><strong>qui nous sommes et comment nous avons enquêté</strong> : dates, nombre de logements visités et de réponses ;</li><li><strong>ce que nous avons trouvé</strong> : les chiffres forts et les témoignages ;</li><li><strong>qui est responsable</strong> : nommez l'institution qui peut décider, par exemple le bailleur, la mairie ou l'employeur ;</li><li><strong>nos revendications</strong>, précises et datées ;</li><li><strong>annexes</strong> : photos et questionnaire vierge.</li></ol><p>Répartissez les parties entre petits groupes, puis relisez tout ensemble.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Restituer aux habitant·es",
                        "duration": 20,
                        "body": "<p>Préparez la réunion de restitution : une grande feuille par chiffre fort, écrite en gros. Les habitant·es découvrent les résultats avant le décideur. Demandez-leur : « Vous vous reconnaissez là-dedans ? Il manque quelque chose ? » Ajustez le rapport avec leurs remarques.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Décider de la suite",
                        "duration": 15,
                        "body": "<p>Décidez à qui le rapport sera remis et comment : envoi par courrier, remise en main propre par une délégation, conférence de presse devant la résidence. Fixez une date et répartissez les tâches. Gardez une copie pour chaque habitant·e qui a répondu.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Une idée par phrase, un chiffre par phrase. Mettez le chiffre le plus fort en titre du rapport, en gros. Un·e élu·e ou une direction d'agence lira souvent seulement la première page : tout l'essentiel doit y tenir.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>N'exagérez jamais. Écrivez « parmi les 58 logements où nous avons été reçu·es » et non « dans toute la résidence ».</p><p>Si le décideur trouve une seule erreur, il s'en servira pour balayer tout le rapport. Gardez les questionnaires papier : ils sont la preuve de votre travail.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Le bailleur conteste les chiffres",
                        "situation": "<p>Une délégation du collectif remet le rapport d'enquête à la directrice de l'agence du bailleur. Celle-ci lit la première page et répond aussitôt que l'enquête n'est pas sérieuse. La délégation doit défendre sa méthode et revenir à ses revendications.</p>",
                        "roles": [
                            {
                                "name": "Porte-parole du collectif",
                                "brief": "Vous présentez les trois chiffres forts en deux minutes, puis vous lisez les revendications. Vous demandez une réponse écrite avec une date.",
                            },
                            {
                                "name": "Membre qui a fait le dépouillement",
                                "brief": "Vous expliquez comment l'enquête a été faite : dates, nombre de portes, nombre de réponses, vérification du comptage.",
                            },
                            {
                                "name": "Directrice d'agence",
                                "brief": "Vous dites que les locataires ont répondu ce qu'on leur a soufflé et que les moisissures viennent du manque d'aération. Vous cédez un peu si la méthode est claire et si les chiffres restent prudents.",
                            },
                        ],
                        "debrief_questions": [
                            "Quels éléments de méthode ont le plus gêné la directrice pour contester ?",
                            "La délégation est-elle revenue à ses revendications, ou s'est-elle laissé enfermer dans le débat sur les chiffres ?",
                            "Que faudrait-il changer dans le rapport pour la prochaine fois ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Le rapport est prêt quand…",
                        "items": [
                            "La méthode est expliquée en quelques lignes.",
                            "Les chiffres sont écrits « X sur Y ».",
                            "Les témoignages sont anonymes et autorisés.",
                            "L'institution responsable est nommée.",
                            "Les revendications sont précises et datées.",
                            "Les habitant·es ont vu les résultats avant le décideur.",
                        ],
                    },
                ),
            ],
        },
    ],
}
