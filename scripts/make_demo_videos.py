"""Regenerate the demo video-trainings of the citizenship school.

Run from the project root: ``.venv/bin/python scripts/make_demo_videos.py`` (a tool for
developers, not part of the running site)

Needs: Pillow (in the virtualenv), ``ffmpeg`` and ``ffprobe`` (with libx264 and aac) and
``espeak-ng`` with its French voice, plus the DejaVu fonts. Slides are drawn with Pillow,
each slide's narration is synthesised separately with espeak-ng, so the captions (WebVTT) and
the chapters come from the real measured timings.

Writes into ``school/demo/media/``: ``<slug>.mp4`` (640x360), ``<slug>-leger.mp4`` (320x180),
``<slug>.jpg`` (poster) and ``<slug>.fr.vtt``; then rewrites ``school/demo/videos.py``.
These outputs are committed, so the demo loader needs neither ffmpeg nor espeak-ng.
"""

# The subprocess calls below run fixed local tools (ffmpeg, ffprobe, espeak-ng).
# ruff: noqa: S603, S607
import json
import math
import re
import subprocess
import tempfile
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent.parent / "school" / "demo"
MEDIA = HERE / "media"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
W, H, GAP, FPS = 1280, 720, 0.8, 10
BG, FG, ACCENT, MUTED = "#0f1e3c", "#ffffff", "#ffcc33", "#c9d4e6"

