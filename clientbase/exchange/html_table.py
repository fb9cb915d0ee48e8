"""The tables of a web page saved under a spreadsheet's name.

Bitrix24's «Экспорт в Excel», Bitrix sites' lists and many web services hand out an .xls
that is an HTML page holding a <table>; Excel and LibreOffice open it as a sheet. Here each
table of the page is a sheet. The standard library's HTMLParser reads the markup (it decodes
entities and bears unclosed tags); this module only lays its cells out in rows.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from clientbase.errors import ImportFileError
from clientbase.exchange.csv_file import decode
from clientbase.exchange.sheet_cells import bounded_count

# A merged cell as calamine gives it: (top, left), (bottom, right), counted from zero.
Span = tuple[tuple[int, int], tuple[int, int]]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\xa0\u200b]+")  # &nbsp; too: no name wants one
# Tags that end a line of text inside a cell, as a browser shows it.
_LINE_TAGS = {"br", "p", "div", "li", "tr"}
_SKIPPED = {"script", "style"}  # not <head>: pages leave it open
_CHUNK = 1 << 20
# A number shown with an exponent, its last digits lost: «7,92E+10», «1.23457E+11».
_ROUNDED = re.compile(r"^-?\d+(?:[.,]\d+)?E[+-]?\d+$", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_MAX_SPAN = 1000  # more than any sheet's merged cell; a page's «colspan=99999» is not copied


@dataclass
class HtmlTable:
    rows: list[list[str | None]] = field(default_factory=list)
    merged: list[Span] = field(default_factory=list)
    # Cells a rowspan above still fills, by row and column.
    taken: dict[int, set[int]] = field(default_factory=dict)

    def has_text(self) -> bool:
        return any(cell for row in self.rows for cell in row)


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[HtmlTable] = []
        self._open: list[HtmlTable] = []  # tables inside tables: each is a table of its own
        self._cell: list[str] | None = None  # the text of the cell being read
        self._at: tuple[list[str | None], int] | None = None  # its row and column
        self._exact: str | None = None  # the number the cell shows rounded, if the page says
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "table":
            self._end_cell()
            table = HtmlTable()
            self.tables.append(table)
            self._open.append(table)
        elif not self._open:
            return
        elif tag == "tr":
            self._end_cell()
            self._open[-1].rows.append([])
        elif tag in ("td", "th"):
            self._start_cell(attrs)
        elif tag in _LINE_TAGS and self._cell is not None:
            self._cell.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:  # <br/> and <td/> as XHTML writes them
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "table" and self._open:
            self._end_cell()
            self._open.pop()
        elif tag in ("td", "th", "tr"):
            self._end_cell()
        elif tag in _LINE_TAGS - {"br"} and self._cell is not None:
            self._cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skipping:
            self._cell.append(_SPACES.sub(" ", data))

    def _start_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        self._end_cell()
        table = self._open[-1]
        if not table.rows:
            table.rows.append([])  # a <td> with no <tr> before it
        line = len(table.rows) - 1
        row = table.rows[line]
        if table.taken:
            taken = table.taken.get(line, ())
            while len(row) in taken:
                row.append(None)
        left = len(row)
        row.append(None)
        self._cell, self._at, self._exact = [], (row, left), None
        if not attrs:
            return  # nearly every cell
        named = dict(attrs)
        # Excel's «Save as Web Page» keeps a number's own value in x:num, LibreOffice's in
        # sdval, beside the text shown, which may be «7,92E+10» for a phone.
        self._exact = named.get("x:num") or named.get("sdval")
        across, down = _span(named.get("colspan")), _span(named.get("rowspan"))
        if across > 1:
            row.extend([None] * (across - 1))
        if across > 1 or down > 1:
            table.merged.append(((line, left), (line + down - 1, left + across - 1)))
        for below in range(line + 1, line + down):
            table.taken.setdefault(below, set()).update(range(left, left + across))

    def _end_cell(self) -> None:
        if self._cell is None or self._at is None:
            return
        text = "".join(self._cell).strip()
        if "\n" in text:
            lines = (line.strip() for line in text.split("\n"))
            text = "\n".join(line for line in lines if line)
        if self._exact and _ROUNDED.match(text) and _NUMBER.match(self._exact):
            text = self._exact
        row, column = self._at
        row[column] = text or None
        self._cell, self._at = None, None


def _span(value: str | None) -> int:
    return bounded_count(value, 1, _MAX_SPAN)


def page_text(raw: bytes) -> str:
    """The page as text. UTF-8 whenever its bytes are UTF-8: old PHP sites declare one code
    page and write another, and Cyrillic in cp1251 is never valid UTF-8. Otherwise the code
    page its <meta charset> names (windows-1251 from an old boxed Bitrix), where the bytes
    fit it, else as a CSV's is guessed (cp1251 or cp866)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    named = _CHARSET.search(raw[:4096])
    if named:
        try:
            return raw.decode(named.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a charset no codec knows, or bytes it has no letters for: guessed
    return decode(raw)


def read_html_tables(
    path: Path, still_wanted: Callable[[], None] | None = None, max_rows: int | None = None
) -> list[HtmlTable]:
    """Every table of the page that holds any text, in the page's order. A table of more
    than `max_rows` rows is refused as soon as it has them, not after the whole page."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError("cannot_read", path.name) from error
    text = page_text(raw)
    parser = _TableParser()
    for start in range(0, len(text), _CHUNK):
        if still_wanted is not None:
            still_wanted()
        parser.feed(text[start : start + _CHUNK])
        if max_rows is not None and any(len(table.rows) > max_rows for table in parser.tables):
            raise ImportFileError("too_many_rows", path.name)
    parser.close()
    return [table for table in parser.tables if table.has_text()]
