"""Brique 9 : Prendre la parole en public (contenu de démonstration)."""

BRICK = {
    "number": 9,
    "title": "Prendre la parole en public",
    "slug": "prendre-la-parole-en-public",
    "summary": (
        "Apprendre à dire en public ce que vous vivez et ce que vous demandez, avec vos propres mots, "
        "devant des voisin·es, la presse ou un décideur."
    ),
    "objectives": [
        "Raconter une histoire personnelle qui appuie une revendication collective.",
        "Préparer une intervention courte devant la presse, une caméra ou un décideur.",
        "Apprivoiser le trac et s'entraîner dans un cadre de confiance.",
        "Écrire ensemble une prise de parole courte et se répartir les rôles.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Raconter son histoire en deux minutes",
            "slug": "raconter-son-histoire-en-deux-minutes",
            "summary": (
                "Construire et dire un témoignage court en trois temps (ce que je vis, ce que je ressens, "
                "ce que nous demandons) pour donner un visage à une revendication."
            ),
            "objectives": [
                "Construire un témoignage en trois temps : la situation, le ressenti, la demande.",
                "Passer du « je » au « nous » pour relier une histoire personnelle à un combat collectif.",
                "Dire leur témoignage en deux minutes, debout, devant un petit groupe.",
                "Faire un retour bienveillant et utile à quelqu'un qui vient de parler.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 12,
            "level": "decouverte",
            "materials": [
                "Un chronomètre ou un téléphone",
                "Des feuilles, des stylos et quelques petites fiches cartonnées",
                "Un paperboard avec les trois temps écrits en grand : situation, ressenti, demande",
                "Un exemple de témoignage préparé à l'avance par l'animateur·rice",
            ],
            "tags": ["prise de parole", "témoignage", "débutant·es", "logement"],
            "related": [
                "parler-devant-un-decideur",
                "parler-aux-medias",
                "preparer-une-delegation",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Accueillir et poser les règles de confiance",
                        "duration": 10,
                        "body": (
                            "<p>Installez les chaises en cercle. Posez deux règles : ce qui se dit ici reste ici, "
                            "et chacun·e a le droit de passer son tour. Précisez que personne ne racontera ce qu'il ne veut pas dire.</p>"
                            "<p>Faites un tour rapide : son prénom, et une occasion où l'on a déjà parlé devant d'autres, "
                            "même à un repas de famille.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écouter un exemple",
                        "duration": 10,
                        "body": (
                            "<p>Racontez votre exemple en deux minutes, puis montrez au tableau les trois temps. Par exemple :</p>"
                            "<ul><li><strong>Situation</strong> : « J'habite au quatrième avec mes deux enfants. Depuis l'hiver dernier, "
                            "il y a de la moisissure dans leur chambre. Mon fils tousse toutes les nuits. »</li>"
                            "<li><strong>Ressenti</strong> : « J'ai honte quand le médecin me demande si j'aère. Et je suis en colère, "
                            "parce que j'ai écrit trois fois au bailleur. »</li>"
                            "<li><strong>Demande</strong> : « Nous sommes quarante familles dans ce cas. Nous demandons que le bailleur "
                            "traite l'humidité de tout le bâtiment avant l'hiver. »</li></ul>"
                            "<p>Demandez au groupe quel moment l'a touché, et pourquoi.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer son témoignage",
                        "duration": 20,
                        "body": (
                            "<p>Chacun·e prépare son témoignage seul·e, en trois colonnes, avec seulement des mots-clés. "
                            "Conseillez de choisir un seul moment précis et un détail concret : une date, une odeur, une phrase entendue.</p>"
                            "<p>Les personnes qui n'aiment pas écrire travaillent en binôme, à l'oral : l'une raconte, l'autre note les mots-clés. "
                            "Passez dans les rangs pour aider à trouver la demande finale.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répéter en binôme",
                        "duration": 20,
                        "body": (
                            "<p>En binôme, une personne raconte pendant que l'autre chronomètre. "
                            "Celle qui écoute dit une chose qui a bien marché et une chose à préciser. "
                            "On inverse les rôles. Puis chacun·e recommence une deuxième fois en visant deux minutes, pas plus.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Dire son témoignage devant le groupe",
                        "duration": 45,
                        "body": (
                            "<p>Chaque personne se lève et parle deux minutes. Le groupe applaudit à la fin, toujours. "
                            "Puis deux personnes disent en une phrase « ce que j'ai retenu » et « ce qui m'a touché·e ».</p>"
                            "<p>Vérifiez à chaque fois que la demande a été dite clairement. "
                            "Si quelqu'un se bloque, proposez-lui de reprendre depuis la dernière phrase, sans commentaire.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Clore la séance",
                        "duration": 15,
                        "body": (
                            "<p>Faites un dernier tour : où chacun·e pourrait-il utiliser son témoignage dans le mois qui vient ? "
                            "En réunion en pied d'immeuble, devant la presse, au conseil de quartier ? "
                            "Proposez à chacun·e de recopier ses mots-clés sur une petite fiche à garder sur soi.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Le trac est normal, même chez les personnes qui parlent souvent. Quelques gestes aident : "
                            "poser les deux pieds bien à plat, respirer lentement par le ventre trois fois avant de commencer, "
                            "regarder une personne bienveillante dans le public. Gardez vos mots-clés sur une fiche.</p>"
                            "<p>Et rappelez-vous : personne ne connaît mieux que vous ce que vous vivez.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne poussez jamais quelqu'un à raconter en public une souffrance qu'il n'a pas envie de partager, "
                            "surtout devant la presse. Un témoignage appartient à la personne qui le porte.</p>"
                            "<p>Autre piège : le témoignage qui s'arrête sur l'émotion. Sans demande à la fin, "
                            "le public est touché mais ne sait pas quoi faire.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Témoigner en réunion publique",
                        "situation": (
                            "<p>Une réunion publique a lieu dans la salle de quartier sur les coupures d'eau chaude à répétition. "
                            "Il y a une cinquantaine d'habitant·es, un élu de la ville et un représentant du bailleur au premier rang.</p>"
                            "<p>Une locataire a deux minutes pour témoigner, juste avant que le syndicat présente ses demandes. "
                            "Au bout de trente secondes, le représentant du bailleur l'interrompt.</p>"
                        ),
                        "roles": [
                            {
                                "name": "Locataire qui témoigne",
                                "brief": "Vous avez préparé vos trois temps. Quand on vous interrompt, vous dites calmement "
                                "« Je termine, merci », et vous reprenez là où vous en étiez.",
                            },
                            {
                                "name": "Animateur de la réunion",
                                "brief": "Vous protégez le temps de parole de la locataire. Vous annoncez les deux minutes "
                                "et vous rappelez que les questions viendront après.",
                            },
                            {
                                "name": "Représentant du bailleur",
                                "brief": "Vous coupez la parole : « Madame, ce n'est pas tout à fait exact, l'entreprise est intervenue. » "
                                "Vous insistez une deuxième fois si personne ne vous arrête.",
                            },
                            {
                                "name": "Habitant·es dans la salle",
                                "brief": "Vous réagissez selon ce que vous ressentez : applaudissements, murmures, silence.",
                            },
                        ],
                        "debrief_questions": [
                            "Qu'est-ce qui a aidé la locataire à garder le fil après l'interruption ?",
                            "La demande finale était-elle claire pour toute la salle ?",
                            "Comment l'animateur aurait-il pu mieux protéger la parole de la locataire ?",
                        ],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "La première fois, j'ai tremblé du début à la fin. Mais j'ai dit la phrase sur ma fille qui fait "
                            "ses devoirs avec son manteau. Après la réunion, trois voisines sont venues me voir : "
                            "elles vivaient la même chose."
                        ),
                        "attribution": "Une locataire, membre d'un syndicat de locataires",
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Parler à la presse et face caméra",
            "slug": "parler-aux-medias",
            "summary": (
                "Préparer trois messages clés et s'entraîner à répondre à un·e journaliste, au téléphone ou devant "
                "une caméra, sans se laisser entraîner hors de son sujet."
            ),
            "objectives": [
                "Préparer trois messages clés courts et une phrase à retenir.",
                "Répondre à une question difficile puis revenir à leur message.",
                "Se filmer avec un téléphone et améliorer leur posture, leur voix et leur regard.",
            ],
            "duration": 150,
            "group_min": 6,
            "group_max": 12,
            "level": "approfondissement",
            "materials": [
                "Deux ou trois téléphones qui filment, et un petit trépied si possible",
                "Un paperboard et des feutres",
                "Des fiches cartonnées",
                "Un article de presse locale sur une action d'habitant·es",
                "La liste des questions difficiles (voir l'étape 3)",
            ],
            "tags": ["prise de parole", "médias", "campagne"],
            "related": [
                "raconter-son-histoire-en-deux-minutes",
                "preparer-une-action",
                "ecrire-une-lettre-ouverte",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Comprendre ce que cherche un·e journaliste",
                        "duration": 15,
                        "body": (
                            "<p>Lisez l'article ensemble. Demandez : qui parle ? Combien de lignes fait chaque citation ? "
                            "Montrez qu'un·e journaliste ne gardera qu'une ou deux phrases, souvent dix à quinze secondes en vidéo.</p>"
                            "<p>Il ou elle cherche un fait nouveau, une personne qui vit le problème, un chiffre et une image. "
                            "Un·e journaliste n'est ni un ennemi ni un allié : il ou elle fait son travail.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire trois messages clés",
                        "duration": 25,
                        "body": (
                            "<p>Par groupes de trois, écrivez trois fiches : le problème avec un chiffre ; un exemple vécu ; "
                            "la revendication et le nom de celui qui peut dire oui.</p>"
                            "<p>Ajoutez une phrase à retenir de moins de quinze mots, par exemple : "
                            "« Nos enfants dorment dans l'humidité : le bailleur doit agir avant l'hiver. » "
                            "Lisez les phrases à voix haute et raccourcissez-les ensemble.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'entraîner aux questions difficiles",
                        "duration": 30,
                        "body": (
                            "<p>Jouez le ou la journaliste et posez des questions pièges : « Vous n'exagérez pas un peu ? », "
                            "« Le bailleur dit que les travaux sont prévus, qu'en pensez-vous ? », « Vous faites de la politique ? », "
                            "« Vous êtes combien, en vrai ? ».</p><p>Apprenez la technique du pont : répondre en une phrase, "
                            "puis revenir à son message avec « Ce qui compte, c'est que… ». Chaque participant·e essaie deux questions.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Passer devant la caméra",
                        "duration": 45,
                        "body": (
                            "<p>Par groupes de quatre, jouez la mise en situation et filmez chaque interview de quarante secondes. "
                            "Donnez trois repères : regarder le ou la journaliste et non la caméra, se tenir debout les épaules détendues, "
                            "choisir un lieu qui parle, comme le pied de l'immeuble concerné. "
                            "Tout le monde passe au moins une fois.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Regarder et corriger",
                        "duration": 25,
                        "body": (
                            "<p>Regardez les vidéos ensemble, avec bienveillance. Commencez toujours par ce qui marche. "
                            "Puis proposez une seule amélioration par personne : parler plus lentement, finir par la demande, "
                            "enlever un mot compliqué. S'il reste du temps, refaites une prise.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Organiser la relation avec la presse",
                        "duration": 10,
                        "body": (
                            "<p>Décidez qui sont les porte-parole, c'est-à-dire les personnes qui parlent au nom du groupe. "
                            "Décidez aussi qui répond aux appels des journalistes. Donnez toujours le numéro d'une personne concernée. "
                            "Notez les contacts des journalistes rencontré·es dans un fichier commun.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Avant l'interview, vous pouvez demander au ou à la journaliste quelles questions seront posées "
                            "et quelle sera la durée du sujet. Pendant un enregistrement, vous avez le droit de dire : "
                            "« Je préfère recommencer ma réponse. » Gardez toujours dans votre poche la fiche avec vos trois messages.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne répondez pas sur un sujet que vous ne connaissez pas, ni au nom d'une structure qui ne vous a pas "
                            "chargé·e de parler pour elle. Dites simplement : « Ce n'est pas à moi de répondre, je peux vous mettre en contact. »</p>"
                            "<p>Méfiez-vous aussi de la discussion « pour vous, entre nous » : tout ce que vous dites à un·e journaliste "
                            "peut être publié, même après que le micro est coupé.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Interview au pied du siège du bailleur",
                        "situation": (
                            "<p>Le syndicat de locataires organise un rassemblement devant le siège du bailleur "
                            "pour exiger la réparation du chauffage. Une journaliste de la radio locale arrive avec son micro.</p>"
                            "<p>Elle a cinq minutes et veut une réaction de quarante secondes. Elle vient d'appeler le bailleur, "
                            "qui lui a dit que « tout sera réglé dans quinze jours ».</p>"
                        ),
                        "roles": [
                            {
                                "name": "Porte-parole du syndicat",
                                "brief": "Vous avez vos trois messages et votre phrase à retenir. "
                                "Vous répondez à la déclaration du bailleur, puis vous revenez à votre demande.",
                            },
                            {
                                "name": "Journaliste",
                                "brief": "Vous êtes pressée et vous voulez du concret. Vous citez la réponse du bailleur "
                                "et vous demandez : « Alors, pourquoi manifester ? »",
                            },
                            {
                                "name": "Caméraman",
                                "brief": "Vous filmez avec le téléphone et vous arrêtez l'interview au bout de quarante secondes.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous cochez sur une fiche chacun des trois messages au moment où il est dit.",
                            },
                        ],
                        "debrief_questions": [
                            "Combien de messages clés ont vraiment été dits en quarante secondes ?",
                            "Comment la porte-parole a-t-elle répondu à la déclaration du bailleur, et qu'est-ce qui l'a aidée à revenir à son message ?",
                            "Quelle phrase aurait pu passer telle quelle au journal du soir ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant une interview",
                        "items": [
                            "Je sais au nom de qui je parle.",
                            "J'ai mes trois messages et ma phrase à retenir sur une fiche.",
                            "J'ai un chiffre et un exemple vécu.",
                            "Je connais la réponse probable du décideur.",
                            "Une personne du groupe m'accompagne et note ce qui a été dit.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Prendre la parole devant un décideur",
            "slug": "parler-devant-un-decideur",
            "summary": (
                "Écrire ensemble une intervention courte et la porter avec calme devant un·e élu·e, un bailleur "
                "ou une direction, pour obtenir une réponse précise."
            ),
            "objectives": [
                "Écrire à plusieurs une intervention de trois minutes qui se termine par une question fermée.",
                "Exprimer un sentiment d'injustice avec force, mais sans agressivité.",
                "Garder leur calme et leur fermeté face à un décideur qui esquive.",
                "Se répartir la parole au sein d'une délégation.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 15,
            "level": "approfondissement",
            "materials": [
                "Un paperboard et des feutres",
                "La revendication du groupe écrite en grand",
                "Des fiches cartonnées",
                "Un chronomètre",
                "Une table et des chaises pour reconstituer un bureau ou une salle de conseil",
            ],
            "tags": ["prise de parole", "négociation", "élu·es", "quartier"],
            "related": [
                "preparer-une-delegation",
                "raconter-son-histoire-en-deux-minutes",
                "la-carte-du-pouvoir",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Connaître son interlocuteur",
                        "duration": 15,
                        "body": (
                            "<p>Posez trois questions au groupe : qui est le décideur ? Que peut-il décider seul ? "
                            "Que va-t-il probablement répondre ?</p><p>Listez au tableau les esquives habituelles : "
                            "« Ce n'est pas de ma compétence », « Le budget est déjà voté », « Nous étudions la question », "
                            "« Vous êtes bien les seuls à vous plaindre ». Pour chacune, cherchez ensemble une réponse courte.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire l'intervention ensemble",
                        "duration": 30,
                        "body": (
                            "<p>L'intervention dure trois minutes en tout et suit quatre parties :</p>"
                            "<ol><li>qui nous sommes et combien nous sommes (30 secondes) ;</li>"
                            "<li>un témoignage court (1 minute) ;</li>"
                            "<li>les faits et la revendication (1 minute) ;</li>"
                            "<li>une question fermée (30 secondes), par exemple : « Vous engagez-vous aujourd'hui à réparer l'éclairage "
                            "avant le 1er novembre ? Oui ou non ? »</li></ol>"
                            "<p>L'animateur·rice tient le feutre et le groupe dicte. Phrases courtes, mots de tous les jours.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répartir la parole",
                        "duration": 10,
                        "body": (
                            "<p>Décidez qui ouvre, qui témoigne, qui présente les faits, qui pose la question et qui prend des notes. "
                            "Donnez la priorité aux personnes concernées, y compris celles qui parlent peu d'habitude. "
                            "Convenez d'un signe discret pour ramener le groupe au plan si la discussion dérape.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Travailler le ton",
                        "duration": 20,
                        "body": (
                            "<p>Faites dire la même phrase de trois façons : timide, agressive, puis ferme et calme. "
                            "Le groupe choisit celle qui porte le plus. Expliquez que la colère est légitime et qu'on peut la dire : "
                            "voix posée, faits précis, regard dans les yeux.</p>"
                            "<p>Entraînez aussi le silence : après la question, on se tait et on attend la réponse.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Jouer la mise en situation",
                        "duration": 35,
                        "body": (
                            "<p>Installez la table comme dans la vraie salle. Jouez la scène une première fois, "
                            "débriefez avec les trois questions, puis rejouez-la en changeant les rôles. "
                            "Le reste du groupe observe avec une consigne précise : noter mot pour mot la réponse du décideur.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la suite",
                        "duration": 10,
                        "body": (
                            "<p>Fixez la date de la vraie intervention et une répétition la veille. "
                            "Décidez comment vous rendrez compte de la réponse aux habitant·es qui ne seront pas là : "
                            "affiche dans le hall, message, réunion en pied d'immeuble.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Posez votre question fermée, puis taisez-vous. Le silence est difficile à tenir, "
                            "mais c'est au décideur de le rompre. S'il répond à côté, reposez exactement la même question, calmement : "
                            "« Je comprends. Mais ma question était : oui ou non ? »</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne vous laissez pas entraîner dans un débat technique sur le terrain du décideur : "
                            "règlements, budget, procédures. Vous n'êtes pas là pour faire son travail, mais pour obtenir un engagement.</p>"
                            "<p>Évitez aussi de parler tous en même temps ou de vous contredire devant lui : "
                            "les désaccords se règlent avant et après, entre vous.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Trois minutes au conseil de quartier",
                        "situation": (
                            "<p>Au conseil de quartier, les habitant·es ont obtenu trois minutes de parole. "
                            "Depuis six mois, l'éclairage du passage entre l'école et la cité est en panne.</p>"
                            "<p>Des parents et des salarié·es qui rentrent tard s'y sentent en danger. "
                            "L'adjointe au maire est présente. Elle sourit, puis répond : "
                            "« Nous étudions la question dans le cadre de notre plan éclairage. »</p>"
                        ),
                        "roles": [
                            {
                                "name": "Habitante porte-parole",
                                "brief": "Vous ouvrez l'intervention et vous posez la question fermée. "
                                "Si l'adjointe esquive, vous reposez la même question, calmement.",
                            },
                            {
                                "name": "Habitant qui témoigne",
                                "brief": "Vous travaillez de nuit et vous traversez le passage à cinq heures du matin. "
                                "Vous avez une minute pour raconter.",
                            },
                            {
                                "name": "Adjointe au maire",
                                "brief": "Vous êtes aimable, vous remerciez pour l'engagement des habitant·es et vous évitez de donner une date. "
                                "Vous cédez seulement si la question est répétée avec calme et que la salle semble soutenir la délégation.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous chronométrez et vous notez mot pour mot ce que l'adjointe promet.",
                            },
                        ],
                        "debrief_questions": [
                            "La question fermée a-t-elle été posée, et a-t-elle obtenu un oui, un non ou une esquive ?",
                            "À quel moment la délégation a-t-elle été la plus forte ? Et la plus fragile ?",
                            "Que direz-vous aux habitant·es absent·es pour leur rendre compte de la réponse ?",
                        ],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "Je m'étais répété la question vingt fois. J'ai demandé : « Oui ou non ? » et j'ai attendu. "
                            "Ce silence a duré une éternité. Puis elle a donné une date, devant tout le monde."
                        ),
                        "attribution": "Un membre d'un collectif d'habitant·es",
                    },
                ),
            ],
        },
    ],
}
