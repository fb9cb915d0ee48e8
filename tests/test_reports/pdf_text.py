"""Reading a PDF back as the text of its pages, the way a person reads the printout."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)
