BRICK = {
    "number": 4,
    "title": "Construire des revendications",
    "slug": "construire-des-revendications",
    "summary": "Passer d'un problème vécu à des demandes précises, gagnables et portées par les personnes concernées.",
    "objectives": [
        "Distinguer un problème trop vaste d'un enjeu sur lequel on peut agir.",
        "Écrire une revendication claire, adressée à quelqu'un qui peut dire oui.",
        "Choisir ensemble les revendications à porter en premier.",
        "Vérifier que les personnes concernées se reconnaissent dans les revendications.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Découper un problème",
            "slug": "decouper-un-probleme",
            "summary": "Transformer un problème trop vaste, comme « nos logements sont indignes », en un enjeu concret, gagnable, ressenti par beaucoup et qui a un décideur clair.",
            "objectives": [
                "faire la différence entre un problème et un enjeu ;",
                "utiliser quatre critères pour juger un enjeu : concret, gagnable, ressenti par beaucoup, avec un décideur clair ;",
                "découper un grand problème en plusieurs enjeux possibles ;",
                "choisir un premier enjeu qui peut donner une victoire rapide.",
            ],
            "duration": 120,
            "group_min": 5,
            "group_max": 20,
            "level": "decouverte",
            "materials": [
                "Des grandes feuilles et des feutres",
                "Des post-it",
                "La grille des quatre critères, imprimée en grand",
                "Des gommettes de couleur (trois par participant·e)",
            ],
            "tags": ["revendications", "stratégie", "logement", "débutant·es"],
            "related": [
                "ecrire-une-revendication",
                "construire-un-questionnaire",
                "la-carte-du-pouvoir",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Lister les problèmes",
                        "duration": 15,
                        "body": "<p>Demandez : « Qu'est-ce qui vous met en colère dans votre immeuble, votre quartier ou votre travail ? » Chaque participant·e écrit une idée par post-it, puis les colle au mur.</p><p>Regroupez les post-it qui parlent de la même chose. Ne jugez rien à ce stade : toutes les colères ont leur place.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Problème ou enjeu ?",
                        "duration": 15,
                        "body": "<p>Expliquez la différence. Un <strong>problème</strong> est vaste et personne ne peut le régler d'un coup : « le logement », « la précarité ».</p><p>Un <strong>enjeu</strong> est un morceau précis du problème, sur lequel quelqu'un peut décider : « le chauffage du bâtiment B tombe en panne chaque hiver ». Prenez deux ou trois post-it du mur et demandez au groupe : problème ou enjeu ?</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Découper en morceaux",
                        "duration": 25,
                        "body": "<p>Dessinez un arbre. Au tronc, écrivez un grand problème choisi par le groupe, par exemple « nos logements sont indignes ». Sur les branches, notez ses morceaux : humidité, chauffage, cafards, charges trop élevées.</p><p>Sur les brindilles, descendez encore : « le bailleur n'a pas traité les cafards dans les caves depuis un an ». Continuez jusqu'à obtenir des enjeux qu'on peut raconter en une phrase.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Passer les enjeux au crible",
                        "duration": 30,
                        "body": "<p>Affichez la grille des quatre critères :</p><ul><li><strong>concret</strong> : on voit tout de suite de quoi on parle ;</li><li><strong>gagnable</strong> : on peut obtenir quelque chose dans les mois qui viennent ;</li><li><strong>ressenti par beaucoup</strong> : ça touche de nombreuses personnes, et elles sont prêtes à bouger ;</li><li><strong>un décideur clair</strong> : on sait qui peut dire oui.</li></ul><p>Par petits groupes, passez chaque enjeu dans la grille, avec un oui ou un non par critère.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir un premier enjeu",
                        "duration": 20,
                        "body": "<p>Affichez les enjeux qui ont obtenu quatre oui. Chacun·e reçoit trois gommettes et les colle sur les enjeux qui lui semblent les plus importants.</p><p>Discutez du résultat : le premier enjeu choisi doit permettre une victoire assez rapide pour donner confiance au groupe. Les autres ne sont pas abandonnés, ils attendent leur tour.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Prévoir la vérification",
                        "duration": 15,
                        "body": "<p>L'enjeu choisi dans la salle doit encore être vérifié auprès des personnes qui n'étaient pas là. Décidez comment : une enquête courte, un porte-à-porte, une réunion en pied d'immeuble. Notez qui s'en occupe et pour quand.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Commencez petit pour gagner vite. Une première victoire, même modeste (une porte d'entrée réparée, un planning affiché à l'avance), montre que l'action collective marche. Elle donne envie à d'autres de rejoindre le groupe pour les combats plus longs.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Deux pièges reviennent souvent. Le premier : choisir l'enjeu qui intéresse les personnes qui animent, pas celui qui touche les habitant·es. Le second : garder un enjeu sans décideur, comme « que la société change de regard sur nous ».</p><p>Personne ne peut dire oui à cette demande, donc personne ne peut vous la refuser non plus, et rien ne bouge.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "On voulait « des logements dignes ». Personne ne savait par où commencer. En découpant, on a vu que la porte d'entrée cassée énervait tout le monde. On l'a obtenue en un mois. Après ça, les voisin·es nous ont pris au sérieux.",
                        "attribution": "Une habitante d'un quartier de Grenoble, membre d'un collectif",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Trop gros ou trop petit ?",
                        "situation": "<p>Un groupe de parents du quartier se réunit parce que l'école primaire est en mauvais état. L'animatrice doit aider le groupe à passer de « l'école est délabrée » à un premier enjeu qui passe les quatre critères, en vingt minutes.</p>",
                        "roles": [
                            {
                                "name": "Animatrice",
                                "brief": "Vous posez des questions pour découper le problème. Vous utilisez la grille des quatre critères. Vous ne choisissez pas à la place du groupe.",
                            },
                            {
                                "name": "Parent qui voit grand",
                                "brief": "Pour vous, le vrai problème, c'est l'Éducation nationale tout entière. Tout le reste vous paraît trop petit.",
                            },
                            {
                                "name": "Parent qui voit très petit",
                                "brief": "Vous ne parlez que de la fuite d'eau dans la classe de votre fille. Vous ne savez pas si d'autres parents sont concernés.",
                            },
                            {
                                "name": "Parent discrète",
                                "brief": "Vous savez que les toilettes des enfants sont fermées à clé la moitié de la journée, faute d'entretien. Beaucoup d'enfants se retiennent. Vous le dites seulement si l'on vous interroge.",
                            },
                        ],
                        "debrief_questions": [
                            "Quel enjeu le groupe a-t-il retenu, et passe-t-il vraiment les quatre critères ?",
                            "Comment l'animatrice a-t-elle fait redescendre le parent qui voit grand, et monter celui qui voit petit ?",
                            "Qui est le décideur de l'enjeu retenu : l'école, la mairie, quelqu'un d'autre ?",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Écrire une revendication",
            "slug": "ecrire-une-revendication",
            "summary": "Formuler une demande précise (quoi, qui décide, pour quand) à laquelle un décideur peut répondre par oui ou par non.",
            "objectives": [
                "reconnaître une revendication floue et la rendre précise ;",
                "adresser la revendication à la personne ou à l'institution qui peut décider ;",
                "ajouter une échéance et un moyen de vérifier que c'est fait ;",
                "préparer une position de repli sans renoncer à l'essentiel.",
            ],
            "duration": 95,
            "group_min": 4,
            "group_max": 20,
            "level": "approfondissement",
            "materials": [
                "Une série de revendications floues, imprimées en gros",
                "La grille des quatre questions (quoi, qui, pour quand, comment vérifier)",
                "Des grandes feuilles et des feutres",
                "Un carton « Directeur·rice » pour la mise en situation",
            ],
            "tags": ["revendications", "négociation", "logement", "collectif"],
            "related": [
                "decouper-un-probleme",
                "prioriser-les-revendications",
                "preparer-une-delegation",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Le test du oui ou non",
                        "duration": 10,
                        "body": "<p>Lisez à voix haute : « Nous voulons du respect. » Demandez : « Si le bailleur répond oui, que se passe-t-il lundi matin ? » Rien de visible.</p><p>Lisez ensuite : « Nous demandons que le bailleur remplace la chaudière collective du bâtiment B avant le 1er novembre. » Là, on peut répondre oui ou non, et on peut vérifier. C'est ça, une revendication.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "La grille des quatre questions",
                        "duration": 15,
                        "body": "<p>Présentez les quatre questions à se poser :</p><ul><li><strong>Quoi exactement ?</strong> Une action précise, avec un verbe : réparer, payer, afficher, recevoir.</li><li><strong>Qui décide ?</strong> Le nom de l'institution ou du poste, pas « les autorités ».</li><li><strong>Pour quand ?</strong> Une date ou un délai.</li><li><strong>Comment saura-t-on que c'est fait ?</strong> Un signe que tout le monde peut constater.</li></ul>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Réécrire des revendications floues",
                        "duration": 20,
                        "body": "<p>Distribuez une revendication floue par petit groupe. Par exemple : « Plus de sécurité dans le quartier », « Que la mairie s'occupe de nous », « Arrêter les abus de la direction », « Payer les aides à domicile correctement ».</p><p>Chaque groupe la réécrit avec la grille des quatre questions. Pour la dernière, on peut arriver à : « Nous demandons que l'employeur paie les temps de trajet entre deux domiciles, dès la paie de mars. »</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Partager et corriger",
                        "duration": 15,
                        "body": "<p>Chaque groupe lit sa version. Les autres appliquent le test du oui ou non et la grille. Corrigez ensemble.</p><p>Vérifiez aussi que le décideur nommé a vraiment le pouvoir de dire oui : un gardien ne peut pas décider de travaux, un ministère ne répare pas un ascenseur.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Prévoir un repli",
                        "duration": 15,
                        "body": "<p>Demandez : « Si le décideur ne peut pas tout accorder, qu'est-ce qu'on accepte, et qu'est-ce qu'on refuse ? » Par exemple, accepter un calendrier écrit des travaux, mais refuser une simple promesse orale.</p><p>Écrivez la position de repli à côté de la revendication. Elle est décidée en groupe, avant la rencontre, jamais sur place par une seule personne.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Tester face à un faux décideur",
                        "duration": 20,
                        "body": "<p>Lancez la mise en situation décrite plus bas. La personne qui joue le décideur essaie d'échapper à la question. Le groupe observe si la revendication est assez précise pour obtenir un vrai oui ou un vrai non. Terminez par les trois questions de débrief.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Une revendication tient en une phrase, avec un seul verbe d'action. Commencez par « Nous demandons que… ». Si vous avez besoin de trois phrases pour l'expliquer, c'est sans doute qu'il y a deux ou trois revendications mélangées : séparez-les.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Ne confondez pas la revendication et le moyen de l'obtenir. « Faire une pétition » ou « être reçu·es par le maire » ne sont pas des revendications : ce sont des étapes.</p><p>Autre piège : viser le mauvais niveau. Demander à un bailleur de changer la loi, c'est lui offrir une excuse toute trouvée pour ne rien faire.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Madame la directrice d'agence",
                        "situation": "<p>Une petite délégation de locataires a obtenu dix minutes avec la directrice de l'agence du bailleur. Elle lit sa revendication, telle que le groupe l'a réécrite. La directrice est aimable mais ne veut s'engager sur rien.</p>",
                        "roles": [
                            {
                                "name": "Porte-parole",
                                "brief": "Vous lisez la revendication et vous demandez une réponse claire : oui, non, ou une date à laquelle vous l'aurez.",
                            },
                            {
                                "name": "Membre qui note",
                                "brief": "Vous notez mot pour mot ce que répond la directrice. À la fin, vous relisez ce qu'elle a promis et vous lui demandez de confirmer.",
                            },
                            {
                                "name": "Directrice d'agence",
                                "brief": "Vous répondez « nous allons étudier la question », « c'est compliqué », « ce n'est pas que de notre ressort ». Vous donnez une réponse précise seulement si la demande l'est aussi.",
                            },
                        ],
                        "debrief_questions": [
                            "La revendication était-elle assez précise pour obtenir un oui ou un non ?",
                            "Quelles phrases de la directrice ont servi à éviter de répondre ?",
                            "Qu'a obtenu la délégation par écrit, et que faut-il changer dans la revendication ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Une revendication solide",
                        "items": [
                            "Elle tient en une phrase, avec un verbe d'action.",
                            "Elle nomme le décideur qui peut dire oui.",
                            "Elle a une date ou un délai.",
                            "On saura facilement si elle est obtenue.",
                            "La position de repli est décidée en groupe.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Prioriser les revendications ensemble",
            "slug": "prioriser-les-revendications",
            "summary": "Choisir avec les personnes concernées les deux ou trois revendications à porter en premier, puis vérifier qu'elles s'y reconnaissent avant de les présenter au décideur.",
            "objectives": [
                "animer un choix collectif sans que les plus bavard·es décident seul·es ;",
                "utiliser des critères partagés : urgence, nombre de personnes touchées, chances de gagner ;",
                "vérifier les revendications auprès des personnes qui n'étaient pas à la réunion ;",
                "garder une trace des revendications mises de côté pour plus tard.",
            ],
            "duration": 120,
            "group_min": 8,
            "group_max": 40,
            "level": "approfondissement",
            "materials": [
                "Les revendications écrites en gros, une par feuille",
                "Des gommettes (trois par participant·e)",
                "Le tableau des critères sur une grande feuille",
                "Une fiche de vérification pour le porte-à-porte",
                "Une grande feuille « Pour plus tard »",
                "Si besoin, des personnes pour traduire",
            ],
            "tags": ["revendications", "décision", "collectif", "logement"],
            "related": [
                "ecrire-une-revendication",
                "prendre-une-decision-ensemble",
                "cartographier-ses-allies",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Afficher toutes les revendications",
                        "duration": 15,
                        "body": "<p>Collez au mur toutes les revendications écrites lors des réunions précédentes, une par feuille. Les participant·es font le tour de la salle en silence et lisent tout.</p><p>Une personne se tient près du mur pour lire à voix haute ou traduire pour celles et ceux qui en ont besoin. Répondez aux questions de compréhension, sans débattre encore.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'accorder sur les critères",
                        "duration": 15,
                        "body": "<p>Proposez trois critères et écrivez-les au tableau. <strong>L'urgence</strong> : est-ce que ça met en danger la santé ou la sécurité ? <strong>Le nombre</strong> : combien de personnes sont touchées ?</p><p><strong>Les chances de gagner</strong> : peut-on l'obtenir dans les mois qui viennent ? Demandez au groupe s'il veut en ajouter un, par exemple « ça fait venir de nouvelles personnes ».</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Voter avec des gommettes",
                        "duration": 20,
                        "body": "<p>Chacun·e reçoit trois gommettes, avec au maximum deux sur la même revendication. Tout le monde colle en même temps, pour que personne ne suive les autres. Comptez à voix haute. Entourez les trois revendications qui arrivent en tête.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Discuter du résultat",
                        "duration": 25,
                        "body": "<p>Demandez : « Ce résultat vous semble-t-il juste ? Quelque chose vous gêne ? » Donnez la parole en premier aux personnes qui vivent la situation la plus dure.</p><p>Vérifiez les trois revendications avec les critères. Le groupe peut fusionner deux revendications proches ou en remonter une qui est urgente. Décidez au consentement de la liste finale : deux ou trois revendications, pas plus.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Mettre de côté sans oublier",
                        "duration": 10,
                        "body": "<p>Recopiez les autres revendications sur la feuille « Pour plus tard ». Expliquez qu'elles ne sont pas abandonnées : une première victoire donnera la force de les porter ensuite. Conservez cette feuille avec les archives du collectif et relisez-la au bilan de la campagne.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la vérification",
                        "duration": 35,
                        "body": "<p>Les revendications choisies dans la salle doivent être vérifiées auprès des personnes qui n'étaient pas là. Écrivez ensemble une fiche courte : « Voici ce que nous allons demander. Est-ce que cela changerait quelque chose pour vous ? Qu'est-ce qui manque ? »</p><p>Jouez la mise en situation ci-dessous pour vous y entraîner. Répartissez enfin les portes, fixez une date limite et le nombre de réponses à recueillir avant de valider.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Invitez à cette réunion les personnes rencontrées pendant l'enquête et le porte-à-porte, pas seulement les membres habituels. Plus les personnes concernées participent au choix, plus elles viendront défendre les revendications devant le décideur.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Le vote aux gommettes n'est pas la vérité. Il mesure l'avis des personnes présentes ce soir-là, souvent les plus disponibles et les plus à l'aise. Sans vérification auprès des autres, vous risquez de porter les revendications du noyau actif au lieu de celles du quartier.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Au vote, le chauffage est arrivé en tête. Mais en refaisant le tour des portes, on a compris que les familles du rez-de-chaussée vivaient avec des rats. On a ajouté cette revendication. Ces familles sont devenues le cœur du collectif.",
                        "attribution": "Un membre d'un syndicat de locataires de Lyon",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La voisine qui ne se reconnaît pas",
                        "situation": "<p>Un membre du collectif fait le tour des portes pour vérifier les deux revendications retenues : réparer le chauffage collectif et revoir les charges.</p><p>Une voisine écoute et répond que ce n'est pas son problème : son fils se déplace en fauteuil et ne peut plus sortir quand l'ascenseur est en panne, c'est-à-dire souvent.</p>",
                        "roles": [
                            {
                                "name": "Membre du collectif",
                                "brief": "Vous présentez les revendications, vous écoutez la réaction et vous cherchez comment faire remonter l'avis de la voisine au collectif, sans rien promettre à sa place.",
                            },
                            {
                                "name": "Voisine",
                                "brief": "Vous êtes lasse et un peu en colère : on ne vous a jamais demandé votre avis. Vous êtes prête à venir à la prochaine réunion si vous sentez que votre problème sera vraiment discuté.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous notez ce que le membre du collectif a entendu, ce qu'il a proposé et ce que la voisine a accepté.",
                            },
                        ],
                        "debrief_questions": [
                            "La voisine s'est-elle sentie écoutée ? À quoi l'avez-vous vu ?",
                            "Comment son problème peut-il remonter au collectif, et qui décide de la suite ?",
                            "Que dit cette rencontre sur la liste de revendications choisie en réunion ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de porter les revendications au décideur",
                        "items": [
                            "Deux ou trois revendications au maximum sont retenues.",
                            "Elles ont été vérifiées auprès de personnes absentes de la réunion.",
                            "Les personnes les plus touchées ont donné leur avis.",
                            "Les revendications mises de côté sont notées « Pour plus tard ».",
                            "Chaque revendication passe le test du oui ou non.",
                        ],
                    },
                ),
            ],
        },
    ],
}
