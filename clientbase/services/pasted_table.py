"""Rows copied in Excel, LibreOffice or Google Sheets and pasted into the program.

Each of them puts the copied cells on the clipboard as tab-separated text: a cell with a line
break or a quote in it quoted, as in a CSV. Written to a .tsv file, they go through the same
import as a file (mapping, preview, duplicates, one batch to undo), without the person
saving a file first.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

# Characters Windows does not take in a file name, should a translation hold one.
_NOT_IN_NAMES = str.maketrans({ch: "_" for ch in '<>:"/\\|?*'})


def is_pasted_list(text: str) -> bool:
    """Whether copied text holds rows to import: cells side by side, or one column of
    several rows. A single value (a phone, a name, an address over two lines in one cell)
    is not a list."""
    rows = [
        row
        for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")
        if any(cell.strip() for cell in row)
    ]
    return len(rows) > 1 or (len(rows) == 1 and len(rows[0]) > 1)


def write_pasted(text: str, folder: Path, name: str) -> Path:
    """The copied rows as `name`.tsv in `folder`, for the import to read (in UTF-8, which
    its reading of a file tells by itself)."""
    path = folder / f"{name.translate(_NOT_IN_NAMES)}.tsv"
    # newline="" keeps a quoted cell's own line breaks as they were copied.
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(text)
    return path