# One entry per video. In "script", each "## " line starts a slide (the first one is the title
# slide), "- " lines are the slide's bullets and the other lines are its narration.
NARRATION = [
    {
        "slug": "animer-une-reunion-en-quatre-roles",
        "title": "Animer une réunion en quatre rôles",
        "brick": "Animer des réunions",
        "description": "Les quatre rôles qui font tourner une réunion : l'animation, la prise de "
        "notes, la gardienne ou le gardien du temps, et l'accueil.",
        "sheets": ["les-roles-en-reunion"],
        "intro": "Cette courte vidéo présente les quatre rôles à répartir avant la réunion.",
        "script": """
## Introduction
Animer une réunion en quatre rôles. Une bonne réunion ne repose pas sur une seule personne.
En partageant quatre rôles, vous gagnez du temps, et chacun trouve sa place.
## 1. L'animation
- Présente l'ordre du jour
- Distribue la parole
- Reformule et fait décider
Premier rôle : l'animation. La personne qui anime présente l'ordre du jour, donne la parole
à tour de rôle, et reformule ce qui a été dit. Elle ne donne pas son avis sur le fond :
elle aide le groupe à décider.
## 2. La prise de notes
- Note les décisions
- Qui fait quoi, pour quand
- Compte rendu sous 48 h
Deuxième rôle : la prise de notes. Inutile de tout écrire. Notez les décisions, et pour
chaque action : qui fait quoi, et pour quand. Envoyez le compte rendu dans les deux jours,
tant que tout le monde s'en souvient.
## 3. Gardien·ne du temps
- Annonce la durée de chaque point
- Prévient 5 minutes avant
- On continue ou on reporte ?
Troisième rôle : la gardienne ou le gardien du temps. Cette personne annonce la durée prévue
pour chaque point, et prévient cinq minutes avant la fin. Si le temps manque, elle demande
au groupe : on continue, ou on reporte ce point ?
## 4. L'accueil
- Accueille à l'entrée
- Présente les nouvelles personnes
- Note les contacts
- Les rôles tournent !
Quatrième rôle : l'accueil. Accueillez chaque personne à l'entrée, présentez les nouveaux
venus au groupe, et notez leurs contacts. Une personne attendue revient. Enfin, changez
les rôles à chaque réunion : tout le monde apprend à tout faire.
""",
    },
    {
        "slug": "faire-un-tour-de-parole",
        "title": "Faire un tour de parole",
        "brick": "Animer des réunions",
        "description": "Comment mener un tour de parole pour que chaque voix soit entendue, "
        "même les plus discrètes.",
        "sheets": ["les-roles-en-reunion", "prendre-une-decision-ensemble"],
        "intro": "Regardez cette vidéo avant de mener votre premier tour de parole.",
        "script": """
## Introduction
Faire un tour de parole. Dans un groupe, ce sont souvent les mêmes personnes qui parlent.
Le tour de parole permet d'entendre chaque voix, même les plus discrètes.
## 1. Annoncez la règle
- Une question claire
- Chacun·e parle à son tour
- Une minute, sans interruption
D'abord, annoncez la règle. Posez une question claire, par exemple : qu'est-ce qui vous
inquiète le plus dans la hausse des charges ? Chaque personne répond à son tour, en une
minute environ, sans être interrompue.
## 2. Faites le tour
- Dans l'ordre des chaises
- On peut dire « je passe »
- L'animation parle en dernier
Ensuite, faites le tour dans l'ordre où les gens sont assis. Personne ne choisit qui parle.
On a le droit de dire : je passe. À la fin, revenez vers les personnes qui ont passé.
La personne qui anime parle en dernier.
## 3. Écoutez sans répondre
- Pas de débat pendant le tour
- Les idées au tableau
- Merci à chaque personne
Pendant le tour, on écoute sans répondre. Pas de débat, pas de commentaire. La personne qui
anime note les idées au tableau, avec les mots des gens, et remercie chaque personne.
## 4. Après le tour
- Relisez ce qui a été noté
- Repérez les points communs
- Ouvrez la discussion
Après le tour, relisez ce qui a été noté. Repérez ensemble les idées qui reviennent souvent.
C'est seulement maintenant que vous ouvrez la discussion : tout le monde a déjà parlé
une fois.
""",
    },
    {
        "slug": "raconter-son-histoire",
        "title": "Raconter son histoire en deux minutes",
        "brick": "Prendre la parole en public",
        "description": "Une méthode en trois temps pour raconter votre histoire en deux minutes : "
        "la situation, ce que vous ressentez, ce que vous demandez.",
        "sheets": ["raconter-son-histoire-en-deux-minutes", "parler-devant-un-decideur"],
        "intro": "Cette vidéo résume la méthode en trois temps, avant de vous entraîner en binôme.",
        "script": """
## Introduction
Raconter son histoire en deux minutes. Une histoire vécue touche plus qu'un chiffre. Voici
une méthode en trois temps : la situation, ce que vous ressentez, et ce que vous demandez.
## 1. La situation
- Qui vous êtes
- Ce qui se passe, concrètement
- Un détail précis
Premier temps : la situation. Dites qui vous êtes et ce qui se passe, avec un détail précis.
Par exemple : je vis au troisième étage avec mes deux enfants, et depuis octobre, il y a de
la moisissure dans leur chambre.
## 2. Le ressenti
- Ce que ça vous fait
- Des mots simples
- Sans vous excuser
Deuxième temps : ce que vous ressentez. Avec des mots simples, dites ce que cette situation
vous fait. J'ai peur pour la santé de mes enfants. Je suis en colère, parce que j'ai écrit
trois fois au bailleur, sans réponse.
## 3. La demande
- Une demande claire
- Adressée à quelqu'un
- Avec une date
Troisième temps : la demande. Terminez par une demande claire, adressée à quelqu'un, avec
une date. Par exemple : nous demandons au bailleur de traiter la moisissure avant la fin
du mois.
## Entraînez-vous
- Deux minutes, chronomètre en main
- Racontez à une personne
- Demandez ce qu'elle a retenu
Enfin, entraînez-vous. Racontez votre histoire à une personne du groupe, chronomètre en
main. Deux minutes, pas plus. Demandez-lui ce qu'elle a retenu : si elle se souvient de
votre demande, c'est gagné.
""",
    },
]


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def probe(path, entries="format=duration"):
    return run("ffprobe", "-v", "error", "-show_entries", entries, "-of", "json", str(path))


def duration(path):
    return float(json.loads(probe(path))["format"]["duration"])


def slides(video):
    """[(heading, bullets, narration), ...] parsed from the video's script."""
    result = []
    for block in video["script"].strip().split("## ")[1:]:
        heading, *lines = block.strip().splitlines()
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        text = " ".join(line for line in lines if not line.startswith("- "))
        result.append((heading, bullets, text))
    return result


def font(size, bold=False):
    return ImageFont.truetype(str(FONTS / f"DejaVuSans{'-Bold' if bold else ''}.ttf"), size)


def wrap(draw, text, fnt, width):
    lines = [""]
    for word in text.split():
        test = f"{lines[-1]} {word}".strip()
        if draw.textlength(test, font=fnt) <= width or not lines[-1]:
            lines[-1] = test
        else:
            lines.append(word)
    return lines


