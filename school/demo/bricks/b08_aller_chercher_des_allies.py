"""Brique 8 : Aller chercher des alliés (contenu de démonstration)."""

BRICK = {
    "number": 8,
    "title": "Aller chercher des alliés",
    "slug": "aller-chercher-des-allies",
    "summary": (
        "Trouver les personnes et les structures qui peuvent renforcer votre combat, "
        "sans jamais perdre la main sur vos revendications."
    ),
    "objectives": [
        "Repérer les alliés possibles autour d'un combat : associations, syndicats, "
        "chercheur·es, journalistes, élu·es.",
        "Savoir ce que vous demandez à chaque allié, et ce que vous lui apportez en retour.",
        "Réunir plusieurs structures autour d'une même revendication.",
        "Garder la direction du combat entre les mains des personnes concernées.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Cartographier ses alliés",
            "slug": "cartographier-ses-allies",
            "summary": (
                "Dresser en groupe la carte des personnes et des structures qui pourraient "
                "soutenir votre combat, puis décider qui aller voir en premier."
            ),
            "objectives": [
                "Dresser la liste des alliés possibles autour d'une revendication précise.",
                "Classer ces alliés selon leur proximité avec votre combat et leur poids.",
                "Dire ce que vous demandez à chaque allié, et ce qu'il peut y gagner.",
                "Choisir les trois premiers contacts à prendre, avec un nom et une date.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 20,
            "level": "decouverte",
            "materials": [
                "Un paperboard ou un grand morceau de papier kraft fixé au mur",
                "Des post-it de trois couleurs",
                "Des feutres",
                "La revendication du groupe écrite en grand sur une feuille",
                "Un tableau de suivi des contacts (allié, qui le contacte, comment, pour quand)",
            ],
            "tags": ["alliés", "stratégie", "collectif", "débutant·es"],
            "related": [
                "la-carte-du-pouvoir",
                "construire-une-coalition",
                "ecrire-une-lettre-ouverte",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Rappeler la revendication",
                        "duration": 10,
                        "body": (
                            "<p>Écrivez la revendication du groupe en haut de la feuille, en une seule phrase. "
                            "Par exemple : « Que le bailleur remplace les ascenseurs de la résidence avant l'hiver. »</p>"
                            "<p>Faites-la relire à voix haute et vérifiez que tout le monde est d'accord. "
                            "On cherche toujours des alliés pour un objectif précis, pas pour une cause en général.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Lister tous les alliés possibles",
                        "duration": 25,
                        "body": (
                            "<p>Formez des petits groupes de trois. Chaque groupe écrit un allié possible par post-it, "
                            "en s'aidant de ces familles :</p>"
                            "<ul><li>les autres collectifs d'habitant·es et de locataires ;</li>"
                            "<li>les associations du quartier (santé, handicap, parents d'élèves, solidarité, sport) ;</li>"
                            "<li>les syndicats de salarié·es, les lieux de culte ;</li>"
                            "<li>les chercheur·es, les étudiant·es, les professionnel·les (médecin, travailleuse sociale) ;</li>"
                            "<li>les journalistes locaux et les élu·es.</li></ul>"
                            "<p>À ce stade, on ne juge pas : toutes les idées sont bonnes. "
                            "Pensez aussi aux personnes que vous connaissez déjà, comme la cousine infirmière ou l'entraîneur du club de foot.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Placer les alliés sur la carte",
                        "duration": 25,
                        "body": (
                            "<p>Dessinez trois cercles l'un dans l'autre. Au centre : ceux qui sont déjà avec vous. "
                            "Au milieu : ceux qui vous sont favorables mais qu'on n'a jamais sollicités.</p>"
                            "<p>À l'extérieur : ceux qui ne vous connaissent pas mais ont un intérêt dans le combat. "
                            "Chaque groupe vient coller ses post-it en expliquant son choix en une phrase.</p>"
                            "<p>Entourez en rouge les alliés qui ont du poids auprès du décideur.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Dire ce qu'on demande à chacun",
                        "duration": 25,
                        "body": (
                            "<p>Choisissez les huit alliés les plus intéressants. Sur un post-it d'une autre couleur, "
                            "écrivez ce que vous leur demandez : signer une lettre, prêter une salle, venir à une action, "
                            "apporter des chiffres, en parler dans le journal, poser une question au conseil municipal.</p>"
                            "<p>Sur un post-it de la troisième couleur, écrivez ce qu'ils peuvent y gagner. "
                            "Par exemple, l'association de parents d'élèves est concernée parce que les enfants montent "
                            "à pied jusqu'au dixième étage quand l'ascenseur est en panne.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir les trois premiers contacts",
                        "duration": 20,
                        "body": (
                            "<p>Choisissez trois alliés assez proches pour dire oui et assez utiles pour la campagne. "
                            "Pour chacun, décidez qui va le voir, de préférence une personne concernée accompagnée d'un·e autre membre. "
                            "Décidez comment (visite, appel) et pour quand. Remplissez le tableau de suivi devant le groupe.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Conclure",
                        "duration": 15,
                        "body": (
                            "<p>Faites un tour de parole rapide : chacun·e dit ce qui l'a surpris·e dans la carte. "
                            "Fixez la date du prochain point, dans deux semaines, pour raconter les premières rencontres. "
                            "Photographiez la carte et gardez-la : vous la compléterez tout au long de la campagne.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Commencez par les alliés proches. Une association de quartier qui vous connaît dira oui "
                            "plus vite qu'un grand syndicat national. Chaque premier oui aide à obtenir le suivant : "
                            "« L'association des parents d'élèves nous soutient déjà. »</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne confondez pas allié et décideur. Un·e élu·e d'opposition peut être un allié ; "
                            "le bailleur qui décide des travaux est la cible. Pour bien distinguer les deux, "
                            "appuyez-vous sur la carte du pouvoir.</p><p>Autre piège : faire une liste immense et ne contacter personne. "
                            "Trois rendez-vous pris valent mieux que trente noms sur un mur.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Première visite à une association voisine",
                        "situation": (
                            "<p>Le syndicat de locataires d'une résidence se bat pour le remplacement des ascenseurs, "
                            "en panne plusieurs semaines par an. Deux membres vont voir la présidente d'une association "
                            "d'aide aux personnes âgées du quartier. Elles ne se connaissent pas.</p><p>Les locataires ont dix minutes "
                            "pour se présenter, expliquer le problème et faire une demande précise : cosigner une lettre au bailleur.</p>"
                        ),
                        "roles": [
                            {
                                "name": "Locataire, membre du syndicat",
                                "brief": "Vous habitez au neuvième étage. Vous racontez en deux minutes ce que vit votre immeuble "
                                "quand l'ascenseur est en panne. Puis vous posez des questions sur ce que fait l'association.",
                            },
                            {
                                "name": "Deuxième locataire",
                                "brief": "Vous présentez la revendication et la demande précise : cosigner la lettre. "
                                "Vous proposez une date pour revenir chercher la réponse.",
                            },
                            {
                                "name": "Présidente de l'association",
                                "brief": "Vous êtes bienveillante mais prudente. Votre association reçoit une subvention de la ville "
                                "et vous ne voulez pas d'ennuis. Vous demandez qui ils sont et qui est derrière eux. "
                                "Vous acceptez si vous voyez ce que vos adhérent·es âgé·es y gagnent.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous notez les moments où les locataires écoutent l'intérêt de l'association, "
                                "et ceux où ils ne parlent que d'eux-mêmes.",
                            },
                        ],
                        "debrief_questions": [
                            "Les locataires ont-ils découvert ce qui intéresse l'association, ou seulement présenté leur problème ?",
                            "La demande était-elle claire et facile à accepter ?",
                            "Qu'est-ce qui a rassuré ou inquiété la présidente, et que faut-il préparer pour la vraie visite ?",
                        ],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "On pensait qu'on était seuls. En faisant la carte, on a trouvé quinze structures autour de nous. "
                            "Le club de foot nous a prêté son local, et c'est là qu'on a tenu notre première assemblée."
                        ),
                        "attribution": "Un membre d'un syndicat de locataires",
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Construire une coalition autour d'une revendication",
            "slug": "construire-une-coalition",
            "summary": (
                "Réunir plusieurs associations, syndicats et collectifs autour d'une revendication commune, "
                "en gardant la direction du combat entre les mains des personnes concernées."
            ),
            "objectives": [
                "Expliquer ce qu'est une coalition et ce qu'elle apporte à un combat local.",
                "Préparer une première réunion de coalition avec une revendication claire et des règles du jeu écrites.",
                "Répartir les rôles pour que les personnes concernées gardent la main sur les décisions et la parole publique.",
            ],
            "duration": 150,
            "group_min": 8,
            "group_max": 20,
            "level": "approfondissement",
            "materials": [
                "La carte des alliés déjà réalisée par le groupe",
                "Un paperboard et des feutres",
                "Des feuilles pour écrire la charte de la coalition",
                "Des cartes de rôles imprimées pour la mise en situation",
                "Un chronomètre",
            ],
            "tags": ["alliés", "coalition", "stratégie", "collectif"],
            "related": [
                "cartographier-ses-allies",
                "ecrire-une-lettre-ouverte",
                "preparer-un-ordre-du-jour",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Pourquoi une coalition ?",
                        "duration": 15,
                        "body": (
                            "<p>Expliquez simplement : une coalition, c'est plusieurs groupes qui agissent ensemble, "
                            "pour un temps donné, sur une revendication commune. Chacun garde son nom et ses autres combats.</p>"
                            "<p>Demandez au groupe : « Qu'est-ce qu'on gagne à plusieurs ? Qu'est-ce qu'on risque ? » "
                            "Notez les réponses en deux colonnes. On gagne souvent du nombre, de la crédibilité et des contacts ; "
                            "on risque la lenteur, les conflits et la perte de contrôle.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir une seule revendication",
                        "duration": 25,
                        "body": (
                            "<p>Une coalition tient autour d'une revendication, pas de dix. Testez celle du groupe : "
                            "est-elle concrète ? Peut-on la gagner ? Un décideur peut-il y répondre oui ? "
                            "Les partenaires peuvent-ils la signer sans trahir leurs propres positions ?</p>"
                            "<p>Exemple : « Un arrêt de bus accessible en fauteuil devant le centre de santé, d'ici juin. » "
                            "Un collectif de personnes handicapées, une association de parents et un club de retraité·es peuvent tous la porter.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire les règles du jeu",
                        "duration": 30,
                        "body": (
                            "<p>En sous-groupes, rédigez une charte d'une page. Elle répond à six questions :</p>"
                            "<ol><li>Quelle est la revendication ?</li>"
                            "<li>Qui a le dernier mot sur la revendication et sur un éventuel accord ? (les personnes concernées)</li>"
                            "<li>Comment décide-t-on ensemble ?</li>"
                            "<li>Qui parle à la presse ?</li>"
                            "<li>Comment signe-t-on les textes communs ?</li>"
                            "<li>Combien de temps dure la coalition, et comment en sort-on ?</li></ol>"
                            "<p>Mettez les propositions en commun et gardez une seule version.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la première réunion",
                        "duration": 25,
                        "body": (
                            "<p>Écrivez l'ordre du jour avec un temps pour chaque point. Par exemple : tour de présentation "
                            "(chacun dit pourquoi il est là), témoignages des personnes concernées, proposition de revendication, "
                            "proposition de charte, première action commune, date suivante.</p>"
                            "<p>Décidez qui anime : de préférence une personne concernée, épaulée par un·e membre plus expérimenté·e. "
                            "Décidez aussi qui accueille les partenaires à l'entrée.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Jouer la mise en situation",
                        "duration": 40,
                        "body": (
                            "<p>Distribuez les cartes de rôles et laissez cinq minutes de préparation. "
                            "Jouez la scène pendant quinze minutes, pendant que le reste du groupe observe. "
                            "Puis débriefez avec les trois questions. Si le temps le permet, rejouez la scène avec d'autres personnes.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Faire le bilan et lancer les invitations",
                        "duration": 15,
                        "body": (
                            "<p>Demandez à chacun·e ce qu'il ou elle fera autrement lors de la vraie réunion. "
                            "Listez les partenaires à inviter, qui les appelle et pour quand. "
                            "Envoyez l'invitation avec la revendication et le projet de charte, pour que personne ne soit surpris.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Proposez aux partenaires un engagement à la carte. Certains signeront seulement, "
                            "d'autres viendront aux actions, d'autres prêteront une salle ou une photocopieuse. "
                            "Un petit engagement tenu vaut mieux qu'une grande promesse oubliée. "
                            "Notez qui fait quoi dans un tableau partagé.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Le piège le plus courant : la structure la plus grosse, ou la plus habituée aux réunions, "
                            "prend le micro, réécrit la revendication et parle à la presse à votre place.</p>"
                            "<p>Souvent sans mauvaise intention. Écrivez dès le départ dans la charte que la parole publique "
                            "et les décisions sur la revendication reviennent aux personnes concernées. "
                            "Et appliquez-le dès la première réunion.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Quand un partenaire veut changer la revendication",
                        "situation": (
                            "<p>Un collectif de personnes en situation de handicap a lancé une coalition pour obtenir "
                            "un arrêt de bus accessible devant le centre de santé. À la première réunion, le représentant "
                            "d'un grand syndicat propose d'élargir à « l'accessibilité de tous les transports de l'agglomération ».</p>"
                            "<p>L'idée est généreuse, mais l'objectif devient flou et le décideur change. "
                            "L'animatrice doit garder la revendication et la place des personnes concernées, sans vexer le partenaire.</p>"
                        ),
                        "roles": [
                            {
                                "name": "Animatrice, membre du collectif",
                                "brief": "Vous vous déplacez en fauteuil. Vous rappelez la charte et proposez de garder "
                                "la revendication précise. Vous cherchez une place pour l'idée du syndicat, par exemple pour une étape suivante.",
                            },
                            {
                                "name": "Représentant d'un grand syndicat",
                                "brief": "Vous êtes sincère et vous avez l'habitude de parler longtemps. Vous insistez : "
                                "« Il faut voir plus grand, sinon on ne pèse pas. » Vous acceptez si votre idée est reconnue.",
                            },
                            {
                                "name": "Membre d'une association de parents d'élèves",
                                "brief": "Vous êtes venue pour l'arrêt de bus, que les enfants du quartier utilisent. "
                                "Une revendication trop large vous ferait hésiter à signer.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous chronométrez le temps de parole de chacun et notez qui parle au nom de qui.",
                            },
                        ],
                        "debrief_questions": [
                            "La revendication de départ a-t-elle été gardée ? Comment ?",
                            "Qui a parlé le plus longtemps, et qu'est-ce que cela dit de la place des personnes concernées ?",
                            "Quelle phrase de l'animatrice a permis de garder le syndicat dans la coalition ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de lancer une coalition",
                        "items": [
                            "La revendication tient en une phrase et un décideur peut y répondre oui.",
                            "Les personnes concernées ont validé cette revendication.",
                            "La charte dit qui décide et qui parle en public.",
                            "Chaque partenaire sait ce qu'on attend de lui.",
                            "La date de la première action commune est fixée.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Écrire une lettre ouverte cosignée",
            "slug": "ecrire-une-lettre-ouverte",
            "summary": (
                "Rédiger ensemble une lettre publique adressée à un décideur, puis la faire signer par vos alliés "
                "pour montrer que votre revendication est largement soutenue."
            ),
            "objectives": [
                "Construire une lettre ouverte courte en quatre parties : le constat, les conséquences, "
                "la revendication, la demande de réponse.",
                "Aller chercher des cosignataires et leur expliquer ce qu'engage leur signature.",
                "Choisir le bon moment et le bon canal pour rendre la lettre publique.",
            ],
            "duration": 120,
            "group_min": 5,
            "group_max": 15,
            "level": "decouverte",
            "materials": [
                "Deux ou trois lettres ouvertes courtes découpées dans la presse locale ou imprimées",
                "Un paperboard et des feutres",
                "De grandes feuilles, ou un ordinateur relié à un vidéoprojecteur",
                "Le tableau des alliés issu de la carte",
                "Les chiffres de votre enquête, si vous en avez une",
            ],
            "tags": ["alliés", "écrit", "campagne", "logement"],
            "related": [
                "cartographier-ses-allies",
                "construire-une-coalition",
                "construire-un-questionnaire",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Lire des exemples",
                        "duration": 15,
                        "body": (
                            "<p>Distribuez deux ou trois lettres ouvertes et faites-les lire à voix haute. "
                            "Demandez : « Qu'est-ce qu'on retient après une lecture ? À qui la lettre s'adresse-t-elle ? "
                            "Que demande-t-elle ? »</p><p>Notez au tableau ce qui rend une lettre forte : elle est courte, "
                            "elle donne des faits, elle fait une demande précise et elle est signée par beaucoup de monde.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Poser le plan en quatre parties",
                        "duration": 15,
                        "body": (
                            "<p>Écrivez le plan au tableau :</p>"
                            "<ol><li>le constat : ce qui se passe, avec un chiffre ;</li>"
                            "<li>les conséquences pour les gens : un exemple vécu ;</li>"
                            "<li>la revendication : ce que vous demandez, à qui, pour quand ;</li>"
                            "<li>la demande de réponse : une date, une demande de rendez-vous.</li></ol>"
                            "<p>La lettre tient sur une page maximum. Adressez-la à un décideur désigné par sa fonction, "
                            "par exemple « Madame la directrice de l'office HLM ».</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire à plusieurs mains",
                        "duration": 35,
                        "body": (
                            "<p>Formez quatre sous-groupes, un par partie. Demandez des phrases courtes, sans insulte et sans jargon. "
                            "Exemple de constat : « Sur 120 logements visités, 74 ont de l'humidité ou des moisissures. »</p>"
                            "<p>Chaque groupe lit sa partie à voix haute, puis tout le monde propose des corrections. "
                            "Vérifiez que les personnes concernées se reconnaissent dans le texte. "
                            "Désignez une personne qui mettra le tout au propre après la séance.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la recherche de cosignataires",
                        "duration": 30,
                        "body": (
                            "<p>Reprenez le tableau des alliés et choisissez les structures à solliciter. "
                            "Expliquez la règle : la lettre est signée d'abord par le collectif des personnes concernées, "
                            "puis les alliés la soutiennent. Fixez une date limite pour les signatures.</p>"
                            "<p>Répartissez les appels, puis entraînez-vous en binômes : deux minutes pour présenter la lettre "
                            "et demander la signature, puis on inverse les rôles.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir le moment et le canal",
                        "duration": 15,
                        "body": (
                            "<p>Choisissez un moment où la lettre pèsera : juste avant un conseil municipal, "
                            "une réunion du conseil d'administration du bailleur, ou le début de l'hiver.</p>"
                            "<p>Décidez comment la rendre publique : envoi en recommandé au décideur, puis envoi à la presse locale le même jour, "
                            "publication sur les réseaux sociaux, ou remise en main propre lors d'une petite action.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répartir les tâches",
                        "duration": 10,
                        "body": (
                            "<p>Terminez par un tableau « qui fait quoi, pour quand » : mise au propre, appels aux alliés, "
                            "envoi, contact presse. Relisez-le à voix haute. Fixez la date où vous vous retrouverez pour compter les signatures.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Mettez une phrase forte dès le début. Un lecteur pressé, et surtout un·e journaliste, "
                            "ne lira peut-être que le premier paragraphe. Un fait précis frappe plus qu'un adjectif : "
                            "« 74 logements sur 120 » plutôt que « de nombreux logements ».</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne laissez pas un allié réécrire la lettre à votre place. Les partenaires peuvent proposer "
                            "des corrections, mais la version finale est validée par les personnes concernées.</p>"
                            "<p>Évitez aussi les accusations contre une personne que vous ne pouvez pas prouver : "
                            "elles peuvent vous attirer des ennuis juridiques et détourner l'attention de votre revendication.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Convaincre un cosignataire hésitant",
                        "situation": (
                            "<p>Des voisin·es demandent la réouverture d'une salle commune fermée depuis trois ans. "
                            "La lettre ouverte au maire est prête. Deux habitant·es appellent le responsable local "
                            "d'un syndicat de salarié·es pour lui demander de cosigner. Il trouve la lettre « un peu agressive » "
                            "et propose de réécrire plusieurs passages.</p>"
                        ),
                        "roles": [
                            {
                                "name": "Habitante qui appelle",
                                "brief": "Vous présentez la lettre et la demande de signature. Vous acceptez une petite correction "
                                "de forme, mais vous gardez la revendication et la date.",
                            },
                            {
                                "name": "Habitant en binôme",
                                "brief": "Vous écoutez et vous notez les objections. Vous rappelez l'intérêt du syndicat : "
                                "ses adhérent·es habitent aussi le quartier.",
                            },
                            {
                                "name": "Responsable syndical",
                                "brief": "Vous êtes plutôt favorable, mais vous ne voulez pas froisser la mairie, avec qui vous "
                                "négociez autre chose. Vous signez si on vous rassure sur le ton.",
                            },
                        ],
                        "debrief_questions": [
                            "Quelles corrections les habitant·es ont-ils acceptées, et lesquelles ont-ils refusées ?",
                            "Comment ont-ils montré au syndicat ce qu'il avait à gagner ?",
                            "Le syndicat a-t-il signé ? Sinon, qu'a-t-on obtenu à la place ?",
                        ],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "Quand on a vu les logos de huit associations sous notre lettre, on s'est sentis plus grands. "
                            "Une semaine plus tard, l'office nous appelait pour fixer un rendez-vous."
                        ),
                        "attribution": "Une adhérente d'un syndicat de locataires",
                    },
                ),
            ],
        },
    ],
}
