"""Turning a spreadsheet or CSV file into rows of cell values.

Spreadsheets (.xlsx, .xlsm, .xls, .ods) go through python-calamine: a Rust reader about ten
times faster than openpyxl on a 100,000-row sheet, and one library for all four formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import python_calamine

from clientbase.errors import ImportFileError
from clientbase.exchange.access_file import access_table_names, read_access_table
from clientbase.exchange.csv_file import read_csv
from clientbase.exchange.vcard_file import read_vcards

Cell = str | int | float | Decimal | bool | date | datetime | time | timedelta | None
SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_TABLES = {".csv", ".txt", ".tsv"}
CONTACT_FILES = {".vcf", ".vcard"}
ACCESS_BASES = {".mdb", ".accdb"}
MAX_ROWS = 1_000_000


@dataclass(frozen=True)
class TableData:
    sheet: str
    rows: list[list[Cell]]


def sheet_names(path: Path) -> list[str]:
    """The sheets (an Access base's tables) a person can choose from; a CSV file has one,
    named after the file."""
    suffix = path.suffix.lower()
    if suffix in TEXT_TABLES | CONTACT_FILES:
        return [path.stem]
    if suffix in ACCESS_BASES:
        return access_table_names(path)
    return _workbook(path).sheet_names


def read_table(path: Path, sheet: str | None = None) -> TableData:
    """Read one sheet (the first when none is named) as rows of plain values."""
    if not path.is_file():
        raise ImportFileError("cannot_read", path.name)
    suffix = path.suffix.lower()
    if suffix in TEXT_TABLES:
        rows: list[list[Cell]] = [list(row) for row in read_csv(path)]
        name = path.stem
    elif suffix in CONTACT_FILES:
        rows = [list(row) for row in read_vcards(path)]
        name = path.stem
    elif suffix in ACCESS_BASES:
        name, access_rows = read_access_table(path, sheet)
        rows = [list(row) for row in access_rows]
    elif suffix in SPREADSHEETS:
        workbook = _workbook(path)
        name = sheet or workbook.sheet_names[0]
        if name not in workbook.sheet_names:
            raise ImportFileError("sheet_not_found", name)
        try:
            rows = [
                list(row)
                for row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            ]
        except python_calamine.CalamineError as error:
            raise ImportFileError("cannot_read", path.name) from error
    else:
        raise ImportFileError("unsupported_format", path.name)
    if len(rows) > MAX_ROWS:
        raise ImportFileError("too_many_rows", path.name)
    rows = [[_clean(cell) for cell in row] for row in rows]
    if not any(any(cell is not None for cell in row) for row in rows):
        raise ImportFileError("empty", path.name)
    return TableData(name, rows)


def _workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise ImportFileError("encrypted", path.name) from error
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        # An encrypted .xlsx is an OLE container, not a zip: calamine reports it as an
        # unknown format, so the file's first bytes tell the two cases apart.
        if _is_ole_container(path) and path.suffix.lower() != ".xls":
            raise ImportFileError("encrypted", path.name) from error
        raise ImportFileError("cannot_read", path.name) from error


def _is_ole_container(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _clean(cell: Cell) -> Cell:
    """Empty strings and whitespace are no value; text is trimmed."""
    if isinstance(cell, str):
        cell = cell.strip()
        return cell or None
    return cell