def draw_slide(video, index, count, heading, bullets):
    img = Image.new("RGB", (W, H), BG)
    d = ImageDraw.Draw(img)
    if index == 0:
        d.text((80, 70), "École de la citoyenneté · formation vidéo", ACCENT, font(36, True))
        lines = wrap(d, video["title"], font(84, True), W - 160)
        y = (H - 100 * len(lines)) // 2
        for line in lines:
            d.text((80, y), line, FG, font(84, True))
            y += 100
        d.rectangle((80, y + 20, 300, y + 32), ACCENT)
        d.text((80, H - 110), f"Brique : {video['brick']}", MUTED, font(40))
        return img
    d.text((80, 60), heading, ACCENT, font(68, True))
    d.rectangle((80, 160, 300, 172), ACCENT)
    y = 230
    for bullet in bullets:
        for n, line in enumerate(wrap(d, bullet, font(50), W - 240)):
            if n == 0:
                d.text((90, y), "•", ACCENT, font(50, True))
            d.text((150, y), line, FG, font(50))
            y += 64
        y += 22
    d.text((80, H - 70), f"{index + 1} / {count}  ·  {video['title']}", MUTED, font(30))
    return img


def lines42(text):
    """Caption lines of <= 42 chars; a no-break space keeps ":" "?" "!" on their word."""
    return textwrap.wrap(re.sub(r" ([:;?!])", "\u00a0\\1", text), 42)


def fits(text):
    return len(lines42(text)) <= 2


def pieces_of(clause):
    """Cut a clause too long for one cue into the fewest pieces of similar word counts."""
    words, n = clause.split(), 1
    while True:
        size = math.ceil(len(words) / n)
        parts = [" ".join(words[i : i + size]) for i in range(0, len(words), size)]
        if all(fits(p) for p in parts):
            return parts
        n += 1


def cues_for(text, start, length):
    """Split one segment into cues of <= 2 lines of 42 chars, timed by their word counts."""
    chunks = []
    for clause in re.split(r"(?<=[.!?,:;])\s+", text.strip()):
        for part in pieces_of(clause):
            if chunks and fits(f"{chunks[-1]} {part}"):
                chunks[-1] = f"{chunks[-1]} {part}"
            else:
                chunks.append(part)
    total = sum(len(c.split()) for c in chunks)
    cues, t = [], start
    for chunk in chunks:
        end = t + length * len(chunk.split()) / total
        cues.append((t, end, "\n".join(lines42(chunk))))
        t = end
    return cues


