"""Brique 6 : Conduire une action non-violente (contenu de démonstration)."""

BRICK = {
    "number": 6,
    "title": "Conduire une action non-violente",
    "slug": "conduire-une-action-non-violente",
    "summary": "Cette brique apprend à préparer, mener et débriefer une action collective non-violente qui fait pression sur une cible tout en protégeant les participant·es.",
    "objectives": [
        "Préparer une action avec un objectif, une cible, un message et des rôles clairs.",
        "Inventer des actions créatives, sur place ou en ligne, qui donnent envie de participer.",
        "Connaître les repères juridiques et les règles de sécurité d'une action.",
        "Débriefer une action, émotions comprises, pour décider de la suite.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Préparer une action",
            "slug": "preparer-une-action",
            "summary": "Préparer en une réunion une action non-violente : son objectif, sa cible, son message, les rôles de chacun·e et les règles de sécurité.",
            "objectives": [
                "formuler l'objectif d'une action et la réaction attendue de la cible",
                "répartir les rôles clés : porte-parole, liaison police, médias, sécurité et bienveillance",
                "vérifier les repères juridiques et de sécurité avant de se lancer",
                "écrire un déroulé minute par minute",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 25,
            "level": "decouverte",
            "materials": [
                "Une grande feuille avec la grille : objectif, cible, message, rôles, déroulé",
                "Des badges ou brassards de couleur pour les rôles",
                "Les numéros utiles : personne référente de l'organisation, juriste ou avocat·e allié·e",
                "Le formulaire de déclaration de manifestation de votre mairie ou préfecture",
                "Du carton et des feutres pour les pancartes",
            ],
            "tags": ["action", "non-violence", "collectif", "débutant·es"],
            "related": [
                "construire-un-calendrier-de-campagne",
                "debriefer-une-action",
                "inventer-une-action-creative",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Fixer l'objectif",
                        "duration": 15,
                        "body": "<p>Une action sert à obtenir quelque chose de précis de la cible, maintenant. Écrivez en une phrase : « À la fin de l'action, nous voulons que… ».</p><p>Par exemple : « que le directeur de l'agence nous donne une date de rendez-vous pour notre délégation ». Si quelqu'un propose « se faire entendre », demandez : entendre par qui, et pour obtenir quoi ?</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir le lieu, le moment et la forme",
                        "duration": 20,
                        "body": "<p>Où la cible sera-t-elle, et où votre présence la gênera-t-elle le plus ? Devant l'agence un jour d'ouverture, à l'entrée du conseil municipal, dans le hall du siège.</p><p>Vérifiez que la forme correspond à l'étape prévue dans votre calendrier de campagne. Vérifiez aussi que tout le monde peut venir : accès en fauteuil, horaire compatible avec la sortie d'école, traduction pour les personnes qui parlent peu français.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire le message",
                        "duration": 15,
                        "body": "<p>Écrivez un slogan court et une phrase de revendication que tout le monde peut répéter. Préparez deux ou trois pancartes lisibles de loin.</p><p>La ou le porte-parole prépare un témoignage de deux minutes : la situation, ce qu'elle fait vivre, ce que vous demandez. Imprimez la lettre à remettre à la cible.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répartir les rôles",
                        "duration": 25,
                        "body": "<p>Attribuez au minimum ces rôles, chacun avec une personne remplaçante :</p><ul><li><strong>Porte-parole</strong> (une ou deux personnes) : les seules à parler à la cible et à la presse.</li><li><strong>Liaison police</strong> : elle dialogue calmement avec les forces de l'ordre et ne décide rien sans le groupe.</li><li><strong>Médias</strong> : photos, vidéos, réseaux sociaux, accueil des journalistes.</li><li><strong>Sécurité et bienveillance</strong> : veiller au calme, aux personnes fatiguées ou inquiètes, désamorcer les provocations.</li></ul><p>Chaque personne explique son rôle à voix haute devant le groupe. Les badges de couleur permettent à tout le monde de savoir qui fait quoi.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Vérifier le cadre juridique et la sécurité",
                        "duration": 20,
                        "body": "<p>Un rassemblement sur la voie publique se déclare en général à la mairie ou à la préfecture, entre quinze jours et trois jours francs avant.</p><p>Avant toute action dans un lieu privé, comme le hall d'un bailleur, demandez l'avis d'une personne compétente (juriste, association de défense des droits). Rappelez les règles : on ne casse rien, on n'insulte personne, on part ensemble quand le groupe le décide.</p><p>Les personnes pour qui un contrôle d'identité serait risqué doivent pouvoir choisir un rôle à l'écart, sans avoir à se justifier. Chacun·e garde sur soi le point de rendez-vous et le numéro de la personne référente.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire le déroulé et répéter",
                        "duration": 25,
                        "body": "<p>Écrivez le déroulé minute par minute : arrivée, installation, prise de parole, remise de la lettre, départ. Prévoyez trois scénarios : la cible refuse de sortir, elle accepte de recevoir deux personnes, la police demande de partir.</p><p>Jouez la scène une fois (voir la mise en situation). Terminez en fixant l'heure et le lieu du débriefing.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Annoncez une action courte et tenez l'horaire. Trente à quarante-cinq minutes suffisent souvent. Les participant·es reviendront plus volontiers s'ils savent à quelle heure cela se termine.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Ne laissez pas tout le monde parler à la cible ou à la police.</strong></p><p>Plusieurs voix qui se contredisent affaiblissent le groupe, et une phrase lancée sous le coup de la colère peut devenir le titre du journal. Seules les personnes porte-parole s'expriment au nom du groupe.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p>Cette fiche donne des repères, pas un conseil juridique. Les règles changent selon le lieu (voie publique, bâtiment public, propriété privée) et selon la situation des personnes. En cas de doute, demandez conseil avant l'action, pas après.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La directrice ne descend pas",
                        "situation": "<p>Vingt locataires sont rassemblé·es devant l'agence de leur bailleur pour obtenir un rendez-vous au sujet des moisissures. L'accueil annonce que la directrice est « en réunion ».</p><p>Un policier s'approche et demande qui est responsable. Au même moment, une locataire commence à crier sur l'agent d'accueil.</p>",
                        "roles": [
                            {
                                "name": "Porte-parole",
                                "brief": "Vous êtes la seule personne à parler à l'agence. Vous demandez calmement une date de rendez-vous écrite. Vous ne partez pas sans réponse, sauf si le groupe le décide.",
                            },
                            {
                                "name": "Liaison police",
                                "brief": "Vous allez au-devant du policier, vous vous présentez, vous expliquez que l'action est pacifique et déclarée, et vous donnez l'heure de fin. Vous ne prenez aucun engagement sans consulter le groupe.",
                            },
                            {
                                "name": "Sécurité et bienveillance",
                                "brief": "Vous rejoignez la locataire en colère, vous l'écoutez, et vous l'aidez à s'éloigner un moment, sans l'humilier.",
                            },
                            {
                                "name": "Agent·e d'accueil",
                                "brief": "Vous n'avez aucun pouvoir de décision. Vous êtes mal à l'aise et vous répétez que la directrice n'est pas disponible.",
                            },
                        ],
                        "debrief_questions": [
                            "Chaque personne a-t-elle tenu son rôle, ou certaines ont-elles débordé sur le rôle des autres ?",
                            "Comment la colère de la locataire a-t-elle été accueillie ? Qu'est-ce qui a aidé à garder le calme ?",
                            "L'objectif de l'action (obtenir une date) est-il atteint ? Sinon, que faut-il ajouter au déroulé ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "La veille de l'action",
                        "items": [
                            "La déclaration est faite, si elle est nécessaire, et le récépissé est imprimé.",
                            "Chaque rôle a une personne titulaire et une remplaçante.",
                            "La lettre à remettre à la cible est imprimée en deux exemplaires.",
                            "Les pancartes sont prêtes.",
                            "Les journalistes ont reçu l'invitation avec l'heure et le lieu.",
                            "Tout le monde connaît le point de rendez-vous et le numéro de la personne référente.",
                            "L'heure et le lieu du débriefing sont fixés.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Inventer une action créative",
            "slug": "inventer-une-action-creative",
            "summary": "Trouver en groupe une action visuelle, drôle ou chantée, sur place ou en ligne, qui rend le problème impossible à ignorer et donne envie de venir.",
            "objectives": [
                "expliquer pourquoi une action créative attire l'attention et rassure les participant·es",
                "transformer un problème en une image forte, comprise en quelques secondes",
                "préparer une cyber-action simple vers une cible (courriels, appels, publications)",
                "vérifier qu'une idée reste respectueuse, légale et accessible à tous et toutes",
            ],
            "duration": 90,
            "group_min": 6,
            "group_max": 20,
            "level": "decouverte",
            "materials": [
                "Des photos d'actions créatives, imprimées ou projetées",
                "Des feuilles et des feutres",
                "Du matériel de récupération : cartons, tissus, vieux objets",
                "Un téléphone pour filmer les essais",
                "Pour la cyber-action : l'adresse électronique, les comptes de réseaux sociaux et le numéro de standard de la cible",
            ],
            "tags": ["action", "créativité", "cyber-action", "collectif"],
            "related": [
                "preparer-une-action",
                "debriefer-une-action",
                "raconter-son-histoire-en-deux-minutes",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Montrer des exemples",
                        "duration": 10,
                        "body": "<p>Présentez trois ou quatre exemples d'actions créatives. Des locataires qui offrent au bailleur un « cadeau » : un morceau de papier peint moisi sous cloche. Des habitant·es qui organisent la fausse inauguration d'un ascenseur en panne depuis six mois, avec ruban et discours.</p><p>Des salariées qui chantent leur revendication sur un air connu devant le siège. Demandez au groupe : « Qu'est-ce qui marche dans ces actions ? »</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Trouver l'image",
                        "duration": 20,
                        "body": "<p>Demandez : « Si notre problème était une image, ce serait quoi ? » Chaque personne dessine ou écrit une idée sur une feuille.</p><p>Par exemple, une fuite d'eau qui dure devient une « piscine » dans le salon, avec bouées et serviettes. Un dossier perdu trois fois par l'administration devient un « concours du dossier le plus perdu ». Affichez toutes les feuilles au mur.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir et améliorer l'idée",
                        "duration": 20,
                        "body": "<p>Chaque participant·e met un point sur les deux idées qu'il ou elle préfère.</p><p>Gardez celle qui a le plus de points et passez-la au filtre : un passant la comprend-il en cinq secondes, fait-elle rire ou réagir sans humilier personne, peut-on y participer en fauteuil, avec des enfants, sans bien parler français ?</p><p>Améliorez l'idée jusqu'à pouvoir répondre oui aux trois questions.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la version en ligne",
                        "duration": 20,
                        "body": "<p>Une cyber-action permet aux personnes qui ne peuvent pas se déplacer de participer. Choisissez une forme simple : des courriels vers la cible, des appels au standard à une heure fixée, ou des publications avec la photo de l'action et le même mot-clé (hashtag).</p><p>Écrivez ensemble un message type court et poli, qui rappelle la revendication et la date de réponse attendue. Fixez un créneau d'une heure pour que tout arrive en même temps.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Essayer pour de vrai",
                        "duration": 20,
                        "body": "<p>Faites une répétition dans la salle : installez l'image, lancez le slogan ou la chanson, filmez trente secondes. Regardez la vidéo ensemble : comprend-on le message sans explication ?</p><p>Ajustez ce qui doit l'être. Reportez ensuite l'idée dans la grille de préparation de l'action, avec les rôles et le cadre juridique.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>L'humour désarme. Une cible qui refuse de réparer un ascenseur « inauguré » par les habitant·es a l'air ridicule, et elle aura du mal à vous traiter d'agressifs. En plus, les participant·es ont moins peur quand ils s'amusent.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Attention à l'humour qui blesse.</strong> Moquez une décision ou une situation, jamais le physique, l'origine, la religion ou le handicap d'une personne, même de la cible. Une blague ratée peut faire oublier votre revendication et diviser votre groupe.</p><p>En ligne aussi, restez polis : pas d'insultes, pas de menaces, et pas de volume de messages qui bloquerait un service. Cela se retournerait contre vous, parfois jusque devant la justice.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Nous avons fêté les deux cents jours de panne de l'ascenseur avec un gâteau et des bougies devant la mairie de quartier. Les gens s'arrêtaient pour prendre des photos. Deux semaines plus tard, le technicien était là.",
                        "attribution": "Un membre d'un syndicat de citoyen·nes en situation de handicap",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La fausse inauguration",
                        "situation": "<p>Le collectif d'un quartier prépare l'« inauguration » d'une aire de jeux promise depuis trois ans. Sur place, il n'y a toujours qu'un terrain vague.</p><p>Le groupe répète la scène prévue samedi devant le terrain, avec un faux ruban, des ciseaux géants et un faux discours.</p>",
                        "roles": [
                            {
                                "name": "Maître·sse de cérémonie",
                                "brief": "Vous animez la fausse inauguration avec sérieux et humour. Vous terminez en lisant la revendication en une phrase.",
                            },
                            {
                                "name": "Habitante qui trouve l'idée ridicule",
                                "brief": "Vous avez peur qu'on ne vous prenne pas au sérieux. Vous proposez plutôt une pétition.",
                            },
                            {
                                "name": "Passant·e",
                                "brief": "Vous passez par hasard. Vous dites à voix haute ce que vous comprenez de la scène, sans qu'on vous l'explique.",
                            },
                            {
                                "name": "Personne chargée des médias",
                                "brief": "Vous filmez et vous prenez des photos. À la fin, vous dites quelle image vous publieriez, et avec quel texte.",
                            },
                        ],
                        "debrief_questions": [
                            "Le passant ou la passante a-t-il compris la revendication sans explication ? Sinon, que faut-il changer ?",
                            "Comment répondre à la crainte de ne pas être pris au sérieux ?",
                            "L'image choisie pour la publication montre-t-elle bien la cible et la demande ?",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Débriefer une action",
            "slug": "debriefer-une-action",
            "summary": "Faire le point juste après une action, en commençant par les émotions, pour comprendre la réaction de la cible et décider de la suite.",
            "objectives": [
                "expliquer le cycle action, réaction, débriefing",
                "accueillir les émotions de chacun·e après une action",
                "analyser la réaction de la cible et ce qu'elle révèle",
                "décider ensemble de la prochaine étape de la campagne",
            ],
            "duration": 60,
            "group_min": 4,
            "group_max": 25,
            "level": "decouverte",
            "materials": [
                "Un lieu calme, proche du lieu de l'action : local, café, salle de la maison de quartier",
                "Une grande feuille en trois colonnes : « ce qui a marché », « ce qui est à améliorer », « ce que la cible a fait ou dit »",
                "Des feutres",
                "De quoi boire et manger",
                "Les notes prises pendant l'action par la ou le porte-parole et la personne de liaison police",
            ],
            "tags": ["action", "évaluation", "émotions", "collectif"],
            "related": [
                "preparer-une-action",
                "construire-un-calendrier-de-campagne",
                "inventer-une-action-creative",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Se retrouver tout de suite",
                        "duration": 5,
                        "body": "<p>Faites le débriefing le jour même, si possible dans l'heure qui suit l'action. Après, les gens se dispersent et les souvenirs changent. Installez le groupe en cercle, servez à boire, et annoncez la durée : une heure au maximum.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Faire le tour des émotions",
                        "duration": 15,
                        "body": "<p>Chaque personne dit en un mot ou une phrase comment elle se sent : fière, fatiguée, en colère, déçue, soulagée. Personne ne commente ni ne contredit.</p><p>Si quelqu'un a été choqué (bousculade, insulte, contrôle de police), la personne chargée de la bienveillance lui propose de parler à part après le tour. L'organisation prend aussi de ses nouvelles les jours suivants.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Raconter les faits",
                        "duration": 10,
                        "body": "<p>Reconstituez ensemble ce qui s'est passé, dans l'ordre : combien vous étiez, qui a parlé, ce que la cible a dit ou fait.</p><p>La ou le porte-parole et la personne de liaison police racontent leur part. Notez les paroles exactes de la cible, surtout les promesses, même vagues.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Analyser la réaction de la cible",
                        "duration": 15,
                        "body": "<p>Remplissez les trois colonnes de la grande feuille. Posez surtout la question : « Qu'est-ce que la réaction de la cible nous apprend ? »</p><p>Un refus poli, un rendez-vous proposé, un appel à la mairie, une menace de plainte : chaque réaction dit quelque chose de sa position et de ses points faibles. Comparez avec l'objectif fixé avant l'action : est-il atteint, en partie ou pas du tout ?</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Décider de la suite",
                        "duration": 15,
                        "body": "<p>Choisissez la prochaine étape à partir de cette réaction : préparer le rendez-vous obtenu, relancer par écrit, ou passer à l'action suivante du calendrier.</p><p>Nommez la personne qui s'en occupe et la date. Terminez en remerciant chacun·e. Si une petite victoire a été obtenue, dites-le clairement et fêtez-la tout de suite.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Commencez toujours par les émotions. Une personne qui a eu peur n'écoute pas une analyse stratégique. C'est aussi pendant ce tour que l'on repère quelqu'un qui risque de ne pas revenir, et à qui il faudra téléphoner dans la semaine.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Le débriefing n'est pas un tribunal.</strong> Ne cherchez pas de coupable (« c'est à cause de celui qui devait coller les affiches »).</p><p>Parlez de ce que le groupe a fait et de ce qu'il fera autrement, pas des défauts des personnes. Un groupe qui se sent jugé après chaque action finit par ne plus agir.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Après notre premier rassemblement, j'étais déçue : on était quinze au lieu de cinquante. Au débriefing, quelqu'un a relu ce que la directrice avait dit : « Je vous recevrai avant la fin du mois. » On n'avait même pas remarqué qu'on venait de gagner quelque chose.",
                        "attribution": "Une locataire de Roubaix, membre d'un syndicat de locataires",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Le débriefing en cinq questions",
                        "items": [
                            "Comment est-ce que je me sens ?",
                            "Que s'est-il passé, dans l'ordre ?",
                            "Qu'a fait ou dit la cible ?",
                            "Avons-nous atteint notre objectif ?",
                            "Quelle est la prochaine étape, qui s'en charge, et pour quand ?",
                        ],
                    },
                ),
            ],
        },
    ],
}
