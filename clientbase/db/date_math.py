"""Whole days between two date columns: each database spells date subtraction its own way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, func
from sqlalchemy.sql import ColumnElement


def days_between(later: Any, earlier: Any, dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        # date - date is an integer count of days there.
        return later - earlier
    return func.cast(func.julianday(later) - func.julianday(earlier), Integer)


def month_of(column: Any, dialect: str) -> ColumnElement[Any]:
    """The «2026-11» a date or date-time falls in, to group by month."""
    if dialect == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)
