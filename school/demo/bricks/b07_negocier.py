"""Brique 7 : Négocier (contenu de démonstration)."""

BRICK = {
    "number": 7,
    "title": "Négocier",
    "slug": "negocier",
    "summary": "Cette brique prépare un groupe à rencontrer les personnes qui décident, à obtenir des engagements écrits et datés, et à en rendre compte aux membres.",
    "objectives": [
        "Préparer une délégation avec des rôles, des demandes et une position de repli.",
        "Conduire une rencontre avec une personne qui décide sans perdre le fil.",
        "Obtenir des engagements écrits et datés, puis en suivre la mise en œuvre.",
        "Interroger publiquement des candidat·es avant une élection.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Préparer une délégation",
            "slug": "preparer-une-delegation",
            "summary": "Préparer en groupe une rencontre avec une personne qui décide : qui y va, qui parle, ce que l'on demande et jusqu'où l'on accepte de reculer.",
            "objectives": [
                "composer une délégation qui ressemble aux personnes concernées et répartir les rôles",
                "classer les demandes : indispensables, souhaitables, monnaie d'échange",
                "fixer avec le groupe une position de repli avant la rencontre",
                "anticiper les réponses de la personne en face",
            ],
            "duration": 120,
            "group_min": 4,
            "group_max": 15,
            "level": "decouverte",
            "materials": [
                "La liste des revendications validée par le groupe",
                "Une grande feuille pour le tableau à trois colonnes",
                "Les résultats de l'enquête et les témoignages recueillis",
                "Une fiche des rôles à imprimer pour chaque membre de la délégation",
                "Un chronomètre",
            ],
            "tags": ["négociation", "délégation", "revendications", "réunion"],
            "related": [
                "mener-une-rencontre-de-negociation",
                "preparer-un-ordre-du-jour",
                "raconter-son-histoire-en-deux-minutes",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Composer la délégation",
                        "duration": 15,
                        "body": "<p>Une délégation compte en général de trois à sept personnes. Elle doit ressembler aux personnes concernées : des locataires de plusieurs bâtiments, des femmes et des hommes, plusieurs âges, et au moins une personne qui vit le problème directement.</p><p>Évitez d'envoyer uniquement les membres les plus à l'aise à l'oral. Si la personne en face refuse une délégation nombreuse, décidez ensemble si vous l'acceptez.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répartir les rôles",
                        "duration": 20,
                        "body": "<p>Désignez au minimum :</p><ul><li>une personne qui <strong>conduit</strong> la rencontre : elle présente le groupe et l'ordre du jour ;</li><li>une ou deux personnes qui <strong>témoignent</strong> ;</li><li>une personne qui présente les <strong>chiffres</strong> de l'enquête ;</li><li>une personne qui <strong>prend des notes</strong> mot à mot ;</li><li>une personne qui <strong>garde le temps</strong> et rappelle les demandes si la discussion s'égare.</li></ul><p>Règle d'or : on ne parle que si la personne qui conduit vous donne la parole.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Classer les demandes",
                        "duration": 25,
                        "body": "<p>Reprenez les revendications et classez-les en trois colonnes. <strong>Indispensable</strong> : ce sans quoi vous ne sortez pas satisfait·es, par exemple une date de début des travaux.</p><p><strong>Souhaitable</strong> : ce que vous voulez, mais qui peut attendre, comme une baisse de loyer pendant les travaux. <strong>Monnaie d'échange</strong> : ce que vous pouvez lâcher pour obtenir l'indispensable. C'est le groupe entier qui valide ce tableau, pas seulement la délégation.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Fixer la position de repli",
                        "duration": 20,
                        "body": "<p>Posez deux questions au groupe : « Si la personne dit non à tout, que faisons-nous ? » et « Si elle accepte seulement une partie, à partir de quand disons-nous oui ? »</p><p>Notez les réponses. La délégation ne peut pas accepter moins que ce repli sans revenir vers le groupe. Elle peut toujours répondre : « Nous devons consulter nos membres. »</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Anticiper les réponses",
                        "duration": 20,
                        "body": "<p>Listez les réponses probables : « Ce n'est pas de notre ressort », « Il n'y a pas de budget », « Nous allons étudier la question », « Vous n'êtes pas représentatifs ». Pour chacune, préparez une réponse courte.</p><p>Par exemple : « Qui est responsable, alors ? Pouvez-vous nous obtenir un rendez-vous avec cette personne avant le 15 ? » Pour « vous n'êtes pas représentatifs », ayez en main le nombre de foyers rencontrés pendant l'enquête.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répéter la rencontre",
                        "duration": 20,
                        "body": "<p>Jouez la rencontre une fois, avec une personne du groupe dans le rôle de la personne qui décide (voir la mise en situation).</p><p>Chronométrez : une vraie rencontre dure souvent de trente minutes à une heure, et la personne en face parle beaucoup. Corrigez ce qui a coincé. Fixez enfin l'heure du rendez-vous avant la rencontre et celle du compte rendu au groupe.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Arrivez ensemble, un quart d'heure avant, et faites un dernier point dehors : qui ouvre, quelles sont les trois demandes indispensables, quelle est la position de repli. Cinq minutes de rappel évitent beaucoup d'improvisation.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Piège classique :</strong> la personne en face s'adresse au membre qui semble le plus conciliant, ou propose de « régler votre cas personnel ».</p><p>La délégation parle d'une seule voix et reste sur la demande collective. Une solution individuelle n'est pas une victoire collective, et elle divise souvent le groupe.</p>",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "« Nous allons étudier la question »",
                        "situation": "<p>Une délégation de cinq locataires rencontre le responsable territorial d'un bailleur social au sujet de l'humidité dans une résidence de 40 logements.</p><p>L'enquête du syndicat montre que 28 foyers ont des moisissures. Le responsable est aimable mais évasif. Il propose d'envoyer un technicien « au cas par cas ».</p>",
                        "roles": [
                            {
                                "name": "Responsable du bailleur",
                                "brief": "Vous êtes courtois·e. Vous parlez longuement du budget serré, vous proposez de traiter les situations une par une, et vous évitez de donner une date.",
                            },
                            {
                                "name": "Personne qui conduit la délégation",
                                "brief": "Vous ouvrez la rencontre, vous présentez les trois demandes, et vous ramenez toujours la discussion vers une date et un engagement écrit.",
                            },
                            {
                                "name": "Locataire qui témoigne",
                                "brief": "Vous racontez en deux minutes ce que vivent vos enfants dans une chambre humide. Vous êtes ému·e, mais vous restez calme.",
                            },
                            {
                                "name": "Preneur·se de notes",
                                "brief": "Vous notez mot à mot les promesses. À la fin, vous les relisez à voix haute et vous demandez : « Êtes-vous d'accord pour que nous vous envoyions ce relevé par écrit ? »",
                            },
                        ],
                        "debrief_questions": [
                            "La délégation a-t-elle obtenu une date, ou seulement des promesses vagues ?",
                            "Qu'avez-vous fait quand le responsable a proposé de traiter les cas un par un ?",
                            "Chacun·e est-il resté·e dans son rôle ? Qui a parlé le plus, et était-ce prévu ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de partir en délégation",
                        "items": [
                            "La délégation est composée et chaque rôle est attribué.",
                            "Les trois demandes indispensables sont écrites sur une fiche que chacun·e a en main.",
                            "La position de repli a été décidée par le groupe.",
                            "Les chiffres de l'enquête et deux témoignages sont prêts.",
                            "L'heure du compte rendu au groupe est fixée.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Mener la rencontre et obtenir des engagements écrits",
            "slug": "mener-une-rencontre-de-negociation",
            "summary": "Conduire la rencontre avec une personne qui décide pour en sortir avec des engagements précis, datés et écrits, puis en rendre compte aux membres.",
            "objectives": [
                "conduire une rencontre selon un déroulé simple, de l'ouverture à la relecture des engagements",
                "transformer une promesse vague en engagement précis : qui, quoi, pour quand",
                "rédiger et envoyer un relevé d'engagements après la rencontre",
                "rendre compte aux membres et organiser le suivi",
            ],
            "duration": 105,
            "group_min": 4,
            "group_max": 16,
            "level": "approfondissement",
            "materials": [
                "Le tableau des demandes préparé avec la fiche « Préparer une délégation »",
                "Un modèle de relevé d'engagements (qui, quoi, pour quand)",
                "Des cartons de couleur verte, orange et rouge, un jeu par personne",
                "Un paper-board et des feutres",
                "Un calendrier pour noter les dates promises et les dates de relance",
            ],
            "tags": ["négociation", "délégation", "suivi", "réunion"],
            "related": [
                "preparer-une-delegation",
                "preparer-un-ordre-du-jour",
                "debriefer-une-action",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Présenter le déroulé d'une rencontre",
                        "duration": 15,
                        "body": "<p>Affichez les cinq temps d'une rencontre : ouverture, témoignages et faits, demandes, discussion, relecture des engagements.</p><p>Expliquez que c'est la délégation qui propose ce déroulé, dès la première minute : « Nous avons quarante-cinq minutes. Nous voulons vous présenter notre situation, puis nos trois demandes, et repartir avec vos réponses. »</p><p>La personne qui pose le cadre garde plus facilement la main.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Exercice : vague ou précis ?",
                        "duration": 20,
                        "body": "<p>Lisez des phrases qu'une personne qui décide peut prononcer. Les participant·es lèvent un carton : vert pour un engagement précis, orange pour une phrase floue, rouge pour un refus déguisé.</p><p>Exemples : « Nous allons y réfléchir » (orange), « Je comprends votre colère » (orange), « Ce n'est pas le bon moment » (rouge), « L'entreprise interviendra dans les douze logements avant le 30 avril » (vert).</p><p>Pour chaque carton orange, cherchez ensemble la question qui oblige à préciser : qui, quoi, pour quand ?</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Jouer la rencontre",
                        "duration": 30,
                        "body": "<p>Jouez la mise en situation décrite plus bas, en deux groupes si vous êtes nombreux.</p><p>Les autres observent avec trois questions en tête : la délégation a-t-elle tenu le déroulé, posé ses demandes, obtenu des dates ? Arrêtez au bout de quinze minutes et débriefez avec les trois questions prévues.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Rédiger le relevé d'engagements",
                        "duration": 20,
                        "body": "<p>À partir des notes, rédigez ensemble le relevé : pour chaque demande, la réponse obtenue, la personne responsable et la date.</p><p>Terminez par une phrase comme : « Sans remarque de votre part sous huit jours, nous considérerons ce relevé comme fidèle à notre échange. » Dans la vraie vie, envoyez-le dans les 48 heures, par courriel et si possible par courrier.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Rendre compte et organiser le suivi",
                        "duration": 20,
                        "body": "<p>Préparez le compte rendu aux membres en quatre points : ce qu'on a demandé, ce qu'on a obtenu, ce qui reste à gagner, la prochaine étape. Dites-le en réunion, affichez-le dans les halls, envoyez-le sur le groupe de messagerie, traduit si besoin.</p><p>Notez dans le calendrier les dates promises et la date de relance si rien ne se passe. Une promesse non tenue devient un argument pour la prochaine action.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Avant de quitter la salle, relisez à voix haute les engagements, un par un, avec les dates. La personne en face doit dire « oui » devant toute la délégation. Il est beaucoup plus difficile de revenir ensuite sur une phrase confirmée devant témoins.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>N'annoncez pas une victoire si vous n'avez que des promesses vagues.</strong> Les membres se démobilisent, et le jour où rien ne se passe, c'est la confiance dans l'organisation qui en souffre. Dites honnêtement : « Nous avons obtenu ceci, pas encore cela. »</p><p>Méfiez-vous aussi d'une invitation à une « instance de concertation » sans date ni pouvoir. Demandez toujours qui y décide, quand, et comment le groupe sera informé.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Le directeur nous avait promis les travaux « rapidement ». On lui a demandé : rapidement, c'est avant ou après l'été ? Il a répondu avant le 15 juin. On l'a écrit dans le relevé et on l'a affiché dans le hall. Le 10 juin, les ouvriers étaient là.",
                        "attribution": "Un locataire, membre d'un syndicat de locataires en région parisienne",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "La directrice pressée",
                        "situation": "<p>Quatre salarié·es d'une entreprise d'aide à domicile ont obtenu un rendez-vous avec la directrice régionale. Ils et elles travaillent seul·es chez les personnes âgées et se voient rarement.</p><p>Ils demandent le paiement des trajets entre deux domiciles et des plannings connus une semaine à l'avance. La directrice arrive en retard et annonce qu'elle n'a que vingt minutes.</p>",
                        "roles": [
                            {
                                "name": "Directrice régionale",
                                "brief": "Vous êtes pressée. Vous reconnaissez que les plannings posent problème et vous promettez « d'améliorer les choses », mais vous refusez de parler d'argent aujourd'hui.",
                            },
                            {
                                "name": "Salariée qui conduit la délégation",
                                "brief": "Vous reprenez la main dès le début : vingt minutes suffisent si l'on va à l'essentiel. Vous présentez les deux demandes et vous visez au moins une date.",
                            },
                            {
                                "name": "Salarié qui témoigne",
                                "brief": "Vous racontez votre semaine : cinq domiciles par jour, des trajets non payés, un planning changé la veille au soir.",
                            },
                            {
                                "name": "Preneuse de notes",
                                "brief": "Vous notez chaque engagement et vous le relisez à la fin, avec sa date.",
                            },
                        ],
                        "debrief_questions": [
                            "Comment la délégation a-t-elle réagi au manque de temps ? Cela l'a-t-il aidée ou gênée ?",
                            "Quels engagements précis sont sortis de la rencontre ? Lesquels sont restés flous ?",
                            "Qu'écririez-vous dans le relevé d'engagements envoyé le lendemain ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Le relevé d'engagements contient",
                        "items": [
                            "La date, le lieu et les personnes présentes.",
                            "Chaque demande, avec la réponse obtenue.",
                            "Pour chaque engagement : qui, quoi, pour quand.",
                            "La date du prochain point d'étape.",
                            "La phrase qui laisse huit jours pour corriger le relevé.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Le grand entretien d'embauche des candidat·es",
            "slug": "grand-entretien-d-embauche",
            "summary": "Avant une élection, inviter les candidat·es à « passer un entretien d'embauche » devant les habitant·es et leur faire prendre des engagements publics sur vos revendications.",
            "objectives": [
                "expliquer le principe : les habitant·es embauchent, les candidat·es postulent",
                "écrire des questions fermées, qui appellent un « oui » ou un « non »",
                "organiser une soirée publique équitable entre les candidat·es",
                "suivre après l'élection les engagements pris en public",
            ],
            "duration": 150,
            "group_min": 8,
            "group_max": 30,
            "level": "approfondissement",
            "materials": [
                "La liste des revendications prioritaires de l'organisation",
                "Un modèle de lettre d'invitation aux candidat·es",
                "De grands panneaux « OUI » et « NON »",
                "Un chronomètre bien visible de la salle",
                "Un grand tableau pour noter les réponses de chaque candidat·e",
            ],
            "tags": ["négociation", "élections", "revendications", "collectif"],
            "related": [
                "preparer-une-delegation",
                "mener-une-rencontre-de-negociation",
                "cartographier-ses-allies",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Expliquer le principe",
                        "duration": 15,
                        "body": "<p>Présentez l'idée : avant une élection, les candidat·es cherchent un emploi, et ce sont les habitant·es qui embauchent. L'organisation les invite donc à un entretien public, devant ses membres, avec les mêmes questions pour tout le monde.</p><p>Le but n'est pas de soutenir un parti. Le but est d'obtenir des engagements publics sur vos revendications, quel que soit le résultat de l'élection.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Choisir les revendications et écrire les questions",
                        "duration": 35,
                        "body": "<p>Retenez trois à cinq revendications, pas plus. Pour chacune, écrivez une question fermée : « Si vous êtes élu·e, vous engagez-vous à réunir le bailleur, la mairie et notre syndicat avant le 31 décembre pour décider d'un plan de rénovation ? »</p><p>Évitez les questions ouvertes comme « Que pensez-vous du logement ? » : elles laissent place aux longs discours. Faites relire les questions par des membres qui n'ont pas participé à leur écriture.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Inviter les candidat·es",
                        "duration": 20,
                        "body": "<p>Rédigez une invitation identique pour toutes les listes invitées : même date, mêmes règles, mêmes questions envoyées à l'avance. C'est l'organisation qui décide, selon ses valeurs, quelles listes elle invite, et elle l'assume publiquement.</p><p>Envoyez l'invitation par écrit, puis relancez par téléphone. Si un·e candidat·e refuse de venir, vous pourrez le dire le soir même, en laissant une chaise vide à son nom.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Organiser la soirée",
                        "duration": 30,
                        "body": "<p>Écrivez le déroulé : accueil, rappel des règles, deux ou trois témoignages d'habitant·es, puis les questions, une par une. Chaque candidat·e a une minute pour répondre, puis dit « oui » ou « non ».</p><p>Une personne chronomètre et coupe poliment. Les réponses sont notées au fur et à mesure sur le grand tableau, visible de toute la salle. Ce sont des membres de l'organisation, pas des personnalités extérieures, qui animent et posent les questions.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Répéter les moments difficiles",
                        "duration": 30,
                        "body": "<p>Jouez la mise en situation ci-dessous. Entraînez l'animatrice à reprendre la parole quand un·e candidat·e déborde, et à reposer la question : « Merci. Est-ce un oui ou un non ? »</p><p>Entraînez aussi la salle : on peut applaudir, on ne siffle personne. Changez les rôles pour que plusieurs membres s'exercent à animer.</p>",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Prévoir le suivi",
                        "duration": 20,
                        "body": "<p>Décidez comment vous rendrez les réponses publiques : affiche, tract, publication, invitation de la presse locale.</p><p>Prévoyez dès maintenant de demander un rendez-vous à la personne élue dans les trois mois qui suivent l'élection, avec le tableau de ses réponses en main. Un engagement pris devant cent cinquante habitant·es est un appui solide pour vos futures négociations.</p>",
                    },
                ),
                (
                    "tip",
                    {
                        "text": "<p>Invitez la presse locale et filmez la soirée, en l'annonçant dès l'invitation. Les réponses enregistrées vous seront très utiles quand vous reviendrez voir la personne élue, un ou deux ans plus tard.</p>",
                    },
                ),
                (
                    "warning",
                    {
                        "text": "<p><strong>Restez non partisan·es.</strong> Si l'organisation semble rouler pour une liste, les autres refuseront de venir, et une partie de vos membres se sentira trahie. Traitez tous les candidat·es invité·es de la même façon : même temps de parole, mêmes questions, même accueil.</p><p>Pendant une campagne électorale, des règles encadrent aussi la communication et le prêt des salles : renseignez-vous auprès de la mairie avant de réserver.</p>",
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": "Le candidat a parlé trois minutes de son amour pour le quartier. L'animatrice a simplement demandé : est-ce un oui ou un non ? Toute la salle a attendu. Il a dit oui. Deux ans plus tard, c'est cette phrase filmée que nous lui avons rappelée en rendez-vous.",
                        "attribution": "Une habitante d'un quartier populaire de Lyon, membre d'une association de locataires",
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "« Est-ce un oui ou un non ? »",
                        "situation": "<p>Soirée publique avant les élections municipales, dans la salle d'une maison de quartier. Soixante habitant·es sont présent·es, deux candidat·es sont venu·es. La question porte sur la réouverture du centre de santé du quartier, fermé l'an dernier.</p>",
                        "roles": [
                            {
                                "name": "Animatrice",
                                "brief": "Vous lisez la question, vous donnez une minute à chaque candidat·e, puis vous demandez « oui ou non ? ». Vous restez souriante et ferme.",
                            },
                            {
                                "name": "Candidat bavard",
                                "brief": "Vous n'aimez pas les questions fermées. Vous parlez de votre bilan et de la complexité du dossier, et vous ne voulez pas dire non devant la salle.",
                            },
                            {
                                "name": "Candidate prudente",
                                "brief": "Vous êtes plutôt d'accord, mais vous ne voulez pas promettre de date. Vous proposez de lancer « une étude ».",
                            },
                            {
                                "name": "Habitante dans la salle",
                                "brief": "Vous faites quarante minutes de bus pour voir un médecin. Si l'animatrice vous donne la parole, vous témoignez en une minute.",
                            },
                        ],
                        "debrief_questions": [
                            "L'animatrice a-t-elle obtenu une réponse claire de chaque candidat·e ? Qu'est-ce qui l'a aidée ?",
                            "Comment noter au tableau une réponse comme « je propose une étude » : oui, non, ou autre chose ?",
                            "Le témoignage de l'habitante a-t-il changé l'attitude des candidat·es ou de la salle ?",
                        ],
                    },
                ),
            ],
        },
    ],
}
