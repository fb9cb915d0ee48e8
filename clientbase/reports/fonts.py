"""The bundled DejaVu fonts: every Cyrillic letter, on every PC, in every PDF the same."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# Narrower letters fit one more column into a table row.
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"


def fonts_dir() -> Path:
    return Path(str(files("clientbase.resources") / "fonts"))


def register_fonts() -> None:
    """Register the fonts once per process; reportlab embeds only the letters a PDF uses."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name in (REGULAR, BOLD, CONDENSED, CONDENSED_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{name}.ttf")))
    # <b> inside a paragraph picks the bold face of the same family.
    for regular, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
