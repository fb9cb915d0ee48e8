"""Substring search on a pre-folded text column, the one place that knows the SQL dialect.

The column already holds lowercase text with «ё» as «е» (SQLite's LIKE and lower() fold only
ASCII), and the term is folded the same way, so a plain case-sensitive substring test is right
on every database. On SQLite instr() is used: it is faster than LIKE and needs no escaping of
% and _ typed by the user.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func


def contains_folded(column: ColumnElement[str], term: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return func.instr(column, term) > 0
    if dialect == "postgresql":
        return func.strpos(column, term) > 0
    return column.contains(term, autoescape=True)
