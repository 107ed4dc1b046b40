"""Regenerate the school's favicon and icons from its mark, ``templates/includes/logo.svg``.

Run from the project root: ``.venv/bin/python scripts/make_icons.py`` (a tool for
developers, not part of the running site). Needs Debian's Chromium at
``/usr/bin/chromium`` (driven by Playwright, already in the virtualenv) and Pillow.

The mark drawn by hand (in the text colour, inlined in the header) is the one source;
Chromium renders it so the PNGs look exactly as browsers draw the SVG. Writes into
``home/static/school/icons/``:

- ``favicon.svg``: the mark in white on a rounded square of the school's red;
- ``icon-32.png``: the rounded favicon for browsers without SVG favicons;
- ``apple-touch-icon.png`` (180), ``icon-192.png``, ``icon-512.png``: full-bleed squares
  with the mark inside the central 80 %, so that phones may crop them to any shape
  (the manifest declares them "maskable");
- ``favicon.ico`` (16, 32, 48), for the browsers that ask for ``/favicon.ico``.

The outputs are committed: the site needs neither Chromium nor this script to run.
"""

import base64
import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
MARK = ROOT / "templates" / "includes" / "logo.svg"
ICONS = ROOT / "home" / "static" / "school" / "icons"
CHROMIUM = "/usr/bin/chromium"
ACCENT = "#8c1c2c"
FULL_BLEED = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}


def favicon_svg():
    """The mark's drawing, white on red, in a square with rounded corners."""
    source = MARK.read_text()
    drawing = source[source.index("<g") : source.rindex("</g>") + len("</g>")]
    drawing = drawing.replace("currentColor", "#ffffff").replace(
        'class="logo-gap"', f'stroke="{ACCENT}"'
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">\n'
        f'<rect width="64" height="64" rx="12" fill="{ACCENT}"/>\n'
        f'<g transform="translate(4 3) scale(0.875)">\n{drawing}\n</g>\n</svg>\n'
    )


def page_for(svg, size, full_bleed):
    data = base64.b64encode(svg.encode()).decode()
    # A maskable icon keeps what matters inside a circle of 80 % of its width.
    inner = round(size * 0.8) if full_bleed else size
    background = ACCENT if full_bleed else "transparent"
    return (
        "<!DOCTYPE html><html><body style='margin:0;background:transparent'>"
        f"<div id='icon' style='width:{size}px;height:{size}px;background:{background};"
        "display:flex;align-items:center;justify-content:center'>"
        f"<img src='data:image/svg+xml;base64,{data}' width='{inner}' height='{inner}'>"
        "</div></body></html>"
    )


def render(browser, svg, size, full_bleed=False):
    page = browser.new_page(viewport={"width": size, "height": size})
    page.set_content(page_for(svg, size, full_bleed))
    png = page.locator("#icon").screenshot(omit_background=True)
    page.close()
    return png


def main():
    svg = favicon_svg()
    (ICONS / "favicon.svg").write_text(svg)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        (ICONS / "icon-32.png").write_bytes(render(browser, svg, 32))
        for name, size in FULL_BLEED.items():
            (ICONS / name).write_bytes(render(browser, svg, size, full_bleed=True))
        ico_source = render(browser, svg, 48)
        browser.close()
    Image.open(io.BytesIO(ico_source)).save(
        ICONS / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)]
    )
    print(f"Icons written to {ICONS}")


if __name__ == "__main__":
    main()
