"""The parts of a cell's text struck through: «8 916 123-45-67, 8 903 111-22-33» with the old
number crossed out, its owner typed the new one beside it and struck the old one in the same
cell. calamine reads the text alone, and the old number became the card's second phone.

An .xlsx keeps such a cell's text as runs, each with its own font (Excel and LibreOffice in
the shared strings, openpyxl inline in the sheet); a run whose font strikes is a struck part.
Only strings with a strike in them are looked at: a sheet of none costs a search of its
strings' bytes.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterator

_SHARED = "xl/sharedStrings.xml"
_STRIKE = b"strike"
# An element of the spreadsheetml namespace, written with a prefix («x:si») by some writers.
_P = rb"(?:\w+:)?"
_STRING = re.compile(rb"<" + _P + rb"si>(.*?)</" + _P + rb"si>|<" + _P + rb"si\s*/>", re.S)
_RUN = re.compile(rb"<" + _P + rb"r>(.*?)</" + _P + rb"r>", re.S)
_RUN_FONT = re.compile(rb"<" + _P + rb"rPr>(.*?)</" + _P + rb"rPr>", re.S)
_STRUCK = re.compile(rb"<" + _P + rb"strike(?:\s+val=\"(\w+)\")?\s*/>")
_TEXT = re.compile(rb"<" + _P + rb"t(?:\s[^>]*)?>(.*?)</" + _P + rb"t>|<" + _P + rb"t\s*/>", re.S)
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_INLINE = re.compile(rb"<" + _P + rb"is>(.*?)</" + _P + rb"is>", re.S)


def struck_strings(package: zipfile.ZipFile) -> dict[int, tuple[str, ...]] | None:
    """The workbook's shared strings with struck runs, index → struck parts; None where
    no text can have any: the workbook's strings are all shared (Excel's, LibreOffice's),
    none struck. A workbook of no shared strings keeps its text in the sheets (openpyxl)."""
    if _SHARED not in package.namelist():
        return {}
    found = _struck_shared(package)
    return found or None


def xlsx_struck_parts(
    sheet: bytes, shared: dict[int, tuple[str, ...]]
) -> dict[tuple[int, int], tuple[str, ...]]:
    """(row, column) → the struck parts of the cell's text, each as written, for the cells
    of the sheet's XML `sheet` whose text is struck in part or whole by its runs: of the
    `shared` strings (struck_strings), or inline. The cells are found by their strings,
    not by reading every cell: a sheet of 100,000 rows holds a million."""
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    if shared:
        indices = b"|".join(str(index).encode() for index in shared)
        for match in re.finditer(rb"<v>(" + indices + rb")</v>", sheet):
            cell = _cell_at(sheet, match.start())
            if cell is not None and cell[1] == b"s":
                found[cell[0]] = shared[int(match[1])]
    at = sheet.find(_STRIKE)
    while at != -1:  # inline strings, as openpyxl writes them
        cell = _cell_at(sheet, at)
        end = sheet.find(b"</c>", at)
        if cell is not None and cell[1] == b"inlineStr" and end != -1:
            written = _INLINE.search(sheet, sheet.rfind(b"<c ", 0, at), end)
            if written is not None and (parts := _struck_runs(written[1])):
                found[cell[0]] = parts
        at = sheet.find(_STRIKE, end) if end != -1 else -1
    return found


def _cell_at(sheet: bytes, at: int) -> tuple[tuple[int, int], bytes] | None:
    """The place and type of the cell whose XML holds byte `at`."""
    start = sheet.rfind(b"<c ", 0, at)
    if start == -1:
        return None
    attributes = sheet[start : sheet.find(b">", start)]
    kind, place = _TYPE.search(attributes), _place(attributes)
    return (place, kind[1]) if kind is not None and place is not None else None


def _struck_shared(package: zipfile.ZipFile) -> dict[int, tuple[str, ...]]:
    """Index → struck parts, of the shared strings that have any."""
    strings = package.read(_SHARED)
    if _STRIKE not in strings:
        return {}
    found: dict[int, tuple[str, ...]] = {}
    for index, match in enumerate(_STRING.finditer(strings)):
        written = match[1]
        if written and _STRIKE in written and (parts := _struck_runs(written)):
            found[index] = parts
    return found


def _struck_runs(written: bytes) -> tuple[str, ...]:
    """The struck parts of a string's runs, runs struck one after another as one part."""
    parts: list[str] = []
    struck_before = False
    for run in _RUN.findall(written):
        text = "".join(_texts(run))
        font = _RUN_FONT.search(run)
        strike = _STRUCK.search(font[1]) if font is not None else None
        struck = strike is not None and (strike[1] or b"1") not in (b"0", b"false")
        if struck and text:
            if struck_before:
                parts[-1] += text
            else:
                parts.append(text)
        struck_before = struck or (struck_before and not text)
    return tuple(part for part in parts if part.strip())


def _texts(run: bytes) -> Iterator[str]:
    for match in _TEXT.finditer(run):
        if match[1]:
            yield html.unescape(match[1].decode("utf-8", "replace"))


def _place(attributes: bytes) -> tuple[int, int] | None:
    reference = _REFERENCE.search(attributes)
    if reference is None:
        return None
    column = 0
    for letter in reference[1]:
        column = column * 26 + letter - ord("A") + 1
    return int(reference[2]) - 1, column - 1
