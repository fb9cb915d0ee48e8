"""Remembering how a sheet's columns were imported, so next month's sheet is mapped the same."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.models import ImportMapping
from clientbase.exchange.header import Target, normalize_header
from clientbase.exchange.values import text_of


def header_key(headers: Sequence[object]) -> str:
    folded = "\x1f".join(normalize_header(header) for header in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def remembered_mapping(db: Database, headers: Sequence[object]) -> list[Target] | None:
    """The mapping last used for a sheet with exactly these column names, if any. A sheet
    without names has nothing to be known by: its columns go by their values each time."""
    if not any(text_of(header) for header in headers):
        return None
    with db.reading() as session:
        row = session.scalar(
            select(ImportMapping).where(ImportMapping.header_key == header_key(headers))
        )
        if row is None or len(row.targets) != len(headers):
            return None
        try:
            return [Target(value) for value in row.targets]
        except ValueError:
            return None


def remember_mapping(session: Session, headers: Sequence[str], mapping: Sequence[Target]) -> None:
    """Store the mapping as part of the import's own transaction."""
    if not any(headers):
        return
    key = header_key(headers)
    row = session.scalar(select(ImportMapping).where(ImportMapping.header_key == key))
    if row is None:
        row = ImportMapping(header_key=key)
        session.add(row)
    row.headers = list(headers)
    row.targets = [target.value for target in mapping]
    row.updated_at = datetime.now().replace(microsecond=0)
