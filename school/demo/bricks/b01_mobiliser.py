BRICK = {
    "number": 1,
    "title": "Mobiliser",
    "slug": "mobiliser",
    "summary": "Aller à la rencontre des personnes concernées, les écouter et leur donner envie d'agir ensemble.",
    "objectives": [
        "Aller vers les habitant·es et les collègues là où ils et elles vivent ou travaillent.",
        "Écouter pour repérer les colères, les intérêts et les talents de chacun·e.",
        "Proposer un premier engagement simple et le suivre dans les 48 heures.",
        "Tenir à jour une liste de contacts vivante, partagée par le collectif.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Le porte-à-porte",
            "slug": "porte-a-porte",
            "summary": "Frapper aux portes d'un immeuble, en binôme, pour écouter les locataires, noter ce qu'ils et elles vivent et les inviter à une première rencontre.",
            "objectives": [
                "préparer une tournée de porte-à-porte en binôme, avec un secteur et une heure de retour ;",
                "se présenter en moins de trente secondes et poser des questions ouvertes ;",
                "remplir une fiche contact utile pour la suite ;",
                "proposer un engagement simple : venir à une réunion, laisser son numéro.",
            ],
            "duration": 180,
            "group_min": 4,
            "group_max": 16,
            "level": "decouverte",
            "materials": [
                "Fiches contact imprimées (une dizaine par binôme)",
                "Stylos et planchettes rigides pour écrire debout",
                "Plan de la résidence ou liste des adresses, découpé par binôme",
                "Petits papiers d'invitation avec la date de la prochaine réunion",
                "Un badge ou un signe qui montre que vous venez du collectif",
                "Une grande feuille ou un tableau pour le retour en salle",
            ],
            "tags": ["porte-à-porte", "logement", "mobilisation", "débutant·es"],
            "related": [
                "rencontre-individuelle",
                "reunion-en-pied-d-immeuble",
                "enqueter-en-porte-a-porte",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Pourquoi frapper aux portes",
                        "duration": 15,
                        "body": "<p>Demandez au groupe : « Comment êtes-vous arrivé·e dans un collectif la première fois ? » Beaucoup répondront : parce que quelqu'un est venu me chercher.</p><p>Expliquez que le porte-à-porte sert d'abord à écouter, pas à distribuer un tract. Le but est double : repérer les problèmes qui touchent beaucoup de monde, et repérer les personnes prêtes à agir.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer une présentation de trente secondes",
                        "duration": 20,
                        "body": "<p>Chaque binôme écrit sa présentation : qui vous êtes, pourquoi vous passez, une question ouverte.</p><p>Par exemple : « Bonjour, nous sommes des voisin·es du bâtiment C. On fait le tour de la résidence pour savoir comment ça se passe dans les logements. Qu'est-ce qui vous pose problème en ce moment ? »</p><p>Faites lire chaque présentation à voix haute. Coupez tout ce qui ressemble à un discours.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Découvrir la fiche contact",
                        "duration": 15,
                        "body": "<p>Distribuez la fiche contact et lisez-la ligne par ligne : prénom, bâtiment et porte, téléphone, problèmes cités, envie d'agir, suite prévue.</p><p>Insistez sur un point : on note ce que la personne dit, avec ses mots, pas ce que l'on pense. On demande toujours l'accord avant d'écrire un numéro. Une fiche bien remplie vaut mieux que dix portes survolées.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'entraîner avant de sortir",
                        "duration": 25,
                        "body": "<p>Lancez la mise en situation décrite plus bas, par groupes de trois ou quatre. Deux personnes frappent, une ouvre la porte, une observe.</p><p>Faites tourner les rôles pour que chacun·e passe au moins une fois derrière la porte. Après chaque passage, l'observateur·rice donne un point fort et un point à améliorer, pas plus.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Aller sur le terrain",
                        "duration": 75,
                        "body": "<p>Répartissez les cages d'escalier ou les étages entre les binômes. Donnez une heure et un lieu de retour précis. Dans chaque binôme, une personne parle et l'autre note ; échangez les rôles à mi-parcours.</p><p>Comptez cinq à dix minutes par porte ouverte. Quand personne ne répond, glissez un petit papier avec la date de la réunion et notez la porte pour repasser.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Faire le retour et ranger les contacts",
                        "duration": 30,
                        "body": "<p>De retour en salle, chaque binôme raconte une rencontre marquante. Notez au tableau les problèmes entendus et comptez combien de fois chacun revient.</p><p>Recopiez toutes les fiches dans la liste de contacts du collectif le jour même. Décidez enfin qui rappelle qui, et avant quand : au plus tard dans les 48 heures.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Choisissez le bon moment. En semaine entre 17 h 30 et 20 h, ou le samedi en fin de matinée, vous trouverez plus de monde. Évitez l'heure des repas.</p><p>Formez des binômes mélangés : une personne qui a l'habitude avec une nouvelle, et si possible quelqu'un qui parle une autre langue courante dans l'immeuble.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Le piège le plus courant : parler plus que la personne. Si vous avez parlé plus de la moitié du temps, vous avez distribué un tract, vous n'avez pas fait de porte-à-porte.</p><p>Autre piège : promettre ce que le collectif ne peut pas tenir, comme « on fera venir le bailleur la semaine prochaine ». Une promesse non tenue ferme la porte pour longtemps.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Au début, j'avais peur de déranger. En fait, la dame du quatrième m'a parlé quarante minutes de ses moisissures. Elle est venue à la réunion. Aujourd'hui, c'est elle qui frappe aux portes avec moi.",
                        "attribution": "Une locataire de Vaulx-en-Velin, membre d'un syndicat de locataires",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La porte qui s'entrouvre",
                        "situation": "<p>Un mardi à 18 h, un binôme du collectif frappe au troisième étage d'une résidence HLM. Depuis l'hiver, le chauffage tombe souvent en panne.</p><p>La personne qui ouvre est méfiante : elle croit d'abord que vous vendez quelque chose ou que vous venez de la part du bailleur.</p>",
                        "roles": [
                            {
                                "name": "Membre du collectif qui parle",
                                "brief": "Vous vous présentez en trente secondes, vous posez des questions ouvertes et vous écoutez. Votre objectif : que la personne raconte ce qu'elle vit et accepte de laisser son numéro.",
                            },
                            {
                                "name": "Membre du collectif qui note",
                                "brief": "Vous remplissez la fiche contact. Vous avez le droit d'intervenir une seule fois, pour poser une question de relance.",
                            },
                            {
                                "name": "Locataire",
                                "brief": "Vous rentrez du travail, vous êtes fatigué·e. Vous avez froid chez vous depuis des semaines, mais vous ne croyez plus aux réunions. Vous vous ouvrez seulement si l'on vous écoute vraiment.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous chronométrez. Vous notez qui parle le plus, les questions posées et le moment où la personne s'ouvre ou se ferme.",
                            },
                        ],
                        "debrief_questions": [
                            "À quel moment la personne a-t-elle commencé à faire confiance, et pourquoi ?",
                            "Qu'est-ce que la fiche contact nous apprend pour la suite ?",
                            "Quel engagement a été proposé, et était-il assez simple pour être accepté ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de partir",
                        "items": [
                            "Chaque binôme a son secteur, ses fiches et deux stylos.",
                            "Tout le monde connaît l'heure et le lieu de retour.",
                            "Les petits papiers d'invitation sont prêts.",
                            "Une personne référente reste joignable par téléphone.",
                            "On sait quoi répondre à « Vous êtes de quel parti ? ».",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "La rencontre individuelle",
            "slug": "rencontre-individuelle",
            "summary": "Un échange prévu à l'avance, en tête-à-tête, d'une trentaine de minutes, pour comprendre ce qui fait agir une personne et lui proposer de s'engager.",
            "objectives": [
                "mener un entretien d'écoute d'une trentaine de minutes sans faire de discours ;",
                "repérer les colères, les intérêts et les ressources de la personne ;",
                "proposer un engagement adapté à ce qu'elle a dit, avec une date ;",
                "partager un peu de leur propre histoire pour créer la confiance.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 18,
            "level": "approfondissement",
            "materials": [
                "Paper-board et feutres",
                "Un carnet ou quelques feuilles par participant·e",
                "La liste des questions de relance, une par groupe",
                "Un minuteur ou un téléphone",
            ],
            "tags": ["rencontre individuelle", "mobilisation", "écoute", "collectif"],
            "related": [
                "porte-a-porte",
                "raconter-son-histoire-en-deux-minutes",
                "reunion-en-pied-d-immeuble",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Une rencontre, ce n'est pas une discussion de palier",
                        "duration": 15,
                        "body": "<p>Demandez aux participant·es la différence entre une discussion dans l'escalier et une rencontre individuelle. Complétez leurs réponses : la rencontre est prévue à l'avance, elle dure environ trente minutes, elle se passe en tête-à-tête et elle a un but.</p><p>Ce but est de comprendre ce qui compte pour la personne, pas de la convaincre. Écrivez au tableau la règle : la personne parle 70 % du temps, vous 30 %.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Les trois choses à chercher",
                        "duration": 20,
                        "body": "<p>Dessinez trois colonnes. <strong>Les colères</strong> : ce qui révolte la personne (« ça fait deux ans que j'attends une réparation »). <strong>Les intérêts</strong> : ce qu'elle veut pour elle et ses proches.</p><p><strong>Les ressources</strong> : ce qu'elle sait faire, qui elle connaît, le temps dont elle dispose. Demandez au groupe une question possible pour chaque colonne et notez-les.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Les questions qui ouvrent",
                        "duration": 15,
                        "body": "<p>Comparez une question fermée (« Vous avez des problèmes de chauffage ? ») et une question ouverte (« Comment se passe l'hiver chez vous ? »).</p><p>Ajoutez les questions qui creusent : « Pourquoi c'est important pour vous ? », « Depuis quand ? », « Qu'est-ce que vous avez déjà essayé ? ».</p><p>Distribuez la liste de relances. Rappelez qu'un silence n'est pas un échec : laissez le temps de réfléchir.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Terminer par une proposition",
                        "duration": 10,
                        "body": "<p>Une rencontre se termine toujours par une proposition concrète, liée à ce que la personne a dit. Par exemple : venir à la réunion de jeudi, recueillir les témoignages de son étage, accompagner quelqu'un au prochain porte-à-porte.</p><p>Si la personne dit non, demandez ce qui lui conviendrait mieux. Fixez une date et notez-la devant elle.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'entraîner par trois",
                        "duration": 45,
                        "body": "<p>Formez des groupes de trois et lancez la mise en situation ci-dessous. Chaque rencontre dure douze minutes, suivies de trois minutes de retour de l'observateur·rice.</p><p>Faites tourner les rôles trois fois pour que chacun·e mène une rencontre. Passez d'un groupe à l'autre sans intervenir pendant les rencontres.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Retour en grand groupe",
                        "duration": 15,
                        "body": "<p>Demandez : « Qu'avez-vous appris sur l'autre que vous ne saviez pas ? » Relevez les propositions qui ont marché et celles qui sont tombées à plat.</p><p>Pour finir, chaque participant·e écrit le prénom de deux personnes avec qui organiser une vraie rencontre dans les quinze jours.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Parlez aussi un peu de vous. Dire en deux phrases pourquoi vous êtes engagé·e (« moi, c'est quand mon fils a fait des crises d'asthme à cause de l'humidité ») met la personne en confiance. Ensuite, revenez vite à elle.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Ne transformez pas la rencontre en permanence sociale. Si la personne arrive avec un dossier personnel urgent, orientez-la vers la bonne structure, puis rappelez que le collectif sert à régler ensemble ce qui touche beaucoup de monde.</p><p>Et ne notez jamais d'informations sensibles (santé, papiers, dettes) sans son accord clair.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Pendant notre première rencontre, je n'ai presque rien dit. C'est justement pour ça que ma voisine est revenue : elle m'a dit que personne ne lui avait posé autant de questions sur sa vie depuis des années.",
                        "attribution": "Un membre d'un collectif d'habitant·es à Grenoble",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Le café après le travail",
                        "situation": "<p>Dans un entrepôt de logistique, une salariée propose un café à un collègue après leur journée. Depuis quelques mois, les plannings changent au dernier moment et plusieurs collègues ont perdu des heures.</p><p>Elle voudrait savoir s'il viendrait à une première réunion entre salarié·es, mais elle ne sait pas encore ce qui compte pour lui.</p>",
                        "roles": [
                            {
                                "name": "Organisatrice",
                                "brief": "Vous menez la rencontre. Vous écoutez, vous creusez avec des « pourquoi » et vous terminez par une proposition précise avec une date.",
                            },
                            {
                                "name": "Collègue",
                                "brief": "Vous avez deux enfants et vous tenez à vos horaires pour aller les chercher à l'école. Vous avez peur de vous faire remarquer par le chef d'équipe. Vous parlez volontiers de vos enfants et de votre ancien métier de cuisinier.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous notez le partage du temps de parole, les colères et les intérêts entendus, et la proposition finale.",
                            },
                        ],
                        "debrief_questions": [
                            "Quelles colères et quels intérêts avez-vous entendus ?",
                            "La proposition finale collait-elle à ce que le collègue avait dit ?",
                            "Qu'est-ce qui aurait pu le rassurer sur sa peur d'être repéré ?",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "La réunion en pied d'immeuble",
            "slug": "reunion-en-pied-d-immeuble",
            "summary": "Réunir les habitant·es en bas de leur immeuble pour transformer des plaintes isolées en une première décision collective, puis relancer chacun·e dans les 48 heures.",
            "objectives": [
                "organiser une réunion de trente à quarante-cinq minutes dehors, là où les gens passent ;",
                "faire parler les habitant·es et dégager un ou deux problèmes communs ;",
                "obtenir une décision simple et des volontaires ;",
                "relancer toutes les personnes présentes dans les 48 heures et tenir la liste de contacts à jour.",
            ],
            "duration": 120,
            "group_min": 5,
            "group_max": 40,
            "level": "decouverte",
            "materials": [
                "Affiches A3 et ruban adhésif",
                "Petits papiers d'invitation pour les boîtes aux lettres",
                "Une grande feuille et des feutres, à fixer au mur ou sur un carton",
                "Une feuille de présence (prénom, porte, téléphone)",
                "Une table pliante, du café ou du thé si possible",
                "Un mégaphone si l'endroit est bruyant",
            ],
            "tags": ["réunion", "logement", "mobilisation", "collectif", "relance"],
            "related": ["porte-a-porte", "preparer-un-ordre-du-jour", "preparer-une-action"],
            "body": [
                (
                    "step",
                    {
                        "title": "Choisir le lieu et l'heure",
                        "duration": 15,
                        "body": "<p>Cette étape se fait en petit groupe, une semaine avant. Choisissez un endroit où tout le monde passe : devant l'entrée, près des boîtes aux lettres, au pied de l'ascenseur en panne.</p><p>Prévoyez un abri en cas de pluie. Fixez une heure de fin de journée et une durée courte, quarante-cinq minutes au plus.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Inviter largement",
                        "duration": 20,
                        "body": "<p>Collez des affiches dans le hall et glissez un petit papier dans chaque boîte aux lettres. Le texte tient en trois lignes : le problème, la date, l'heure.</p><p>Par exemple : « Ascenseur en panne depuis trois semaines ? On en parle ensemble jeudi à 18 h 30, devant l'entrée du bâtiment B. » Le jour même, refaites un rapide tour des portes pour rappeler le rendez-vous.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer un déroulé en trois temps",
                        "duration": 15,
                        "body": "<p>Écrivez sur une feuille le déroulé que vous allez suivre. Premier temps : chacun·e dit ce qu'il ou elle vit. Deuxième temps : on repère ce qui revient le plus.</p><p>Troisième temps : on décide d'une première action simple et on prend les noms des volontaires. Répartissez les rôles : une personne anime, une note sur la grande feuille, une fait signer la feuille de présence.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Accueillir et lancer",
                        "duration": 10,
                        "body": "<p>Commencez à l'heure, même s'il n'y a que cinq personnes : les gens descendent quand ils voient que ça a commencé.</p><p>Présentez-vous en une phrase et rappelez pourquoi vous êtes là. Annoncez l'heure de fin. Faites circuler la feuille de présence dès le début, pour ne pas l'oublier.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Faire parler et décider",
                        "duration": 30,
                        "body": "<p>Posez une question simple : « Qu'est-ce qui ne va pas dans l'immeuble en ce moment ? » Notez chaque problème sur la grande feuille, avec les mots des habitant·es. Quand un problème revient plusieurs fois, entourez-le.</p><p>Proposez ensuite une action à la portée de tout le monde : une lettre signée par tout le bâtiment, un recensement des pannes, une visite groupée à l'agence. Demandez qui s'en occupe et pour quand.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Relancer dans les 48 heures",
                        "duration": 30,
                        "body": "<p>Ce temps se fait dans les deux jours qui suivent. Appelez ou passez voir chaque personne présente. Remerciez-la, rappelez la décision prise et la date de la prochaine étape.</p><p>Mettez à jour la liste de contacts avec une colonne simple : présent·e, intéressé·e, volontaire, à relancer.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Amenez du café, du thé ou des gâteaux. Une table avec des boissons chaudes attire plus qu'un long discours, et les enfants font souvent venir les parents.</p><p>Si l'immeuble compte des habitant·es qui parlent peu le français, demandez à un·e voisin·e de traduire à voix basse.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Une réunion sans suite abîme la confiance plus qu'une absence de réunion. Si personne ne rappelle les habitant·es dans les deux jours, ils et elles concluront que « c'est encore du blabla ». Désignez les personnes chargées des relances avant même de commencer la réunion.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "On a fait la réunion sous le porche parce qu'il pleuvait. Vingt-deux personnes sont descendues. Le lendemain soir, on avait rappelé tout le monde, et en une semaine la lettre pour l'ascenseur était signée par tout le bâtiment.",
                        "attribution": "Un locataire de Villeurbanne, membre d'une amicale de locataires",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Le voisin qui prend toute la place",
                        "situation": "<p>Une quinzaine d'habitant·es sont réuni·es devant le bâtiment B. L'ascenseur est en panne depuis trois semaines et plusieurs personnes âgées ne sortent plus.</p><p>Un voisin très en colère monopolise la parole et s'en prend au gardien. Une mère de famille, avec une poussette, écoute sans oser parler.</p>",
                        "roles": [
                            {
                                "name": "Animateur·rice",
                                "brief": "Vous devez laisser la colère s'exprimer sans qu'elle prenne toute la place, faire parler d'autres personnes et arriver à une décision en quinze minutes.",
                            },
                            {
                                "name": "Voisin en colère",
                                "brief": "Vous avez raison sur le fond et vous le dites fort. Vous accusez le gardien, vous coupez la parole. Vous vous calmez si l'on reconnaît votre colère et qu'on vous confie une tâche.",
                            },
                            {
                                "name": "Voisine avec une poussette",
                                "brief": "Vous montez cinq étages avec votre bébé et vos courses. Vous avez une idée concrète mais vous ne parlez que si l'on s'adresse directement à vous.",
                            },
                            {
                                "name": "Personne qui note",
                                "brief": "Vous écrivez les problèmes sur la grande feuille et vous aidez l'animateur·rice à reformuler.",
                            },
                        ],
                        "debrief_questions": [
                            "Comment la colère du voisin a-t-elle été accueillie sans être rejetée ?",
                            "La voisine à la poussette a-t-elle pu parler ? Qu'est-ce qui l'a aidée ?",
                            "Quelle décision concrète est sortie de la réunion, et qui s'en occupe ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Relance dans les 48 heures",
                        "items": [
                            "Chaque personne présente a été appelée ou vue.",
                            "La décision prise lui a été rappelée.",
                            "Elle connaît la date de la prochaine étape.",
                            "On lui a demandé d'en parler à un·e voisin·e.",
                            "La liste de contacts est à jour et partagée avec l'équipe.",
                        ],
                    },
                ),
            ],
        },
    ],
}
