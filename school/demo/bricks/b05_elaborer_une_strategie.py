"""Brique 5 : Élaborer une stratégie de campagne (contenu de démonstration)."""

BRICK = {
    "number": 5,
    "title": "Élaborer une stratégie de campagne",
    "slug": "elaborer-une-strategie",
    "summary": "Cette brique aide un groupe à passer d'une colère partagée à un plan : savoir qui décide, qui viser, dans quel ordre agir et à quoi on reconnaîtra la victoire.",
    "objectives": [
        "Repérer qui a le pouvoir de répondre à une revendication et qui peut l'influencer.",
        "Choisir une cible précise : une personne qui peut dire oui.",
        "Construire un calendrier de campagne avec des actions de plus en plus fortes.",
        "Définir à l'avance ce que serait une victoire, et fêter chaque étape gagnée.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "La carte du pouvoir",
            "slug": "la-carte-du-pouvoir",
            "summary": "Dessiner ensemble, sur une grande feuille, qui décide, qui influence et qui est de votre côté, pour savoir où mettre vos forces.",
            "objectives": [
                "identifier qui a vraiment le pouvoir de dire oui à une revendication",
                "placer les acteurs sur une carte selon leur pouvoir et leur position",
                "repérer les liens d'influence et les alliés possibles",
                "tirer de la carte deux ou trois pistes d'action concrètes",
            ],
            "duration": 90,
            "group_min": 5,
            "group_max": 20,
            "level": "decouverte",
            "materials": [
                "Une grande feuille (paper-board ou papier kraft) par sous-groupe",
                "Des post-it de trois couleurs",
                "Des feutres épais",
                "La revendication du groupe, écrite en gros sur une feuille",
                "Si possible, l'organigramme de l'institution visée (bailleur, mairie, entreprise)",
            ],
            "tags": ["stratégie", "pouvoir", "campagne", "débutant·es"],
            "related": ["choisir-la-cible", "cartographier-ses-allies", "decouper-un-probleme"],
            "body": [
                (
                    "step",
                    {
                        "title": "Rappeler la revendication",
                        "duration": 10,
                        "body": "<p>Écrivez la revendication en haut de la feuille, en une phrase. Par exemple : « Que l'ascenseur du bâtiment C soit réparé avant le 1er mars, et qu'il ne reste plus jamais en panne plus de 48 heures. »</p><p>Vérifiez que tout le monde est d'accord avec cette phrase. Si la revendication est floue, la carte le sera aussi : prenez le temps de la préciser.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Lister tous les acteurs",
                        "duration": 15,
                        "body": "<p>Demandez au groupe : « Qui a quelque chose à voir avec ce problème ? » Chaque personne écrit un nom par post-it.</p><p>Pensez à des personnes, pas seulement à des institutions : la directrice de l'agence du bailleur, le gardien, l'adjoint au maire chargé du logement, l'entreprise de maintenance, l'amicale du bâtiment voisin, un journaliste du quotidien local.</p><p>Ne triez pas encore : le but est d'en avoir le plus possible.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Tracer les deux axes",
                        "duration": 10,
                        "body": "<p>Dessinez deux axes sur la grande feuille.</p><ul><li><strong>Axe vertical : le pouvoir sur la décision.</strong> En haut, la personne peut dire oui. En bas, elle n'a aucun pouvoir.</li><li><strong>Axe horizontal : la position.</strong> À gauche, contre nous. Au centre, neutre ou inconnue. À droite, avec nous.</li></ul><p>Montrez un exemple avec un seul post-it avant de laisser le groupe travailler.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Placer les post-it",
                        "duration": 20,
                        "body": "<p>Le groupe place chaque post-it sur la carte, en discutant. Utilisez une couleur pour les personnes qui décident, une pour celles qui influencent, une pour les groupes organisés.</p><p>Quand il y a désaccord, demandez : « Qu'est-ce qui nous fait penser ça ? » Marquez d'un point d'interrogation ce que personne ne sait : ce sont des informations à vérifier, par une enquête ou un simple coup de fil.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Tracer les liens d'influence",
                        "duration": 15,
                        "body": "<p>Avec un feutre, reliez les personnes qui s'influencent. Qui écoute qui ? Qui dépend de qui pour son budget, sa réélection ou son image ?</p><p>Par exemple, une flèche de l'adjoint au maire vers le bailleur peut rappeler que la mairie siège au conseil d'administration de l'office HLM. Ces liens montrent par où la pression peut passer.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Lire la carte ensemble",
                        "duration": 20,
                        "body": "<p>Posez trois questions au groupe :</p><ul><li>Qui est en haut à gauche, puissant et contre nous ?</li><li>Qui est en haut au centre, et pourrait basculer ?</li><li>Qui est à droite mais sans pouvoir, et pourrait nous aider à atteindre les personnes qui décident ?</li></ul><p>Notez deux ou trois pistes d'action. Photographiez la carte : vous la referez dans trois mois, car les positions bougent.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Écrivez des noms de personnes, pas seulement « la mairie » ou « le bailleur ».</p><p>Une institution ne décide pas : ce sont des personnes qui décident, avec un nom, un bureau, un agenda et des soucis. Si vous ne connaissez pas le nom, c'est la première chose à chercher.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Piège fréquent :</strong> mettre tout en haut une autorité très lointaine (le ministre, « l'État ») parce qu'elle serait la « vraie » responsable.</p><p>Votre groupe n'a pas de prise sur elle aujourd'hui. Cherchez plutôt la personne la plus proche qui peut déjà dire oui à une partie de la revendication.</p><p>La carte contient aussi des jugements sur des personnes. Gardez-la à l'intérieur du groupe : ne la publiez pas telle quelle.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Nous pensions que tout se décidait au siège du bailleur, à Paris. En faisant la carte, une voisine a rappelé que l'adjointe au logement siégeait au conseil d'administration. C'est elle que nous sommes allés voir, et la réparation a été votée le mois suivant.",
                        "attribution": "Un locataire de Villeurbanne, membre d'un syndicat de locataires",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Qui décide vraiment pour la ligne de bus ?",
                        "situation": "<p>Un collectif d'habitant·es demande le retour de la ligne de bus supprimée en septembre. Elle reliait le quartier au centre de santé et à la zone d'activité.</p><p>Quatre personnes préparent la carte du pouvoir avant la réunion du collectif. Elles ne sont pas d'accord sur qui décide : la mairie, la métropole ou la société de transport.</p>",
                        "roles": [
                            {
                                "name": "Animateur·rice",
                                "brief": "Vous aidez le groupe à placer chaque acteur sur la carte. Vous ne donnez pas la réponse : vous posez des questions comme « Comment le sait-on ? » ou « Qui pourrait vérifier ? ».",
                            },
                            {
                                "name": "Habitante convaincue",
                                "brief": "Vous êtes sûre que c'est le maire qui décide, parce qu'il a inauguré la ligne il y a dix ans. Vous tenez à cette idée.",
                            },
                            {
                                "name": "Habitant découragé",
                                "brief": "Vous pensez que « tout se décide ailleurs » et que personne ici n'a de pouvoir. Vous doutez que la carte serve à quelque chose.",
                            },
                            {
                                "name": "Jeune salariée de la zone d'activité",
                                "brief": "Vous prenez ce bus pour aller travailler. Vous savez que la société de transport obéit à la métropole, qui organise les transports, mais vous n'osez pas trop prendre la parole.",
                            },
                        ],
                        "debrief_questions": [
                            "Comment le groupe a-t-il tranché quand les avis divergeaient sur qui décide ?",
                            "Quelles informations manquaient, et comment les obtenir avant la prochaine réunion ?",
                            "La personne la plus discrète a-t-elle pu dire ce qu'elle savait ? Qu'est-ce qui l'a aidée ou freinée ?",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Choisir la cible",
            "slug": "choisir-la-cible",
            "summary": "Choisir une personne précise, qui a le pouvoir de dire oui, et sur qui le groupe peut réellement faire pression.",
            "objectives": [
                "expliquer la différence entre une cible principale et une cible secondaire",
                "vérifier qu'une cible peut vraiment répondre à la revendication",
                "repérer à quoi tient une cible : son image, son budget, son élection, sa hiérarchie",
                "choisir une cible ensemble et justifier ce choix",
            ],
            "duration": 75,
            "group_min": 4,
            "group_max": 15,
            "level": "approfondissement",
            "materials": [
                "La carte du pouvoir faite par le groupe, ou sa photo",
                "Un tableau à quatre colonnes préparé sur une grande feuille",
                "Des feutres",
                "Des gommettes pour voter (deux par personne)",
            ],
            "tags": ["stratégie", "pouvoir", "campagne", "logement"],
            "related": [
                "la-carte-du-pouvoir",
                "construire-un-calendrier-de-campagne",
                "decouper-un-probleme",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Expliquer ce qu'est une cible",
                        "duration": 10,
                        "body": "<p>La cible est une personne, pas une institution. C'est elle qui peut dire oui à votre revendication, ou obliger quelqu'un d'autre à dire oui.</p><p>Par exemple, pour des charges locatives trop élevées, la cible n'est pas « le bailleur » mais la directrice d'agence qui valide le décompte des charges. Distinguez la <strong>cible principale</strong> (celle qui décide) et les <strong>cibles secondaires</strong> (celles qui ont de l'influence sur elle).</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Lister les cibles possibles",
                        "duration": 10,
                        "body": "<p>À partir de la carte du pouvoir, relevez les trois ou quatre personnes placées le plus haut. Écrivez chaque nom sur une ligne du tableau. Si la carte n'existe pas encore, faites-la d'abord : ce travail en dépend.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Passer chaque nom au crible",
                        "duration": 25,
                        "body": "<p>Pour chaque personne, remplissez les quatre colonnes :</p><ol><li>Peut-elle dire oui à tout ou partie de la demande ?</li><li>Peut-on l'atteindre (bureau, permanence, réunions publiques) ?</li><li>À quoi tient-elle (son image, sa réélection, ses chiffres, son supérieur) ?</li><li>Qui, autour de nous, a déjà un lien avec elle ?</li></ol><p>Répondez « oui », « non » ou « on ne sait pas ». Chaque « on ne sait pas » devient une chose à vérifier, avec un nom et une date.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir ensemble",
                        "duration": 15,
                        "body": "<p>Chaque participant·e reçoit deux gommettes et les colle à côté des cibles qui lui semblent les meilleures. Discutez le résultat : une bonne cible a du pouvoir, elle est accessible, et elle a quelque chose à perdre si elle ne répond pas.</p><p>Si deux noms sont à égalité, gardez le plus proche. Vous pourrez toujours viser plus haut ensuite.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire la phrase de campagne",
                        "duration": 15,
                        "body": "<p>Écrivez une phrase qui relie la revendication à la cible : « Nous demandons à la directrice de l'agence Nord de faire réviser les charges de 2023 avant le 30 juin. »</p><p>Relisez-la à voix haute. Si quelqu'un du groupe ne la comprend pas, simplifiez-la. Cette phrase servira pour les tracts, la délégation et la presse.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Une bonne cible est souvent plus proche que vous ne le pensez. Une cheffe d'agence, un directeur d'école ou une responsable de site ont un vrai pouvoir sur des décisions concrètes. Ils sont aussi plus faciles à rencontrer qu'un PDG ou un ministre.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Ne confondez pas cible et ennemi·e.</strong> La cible n'est pas une personne à humilier : c'est quelqu'un que vous voulez amener à dire oui. Restez sur ses responsabilités et ses décisions, jamais sur sa vie privée.</p><p>Autre piège : changer de cible tous les mois. Cela épuise le groupe et brouille le message. Gardez votre choix au moins le temps d'une première série d'actions, sauf si vous découvrez que la personne n'a vraiment aucun pouvoir.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Le gardien, l'agence ou le siège ?",
                        "situation": "<p>Dans une résidence de 120 logements, le chauffage tombe en panne plusieurs fois chaque hiver. Le syndicat de locataires doit choisir sa cible.</p><p>Le gardien est sympathique mais n'a aucun budget. L'agence locale gère l'entretien courant. Le siège du bailleur, dans une autre ville, signe le contrat avec l'entreprise de chauffage.</p>",
                        "roles": [
                            {
                                "name": "Animatrice",
                                "brief": "Vous faites remplir le tableau pour chaque nom, et vous veillez à ce que le groupe prenne une décision avant la fin.",
                            },
                            {
                                "name": "Locataire en colère contre le gardien",
                                "brief": "Vous voulez viser le gardien : c'est lui que vous voyez tous les jours, et il ne répond pas à vos appels.",
                            },
                            {
                                "name": "Locataire qui veut viser le siège",
                                "brief": "Pour vous, il faut taper tout en haut, sinon rien ne changera. Vous proposez d'écrire directement au directeur général.",
                            },
                            {
                                "name": "Ancienne membre du conseil de concertation",
                                "brief": "Vous savez que le responsable de l'agence peut imposer des pénalités à l'entreprise de chauffage. Vous ne le dites que si l'on vous pose la question.",
                            },
                        ],
                        "debrief_questions": [
                            "Quelle cible le groupe a-t-il choisie, et avec quels arguments ?",
                            "Comment le groupe a-t-il accueilli la colère contre le gardien, sans la nier ni la suivre aveuglément ?",
                            "Quelle information décisive est arrivée tard ? Comment la faire sortir plus tôt la prochaine fois ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Notre cible est-elle la bonne ?",
                        "items": [
                            "C'est une personne, avec un nom et une fonction.",
                            "Elle peut dire oui à au moins une partie de la revendication.",
                            "Nous pouvons la rencontrer ou l'interpeller en public.",
                            "Nous savons à quoi elle tient.",
                            "Chaque membre du groupe peut expliquer pourquoi nous l'avons choisie.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Construire un calendrier de campagne",
            "slug": "construire-un-calendrier-de-campagne",
            "summary": "Planifier sur plusieurs mois une suite d'actions de plus en plus fortes, avec des victoires nommées à l'avance et des moments pour les fêter.",
            "objectives": [
                "décrire à quoi ressemble une victoire, complète ou partielle",
                "ranger des tactiques de la plus douce à la plus forte (l'escalade)",
                "placer les actions sur un calendrier réaliste pour le groupe et adapté à la cible",
                "prévoir des moments pour célébrer les petites victoires",
            ],
            "duration": 120,
            "group_min": 5,
            "group_max": 20,
            "level": "approfondissement",
            "materials": [
                "Une frise de trois à six mois, dessinée sur une longue bande de papier",
                "Des post-it de deux couleurs",
                "La liste des dates importantes : vacances scolaires, conseils municipaux, conseils d'administration, fêtes importantes pour les membres",
                "La carte du pouvoir et la phrase de campagne du groupe",
                "Des feutres",
            ],
            "tags": ["stratégie", "campagne", "action", "collectif"],
            "related": ["choisir-la-cible", "preparer-une-action", "preparer-une-delegation"],
            "body": [
                (
                    "step",
                    {
                        "title": "Nommer la victoire",
                        "duration": 20,
                        "body": "<p>Demandez au groupe : « À quoi verra-t-on que nous avons gagné ? » Écrivez la victoire complète, par exemple : « Tous les logements du bâtiment B sont traités contre les punaises de lit, aux frais du bailleur, avant l'été. »</p><p>Écrivez aussi deux ou trois victoires partielles : un rendez-vous obtenu, une réponse écrite, un premier étage traité. Ces étapes permettent de mesurer l'avancée et de tenir sur la durée.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Lister les tactiques possibles",
                        "duration": 20,
                        "body": "<p>Faites un remue-méninges de tout ce que le groupe pourrait faire : pétition, lettre recommandée, demande de rendez-vous, délégation, rassemblement devant l'agence, visite du bâtiment avec la presse, question au conseil municipal, action créative.</p><p>Une idée par post-it. Ne jugez pas les idées à ce stade.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Ranger par intensité",
                        "duration": 20,
                        "body": "<p>Placez les post-it sur une échelle, de la plus douce à la plus forte. En bas, demander poliment et écrire ; au milieu, se montrer en nombre et rendre le problème public ; en haut, des actions qui gênent vraiment la cible ou l'exposent.</p><p>Expliquez le principe : on commence en bas, et chaque refus ou silence justifie de monter d'une marche. Cela montre aussi au public que vous avez été raisonnables.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Poser les dates",
                        "duration": 30,
                        "body": "<p>Notez d'abord sur la frise les dates que vous ne choisissez pas : vacances scolaires, conseil municipal, conseil d'administration du bailleur, fin d'un contrat, fin de la trêve hivernale.</p><p>Placez ensuite les actions, en laissant deux à quatre semaines entre deux actions pour mobiliser et laisser la cible répondre.</p><p>À côté de chaque action, écrivez ce que vous attendez de la cible : « réponse écrite », « date de rendez-vous », « visite des logements ».</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Prévoir les fêtes et les bilans",
                        "duration": 15,
                        "body": "<p>Ajoutez sur la frise, d'une autre couleur, les moments pour fêter les victoires partielles : un goûter en bas de l'immeuble, un message à tous les membres, une photo affichée dans le hall.</p><p>Ajoutez aussi un bilan après chaque action importante. Une longue campagne se gagne souvent grâce au moral du groupe.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répartir les responsabilités",
                        "duration": 15,
                        "body": "<p>Pour les trois prochaines actions, notez une personne référente et une date limite de préparation. Affichez la frise au local, ou partagez-en une photo sur le groupe de messagerie.</p><p>Prévoyez de la revoir à chaque réunion : un calendrier de campagne change avec les réponses de la cible.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Gardez votre action la plus forte pour plus tard. Si vous commencez par occuper le hall de l'agence, vous n'aurez plus rien pour monter ensuite, et vous perdrez les personnes qui trouvent cela trop dur.</p><p>Une escalade progressive maintient à la fois la pression et le soutien.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Piège : un calendrier trop chargé.</strong> Des bénévoles qui travaillent, gardent des enfants ou ont des soucis de santé ne peuvent pas tenir une action par semaine.</p><p>Mieux vaut trois actions réussies et bien préparées que huit actions où vous êtes de moins en moins nombreux.</p><p>Autre piège : une victoire floue, comme « être respectés » ou « que ça change ». Vous ne saurez jamais si vous avez gagné, et le groupe se découragera.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Au début, on voulait tout, tout de suite. Le calendrier nous a obligés à choisir. Quand le bailleur a enfin répondu par écrit, on a fait un repas dans la cour. Ce jour-là, des voisins qui ne venaient jamais nous ont rejoints.",
                        "attribution": "Une habitante de Grenoble, membre d'un collectif de locataires",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Faut-il monter d'une marche ?",
                        "situation": "<p>Des salariées d'une entreprise de nettoyage travaillent dans plusieurs bâtiments d'un hôpital. Elles demandent que le temps de trajet entre deux sites soit payé.</p><p>Une lettre collective a été envoyée il y a un mois au responsable de secteur, sans réponse. Le groupe se réunit pour décider de la prochaine étape du calendrier.</p>",
                        "roles": [
                            {
                                "name": "Animateur·rice",
                                "brief": "Vous rappelez la frise prévue et faites décider l'action suivante, avec une date et une personne référente.",
                            },
                            {
                                "name": "Salariée impatiente",
                                "brief": "Vous voulez arrêter le travail dès la semaine prochaine. Vous êtes fatiguée d'attendre et vous le dites fort.",
                            },
                            {
                                "name": "Salarié inquiet",
                                "brief": "Vous êtes en contrat court et vous avez peur d'être repéré. Vous préférez renvoyer une lettre, en plus poli.",
                            },
                            {
                                "name": "Déléguée syndicale alliée",
                                "brief": "Vous connaissez le droit du travail. Vous pouvez proposer une étape intermédiaire, par exemple une délégation collective chez le responsable de secteur.",
                            },
                        ],
                        "debrief_questions": [
                            "L'action choisie est-elle vraiment une marche au-dessus de la lettre, sans sauter toutes les étapes ?",
                            "Comment la peur du salarié inquiet a-t-elle été prise en compte ?",
                            "Qu'attend précisément le groupe de la cible après cette action ?",
                        ],
                    },
                ),
            ],
        },
    ],
}
