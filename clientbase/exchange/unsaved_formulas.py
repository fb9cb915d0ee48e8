"""Formulas an .xlsx holds without their results.

Excel and LibreOffice save each formula's result beside it, which is what calamine reads.
A workbook written by a program that does not calculate (openpyxl, a web service's
export) holds the formulas alone: their cells read as empty, and a list made of them
would look like a sheet with no rows.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, MAIN, sheet_part

_CELL, _FORMULA, _VALUE = f"{MAIN}c", f"{MAIN}f", f"{MAIN}v"


def formulas_without_results(path: Path, sheet: str) -> bool:
    """Whether the named sheet of an .xlsx holds a formula without its result; False for
    any other file, or one that cannot be read."""
    try:
        with zipfile.ZipFile(path) as package:
            part = sheet_part(package, sheet)
            if part is None:
                return False
            with package.open(part) as stream:
                for _, element in ElementTree.iterparse(stream):
                    if element.tag == _CELL:
                        if _without_result(element):
                            return True
                        element.clear()
    except DAMAGED_PACKAGE:
        return False
    return False


def _without_result(cell: ElementTree.Element) -> bool:
    if cell.find(_FORMULA) is None:
        return False
    value = cell.find(_VALUE)
    # openpyxl writes an empty <v/>; Excel's empty text result is typed as text (t="str").
    return value is None or (not value.text and cell.get("t") != "str")
