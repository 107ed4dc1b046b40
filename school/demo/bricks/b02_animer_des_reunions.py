BRICK = {
    "number": 2,
    "title": "Animer des réunions",
    "slug": "animer-des-reunions",
    "summary": "Faire de chaque réunion un moment utile et accueillant, où chacun·e peut parler et d'où l'on repart avec des décisions claires.",
    "objectives": [
        "Préparer un ordre du jour réaliste, avec au moins une décision à prendre.",
        "Répartir les rôles pour que la réunion ne repose pas sur une seule personne.",
        "Donner la parole à tout le monde, y compris aux plus discret·es.",
        "Conclure par des décisions écrites : qui fait quoi, pour quand.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Préparer un ordre du jour",
            "slug": "preparer-un-ordre-du-jour",
            "summary": "Construire avant la réunion un ordre du jour minuté, où chaque point a un but clair et où la décision à prendre est écrite noir sur blanc.",
            "objectives": [
                "distinguer les points d'information, de discussion et de décision ;",
                "minuter une réunion de quatre-vingt-dix minutes au maximum ;",
                "écrire la décision à prendre sous forme de question ;",
                "envoyer une invitation claire, lisible sur un téléphone.",
            ],
            "duration": 90,
            "group_min": 3,
            "group_max": 15,
            "level": "decouverte",
            "materials": [
                "Un exemple d'ordre du jour raté (trop flou, sans horaires), imprimé",
                "Des post-it de trois couleurs",
                "Des grandes feuilles et des feutres",
                "Un modèle vierge d'ordre du jour en tableau : point, but, durée, qui l'introduit",
            ],
            "tags": ["réunion", "animation", "organisation", "débutant·es"],
            "related": [
                "les-roles-en-reunion",
                "prendre-une-decision-ensemble",
                "reunion-en-pied-d-immeuble",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Partir de l'expérience",
                        "duration": 10,
                        "body": "<p>Demandez à chacun·e de raconter en une phrase la pire réunion qu'il ou elle a vécue. Notez les causes au tableau : trop longue, on ne sait pas quand ça finit, toujours les mêmes qui parlent, rien n'a été décidé.</p><p>Montrez que la plupart de ces problèmes se règlent avant la réunion, au moment où l'on prépare l'ordre du jour.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Critiquer un ordre du jour raté",
                        "duration": 15,
                        "body": "<p>Distribuez l'exemple raté : « 1. Point logement. 2. Questions diverses. 3. La suite. » Par petits groupes, les participant·es cherchent ce qui ne va pas.</p><p>Faites ressortir qu'on ne sait ni combien de temps dure chaque point, ni ce qu'il faut décider, ni qui introduit le sujet.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Les trois sortes de points",
                        "duration": 15,
                        "body": "<p>Présentez les trois couleurs de post-it. Information : on écoute et on pose des questions. Discussion : on échange des idées sans trancher. Décision : on choisit.</p><p>Une bonne réunion de collectif contient au moins un point de décision, écrit comme une question : « Est-ce qu'on demande un rendez-vous au bailleur avant le 15 mars ? »</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Construire un ordre du jour en sous-groupes",
                        "duration": 25,
                        "body": "<p>Donnez une situation : le collectif de locataires se réunit jeudi soir, après dix jours sans eau chaude.</p><p>Chaque sous-groupe remplit le modèle : accueil et tour des prénoms, trois ou quatre points avec leur but et leur durée, puis le bilan de la réunion. Deux règles : quatre-vingt-dix minutes au maximum, quatre points au maximum.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Comparer et améliorer",
                        "duration": 15,
                        "body": "<p>Chaque sous-groupe affiche son ordre du jour. Les autres vérifient trois choses : les durées sont-elles réalistes ? la décision est-elle claire ? a-t-on prévu un temps d'accueil et un bilan ? Construisez ensemble une version finale qui reprend le meilleur de chaque proposition.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire l'invitation",
                        "duration": 10,
                        "body": "<p>Rédigez ensemble l'invitation à partir de la version finale : date, heure de début et de fin, lieu, accessibilité, ce qu'on va décider.</p><p>Utilisez des phrases courtes, faciles à lire sur un téléphone et faciles à traduire. Envoyez-la au moins cinq jours avant, puis relancez la veille.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Gardez toujours dix minutes de marge. Une réunion qui finit à l'heure donne envie de revenir.</p><p>Si un point déborde, demandez au groupe : « On prolonge de cinq minutes ou on reporte à la prochaine fois ? » C'est le groupe qui choisit, pas la personne qui anime.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Méfiez-vous des « questions diverses » en fin de réunion. C'est souvent là que surgit un sujet important, quand tout le monde est fatigué et que la moitié est partie.</p><p>Demandez plutôt dès l'accueil s'il y a des sujets à ajouter, et décidez ensemble s'ils passent ce soir ou la prochaine fois.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La préparation qui déborde",
                        "situation": "<p>Trois membres d'un syndicat de citoyen·nes en situation de handicap préparent la réunion de samedi.</p><p>Sujet principal : la station de tram du quartier n'a plus d'ascenseur en état de marche depuis deux mois. Il reste vingt minutes pour boucler l'ordre du jour et envoyer l'invitation.</p>",
                        "roles": [
                            {
                                "name": "Personne qui prépare l'animation",
                                "brief": "Vous devez sortir de la préparation avec un ordre du jour de quatre points au maximum, minuté, et une décision écrite sous forme de question.",
                            },
                            {
                                "name": "Membre qui veut tout mettre",
                                "brief": "Vous voulez aussi parler des trottoirs, des bus, de la maison départementale et de la fête de fin d'année. Tout vous semble urgent.",
                            },
                            {
                                "name": "Membre pressé·e",
                                "brief": "Pour vous, l'ordre du jour ne sert à rien : il suffit de voir samedi ce que les gens veulent. Vous acceptez si l'on vous montre que ça fera gagner du temps.",
                            },
                        ],
                        "debrief_questions": [
                            "Comment avez-vous choisi ce qui entrait dans l'ordre du jour et ce qui attendait ?",
                            "La décision à prendre samedi est-elle claire pour quelqu'un qui n'était pas là ?",
                            "Qu'avez-vous répondu à la personne pressée, et est-ce que ça l'a convaincue ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Un bon ordre du jour",
                        "items": [
                            "Une heure de début et une heure de fin.",
                            "Quatre points au maximum.",
                            "Pour chaque point : son but, sa durée, la personne qui l'introduit.",
                            "Au moins une décision écrite sous forme de question.",
                            "Un temps d'accueil au début et un bilan à la fin.",
                            "Envoyé cinq jours avant, relancé la veille.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Les rôles en réunion et le tour de parole",
            "slug": "les-roles-en-reunion",
            "summary": "Partager l'animation, la prise de notes, la gestion du temps et l'accueil entre plusieurs personnes, et utiliser le tour de parole pour que chaque voix compte.",
            "objectives": [
                "connaître les quatre rôles clés d'une réunion et ce que chacun fait ;",
                "mener un tour de parole sans qu'il devienne interminable ;",
                "réagir quand une personne monopolise la parole ou quand une autre se tait ;",
                "adapter la réunion quand elle a lieu en ligne ou en plusieurs langues.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 20,
            "level": "approfondissement",
            "materials": [
                "Quatre cartons de rôle : animation, prise de notes, gardien·ne du temps, accueil",
                "Un minuteur visible par tout le monde",
                "Un objet qui passe de main en main (bâton de parole, balle)",
                "Un modèle de compte rendu à remplir",
                "Des étiquettes pour écrire les prénoms",
            ],
            "tags": ["réunion", "animation", "prise de parole", "collectif"],
            "related": [
                "preparer-un-ordre-du-jour",
                "prendre-une-decision-ensemble",
                "raconter-son-histoire-en-deux-minutes",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Qui fait quoi ?",
                        "duration": 15,
                        "body": "<p>Posez les quatre cartons sur la table et demandez au groupe ce que fait chaque rôle. Complétez avec ces repères :</p><ul><li><strong>l'animation</strong> fait avancer l'ordre du jour et distribue la parole ;</li><li><strong>la prise de notes</strong> écrit les décisions, pas tout ce qui se dit ;</li><li><strong>le ou la gardien·ne du temps</strong> annonce quand il reste cinq minutes sur un point ;</li><li><strong>l'accueil</strong> reçoit les personnes, surtout les nouvelles.</li></ul>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "L'accueil, un vrai rôle",
                        "duration": 15,
                        "body": "<p>Expliquez que l'accueil commence avant la réunion : une personne attend à l'entrée, dit bonjour, aide à trouver une place et présente les personnes entre elles.</p><p>Elle vérifie que la salle est accessible et que personne n'a besoin d'une traduction. Au début de la réunion, elle présente les nouvelles personnes. Demandez à chacun·e ce qui l'a aidé·e lors de sa première réunion.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Le tour de parole",
                        "duration": 20,
                        "body": "<p>Montrez la méthode. L'animation pose une question précise, par exemple : « En une phrase, qu'est-ce qui vous inquiète le plus dans la hausse des charges ? »</p><p>Chacun·e répond à son tour, en une minute, avec le droit de dire « je passe ». La personne qui anime parle en dernier. Faites un essai tout de suite avec le groupe, minuteur en main.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Mise en situation",
                        "duration": 40,
                        "body": "<p>Lancez la mise en situation décrite plus bas. Quatre volontaires tiennent les rôles, les autres jouent des membres du collectif et observent.</p><p>Arrêtez la scène au bout de quinze minutes, faites un premier retour, puis rejouez avec d'autres volontaires. Posez enfin les trois questions de débrief.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "En ligne et en plusieurs langues",
                        "duration": 20,
                        "body": "<p>En visioconférence, convenez d'un signe pour demander la parole (main levée, message « je veux parler » dans la discussion écrite) et faites davantage de tours de parole. Laissez chacun·e libre d'allumer sa caméra.</p><p>En plusieurs langues, prévoyez des binômes de traduction assis côte à côte, des phrases courtes et le double du temps pour chaque point. Demandez au groupe quelles situations il a déjà vécues.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Bilan",
                        "duration": 10,
                        "body": "<p>Demandez à chacun·e quel rôle il ou elle se sent prêt·e à prendre à la prochaine réunion du collectif. Notez les noms. Rappelez qu'un rôle se tient une fois, puis tourne : c'est comme ça qu'on forme de nouvelles personnes.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Faites tourner les rôles à chaque réunion. Au début, placez une personne qui a l'habitude à côté d'une personne qui découvre le rôle. Et si vous voulez donner votre avis sur un point, passez l'animation à quelqu'un d'autre le temps de parler.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Le piège classique : une seule personne anime, note, surveille l'heure et accueille. La réunion tient, mais le collectif repose sur ses épaules, et tout s'arrête le jour où elle est malade.</p><p>Autre piège : prendre le silence de quelqu'un pour un accord. Une personne qui se tait a parfois juste besoin qu'on lui pose la question.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Dans notre syndicat, il y a toujours quelqu'un à l'accueil. Pour beaucoup de membres en fauteuil ou sourds, entrer dans une salle pleine, c'est déjà une épreuve. Être attendu·e, ça change tout.",
                        "attribution": "Un membre d'un syndicat de citoyen·nes en situation de handicap",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La réunion qui déraille",
                        "situation": "<p>Le collectif de locataires se réunit pour parler de la régularisation des charges de chauffage : certaines familles doivent plus de 400 euros.</p><p>Il reste vingt minutes sur ce point. Un habitant parle sans s'arrêter depuis dix minutes. Une nouvelle venue, qui parle encore peu le français, n'a rien dit.</p>",
                        "roles": [
                            {
                                "name": "Animateur·rice",
                                "brief": "Vous devez recentrer la discussion, faire parler la nouvelle venue et terminer le point à l'heure.",
                            },
                            {
                                "name": "Gardien·ne du temps",
                                "brief": "Vous annoncez le temps restant. Vous aidez l'animation sans prendre sa place.",
                            },
                            {
                                "name": "Habitant bavard",
                                "brief": "Vous connaissez bien le dossier et vous racontez tout l'historique. Vous n'êtes pas de mauvaise foi : vous avez peur qu'on oublie un détail.",
                            },
                            {
                                "name": "Nouvelle venue",
                                "brief": "Vous avez reçu une facture énorme et vous ne comprenez pas pourquoi. Vous parlez si quelqu'un vous pose une question simple, lentement.",
                            },
                        ],
                        "debrief_questions": [
                            "Qu'a fait l'animation pour arrêter l'habitant bavard sans le vexer ?",
                            "Qu'est-ce qui a permis, ou aurait permis, à la nouvelle venue de parler ?",
                            "Le ou la gardien·ne du temps a-t-il ou elle aidé la réunion ? Comment ?",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Prendre une décision ensemble",
            "slug": "prendre-une-decision-ensemble",
            "summary": "Choisir comment décider (consentement ou vote), trancher sans écraser personne, écrire qui fait quoi et pour quand, puis terminer par un bilan rapide de la réunion.",
            "objectives": [
                "distinguer la décision au consentement et le vote, et savoir quand utiliser l'un ou l'autre ;",
                "mener une décision au consentement en quatre temps ;",
                "remplir un tableau « qui fait quoi, pour quand » à la fin de chaque réunion ;",
                "terminer une réunion par une évaluation courte.",
            ],
            "duration": 95,
            "group_min": 6,
            "group_max": 25,
            "level": "approfondissement",
            "materials": [
                "Un tableau « Quoi / Qui / Pour quand » dessiné sur une grande feuille",
                "Trois cartons de couleur (vert, orange, rouge) par participant·e",
                "La situation de la mise en situation, imprimée",
                "Des feutres",
            ],
            "tags": ["réunion", "décision", "animation", "collectif"],
            "related": [
                "preparer-un-ordre-du-jour",
                "les-roles-en-reunion",
                "prioriser-les-revendications",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Pourquoi on ne décide jamais",
                        "duration": 10,
                        "body": "<p>Demandez au groupe de se souvenir d'une réunion où l'on a beaucoup parlé sans rien décider. Pourquoi ? Notez les réponses : personne n'a fait de proposition, on attendait que tout le monde soit d'accord, on avait peur de fâcher quelqu'un.</p><p>Expliquez qu'une décision se prépare : il faut une proposition écrite et une règle connue de tout le monde.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Deux façons de décider",
                        "duration": 15,
                        "body": "<p>Présentez le <strong>consentement</strong> : on ne cherche pas que tout le monde soit enthousiaste, on vérifie que personne n'a d'objection sérieuse.</p><p>Présentez le <strong>vote</strong> : la majorité l'emporte ; il est utile quand il y a plusieurs options ou quand il faut aller vite. Insistez : on choisit la règle avant la discussion, pas au milieu.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Le consentement en quatre temps",
                        "duration": 15,
                        "body": "<p>Écrivez les quatre temps au tableau :</p><ol><li>une personne lit la proposition ;</li><li>tour de questions pour bien comprendre, sans donner son avis ;</li><li>tour de réactions : chacun·e dit ce qu'il ou elle en pense ;</li><li>chacun·e lève un carton : vert pour d'accord, orange pour une réserve, rouge pour une objection.</li></ol><p>On écoute chaque objection et on modifie la proposition jusqu'à ce qu'il n'y ait plus de rouge.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Mise en situation",
                        "duration": 30,
                        "body": "<p>Lancez la mise en situation décrite plus bas. Les personnes sans rôle jouent les autres membres du collectif et lèvent aussi leurs cartons. Laissez le groupe aller au bout du consentement, même si c'est lent. Puis posez les trois questions de débrief.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Qui fait quoi, pour quand",
                        "duration": 15,
                        "body": "<p>Affichez le tableau « Quoi / Qui / Pour quand » et remplissez-le avec les décisions de la mise en situation. Chaque tâche a un prénom, jamais « tout le monde », et une date précise, jamais « bientôt ».</p><p>La personne qui prend les notes relit le tableau à voix haute avant la fin. Il est envoyé à tous les membres dans les 24 heures.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Évaluer la réunion",
                        "duration": 10,
                        "body": "<p>Terminez chaque réunion par un tour rapide. Deux questions suffisent : « Qu'est-ce qui a bien marché ce soir ? » et « Qu'est-ce qu'on change la prochaine fois ? ».</p><p>Chacun·e répond en une phrase. Notez les réponses : elles servent à préparer le prochain ordre du jour.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Gardez les cartons de couleur dans le sac du collectif. Ils rendent visibles les désaccords, même chez les personnes qui n'osent pas parler, et ils fonctionnent quand plusieurs langues sont parlées dans la salle. En ligne, vous pouvez utiliser des émoticônes ou la main levée.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Attention au faux accord. Quand la personne qui anime demande « Tout le monde est d'accord ? » et enchaîne aussitôt, le silence passe pour un oui.</p><p>Les personnes qui n'étaient pas d'accord ne reviendront pas, ou ne feront pas la tâche. Prenez le temps de demander les objections une par une.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Un rassemblement devant l'agence ?",
                        "situation": "<p>Le collectif de locataires a écrit trois fois au bailleur au sujet des infiltrations d'eau, sans réponse. Une proposition est sur la table : organiser un rassemblement devant l'agence samedi prochain à 10 h. Le groupe décide au consentement.</p>",
                        "roles": [
                            {
                                "name": "Animatrice",
                                "brief": "Vous menez la décision en quatre temps. Vous ne donnez pas votre avis. Vous devez arriver à une décision ou à une proposition modifiée.",
                            },
                            {
                                "name": "Locataire favorable",
                                "brief": "Vous avez lu la proposition et vous y tenez. Vous êtes prêt·e à faire la banderole.",
                            },
                            {
                                "name": "Locataire inquiète",
                                "brief": "Vous avez demandé un changement de logement et vous avez peur que le bailleur vous le refuse si l'on vous voit. Vous levez un carton rouge, mais vous n'osez pas dire pourquoi tout de suite.",
                            },
                            {
                                "name": "Membre impatient",
                                "brief": "Vous trouvez que ça traîne et vous proposez de voter tout de suite à main levée.",
                            },
                        ],
                        "debrief_questions": [
                            "Comment l'objection de la locataire inquiète a-t-elle été entendue et prise en compte ?",
                            "La proposition finale est-elle différente de la proposition de départ ? En quoi ?",
                            "Qu'a répondu l'animatrice au membre impatient, et était-ce le bon choix ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de lever la séance",
                        "items": [
                            "Chaque décision est écrite en une phrase.",
                            "Chaque tâche a un prénom et une date.",
                            "Le tableau a été relu à voix haute.",
                            "La date de la prochaine réunion est fixée.",
                            "Le tour d'évaluation a eu lieu.",
                        ],
                    },
                ),
            ],
        },
    ],
}
