"""A sheet to write and its columns, as both the .xlsx and the .ods writer take them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: int  # in characters
    # An Excel number format: dd.mm.yyyy, #,##0.00, 0.00, 0 or 0.###.
    number_format: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: Sequence[SheetColumn]
    rows: Iterable[Sequence[object]]  # read once, lazily, as the sheet is written
