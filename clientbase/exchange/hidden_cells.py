"""The rows and columns a sheet hides (Excel's and LibreOffice's «Скрыть», or a filter),
which calamine reads like any other.

A hidden column is most often the owner's helper, a column of formulas («Ключ» made of the
name and the phone, an age worked out from the birthday) hidden so as not to be seen, whose
values filled every client's notes. The import leaves such a column out unless its name
says it is a field of the card (see side_tables.hidden_left_out); the wizard marks it.

Hidden rows are a filter left on, or clients hidden rather than deleted: they are imported
like the others (nothing is left out unseen), and the wizard says how many there are and
offers to leave them out (import_plan.without_hidden_rows).

An .xlsx says so in its sheet part: the columns in <cols> before the rows, so only the
part's beginning is read for them, and each hidden <row>, looked for only where the part
holds a «hidden» at all; an .ods in its table's columns and rows of visibility «collapse»
(or «filter»); an .xls in the column and row records xlrd reads with the cells' formatting
(xls_marks).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import iterparse

from clientbase.exchange.ods_cells import TABLE, table_events, table_rows
from clientbase.exchange.sheet_cells import bounded_count
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, sheet_part

MAX_COLUMNS = 16_384  # Excel's last column, XFD
_MAX_ROWS = 1_048_576  # Excel's last row; a repeat as long is the sheet's empty rest
_COLUMN = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
_CHUNK = 1 << 16
PART_CHUNK = 1 << 20  # how much of a sheet's rows is looked through at a time
_HEAD_LIMIT = 1 << 22  # <cols> comes before the rows; a sheet's view and format are small
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\shidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_HIDDEN_VALUES = (b'hidden="1"', b'hidden="true"')
_VISIBILITY = b'table:visibility="'
_HIDING = ("collapse", "filter")


@contextmanager
def _sheet_xml(path: Path, sheet: str) -> Iterator[IO[bytes] | None]:
    """The named sheet's part of an .xlsx, to read as a stream; None if there is none."""
    with zipfile.ZipFile(path) as package:
        part = sheet_part(package, sheet)
        if part is None:
            yield None
            return
        with package.open(part) as stream:
            yield stream


def xlsx_hidden_columns(path: Path, sheet: str) -> frozenset[int]:
    """The named sheet's hidden columns, counted from zero (A is 0). None for a package
    that cannot be read so: the import goes on with the values."""
    try:
        with _sheet_xml(path, sheet) as stream:
            head = _head(stream.read) if stream is not None else b""
    except DAMAGED_PACKAGE:
        return frozenset()
    hidden: set[int] = set()
    for written in _COLUMN.findall(head):
        attributes = dict(_ATTRIBUTE.findall(written))
        if attributes.get(b"hidden") not in (b"1", b"true"):
            continue
        first = bounded_count(attributes.get(b"min", b"").decode(), 1, MAX_COLUMNS)
        last = bounded_count(attributes.get(b"max", b"").decode(), first, MAX_COLUMNS)
        hidden.update(range(first - 1, last))
    return frozenset(hidden)


def _head(read: Callable[[int], bytes]) -> bytes:
    """The part up to its rows («<sheetData»)."""
    head = b""
    while b"sheetData" not in head and len(head) < _HEAD_LIMIT:
        chunk = read(_CHUNK)
        if not chunk:
            break
        head += chunk
    return head.split(b"sheetData", 1)[0]


def xlsx_hidden_rows(path: Path, sheet: str) -> frozenset[int]:
    """The named sheet's hidden rows, counted from zero (row 1 is 0). Read a chunk at a
    time; a part with no «hidden» in it (most) costs only its inflating."""
    hidden: set[int] = set()
    try:
        with _sheet_xml(path, sheet) as stream:
            carried = b""
            while stream is not None and (chunk := stream.read(PART_CHUNK)):
                text = carried + chunk
                # A row's tag cut by the chunk's end is read with the next chunk.
                cut = text.rfind(b"<")
                text, carried = text[:cut], text[cut:]
                if any(value in text for value in _HIDDEN_VALUES):
                    hidden.update(_hidden_row_numbers(text))
    except DAMAGED_PACKAGE:
        return frozenset()
    return frozenset(hidden)


def _hidden_row_numbers(text: bytes) -> set[int]:
    numbers: set[int] = set()
    for tag in _HIDDEN_ROW.findall(text):
        if (number := _ROW_NUMBER.search(tag)) is not None and int(number.group(1)) > 0:
            numbers.add(int(number.group(1)) - 1)
    return numbers


def ods_hidden_columns(path: Path, sheet: str) -> frozenset[int]:
    """As xlsx_hidden_columns, for an .ods: its table's columns of visibility «collapse»."""
    hidden: set[int] = set()
    column = 0
    try:
        with zipfile.ZipFile(path) as package, package.open("content.xml") as content:
            events = iterparse(content, events=("start", "end"))
            for event, element in table_events(events, sheet):
                tag = element.tag
                if tag == f"{TABLE}table-row":
                    break  # the columns are all said before the first row
                if tag == f"{TABLE}table-column" and event == "end":
                    repeated = bounded_count(
                        element.get(f"{TABLE}number-columns-repeated"), 1, MAX_COLUMNS
                    )
                    if element.get(f"{TABLE}visibility") in _HIDING:
                        hidden.update(range(column, min(column + repeated, MAX_COLUMNS)))
                    column += repeated
    except DAMAGED_PACKAGE:
        return frozenset()
    return frozenset(hidden)


def ods_hidden_rows(path: Path, sheet: str) -> frozenset[int]:
    """As xlsx_hidden_rows, for an .ods: its table's rows of visibility «collapse» (hidden)
    or «filter» (a filter's). Its content is walked only where something is hidden."""
    hidden: set[int] = set()
    try:
        with zipfile.ZipFile(path) as package:
            with package.open("content.xml") as content:
                if not _holds(content.read, _VISIBILITY):
                    return frozenset()
            with package.open("content.xml") as content:
                events = iterparse(content, events=("start", "end"))
                for row, repeated, element in table_rows(events, sheet):
                    if element.get(f"{TABLE}visibility") in _HIDING and repeated < _MAX_ROWS:
                        hidden.update(range(row, row + repeated))
    except DAMAGED_PACKAGE:
        return frozenset()
    return frozenset(hidden)


def _holds(read: Callable[[int], bytes], wanted: bytes) -> bool:
    """Whether a stream holds these bytes, read a chunk at a time."""
    carried = b""
    while chunk := read(PART_CHUNK):
        if wanted in carried + chunk:
            return True
        carried = chunk[-len(wanted) :]
    return False
