"""The cells of a table as its readers give them: plain values, trimmed, None for empty."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from clientbase.errors import ImportFileError

Cell = str | int | float | Decimal | bool | date | datetime | time | timedelta | None


def clean_rows(rows: list[list[Cell]], file_name: str, max_rows: int) -> list[list[Cell]]:
    """Empty strings and whitespace are no value; text is trimmed. More than `max_rows`
    rows are refused."""
    if len(rows) > max_rows:
        raise ImportFileError("too_many_rows", file_name)
    return [[_clean(cell) for cell in row] for row in rows]


def _clean(cell: Cell) -> Cell:
    if isinstance(cell, str):
        cell = cell.strip()
        return cell or None
    return cell


def has_data(rows: list[list[Cell]]) -> bool:
    return any(any(cell is not None for cell in row) for row in rows)
