"""Rows a shop struck through in Excel or LibreOffice: a client who left, a number that no
longer answers, kept on the list and crossed out rather than deleted. calamine reads no
fonts, and a struck-out client came in as any other, without a word.

A row is struck out when at least half of its cells with values are (as a row is marked
with a colour: row_colors), and not where most rows are, which is the sheet's look. The
import tags its client «зачёркнут в таблице» (record_words), to be found, looked at and
archived in a few clicks; on a sheet of sales the sale's comment says it. A cell struck
out in a row that is not (an old phone beside the new one) is told too: a phone or e-mail
so struck goes to the notes, not the card (see row_marks.struck_contacts).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree

from clientbase.exchange.row_colors import (
    STYLE,
    inherited_marks,
    ods_styled_cells,
    row_marks,
    styled_cells,
)
from clientbase.exchange.struck_text import (
    ods_struck_parts,
    says_strike,
    struck_strings,
    xlsx_struck_parts,
)
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, MAIN, sheet_part

STRUCK = "struck"
# Struck out on nine rows of ten or more, the list is the sheet's look (a font chosen for the
# whole sheet), not clients crossed out: a shop that lost half its clients strikes half.
STRUCK_SHARE_OF_LOOK = 0.9
# Of a cell's style, or of a span of its text (LibreOffice writes a span's «type» alone).
_LINE_THROUGH = b"line-through"


@dataclass(frozen=True)
class Strikes:
    """The rows struck through (from zero, as the sheet's rows), and of the other rows the
    columns of the cells struck through, by row."""

    rows: frozenset[int] = frozenset()
    cells: Mapping[int, frozenset[int]] = field(default_factory=dict)
    # (row, column) → the parts of a cell's text struck through, of the cells struck in part
    # (an old number beside the new one: struck_text), or by runs whole.
    parts: Mapping[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)


def strikes(marked: dict[int, dict[int, str]], rows: Sequence[Sequence[object]]) -> Strikes:
    """The strikes of a sheet whose struck cells are `marked` (row → column → STRUCK);
    none where the rows struck are the sheet's look."""
    whole = row_marks(marked, rows, share_of_look=float("inf"))
    listed = sum(1 for values in rows if any(value is not None for value in values))
    if not marked or (whole and len(whole) >= STRUCK_SHARE_OF_LOOK * listed):
        return Strikes()
    cells = {row: frozenset(found) for row, found in marked.items() if row not in whole}
    return Strikes(frozenset(whole), cells)


def xlsx_strikes(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> Strikes:
    """The sheet's strikes, of its cells' fonts and of parts of their text. None for a
    package that cannot be read so: the import goes on with the values."""
    try:
        with zipfile.ZipFile(path) as package:
            styles = _struck_styles(package)
            shared = struck_strings(package)
            part = sheet_part(package, sheet)
            if part is None or (not styles and shared is None):
                return Strikes()
            content = package.read(part)
            marked = styled_cells(content, styles) if styles else {}
            parts = xlsx_struck_parts(content, shared or {})
    except DAMAGED_PACKAGE:
        return Strikes()
    return with_parts(marked, parts, rows)


def with_parts(
    marked: dict[int, dict[int, str]],
    parts: dict[tuple[int, int], tuple[str, ...]],
    rows: Sequence[Sequence[object]],
) -> Strikes:
    """The strikes of the cells `marked` by their font (row → column → STRUCK), and of
    `parts` of their text (by runs, spans). A text is struck where its runs say, whatever
    the cell's font: LibreOffice gives the cell the font of the first run, struck or not.
    A text its runs strike whole is a struck cell, which counts to strike its row."""
    marked = {row: dict(cells) for row, cells in marked.items()}
    kept: dict[tuple[int, int], tuple[str, ...]] = {}
    for (row, column), texts in parts.items():
        values = rows[row] if row < len(rows) else ()
        value = values[column] if column < len(values) else None
        if isinstance(value, str) and _bare("".join(texts)) == _bare(value):
            marked.setdefault(row, {})[column] = STRUCK
        else:
            marked.get(row, {}).pop(column, None)
            kept[(row, column)] = texts
    return replace(strikes({r: c for r, c in marked.items() if c}, rows), parts=kept)


def _bare(text: str) -> str:
    return "".join(text.split())


def _struck_styles(package: zipfile.ZipFile) -> dict[int, str]:
    """Cell style index → STRUCK, for the styles whose font strikes through."""
    root = ElementTree.fromstring(package.read("xl/styles.xml"))
    font_list = root.find(f"{MAIN}fonts")
    struck_fonts = {
        index
        for index, font in enumerate(font_list if font_list is not None else [])
        if (strike := font.find(f"{MAIN}strike")) is not None
        and strike.get("val", "1") not in ("0", "false")
    }
    if not struck_fonts:
        return {}
    formats = root.find(f"{MAIN}cellXfs")
    return {
        index: STRUCK
        for index, xf in enumerate(formats if formats is not None else [])
        if (font := xf.get("fontId") or "").isdigit() and int(font) in struck_fonts
    }


def ods_strikes(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> Strikes:
    """As xlsx_strikes, for an .ods: its cells' styles (or their parents') whose text is
    struck through. Its cells are looked through only where a style strikes at all."""
    try:
        with zipfile.ZipFile(path) as package:
            content = package.read("content.xml")
            named: dict[str, str] = {}
            if "styles.xml" in package.namelist():
                shared = package.read("styles.xml")
                if _LINE_THROUGH in shared:
                    root = ElementTree.fromstring(shared)
                    named = _ods_strikes(root.iter(f"{STYLE}style"), {})
            if _LINE_THROUGH not in content and not named:
                return Strikes()
            marked = ods_styled_cells(content, sheet, named, _ods_strikes)
            parts = ods_struck_parts(content, sheet, marked)
    except DAMAGED_PACKAGE:
        return Strikes()
    return with_parts(marked, parts, rows)


def _ods_strikes(styles: Iterable[ElementTree.Element], named: dict[str, str]) -> dict[str, str]:
    return inherited_marks(styles, named, _strike)


def _strike(style: ElementTree.Element) -> str | None:
    return STRUCK if says_strike(style) else None
