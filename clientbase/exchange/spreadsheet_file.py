"""calamine's part of reading a spreadsheet (.xlsx, .xlsm, .xls, .xlsb, .ods).

table_file runs these in a process of their own (see own_process), so this module imports
no more than that process needs: it starts for every file opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import python_calamine

from clientbase.errors import ImportFileError
from clientbase.exchange.cell_formats import (
    LOOKED_AT,
    ColumnFormats,
    ods_column_formats,
    xlsx_column_formats,
)
from clientbase.exchange.sheet_cells import Cell, clean_rows, has_data
from clientbase.exchange.sheet_marks import SheetMarks, read_marks

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and an .xlsx encrypted with a password
# What read_sheet gives: see there.
SheetRead = tuple[list[str], str, list[list[Cell]], list[Any], ColumnFormats, SheetMarks, list[str]]


def workbook_sheet_names(path: Path) -> list[str]:
    return list(_workbook(path).sheet_names)


def read_sheet(path: Path, sheet: str | None, max_rows: int) -> SheetRead:
    """The workbook's sheets, and of the sheet named, or else the first that holds
    anything: its name, its cleaned rows, its merged cells' ranges (calamine reads them
    from .xlsx and .xls), what an .xlsx or .ods shows of its columns (dates without a
    year, numbers as percentages: see cell_formats), and what it says beside its values
    (notes and links on its cells, colours of its rows: see sheet_marks); last, the
    sheets the workbook hides."""
    workbook = _workbook(path)
    if sheet is not None and sheet not in workbook.sheet_names:
        raise ImportFileError("sheet_not_found", sheet)
    hidden = hidden_sheets(workbook)
    # Unless a sheet is named, the first one that holds anything: a workbook often opens
    # on an empty or a title sheet before the clients. A hidden one only after the others:
    # the lists a workbook's drop-down cells offer («Справочник») are kept on such a sheet,
    # often the first.
    names = [n for n in workbook.sheet_names if n not in hidden] + hidden
    name, rows, merged = sheet or "", [], []
    for name in [sheet] if sheet is not None else names:
        with _damage_named(path):
            found = workbook.get_sheet_by_name(name)
            raw: list[list[Cell]] = [list(row) for row in found.to_python(skip_empty_area=False)]
            merged = found.merged_cell_ranges or []
        rows = clean_rows(raw, path.name, max_rows)
        if has_data(rows):
            break
    formats = ColumnFormats()
    if _has_dates_or_numbers(rows):
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            formats = xlsx_column_formats(path, name)
        elif path.suffix.lower() == ".ods":
            formats = ods_column_formats(path, name)
    marks = read_marks(path, name, rows)
    return list(workbook.sheet_names), name, rows, merged, formats, marks, hidden


def read_sheets(path: Path, sheets: list[str], max_rows: int) -> list[SheetRead]:
    """read_sheet of each of these sheets, in one process: a sales book of a sheet a month
    is read as one list (services.joined_sheets)."""
    return [read_sheet(path, sheet, max_rows) for sheet in sheets]


def hidden_sheets(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    """The sheets the workbook hides (Format → Sheet → Hide in Excel and LibreOffice)."""
    return [
        sheet.name
        for sheet in workbook.sheets_metadata
        if sheet.visible is not python_calamine.SheetVisibleEnum.Visible
    ]


def _has_dates_or_numbers(rows: list[list[Cell]]) -> bool:
    return any(isinstance(cell, date | float | int) for row in rows[:LOOKED_AT] for cell in row)


def _workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        with _damage_named(path):
            return python_calamine.CalamineWorkbook.from_path(str(path))
    except ImportFileError as error:
        if error.code == "encrypted":
            raise
    # The name chose the wrong reader (an .xlsx saved as .xls), or the file is damaged:
    # calamine then tells the format from the content.
    try:
        with _damage_named(path), path.open("rb") as file:
            return python_calamine.CalamineWorkbook.from_filelike(file)
    except ImportFileError as error:
        if error.code != "encrypted" and is_encrypted_package(path):
            raise ImportFileError("encrypted", path.name) from error
        raise


@contextmanager
def _damage_named(path: Path) -> Iterator[None]:
    """calamine's failures on a damaged file as ImportFileError.

    Besides its own errors, calamine panics on some files cut short (an .xls, or an .xlsx
    with a password, whose download broke off): pyo3 raises the panic as PanicException,
    a BaseException that `except Exception` lets through, and it has no importable name.
    """
    try:
        yield
    except python_calamine.PasswordError as error:
        raise ImportFileError("encrypted", path.name) from error
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        raise ImportFileError("cannot_read", path.name) from error
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        raise ImportFileError("cannot_read", path.name) from error


def is_encrypted_package(path: Path) -> bool:
    """An .xlsx (or .docx) with a password is an OLE container holding a stream
    «EncryptedPackage»."""
    data = path.read_bytes()
    return data.startswith(OLE) and "EncryptedPackage".encode("utf-16-le") in data
