"""The tables of a text document: Word's .docx and LibreOffice Writer's .odt.

Many a shop kept its clients as a table in a Word document («Клиенты.docx»: ФИО, телефон,
дата рождения), and Excel opens no document. Each table of the document is a sheet here, as
a web page's are (html_table), with its merged cells kept as spans. Its cells are the text
Word or Writer shows: paragraphs are lines of the cell; a comment, a footnote or a text box
is not the cell's text.

Both formats are a zip of XML, read with the standard library's zipfile and iterparse, a row
at a time, so a long table is never held as a tree (python-docx would bring lxml into the
program for four elements, and reads no .odt). Expat 2.4 and later refuse entity bombs,
and ElementTree fetches no external entities.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, iterparse

from clientbase.errors import ImportFileError
from clientbase.exchange.html_table import HtmlTable
from clientbase.exchange.ods_cells import OFFICE, TABLE
from clientbase.exchange.sheet_cells import bounded_count
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE

WORD_PART = "word/document.xml"
WRITER_PART = "content.xml"
WRITER_TYPE = "application/vnd.oasis.opendocument.text"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# What holds text that is not the cell's own: a Word text box (and the older drawing Word
# writes beside it), a Writer comment, footnote or frame.
_ASIDES = {
    _W + "txbxContent", _MC + "Fallback", OFFICE + "annotation", _TEXT + "note",
    _DRAW + "frame",
}  # fmt: skip
# A package cut short or not a zip, a part that is no XML or not in its encoding.
_DAMAGED: tuple[type[Exception], ...] = (*DAMAGED_PACKAGE, UnicodeError)
_MAX_SPAN = 1000  # as a web page's colspan: more than any real table; no memory filled
_ROWS_BETWEEN_CHECKS = 5_000


@dataclass
class _Building:
    """A table being read: its rows so far, and the row and cell being read."""

    # Whether the file writes the cells a merged cell covers (Writer's covered-table-cell)
    # or leaves them out (Word's gridSpan).
    writes_covered: bool
    table: HtmlTable = field(default_factory=HtmlTable)
    row: list[str | None] | None = None
    paragraphs: list[str] | None = None  # of the cell being read
    across: int = 1  # the cell's columns
    rows_down: int = 1  # its rows, where the file says so (Writer)
    merge: str | None = None  # Word's vMerge: "restart" or "continue"
    covered: bool = False  # a cell another covers (Writer)
    repeated: int = 1  # the cell written once for several alike (Writer)
    # Word's cells merged down and still open: by column, their first row and width; and the
    # columns this row continues them in.
    down: dict[int, tuple[int, int]] = field(default_factory=dict)
    continued: set[int] = field(default_factory=set)

    def start_cell(self) -> None:
        self.paragraphs = []
        self.across, self.rows_down, self.merge, self.covered, self.repeated = 1, 1, None, False, 1

    def end_cell(self) -> None:
        if self.row is None:
            self.row = []  # a cell outside any row: a row of its own, as a browser shows it
        text = "\n".join(line for line in self.paragraphs or () if line) or None
        line, column = len(self.table.rows), len(self.row)
        if self.covered:
            text = None  # Writer keeps a covered cell's text, hidden under the merged one
        elif self.merge == "continue" and column in self.down:
            text = None  # Word shows only the top cell's text
            self.continued.add(column)
        else:
            self._close(column, line - 1)
            if self.merge == "restart":
                self.down[column] = (line, self.across)
            elif self.across > 1 or self.rows_down > 1:
                bottom = line + self.rows_down - 1
                self.table.merged.append(((line, column), (bottom, column + self.across - 1)))
        self.row.extend([text] * self.repeated)
        if not self.writes_covered:
            self.row.extend([None] * (self.across - 1))
        self.paragraphs = None

    def end_row(self, repeated: int = 1) -> None:
        row = self.row if self.row is not None else []
        line = len(self.table.rows)
        for column, (top, _width) in list(self.down.items()):
            if top < line and column not in self.continued:
                self._close(column, line - 1)
        # A row Writer writes once for several alike is written out, unless it is empty.
        self.table.rows.extend([list(row) for _ in range(repeated if any(row) else 1)])
        self.row, self.continued = None, set()

    def end_table(self) -> None:
        for column in list(self.down):
            self._close(column, len(self.table.rows) - 1)

    def _close(self, column: int, bottom: int) -> None:
        """Ends Word's merge down from the cell in `column` at row `bottom`."""
        opened = self.down.pop(column, None)
        if opened is None:
            return
        top, width = opened
        if bottom > top or width > 1:
            self.table.merged.append(((top, column), (max(bottom, top), column + width - 1)))


