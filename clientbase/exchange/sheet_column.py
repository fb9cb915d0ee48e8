"""A column of an exported sheet, as both the .xlsx and the .ods writer take it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: int  # in characters
    # An Excel number format: dd.mm.yyyy, #,##0.00, 0.00, 0 or 0.###.
    number_format: str = ""