def stamp(seconds):
    ms = round(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def encode(frames, audio, out, size, crf, audio_kbps):
    run("ffmpeg", "-y", "-v", "error", "-f", "concat", "-safe", "0", "-i", str(frames),
        "-i", str(audio), "-vf", f"scale={size}:flags=lanczos,fps={FPS},format=yuv420p",
        "-c:v", "libx264", "-profile:v", "main", "-preset", "veryslow", "-tune", "stillimage",
        "-crf", str(crf), "-g", str(FPS * 10), "-c:a", "aac", "-ac", "1", "-ar", "22050",
        "-b:a", f"{audio_kbps}k", "-movflags", "+faststart", str(out))  # fmt: skip


def make_video(video, tmp):
    slug, parts = video["slug"], slides(video)
    slots, cues, chapters, start = [], [], [], 0.0
    for i, (heading, bullets, text) in enumerate(parts):
        run("espeak-ng", "-v", "fr", "-s", "150", "-w", str(tmp / f"{i}.wav"), text)
        speech = duration(tmp / f"{i}.wav")
        slot = math.ceil((speech + GAP) * FPS) / FPS  # whole frames, a pause after each slide
        cues += cues_for(text, start, speech)
        chapters.append((int(start), heading))
        slots.append(slot)
        img = draw_slide(video, i, len(parts), heading, bullets)
        img.save(tmp / f"{i}.png")
        if i == 0:
            poster = img.resize((640, 360), Image.LANCZOS)
            poster.save(MEDIA / f"{slug}.jpg", quality=85, optimize=True)
        start += slot
    inputs = [arg for i in range(len(parts)) for arg in ("-i", str(tmp / f"{i}.wav"))]
    pads = "".join(f"[{i}]apad=whole_dur={s}[a{i}];" for i, s in enumerate(slots))
    joined = "".join(f"[a{i}]" for i in range(len(slots)))
    concat = f"{pads}{joined}concat=n={len(slots)}:v=0:a=1"
    run("ffmpeg", "-y", "-v", "error", *inputs, "-filter_complex", concat, str(tmp / "all.wav"))
    listing = "".join(f"file '{tmp}/{i}.png'\nduration {s}\n" for i, s in enumerate(slots))
    (tmp / "frames.txt").write_text(f"{listing}file '{tmp}/{len(slots) - 1}.png'\n")
    for name, size, crf, kbps in ((f"{slug}.mp4", "640:360", 28, 64),
                                  (f"{slug}-leger.mp4", "320:180", 34, 16)):  # fmt: skip
        encode(tmp / "frames.txt", tmp / "all.wav", MEDIA / name, size, crf, kbps)
    vtt = "".join(f"{stamp(a)} --> {stamp(b)}\n{text}\n\n" for a, b, text in cues)
    (MEDIA / f"{slug}.fr.vtt").write_text(f"WEBVTT\n\n{vtt}")
    return {
        "slug": slug,
        "title": video["title"],
        "description": video["description"],
        "file": f"{slug}.mp4",
        "light_file": f"{slug}-leger.mp4",
        "poster": f"{slug}.jpg",
        "duration": math.ceil(duration(MEDIA / f"{slug}.mp4")),
        "width": 640,
        "height": 360,
        "captions": [{"language": "fr", "label": "Français", "file": f"{slug}.fr.vtt"}],
        "transcript": "\n\n".join(text for _, _, text in parts),
        "chapters": chapters,
        "sheets": video["sheets"],
        "intro": video["intro"],
    }


def check(entry):
    """Stop with a message if an output breaks the codec, size, duration or caption limits."""
    main, light = MEDIA / entry["file"], MEDIA / entry["light_file"]
    codecs = [s["codec_name"] for s in json.loads(probe(main, "stream=codec_name"))["streams"]]
    seconds, size = duration(main), main.stat().st_size
    vtt = (MEDIA / entry["captions"][0]["file"]).read_text()
    h, m, s = max(re.findall(r"--> (\d\d):(\d\d):(\d\d\.\d{3})", vtt))
    problems = {
        "codecs are not h264 + aac": codecs != ["h264", "aac"],
        "main file over 1.2 MB": size > 1_200_000,
        "light file over 40% of the main one": light.stat().st_size > 0.4 * size,
        "poster over 60 KB": (MEDIA / entry["poster"]).stat().st_size > 60_000,
        "duration not within 45-90 s": not 45 <= seconds <= 90,
        "a caption ends after the video": int(h) * 3600 + int(m) * 60 + float(s) > seconds,
    }
    if any(problems.values()):
        raise SystemExit(f"{entry['slug']}: " + ", ".join(k for k, v in problems.items() if v))


def pieces(value):
    """Cut a long string into <= 70-char pieces (kept whole by concatenation)."""
    paragraphs, result = value.split("\n\n"), []
    for n, paragraph in enumerate(paragraphs):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + len(word) > 70:
                result.append(line)
                line = ""
            line += f"{word} "
        result.append(line[:-1] + ("\n\n" if n < len(paragraphs) - 1 else ""))
    return result


def literal(value, indent, used=0):
    """Python source for value, laid out as `ruff format` does (line length 100)."""
    pad, text = " " * indent, json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and used + len(text) + 1 > 100:
        inner = "".join(f"{pad}    {json.dumps(p, ensure_ascii=False)}\n" for p in pieces(value))
        return f"(\n{inner}{pad})"
    if isinstance(value, tuple):
        return "(" + ", ".join(literal(v, indent) for v in value) + ")"
    if isinstance(value, dict):
        rows = [f'{pad}    "{k}": ' for k in value]
        rows = [
            f"{r}{literal(v, indent + 4, len(r))},\n"
            for r, v in zip(rows, value.values(), strict=True)
        ]
        return "{\n" + "".join(rows) + f"{pad}}}"
    if isinstance(value, list) and not all(isinstance(v, str) for v in value):
        return "[\n" + "".join(f"{pad}    {literal(v, indent + 4)},\n" for v in value) + f"{pad}]"
    return text


def main():
    MEDIA.mkdir(exist_ok=True)
    entries = []
    for video in NARRATION:
        with tempfile.TemporaryDirectory() as tmp:
            entries.append(make_video(video, Path(tmp)))
        check(entries[-1])
        print(entries[-1]["slug"], entries[-1]["duration"], "s")
    header = '"""Demo video-trainings (data only). Generated by scripts/make_demo_videos.py: do not edit."""\n\n'
    (HERE / "videos.py").write_text(f"{header}VIDEOS = {literal(entries, 0)}\n")


if __name__ == "__main__":
    main()