def read_document_tables(
    path: Path, still_wanted: Callable[[], None] | None = None, max_rows: int | None = None
) -> list[HtmlTable]:
    """Every table of the document that holds any text, in the document's order; a table
    inside a table's cell is one of them. Raise ImportFileError for a damaged file or a
    table of more than `max_rows` rows."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if WORD_PART in names:
                with package.open(WORD_PART) as part:
                    tables = _read(part, _WordEvents(), path.name, still_wanted, max_rows)
            elif WRITER_PART in names:
                with package.open(WRITER_PART) as part:
                    tables = _read(part, _WriterEvents(), path.name, still_wanted, max_rows)
            else:
                raise ImportFileError("cannot_read", path.name)
    except NotImplementedError as error:  # a later zip version, another compression
        raise ImportFileError("cannot_read", path.name) from error
    except RuntimeError as error:  # a zip whose parts need a password
        raise ImportFileError("encrypted", path.name) from error
    except _DAMAGED as error:
        raise ImportFileError("cannot_read", path.name) from error
    return [table for table in tables if table.has_text()]


def is_text_document(package: zipfile.ZipFile) -> bool:
    """Whether an opened zip is a Word or Writer document rather than a workbook."""
    names = set(package.namelist())
    if WORD_PART in names:
        return True
    if "mimetype" in names and WRITER_PART in names:
        return package.read("mimetype")[:64].decode("ascii", "replace").startswith(WRITER_TYPE)
    return False


class _Events:
    """What each element of the part does to the tables being read."""

    table = row = cell = covered = ""
    writes_covered = False

    def cell_starts(self, element: Element, building: _Building) -> None: ...

    def row_ends(self, element: Element, building: _Building) -> None:
        building.end_row()

    def paragraph_text(self, element: Element) -> str:
        raise NotImplementedError

    def is_paragraph(self, tag: str) -> bool:
        raise NotImplementedError

    def other_end(self, element: Element, building: _Building) -> None: ...


class _WordEvents(_Events):
    table, row, cell = _W + "tbl", _W + "tr", _W + "tc"

    def is_paragraph(self, tag: str) -> bool:
        return tag == _W + "p"

    def other_end(self, element: Element, building: _Building) -> None:
        tag = element.tag
        if tag == _W + "gridSpan" and building.paragraphs is not None:
            building.across = bounded_count(element.get(_W + "val"), 1, _MAX_SPAN)
        elif tag == _W + "vMerge" and building.paragraphs is not None:
            building.merge = element.get(_W + "val") or "continue"
        elif tag == _W + "gridBefore" and building.row is not None and not building.row:
            # A row that starts a few columns in: its first cells stand under those columns.
            building.row.extend([None] * bounded_count(element.get(_W + "val"), 0, _MAX_SPAN))

    def paragraph_text(self, element: Element) -> str:
        return "".join(_word_runs(element)).strip()


def _word_runs(element: Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if tag == _W + "t":
            yield child.text or ""
        elif tag == _W + "tab" and child.get(_W + "pos") is None:  # not a tab stop
            yield " "
        elif tag in (_W + "br", _W + "cr"):
            yield "\n"
        elif tag == _W + "noBreakHyphen":
            yield "-"
        elif tag not in _ASIDES and tag != _W + "p" and tag != _W + "delText":
            yield from _word_runs(child)


class _WriterEvents(_Events):
    table, row, cell = TABLE + "table", TABLE + "table-row", TABLE + "table-cell"
    covered = TABLE + "covered-table-cell"
    writes_covered = True

    def is_paragraph(self, tag: str) -> bool:
        return tag in (_TEXT + "p", _TEXT + "h")

    def cell_starts(self, element: Element, building: _Building) -> None:
        def count(name: str) -> int:
            return bounded_count(element.get(TABLE + name), 1, _MAX_SPAN)

        building.across, building.rows_down = (
            count("number-columns-spanned"),
            count("number-rows-spanned"),
        )
        building.repeated = count("number-columns-repeated")
        building.covered = element.tag == self.covered

    def row_ends(self, element: Element, building: _Building) -> None:
        repeated = bounded_count(element.get(TABLE + "number-rows-repeated"), 1, _MAX_SPAN)
        building.end_row(repeated)

    def paragraph_text(self, element: Element) -> str:
        return "".join(_writer_text(element)).strip()


def _writer_text(element: Element) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        tag = child.tag
        if tag == _TEXT + "s":
            yield " " * bounded_count(child.get(_TEXT + "c"), 1, _MAX_SPAN)
        elif tag == _TEXT + "tab":
            yield " "
        elif tag == _TEXT + "line-break":
            yield "\n"
        elif tag not in _ASIDES:
            yield from _writer_text(child)
        yield child.tail or ""


def _read(
    part: IO[bytes],
    events: _Events,
    name: str,
    still_wanted: Callable[[], None] | None,
    max_rows: int | None,
) -> list[HtmlTable]:
    tables: list[HtmlTable] = []
    open_tables: list[_Building] = []
    asides = 0
    for event, element in iterparse(part, events=("start", "end")):
        tag = element.tag
        if tag in _ASIDES:
            asides += 1 if event == "start" else -1
            continue
        if event == "start":
            if tag == events.table:
                if still_wanted is not None:
                    still_wanted()
                open_tables.append(_Building(events.writes_covered))
                tables.append(open_tables[-1].table)
            elif not open_tables:
                continue
            elif tag == events.row:
                open_tables[-1].row = []
            elif tag in (events.cell, events.covered):
                open_tables[-1].start_cell()
                events.cell_starts(element, open_tables[-1])
            continue
        if tag == events.table:
            if open_tables:
                open_tables.pop().end_table()
            element.clear()
        elif not open_tables:
            if events.is_paragraph(tag):
                element.clear()  # the document's text around its tables
        elif events.is_paragraph(tag):
            building = open_tables[-1]
            if building.paragraphs is not None and not asides:
                building.paragraphs.append(events.paragraph_text(element))
            element.clear()
        elif tag in (events.cell, events.covered):
            open_tables[-1].end_cell()
        elif tag == events.row:
            building = open_tables[-1]
            events.row_ends(element, building)
            rows = len(building.table.rows)
            if max_rows is not None and rows > max_rows:
                raise ImportFileError("too_many_rows", name)
            if still_wanted is not None and rows % _ROWS_BETWEEN_CHECKS == 0:
                still_wanted()
            element.clear()
        else:
            events.other_end(element, open_tables[-1])
    return tables
