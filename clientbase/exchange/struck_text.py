"""The parts of a cell's text struck through: «8 916 123-45-67, 8 903 111-22-33» with the old
number crossed out, its owner typed the new one beside it and struck the old one in the same
cell. calamine reads the text alone, and the old number became the card's second phone.

An .xlsx keeps such a cell's text as runs, each with its own font (Excel and LibreOffice in
the shared strings, openpyxl inline in the sheet); a run whose font strikes is a struck part.
Only strings with a strike in them are looked at: a sheet of none costs a search of its
strings' bytes. An .ods keeps it as spans of text styles, which strike, unstrike, or leave
the cell's own strike as it is.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from xml.etree.ElementTree import Element, iterparse

from clientbase.exchange.ods_cells import OFFICE, table_cells
from clientbase.exchange.xlsx_parts import cell_position

_SHARED = "xl/sharedStrings.xml"
_STRIKE = b"strike"
# An element of the spreadsheetml namespace, written with a prefix («x:si») by some writers.
_P = rb"(?:\w+:)?"
_STRING = re.compile(rb"<" + _P + rb"si>(.*?)</" + _P + rb"si>|<" + _P + rb"si\s*/>", re.S)
_RUN = re.compile(rb"<" + _P + rb"r>(.*?)</" + _P + rb"r>", re.S)
_RUN_FONT = re.compile(rb"<" + _P + rb"rPr>(.*?)</" + _P + rb"rPr>", re.S)
_STRUCK = re.compile(rb"<" + _P + rb"strike(?:\s+val=\"(\w+)\")?\s*/>")
_TEXT = re.compile(rb"<" + _P + rb"t(?:\s[^>]*)?>(.*?)</" + _P + rb"t>|<" + _P + rb"t\s*/>", re.S)
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3}\d+)"')
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
    kind, reference = _TYPE.search(attributes), _REFERENCE.search(attributes)
    place = cell_position(reference[1].decode()) if reference is not None else None
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
    """The struck parts of a string's runs."""
    pieces = []
    for run in _RUN.findall(written):
        font = _RUN_FONT.search(run)
        strike = _STRUCK.search(font[1]) if font is not None else None
        struck = strike is not None and (strike[1] or b"1") not in (b"0", b"false")
        pieces.append(("".join(_texts(run)), struck))
    return struck_parts(pieces)


def struck_parts(pieces: Iterable[tuple[str, bool]]) -> tuple[str, ...]:
    """Of a text's pieces, each struck or not, the struck parts: pieces struck one after
    another are one part («8 (903) » and «111-22-33» in two fonts)."""
    parts: list[str] = []
    before = False
    for text, struck in pieces:
        if not text:
            continue
        if struck and before:
            parts[-1] += text
        elif struck:
            parts.append(text)
        before = struck
    return tuple(part for part in parts if part.strip())


def _texts(run: bytes) -> Iterator[str]:
    for match in _TEXT.finditer(run):
        if match[1]:
            yield html.unescape(match[1].decode("utf-8", "replace"))


_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODS_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_LINE = b"line-through"


def ods_struck_parts(
    content: bytes, sheet: str, struck_cells: Mapping[int, Mapping[int, str]]
) -> dict[tuple[int, int], tuple[str, ...]]:
    """As xlsx_struck_parts, for the named table of an .ods's content.xml: the cells whose
    text is struck in part by its spans. A span that says nothing of strikes is struck as
    its cell is (`struck_cells`: row → column → mark, of the cells struck by their style);
    LibreOffice, saving an .xlsx's runs, gives the cell the first run's font."""
    if _LINE not in content:
        return {}
    events = iterparse(io.BytesIO(content), events=("start", "end"))
    spans: dict[str, bool] = {}
    for event, element in events:
        if element.tag == f"{_STYLE}style" and event == "end":
            said = says_strike(element)
            if said is not None and element.get(f"{_STYLE}family") == "text":
                spans[element.get(f"{_STYLE}name") or ""] = said
        elif element.tag == f"{OFFICE}body":
            break
    if not spans:
        return {}
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for row, column, _, cell in table_cells(events, sheet):
        if cell.find(f".//{_ODS_TEXT}span") is None:
            continue
        whole = column in struck_cells.get(row, {})
        pieces: list[tuple[str, bool]] = []
        for paragraph in cell.iter(f"{_ODS_TEXT}p"):
            # A new paragraph (a line of the cell) begins a new part.
            pieces += [("\n", False), *_segments(paragraph, whole, spans)]
        if parts := struck_parts(pieces):
            found[(row, column)] = parts
    return found


def says_strike(style: Element) -> bool | None:
    """Whether an .ods style strikes its text through, or None where it does not say: by
    its line's «style», or its «type» alone, as LibreOffice writes a span's."""
    properties = style.find(f"{_STYLE}text-properties")
    if properties is None:
        return None
    for name in ("text-line-through-style", "text-line-through-type"):
        if (written := properties.get(f"{_STYLE}{name}")) is not None:
            return written != "none"
    return None


def _segments(element: Element, struck: bool, spans: dict[str, bool]) -> Iterator[tuple[str, bool]]:
    """The text of a paragraph (or a span of it) as pieces, each struck or not."""
    if element.text:
        yield element.text, struck
    for child in element:
        if child.tag == f"{_ODS_TEXT}span":
            yield from _segments(
                child, spans.get(child.get(f"{_ODS_TEXT}style-name") or "", struck), spans
            )
        elif child.tag == f"{_ODS_TEXT}s":
            yield " " * int(child.get(f"{_ODS_TEXT}c", "1")), struck
        else:  # a link, a tab, a line break: their text as the cell's around them
            yield from _segments(child, struck, spans)
        if child.tail:
            yield child.tail, struck
