"""Turning a spreadsheet or CSV file into rows of cell values.

Spreadsheets (.xlsx, .xlsm, .xls, .ods) go through python-calamine: a Rust reader about ten
times faster than openpyxl on a 100,000-row sheet, and one library for all four formats.

A file is read as what its first bytes say it is, when they disagree with its name: a shop's
«клиенты.xls» is often an .xlsx, a CSV or a web page (Bitrix24's «Экспорт в Excel») that
some program named .xls, and Excel and LibreOffice open them all without a word. A Word or
Writer document's tables are sheets too (document_tables).
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from clientbase.errors import ImportFileError
from clientbase.exchange.access_file import access_table_names, read_access_table
from clientbase.exchange.card_layout import cards_as_rows
from clientbase.exchange.cell_formats import ColumnFormats
from clientbase.exchange.csv_file import read_csv
from clientbase.exchange.document_tables import is_text_document, read_document_tables
from clientbase.exchange.header_row import find_header_row
from clientbase.exchange.html_table import HtmlTable, read_html_tables
from clientbase.exchange.own_process import in_own_process
from clientbase.exchange.sheet_cells import Cell, clean_rows, has_data
from clientbase.exchange.sheet_marks import LineMarks, SheetMarks, by_line
from clientbase.exchange.spreadsheet_file import (
    OLE,
    SheetRead,
    is_encrypted_package,
    read_sheet,
    read_sheets,
    workbook_sheet_names,
)
from clientbase.exchange.vcard_file import read_vcards
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE
from clientbase.exchange.xml_spreadsheet import NAMESPACE as XML_SPREADSHEET
from clientbase.exchange.xml_spreadsheet import read_xml_workbook

SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_TABLES = {".csv", ".txt", ".tsv"}
CONTACT_FILES = {".vcf", ".vcard"}
ACCESS_BASES = {".mdb", ".accdb"}
WEB_PAGES = {".htm", ".html"}
XML_FILES = {".xml"}
DOCUMENTS = {".docx", ".docm", ".odt"}
# Word's own older format and RTF: their tables are read once saved as .docx.
OLD_DOCUMENTS = {".doc", ".rtf"}
_READABLE = SPREADSHEETS | TEXT_TABLES | CONTACT_FILES | WEB_PAGES | XML_FILES | DOCUMENTS
MAX_ROWS = 1_000_000

_ZIP = b"PK\x03\x04"  # .xlsx, .xlsm, .ods
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes no text file holds (tab, line feed, form feed and carriage return are text).
_BINARY = frozenset(range(9)) | frozenset(range(14, 32))
# How a web page begins: Bitrix24's export begins with its <meta>, straight before <table>.
_HTML = ("<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<style", "<title")


class Kind(StrEnum):
    SPREADSHEET = "spreadsheet"
    TEXT = "text"
    CONTACTS = "contacts"
    ACCESS = "access"
    WEB_PAGE = "web page"
    XML_SPREADSHEET = "xml spreadsheet"
    DOCUMENT = "document"


@dataclass(frozen=True)
class SheetPart:
    """Where a sheet's rows begin among a workbook's sheets read as one list (see
    services.joined_sheets): at index `start` of the rows, which is line `line` (from one)
    of the sheet `sheet`."""

    start: int
    sheet: str
    line: int


@dataclass(frozen=True)
class TableData:
    sheet: str
    rows: list[list[Cell]]
    # Every sheet of the file (an Access base's tables), read with this one so that the
    # wizard's list of sheets costs no second reading of the file.
    sheets: tuple[str, ...] = ()
    # The row of column names where the reader wrote it itself (a vCard's, an Access
    # table's: the first), rather than one to look for: a lone contact whose messengers
    # cell says «Telegram» would pass for the lower half of a two-row header.
    header_line: int | None = None
    # The cells merged down over several rows below the header, whose value now fills each
    # of them: (top row, bottom row, column), counted from zero. A client's name merged
    # over the rows of its second phone makes those rows one client (see import_plan).
    merged_down: tuple[tuple[int, int, int], ...] = ()
    # The columns whose dates the file shows without a year (an .xlsx's «DD.MM»): typed as
    # «15.03», a birthday there got the year it was typed in; and those whose numbers it
    # shows as percentages (0.05 as «5%»). See cell_formats.
    formats: ColumnFormats = field(default_factory=ColumnFormats)
    # What a spreadsheet says beside its values: its cells' notes and its rows' colours.
    marks: LineMarks = field(default_factory=LineMarks)
    # The program's own full export, which a .vcf says in lines of its own (vcard_file);
    # an .xlsx, .ods or .csv by its column names (export_columns.is_full_export).
    own_export: bool = False
    # The sheets the workbook hides: read only when named, or when no other holds anything.
    hidden: tuple[str, ...] = ()
    # The rows the sheet hides (a filter's, or hidden by hand), as indices of `rows`.
    hidden_rows: frozenset[int] = frozenset()
    # The rows the person chose to leave out (the hidden ones), emptied, as indices of
    # `rows`: the rows around them are read as if they were not there, so that a sale's row
    # under a left-out one is still a sale of the client named above.
    left_out: frozenset[int] = frozenset()
    # Of sheets read as one list, where each begins; empty for a single sheet.
    parts: tuple[SheetPart, ...] = ()
    # What the rows said as read (rows_digest), kept through retyped cells and rows left
    # out: the same list imported again is known by it, from whatever file it comes.
    digest: str = ""
    # The sheet's line (from one) of each row where rows were moved (wide_sales: a row's
    # further purchases under it); empty where each row is the sheet's own.
    lines: tuple[int, ...] = ()
    # Where rows were moved, the columns each moved row's purchase (or call) stands in; the
    # others are the client's own, filled on the client's first row alone.
    sale_columns: frozenset[int] = frozenset()
    # The sheet as the file gave it, where its shape was changed for a client list (see
    # services.sheet_shapes): the row of column names, changed, shapes it anew.
    as_read: TableData | None = None


def sheet_names(path: Path) -> list[str]:
    """The sheets (an Access base's tables) a person can choose from; a CSV file has one,
    named after the file."""
    kind = file_kind(path)
    if kind in (Kind.TEXT, Kind.CONTACTS):
        return [path.stem]
    if kind is Kind.ACCESS:
        return access_table_names(path)
    if kind is Kind.WEB_PAGE:
        return _page_sheet_names(path.stem, len(read_html_tables(path)))
    if kind is Kind.DOCUMENT:
        return _page_sheet_names(path.stem, len(read_document_tables(path)))
    if kind is Kind.XML_SPREADSHEET:
        return read_xml_workbook(path, max_rows=MAX_ROWS)[0]
    return in_own_process(workbook_sheet_names, path)


def file_kind(path: Path) -> Kind:
    """What a file holds: by its name, unless its first bytes say otherwise."""
    _check_readable(path)
    suffix = path.suffix.lower()
    if suffix in ACCESS_BASES:
        return Kind.ACCESS
    if suffix not in _READABLE | OLD_DOCUMENTS:
        raise ImportFileError("unsupported_format", path.name)
    try:
        with path.open("rb") as file:
            head = file.read(2048)
    except PermissionError as error:
        raise ImportFileError("no_access", path.name) from error
    except OSError as error:
        raise ImportFileError("cannot_read", path.name) from error
    if head.startswith(_ZIP):
        return _zip_kind(path)
    if suffix in DOCUMENTS | OLD_DOCUMENTS and (head.startswith(OLE) or not _is_text(head)):
        # A .doc, or a .docx with a password (which Word keeps in an OLE file as Excel does).
        raise ImportFileError(
            "encrypted" if is_encrypted_package(path) else "save_as_docx", path.name
        )
    if head.startswith(OLE):
        return Kind.SPREADSHEET
    if not head or not _is_text(head):
        # An empty or broken spreadsheet is the reader's to refuse; a CSV, the CSV reader's.
        return Kind.SPREADSHEET if suffix in SPREADSHEETS else _by_suffix(suffix)
    start = _decoded(head).lstrip("\ufeff \t\r\n").lower()
    if start.startswith(_HTML) or (start.startswith("<?xml") and "<html" in start):
        return Kind.WEB_PAGE  # Word's «Web page» saved as .doc too
    if suffix in DOCUMENTS | OLD_DOCUMENTS:
        raise ImportFileError("save_as_docx", path.name)  # RTF, or text named .doc
    if start.startswith(("<?xml", "<workbook")) and XML_SPREADSHEET in start:
        return Kind.XML_SPREADSHEET
    if start.startswith("<?xml") or suffix in WEB_PAGES | XML_FILES:
        # Some other XML (a bank's statement, 1C's exchange file): no reader here takes it.
        raise ImportFileError("save_as_xlsx", path.name)
    if start.startswith("begin:vcard"):
        return Kind.CONTACTS
    return Kind.TEXT if suffix in SPREADSHEETS else _by_suffix(suffix)


def _zip_kind(path: Path) -> Kind:
    """A zip is a workbook (.xlsx, .ods) or a document (.docx, .odt), whatever its name."""
    try:
        with zipfile.ZipFile(path) as package:
            return Kind.DOCUMENT if is_text_document(package) else Kind.SPREADSHEET
    except DAMAGED_PACKAGE:
        return Kind.SPREADSHEET  # calamine reads some zips Python's zipfile refuses


def _by_suffix(suffix: str) -> Kind:
    return Kind.CONTACTS if suffix in CONTACT_FILES else Kind.TEXT


def _is_text(head: bytes) -> bool:
    if head.startswith(_UTF16_BOMS):
        return True
    return not _BINARY.intersection(head)


def _decoded(head: bytes) -> str:
    if head.startswith(_UTF16_BOMS):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _check_readable(path: Path) -> None:
    """A path that is no file to read is named for what it is, not as a damaged file: a
    mistyped name, a folder, or another user's file."""
    if not path.exists():
        raise ImportFileError("file_not_found", path.name)
    if not path.is_file():
        raise ImportFileError("not_a_file", path.name)


def read_table(
    path: Path,
    sheet: str | None = None,
    still_wanted: Callable[[], None] | None = None,
    language: str = "ru",
) -> TableData:
    """Read one sheet as rows of plain values: the one named, or else the first that holds
    anything. `still_wanted` is asked now and then while a spreadsheet is read, and may
    raise to stop it (see own_process). A .vcf's contacts come with their column names and
    labels in `language` (see contact_words)."""
    kind = file_kind(path)
    header_line = None
    merged: list[Any] = []
    own_export = False
    if kind is Kind.TEXT:
        rows: list[list[Cell]] = [list(row) for row in read_csv(path)]
        name, sheets = path.stem, [path.stem]
    elif kind is Kind.CONTACTS:
        contacts = read_vcards(path, language)
        rows = [list(row) for row in contacts.rows]
        name, sheets, header_line = path.stem, [path.stem], 0
        own_export = contacts.own_export
    elif kind is Kind.ACCESS:
        name, access_rows, sheets = read_access_table(path, sheet)
        rows = [list(row) for row in access_rows]
        header_line = 0
    elif kind is Kind.WEB_PAGE:
        tables = read_html_tables(path, still_wanted, MAX_ROWS)
        name, rows, sheets, merged = _chosen_table(path, tables, sheet)
    elif kind is Kind.DOCUMENT:
        tables = read_document_tables(path, still_wanted, MAX_ROWS)
        name, rows, sheets, merged = _chosen_table(path, tables, sheet, "no_document_tables")
    elif kind is Kind.XML_SPREADSHEET:
        name, rows, sheets, merged = _xml_sheet(path, sheet, still_wanted)
    else:
        read = in_own_process(read_sheet, path, sheet, MAX_ROWS, still_wanted=still_wanted)
        return _sheet_table(path, read)
    return _table(name, _cleaned(rows, path), path, sheets, header_line, merged, own_export)


def read_tables(
    path: Path,
    sheets: list[str],
    still_wanted: Callable[[], None] | None = None,
    language: str = "ru",
) -> list[TableData | None]:
    """read_table of each of these sheets; None for one that holds nothing. A workbook's
    are read in one process, however many they are."""
    kind = file_kind(path)
    if kind is Kind.SPREADSHEET:
        found = in_own_process(read_sheets, path, sheets, MAX_ROWS, still_wanted=still_wanted)
        return [_unless_empty(_sheet_table, path, read) for read in found]
    if kind in (Kind.WEB_PAGE, Kind.DOCUMENT):
        # A page's or a document's tables come from one reading of it.
        read = read_html_tables if kind is Kind.WEB_PAGE else read_document_tables
        tables = read(path, still_wanted, MAX_ROWS)
        return [_unless_empty(_page_table, path, tables, sheet) for sheet in sheets]
    return [_unless_empty(read_table, path, sheet, still_wanted, language) for sheet in sheets]


def _page_table(path: Path, tables: list[HtmlTable], sheet: str) -> TableData:
    name, rows, names, merged = _chosen_table(path, tables, sheet)
    return _table(name, _cleaned(rows, path), path, names, None, merged)


def _sheet_table(path: Path, read: SheetRead) -> TableData:
    """A spreadsheet's sheet as read_sheet read it (its rows cleaned as they were read)."""
    sheets, name, rows, merged, formats, marks, hidden = read
    table = _table(name, rows, path, sheets, merged=merged, formats=formats, marks=marks)
    return replace(table, hidden=tuple(hidden))


def _unless_empty(read: Callable[..., TableData], *args: Any) -> TableData | None:
    try:
        return read(*args)
    except ImportFileError as error:
        if error.code in ("empty", "no_document_tables"):
            return None
        raise


def _page_sheet_names(stem: str, count: int) -> list[str]:
    """A page's tables as sheets: named after the file, numbered where it has several."""
    return [stem] if count == 1 else [f"{stem} ({number})" for number in range(1, count + 1)]


def _chosen_table(
    path: Path, tables: list[HtmlTable], sheet: str | None, none_code: str = "empty"
) -> tuple[str, list[list[Cell]], list[str], list[Any]]:
    """A page's or document's table: the one named, or else the longest."""
    if not tables:
        raise ImportFileError(none_code, path.name)
    names = _page_sheet_names(path.stem, len(tables))
    if sheet is None:
        chosen: HtmlTable = max(tables, key=lambda table: len(table.rows))
        name = names[tables.index(chosen)]
    elif sheet in names:
        name, chosen = sheet, tables[names.index(sheet)]
    else:
        raise ImportFileError("sheet_not_found", sheet)
    rows: list[list[Cell]] = [list(row) for row in chosen.rows]
    return name, rows, names, list(chosen.merged)


def _xml_sheet(
    path: Path, sheet: str | None, still_wanted: Callable[[], None] | None
) -> tuple[str, list[list[Cell]], list[str], list[Any]]:
    names, found = read_xml_workbook(path, sheet, MAX_ROWS, still_wanted)
    if found is None:
        raise ImportFileError("empty", path.name)
    return found.name, found.rows, names, list(found.merged)


def _fill_merged_down(rows: list[list[Cell]], merged: list[Any]) -> list[tuple[int, int, int]]:
    """An order of three items is often written with its date, number and client in cells
    merged down over its three rows; only the top one holds the value, and the rows below
    would be sales of nobody on no day. Below the header each such value is copied down its
    column. The header's own merged cells stay as they are: a two-row header is found by them
    (see header_row.is_two_row_header). Returns the cells filled: (top, bottom, column)."""
    if not merged:
        return []
    header = find_header_row(rows)  # the lower row, where the header has two
    last_header = -1 if header is None else header
    filled: list[tuple[int, int, int]] = []
    for (top, left), (bottom, _right) in merged:
        if top <= last_header or bottom <= top or top >= len(rows):
            continue
        if left >= len(rows[top]) or (value := rows[top][left]) is None:
            continue
        bottom = min(bottom, len(rows) - 1)
        for line in range(top + 1, bottom + 1):
            row = rows[line]
            row.extend([None] * (left + 1 - len(row)))  # a web page's row may end before it
            if row[left] is None:
                row[left] = value
        filled.append((top, bottom, left))
    return filled


def _cleaned(rows: list[list[Cell]], path: Path) -> list[list[Cell]]:
    return clean_rows(rows, path.name, MAX_ROWS)


def _table(
    name: str,
    rows: list[list[Cell]],
    path: Path,
    sheets: list[str],
    header_line: int | None = None,
    merged: list[Any] | None = None,
    own_export: bool = False,
    formats: ColumnFormats | None = None,
    marks: SheetMarks | None = None,
) -> TableData:
    if not has_data(rows):
        raise ImportFileError("empty", path.name)
    marks = marks or SheetMarks()
    if header_line is None and (cards := cards_as_rows(rows)) is not None:
        # Clients written as cards down the sheet: one row a client, the names in row 0.
        # A note on a card's cell, a colour of its row, has no row of its own any more.
        rows, header_line, merged, formats, marks = cards, 0, [], None, SheetMarks()
    filled = _fill_merged_down(rows, merged or [])
    rows, first = _without_empty_side_columns(rows)
    merged_down = tuple((top, bottom, column - first) for top, bottom, column in filled)
    formats = formats or ColumnFormats()
    shifted = ColumnFormats(
        _shifted(formats.yearless_dates, first),
        _shifted(formats.percents, first),
        _shifted(marks.hidden_columns, first),
    )
    return TableData(
        name, rows, tuple(sheets), header_line, merged_down, shifted, by_line(marks, first),
        own_export, hidden_rows=marks.hidden_rows, digest=rows_digest(rows),
    )  # fmt: skip


def rows_digest(rows: Sequence[Sequence[Cell]]) -> str:
    """A digest of the cells' values: the same whether the list was saved again, copied
    to another file or exported to another format that keeps its values' types."""
    digest = hashlib.sha256()
    for row in rows:
        # A sheet saved again may reach a column or a row further (a cell formatted, then
        # emptied): empty cells at a row's end, and empty rows, say nothing.
        end = len(row)
        while end and (row[end - 1] is None or row[end - 1] == ""):
            end -= 1
        if end:
            # repr tells 1 from "1" and a date from its text; about 0.3 s for 100,000 rows.
            digest.update(repr(list(row[:end])).encode("utf-8", "surrogatepass"))
            digest.update(b"\n")
    return digest.hexdigest()


def _shifted(columns: frozenset[int], first: int) -> frozenset[int]:
    """Columns counted from the table's first, the empty ones left of it dropped."""
    return frozenset(column - first for column in columns if column >= first)


def _without_empty_side_columns(rows: list[list[Cell]]) -> tuple[list[list[Cell]], int]:
    """The table without the columns that are empty in every row, left of it (a table
    drawn from column C on) or right of it (a CSV whose lines end in «;;»): the wizard
    would show them as nameless columns. With it, how many columns were left out on the
    left."""
    width = max(len(row) for row in rows)

    def empty(column: int) -> bool:  # stops at the first filled cell: mostly in row one
        return all(column >= len(row) or row[column] is None for row in rows)

    first, end = 0, width
    while first < end and empty(first):
        first += 1
    while end > first and empty(end - 1):
        end -= 1
    if (first, end) == (0, width):
        return rows, 0
    return [row[first:end] for row in rows], first
