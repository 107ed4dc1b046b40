"""Brique 10 : Faire vivre l'organisation (contenu de démonstration)."""

BRICK = {
    "number": 10,
    "title": "Faire vivre l'organisation",
    "slug": "faire-vivre-l-organisation",
    "summary": (
        "Faire durer votre organisation au-delà d'une campagne : accueillir, faire adhérer, "
        "partager les responsabilités, évaluer et fêter ce qui a été gagné."
    ),
    "objectives": [
        "Accueillir les nouvelles personnes et leur donner envie de rester.",
        "Expliquer pourquoi les cotisations garantissent l'indépendance de l'organisation.",
        "Repérer de nouveaux leaders et partager les tâches pour ne pas reposer sur quelques personnes.",
        "Évaluer une campagne et célébrer les victoires, même petites.",
    ],
    "sheets": [
        # ------------------------------------------------------------------
        {
            "title": "Accueillir les nouveaux et faire adhérer",
            "slug": "accueillir-et-faire-adherer",
            "summary": (
                "Organiser l'accueil des nouvelles personnes et parler d'adhésion et de cotisation sans gêne, "
                "comme d'une garantie d'indépendance."
            ),
            "objectives": [
                "Organiser un accueil chaleureux des nouvelles personnes à chaque réunion.",
                "Expliquer en une minute pourquoi la cotisation rend l'organisation indépendante.",
                "Proposer l'adhésion et une première tâche simple à une personne qui arrive.",
            ],
            "duration": 90,
            "group_min": 6,
            "group_max": 20,
            "level": "decouverte",
            "materials": [
                "Des bulletins d'adhésion",
                "Des étiquettes pour écrire les prénoms",
                "Le cahier ou le tableau des contacts de l'organisation",
                "Une affiche du budget simplifié : d'où vient l'argent, à quoi il sert",
                "De quoi offrir un café ou un thé",
            ],
            "tags": ["organisation", "adhésion", "accueil", "débutant·es"],
            "related": [
                "reperer-de-nouveaux-leaders",
                "porte-a-porte",
                "preparer-un-ordre-du-jour",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Se souvenir de sa propre arrivée",
                        "duration": 15,
                        "body": (
                            "<p>Faites un tour de parole : « Comment êtes-vous arrivé·e dans l'organisation ? "
                            "Qu'est-ce qui vous a donné envie de revenir, ou a failli vous faire partir ? »</p>"
                            "<p>Notez les réponses en deux colonnes. On retrouve souvent : « quelqu'un m'a appelé·e par mon prénom », "
                            "« on m'a confié quelque chose » d'un côté, et « personne ne m'a parlé », « je ne comprenais pas les sigles » de l'autre.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Construire votre accueil",
                        "duration": 20,
                        "body": (
                            "<p>À partir des deux colonnes, écrivez ensemble les règles d'accueil de votre organisation. Par exemple :</p>"
                            "<ul><li>une personne chargée de l'accueil à chaque réunion, à la porte ;</li>"
                            "<li>un tour des prénoms au début, et les sigles expliqués ;</li>"
                            "<li>deux minutes à l'ordre du jour : « Pour les nouveaux, qui sommes-nous ? » ;</li>"
                            "<li>un parrain ou une marraine qui s'assoit à côté de la personne et la rappelle dans les 48 heures.</li></ul>"
                            "<p>Recopiez ces règles sur une affiche à apporter à chaque réunion.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Comprendre pourquoi on cotise",
                        "duration": 20,
                        "body": (
                            "<p>Montrez l'affiche du budget. Posez la question : « Si tout notre argent venait de la mairie "
                            "ou du bailleur, pourrions-nous les attaquer ? » Expliquez que les cotisations, même petites, "
                            "rendent l'organisation libre de ses choix. Elles montrent aussi au décideur combien vous êtes.</p>"
                            "<p>Et elles font des membres les vrais propriétaires de l'organisation. "
                            "Rappelez que le montant peut s'adapter aux revenus, par exemple un euro par mois.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "S'entraîner à proposer l'adhésion",
                        "duration": 25,
                        "body": (
                            "<p>Jouez la mise en situation par groupes de trois, pendant dix minutes, puis changez les rôles. "
                            "Demandez à chacun·e de préparer sa phrase d'une minute sur la cotisation. "
                            "Terminez par un débriefing en grand groupe avec les trois questions.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Passer à l'action",
                        "duration": 10,
                        "body": (
                            "<p>Décidez qui tient l'accueil à la prochaine réunion, et qui sera parrain ou marraine. "
                            "Proposez un bulletin d'adhésion à chaque personne présente qui n'est pas encore membre. "
                            "Notez dans le cahier des contacts les personnes à rappeler cette semaine.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Proposez toujours l'adhésion avec une tâche concrète : « Vous voulez adhérer ? Et samedi, "
                            "vous venez avec nous frapper aux portes de votre cage d'escalier ? » "
                            "Les gens restent quand ils ont un rôle, même petit.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Ne faites pas de l'argent un sujet tabou, mais n'en faites pas non plus une barrière. "
                            "Une personne qui ne peut pas payer doit pouvoir participer et trouver un montant à sa mesure.</p>"
                            "<p>Évitez aussi de parler d'adhésion dans les trente premières secondes : "
                            "écoutez d'abord ce qui amène la personne.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Proposer l'adhésion à un voisin hésitant",
                        "situation": (
                            "<p>Après une réunion en pied d'immeuble réussie, un voisin vient vous voir. "
                            "Il a apprécié et veut « être tenu au courant ». Vous lui proposez d'adhérer au syndicat de locataires.</p>"
                            "<p>Il hésite : « Encore une cotisation ? J'ai déjà du mal à finir le mois. Et puis, ça sert à quoi ? »</p>"
                        ),
                        "roles": [
                            {
                                "name": "Membre du syndicat",
                                "brief": "Vous écoutez d'abord ce qui a fait venir le voisin. Puis vous expliquez en une minute "
                                "à quoi sert la cotisation, et vous proposez un montant adapté et une petite tâche.",
                            },
                            {
                                "name": "Voisin hésitant",
                                "brief": "Vous êtes intéressé mais méfiant : une association vous a déjà déçu parce qu'elle "
                                "« ne faisait rien ». Vous adhérez si vous vous sentez écouté et utile.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous notez le temps passé à écouter et le temps passé à convaincre.",
                            },
                        ],
                        "debrief_questions": [
                            "Le membre a-t-il écouté avant de proposer ? Qu'a-t-il appris sur le voisin ?",
                            "L'explication sur la cotisation était-elle claire ? Quelle phrase voulez-vous garder ?",
                            "Quelle première tâche a été proposée, et était-elle à la portée du voisin ?",
                        ],
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "Au début, je trouvais gênant de demander de l'argent à des voisins qui en ont peu. "
                            "Puis une adhérente m'a dit : « Ma cotisation, c'est ma part du syndicat. Personne ne peut nous acheter. » "
                            "Depuis, je l'explique comme ça."
                        ),
                        "attribution": "Une trésorière d'un syndicat de locataires",
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Repérer et former de nouveaux leaders",
            "slug": "reperer-de-nouveaux-leaders",
            "summary": (
                "Repérer les personnes qui entraînent les autres, leur confier des responsabilités pas à pas "
                "et partager les tâches pour que l'organisation ne repose pas sur quelques-un·es."
            ),
            "objectives": [
                "Reconnaître un·e leader à ce qu'il ou elle fait, et non à sa facilité à parler.",
                "Faire la liste des tâches de l'organisation et voir sur qui elles reposent.",
                "Proposer une responsabilité à quelqu'un lors d'un rendez-vous en tête-à-tête.",
                "Accompagner une personne dans une nouvelle tâche : faire avec, puis laisser faire.",
            ],
            "duration": 150,
            "group_min": 6,
            "group_max": 16,
            "level": "approfondissement",
            "materials": [
                "Un paperboard et des feutres",
                "Des post-it",
                "Un grand tableau « Qui fait quoi ? » préparé à l'avance sur du papier kraft",
                "Des cartes de rôles imprimées pour la mise en situation",
            ],
            "tags": ["organisation", "leadership", "collectif", "travail"],
            "related": [
                "accueillir-et-faire-adherer",
                "evaluer-et-celebrer",
                "preparer-un-ordre-du-jour",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Qu'est-ce qu'un leader ?",
                        "duration": 20,
                        "body": (
                            "<p>Demandez : « Pensez à quelqu'un de votre immeuble ou de votre travail que les autres suivent. "
                            "Que fait cette personne ? » Notez les réponses. Amenez le groupe à une définition simple : "
                            "un·e leader, c'est quelqu'un qui a des gens derrière lui ou elle, qui peut faire venir dix voisin·es à une réunion.</p>"
                            "<p>Ce n'est pas forcément la personne qui parle le plus. C'est souvent quelqu'un de discret, "
                            "comme la mère qui connaît toutes les familles à la sortie de l'école.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Remplir le tableau « Qui fait quoi ? »",
                        "duration": 30,
                        "body": (
                            "<p>Listez toutes les tâches de l'organisation : ouvrir la salle, appeler les membres, écrire le compte rendu, "
                            "tenir la caisse, parler à la presse, animer les réunions, suivre les échanges avec le bailleur, "
                            "animer les réseaux sociaux. Pour chaque tâche, écrivez le prénom de qui la fait aujourd'hui.</p>"
                            "<p>Souvent, les trois mêmes prénoms reviennent partout. "
                            "Discutez : que se passe-t-il si ces personnes sont fatiguées, déménagent ou tombent malades ?</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Découper les tâches",
                        "duration": 20,
                        "body": (
                            "<p>Découpez les grosses tâches en petites. « Faire le compte rendu », c'est prendre les notes, "
                            "les taper, puis les envoyer.</p><p>« Organiser l'assemblée », c'est réserver la salle, faire les affiches, "
                            "appeler dix personnes et préparer le café. Les petites tâches sont plus faciles à confier à une nouvelle personne. "
                            "Marquez chacune « premier pas » ou « confirmé·e ».</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Repérer des personnes",
                        "duration": 15,
                        "body": (
                            "<p>Chacun·e nomme une ou deux personnes, membres ou non, qui pourraient prendre une tâche : "
                            "quelqu'un qui amène toujours des voisin·es, qui pose de bonnes questions, qui s'est mis en colère au bon moment.</p>"
                            "<p>Notez la tâche à lui proposer et qui ira la voir, en tête-à-tête.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Jouer la mise en situation",
                        "duration": 40,
                        "body": (
                            "<p>Distribuez les rôles par groupes de trois et laissez cinq minutes de préparation. "
                            "Jouez la scène dix minutes, puis changez les rôles pour que chacun·e essaie de proposer une responsabilité. "
                            "Débriefez en grand groupe avec les trois questions.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Écrire un plan d'accompagnement",
                        "duration": 25,
                        "body": (
                            "<p>Présentez la règle en quatre temps : je fais devant vous ; nous faisons ensemble ; "
                            "vous faites, et je suis à côté ; puis nous faisons le point.</p>"
                            "<p>Pour chaque personne repérée, écrivez un petit calendrier sur deux mois avec ces quatre temps. "
                            "Invitez aussi ces personnes à la prochaine séance de formation de l'école.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Demandez au lieu d'attendre des volontaires. Les personnes les plus précieuses lèvent rarement la main "
                            "en réunion : elles attendent qu'on leur dise qu'on a besoin d'elles. "
                            "Une proposition personnelle, en face à face, marche bien mieux qu'un appel général.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Confier une tâche, ce n'est pas s'en débarrasser. Une nouvelle personne laissée seule face à "
                            "une tâche trop lourde risque d'échouer et de ne pas revenir. Autre piège : les « ancien·nes » qui gardent tout "
                            "par peur que ce soit mal fait. Acceptez que les choses soient faites autrement que vous ne l'auriez fait.</p>"
                        ),
                    },
                ),
                (
                    "role_play",
                    {
                        "title": "Proposer une responsabilité à une collègue",
                        "situation": (
                            "<p>Dans un collectif d'aides à domicile, une salariée ne prend jamais la parole en réunion. "
                            "Pourtant, elle a fait venir six collègues à la dernière assemblée. Un membre du bureau lui propose, "
                            "autour d'un café, d'organiser avec lui la prochaine réunion de secteur.</p>"
                            "<p>Elle répond d'abord : « Oh non, je ne sais pas faire, je ne suis pas douée pour parler. »</p>"
                        ),
                        "roles": [
                            {
                                "name": "Membre du bureau",
                                "brief": "Vous dites ce que vous avez remarqué chez elle : les six collègues venues grâce à elle. "
                                "Vous proposez une tâche précise, limitée dans le temps, et vous promettez de la faire avec elle.",
                            },
                            {
                                "name": "Aide à domicile repérée",
                                "brief": "Vous doutez de vous, et vous avez peu de temps à cause de vos journées coupées. "
                                "Vous acceptez si la tâche est précise et si vous n'êtes pas seule.",
                            },
                            {
                                "name": "Observateur·rice",
                                "brief": "Vous notez les peurs exprimées par la salariée et les réponses qu'elle reçoit.",
                            },
                        ],
                        "debrief_questions": [
                            "Le membre du bureau a-t-il dit à la salariée ce qu'il avait remarqué chez elle ?",
                            "La responsabilité proposée était-elle précise et limitée dans le temps ?",
                            "Quelles peurs ont été exprimées, et comment y a-t-on répondu ?",
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Pour ne pas reposer sur quelques-un·es",
                        "items": [
                            "Chaque tâche importante est connue d'au moins deux personnes.",
                            "Chaque nouvelle personne se voit proposer une petite tâche dans le mois.",
                            "Chaque responsable accompagne au moins une personne.",
                            "Le tableau « Qui fait quoi ? » est revu tous les trois mois.",
                            "Les rôles tournent : animation, prise de notes, porte-parole.",
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------
        {
            "title": "Évaluer une campagne et fêter les victoires",
            "slug": "evaluer-et-celebrer",
            "summary": (
                "Prendre le temps, à la fin d'une campagne ou d'une étape, de faire le bilan de ce qui a été gagné "
                "et appris, puis de célébrer ensemble."
            ),
            "objectives": [
                "Conduire un bilan de campagne autour de trois questions : qu'avons-nous gagné, qu'avons-nous appris, "
                "que ferons-nous autrement ?",
                "Distinguer les victoires sur la revendication et les victoires pour l'organisation "
                "(nouveaux membres, nouveaux leaders, nouveaux alliés).",
                "Organiser une fête qui renforce le groupe et donne envie de continuer.",
            ],
            "duration": 120,
            "group_min": 6,
            "group_max": 30,
            "level": "decouverte",
            "materials": [
                "Une longue bande de papier pour dessiner la frise de la campagne",
                "Des post-it de deux couleurs et des gommettes",
                "Les chiffres de la campagne : adhésions, participant·es aux actions, articles de presse",
                "Le cahier de mémoire de l'organisation",
                "Un téléphone pour les photos, et de quoi partager un goûter",
            ],
            "tags": ["organisation", "évaluation", "campagne", "collectif"],
            "related": [
                "reperer-de-nouveaux-leaders",
                "preparer-une-action",
                "la-carte-du-pouvoir",
            ],
            "body": [
                (
                    "step",
                    {
                        "title": "Refaire le film de la campagne",
                        "duration": 20,
                        "body": (
                            "<p>Sur la bande de papier, placez les grands moments : première réunion, enquête, lettre, actions, "
                            "rendez-vous avec le décideur, réponse. Chaque participant·e ajoute un post-it avec un moment qu'il ou elle a vécu.</p>"
                            "<p>Les ancien·nes et les nouveaux se complètent. Prenez le temps de rire des souvenirs : cela fait partie du bilan.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Qu'avons-nous gagné ?",
                        "duration": 20,
                        "body": (
                            "<p>Tracez deux colonnes. À gauche, les gains sur la revendication, par exemple : "
                            "« Le bailleur a remplacé trois ascenseurs sur cinq, avec une date écrite pour les deux autres. »</p>"
                            "<p>À droite, les gains pour l'organisation : trente nouveaux membres, quatre personnes qui ont parlé en public "
                            "pour la première fois, deux nouvelles associations alliées. "
                            "Comparez avec ce que vous appeliez « victoire » au début de la campagne.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Qu'avons-nous appris ?",
                        "duration": 25,
                        "body": (
                            "<p>En petits groupes, répondez à trois questions : qu'est-ce qui a marché ? Qu'est-ce qui n'a pas marché ? "
                            "Que ferons-nous autrement ? Une règle : on parle des actions, pas des personnes.</p>"
                            "<p>Chaque groupe présente trois leçons au maximum. Votez avec des gommettes pour garder les trois plus importantes, "
                            "et écrivez-les dans le cahier de mémoire.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Remercier",
                        "duration": 15,
                        "body": (
                            "<p>Faites un tour où chacun·e remercie une personne pour quelque chose de précis. "
                            "Listez les alliés à remercier par un mot ou une visite. "
                            "Décidez comment informer tous les membres et le quartier du résultat : affiche dans les halls, tract, message.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Préparer la fête",
                        "duration": 15,
                        "body": (
                            "<p>Décidez ensemble quand, où et comment fêter : repas partagé, musique, photos de la campagne au mur, "
                            "remise de « diplômes » pleins d'humour. Invitez les alliés et toutes les personnes venues, même une seule fois. "
                            "Répartissez les tâches avec un prénom pour chacune.</p>"
                        ),
                    },
                ),
                (
                    "step",
                    {
                        "title": "Et maintenant ?",
                        "duration": 25,
                        "body": (
                            "<p>Regardez ce qui reste à gagner. Les engagements obtenus sont-ils tenus, aux dates promises ? "
                            "Qui vérifie ? Quels nouveaux problèmes sont apparus pendant le porte-à-porte ou l'enquête ? "
                            "Fixez la date d'une réunion pour choisir, ensemble, le prochain combat.</p>"
                        ),
                    },
                ),
                (
                    "tip",
                    {
                        "text": (
                            "<p>Fêtez aussi les petites victoires : une réponse écrite du bailleur, un premier article dans la presse, "
                            "une salle pleine. Dans une campagne longue, ces moments redonnent de l'énergie. "
                            "Une photo de groupe, un gâteau ou un message aux membres suffisent parfois.</p>"
                        ),
                    },
                ),
                (
                    "warning",
                    {
                        "text": (
                            "<p>Le bilan n'est pas un tribunal. Si l'on cherche des coupables, les gens se taisent et certains ne reviennent pas. "
                            "Parlez de ce qui a été fait, pas de qui l'a mal fait.</p><p>Autre piège : sauter le bilan parce que la campagne "
                            "a été perdue. C'est justement là qu'il est le plus utile, pour montrer tout ce qui a quand même été construit.</p>"
                        ),
                    },
                ),
                (
                    "testimony",
                    {
                        "quote": (
                            "On n'a obtenu que la moitié de ce qu'on demandait. Au bilan, on a compté : quarante adhérent·es de plus, "
                            "et des voisines qui ne se parlaient pas avant animent maintenant les réunions. "
                            "On a fait la fête quand même, et on a bien fait."
                        ),
                        "attribution": "Un membre d'un syndicat de locataires",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Pour un bilan réussi",
                        "items": [
                            "Le bilan a lieu moins d'un mois après la fin de la campagne.",
                            "Les nouveaux membres sont invités autant que les ancien·nes.",
                            "On a compté les victoires sur la revendication et les victoires pour l'organisation.",
                            "Les leçons retenues sont écrites dans le cahier de mémoire.",
                            "Les alliés ont été remerciés.",
                            "La date de la fête est fixée.",
                        ],
                    },
                ),
            ],
        },
    ],
}
