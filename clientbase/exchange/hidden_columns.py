"""The columns a sheet hides (Excel's and LibreOffice's «Скрыть»), which calamine reads like
any other: a helper column of formulas («Ключ» made of the name and the phone, an age worked
out from the birthday) that the sheet's owner hid so as not to see it, and whose values filled
every client's notes. The import leaves such a column out unless its name or values say it
is a field of the card (see import_plan.mapping_for); the wizard marks it.

An .xlsx says so in its sheet part's <cols>, before the rows, so only the part's beginning
is read; an .ods in the table's columns, before its first row; an .xls in the column
records xlrd reads with the cells' formatting (xls_marks).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from clientbase.exchange.ods_cells import TABLE
from clientbase.exchange.sheet_cells import bounded_count
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, sheet_part

MAX_COLUMNS = 16_384  # Excel's last column, XFD
_COLUMN = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
_CHUNK = 1 << 16
_HEAD_LIMIT = 1 << 22  # <cols> comes before the rows; a sheet's view and format are small


def xlsx_hidden_columns(path: Path, sheet: str) -> frozenset[int]:
    """The named sheet's hidden columns, counted from zero (A is 0). None for a package
    that cannot be read so: the import goes on with the values."""
    try:
        with zipfile.ZipFile(path) as package:
            part = sheet_part(package, sheet)
            if part is None:
                return frozenset()
            with package.open(part) as stream:
                head = _head(stream.read)
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


def _head(read: object) -> bytes:
    """The part up to its rows («<sheetData»)."""
    assert callable(read)
    head = b""
    while b"sheetData" not in head and len(head) < _HEAD_LIMIT:
        chunk = read(_CHUNK)
        if not chunk:
            break
        head += chunk
    return head.split(b"sheetData", 1)[0]


def ods_hidden_columns(path: Path, sheet: str) -> frozenset[int]:
    """As xlsx_hidden_columns, for an .ods: its table's columns of visibility «collapse»."""
    hidden: set[int] = set()
    column, inside = 0, False
    try:
        with zipfile.ZipFile(path) as package, package.open("content.xml") as content:
            for event, element in iterparse(content, events=("start", "end")):
                tag = element.tag
                if tag == f"{TABLE}table" and event == "start":
                    inside = element.get(f"{TABLE}name") == sheet
                elif not inside:
                    if event == "end":
                        element.clear()
                elif tag == f"{TABLE}table-row":
                    break  # the columns are all said before the first row
                elif tag == f"{TABLE}table-column" and event == "end":
                    repeated = bounded_count(
                        element.get(f"{TABLE}number-columns-repeated"), 1, MAX_COLUMNS
                    )
                    if element.get(f"{TABLE}visibility") in ("collapse", "filter"):
                        hidden.update(range(column, min(column + repeated, MAX_COLUMNS)))
                    column += repeated
    except DAMAGED_PACKAGE:
        return frozenset()
    return frozenset(hidden)
