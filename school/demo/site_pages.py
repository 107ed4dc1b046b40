"""The school's own pages, linked from the footer: contact, legal notice, privacy and
accessibility. Real text the association can keep, except what only it can know
(marked "À compléter par l’association").
"""

CONTACT_EMAIL = "contact@ecole.example"

CONTACT = {
    "slug": "contact",
    "title": "Contact",
    "intro": "Une question sur une fiche, un problème pour vous connecter, une idée ? "
    "Écrivez-nous, nous vous répondons.",
    "body": f"""
<h2>Nous écrire</h2>
<p>Écrivez à <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>
<p>Ce sont les formatrices et les formateurs de l’école qui lisent les messages et qui
vous répondent, en général sous une semaine.</p>
<h2>Pour aller plus vite</h2>
<ul>
<li>Dites-nous sur quelle page vous étiez : copiez son adresse ou son titre.</li>
<li>Si vous suivez une cohorte, donnez son nom.</li>
<li>N’envoyez jamais votre mot de passe : personne ne vous le demandera.</li>
</ul>
<h2>Mot de passe oublié</h2>
<p>Sur la page « Se connecter », choisissez « Mot de passe oublié ? ». Vous recevrez un
message pour en choisir un nouveau.</p>
""",
}

LEGAL = {
    "slug": "mentions-legales",
    "title": "Mentions légales",
    "intro": "Qui publie ce site et qui l’héberge.",
    "body": f"""
<h2>Éditeur du site</h2>
<p>L’École de la citoyenneté est publiée par l’association Alliance citoyenne
(Grenoble, France).</p>
<p><b>À compléter par l’association :</b> adresse du siège, numéro RNA ou SIRET, nom de la
directrice ou du directeur de la publication.</p>
<p>Contact : <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>
<h2>Hébergement</h2>
<p><b>À compléter par l’association :</b> nom de l’hébergeur, son adresse et son numéro de
téléphone.</p>
<h2>Contenus</h2>
<p>Les fiches méthodes, les vidéos et les parcours sont écrits par les formatrices et les
formateurs de l’association et de ses partenaires. Vous pouvez les lire, les imprimer et
les utiliser pour animer vos ateliers.</p>
<h2>Vos données</h2>
<p>Ce que nous gardons sur vous et pourquoi est expliqué sur la page
« Confidentialité ».</p>
""",
}

PRIVACY = {
    "slug": "confidentialite",
    "title": "Confidentialité",
    "intro": "Ce que l’école garde sur vous, pourquoi, qui le voit, et comment le "
    "récupérer ou l’effacer.",
    "body": """
<h2>Sans compte</h2>
<p>Vous pouvez lire toutes les fiches ouvertes à tous sans créer de compte. Nous ne
gardons alors rien sur vous : pas de publicité, pas de mesure d’audience, aucun service
extérieur.</p>
<h2>Avec un compte</h2>
<p>Nous gardons :</p>
<ul>
<li><b>votre compte</b> : votre adresse e-mail, le nom que vous avez choisi et votre
langue, pour vous connecter et vous écrire (par exemple pour changer de mot de passe) ;</li>
<li><b>votre progression</b> : les fiches ouvertes et terminées, les vidéos regardées et
l’endroit où vous les avez arrêtées, pour que vous retrouviez où vous en êtes ;</li>
<li><b>vos cohortes</b> : les groupes de formation que vous avez rejoints et votre présence
aux ateliers, pour que vos formatrices et formateurs suivent le groupe.</li>
</ul>
<h2>Qui voit quoi</h2>
<ul>
<li>Personne d’autre ne voit votre progression si vous ne suivez pas de cohorte.</li>
<li>Dans une cohorte, ses formatrices et formateurs voient votre progression sur le
parcours de la cohorte, et seulement sur ce parcours, ainsi que votre présence aux
ateliers.</li>
<li>Nous ne vendons et ne donnons vos données à personne.</li>
</ul>
<h2>Récupérer vos données</h2>
<p>Une fois connecté·e, la page « Mes données » (<a href="/me/data/">/me/data/</a>) montre
tout ce que l’école garde sur vous, et permet de le télécharger.</p>
<h2>Effacer votre compte</h2>
<p>La page « Supprimer mon compte » (<a href="/me/delete/">/me/delete/</a>) efface votre
compte, votre progression et vos cohortes. Elle vous demande votre mot de passe ; ensuite,
c’est définitif.</p>
<h2>Une question</h2>
<p>Écrivez-nous depuis la page « Contact ». Vous pouvez aussi vous adresser à la CNIL
(cnil.fr).</p>
""",
}

ACCESSIBILITY = {
    "slug": "accessibilite",
    "title": "Accessibilité",
    "intro": "L’école doit pouvoir être lue par tout le monde, sur un téléphone, avec un "
    "lecteur d’écran ou au clavier.",
    "body": """
<h2>État de conformité</h2>
<p>Ce site est <b>partiellement conforme</b> au référentiel général d’amélioration de
l’accessibilité (RGAA) et aux règles WCAG 2.2 de niveau AA. Aucun audit complet n’a encore
été fait par un organisme extérieur.</p>
<h2>Ce que nous vérifions</h2>
<ul>
<li>À chaque modification du site, des tests automatiques ouvrent les pages dans un vrai
navigateur et les contrôlent avec l’outil axe-core : aucune erreur n’est acceptée.</li>
<li>Les pages se lisent sur un écran de 320 pixels de large sans défilement sur le côté,
et avec un texte agrandi deux fois.</li>
<li>Tout se fait au clavier : menu, formulaires, vidéos.</li>
<li>Les vidéos ont des sous-titres et une transcription ; les couleurs restent lisibles
en mode de contraste élevé.</li>
</ul>
<h2>Ce qui peut encore poser problème</h2>
<p>Certaines vidéos ou documents ajoutés par les formatrices et formateurs peuvent ne pas
encore avoir de sous-titres ou de version texte.</p>
<h2>Signaler un problème</h2>
<p>Si vous n’arrivez pas à lire une page ou à utiliser une fonction, écrivez-nous depuis
la page « Contact » : dites-nous la page et ce qui bloque. Nous vous répondrons et vous
donnerons le contenu sous une autre forme si besoin.</p>
<p>Si vous n’avez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits
(defenseurdesdroits.fr).</p>
""",
}

# In the footer's order: (FooterSettings field, page).
PAGES = [
    ("contact_page", CONTACT),
    ("legal_page", LEGAL),
    ("privacy_page", PRIVACY),
    ("accessibility_page", ACCESSIBILITY),
]
