"""The imports made into the base, as the import history lists them, and the one that
brought the same rows before: a shop's sheet imported a second time by mistake (the file
opened again from the downloads folder, a colleague importing it too) is told so before it
adds its namesakes again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.models import ImportBatch


@dataclass(frozen=True)
class BatchSummary:
    id: int
    file_name: str
    sheet: str
    imported_at: datetime
    counts: dict[str, int]
    undone_at: datetime | None


def import_history(db: Database) -> list[BatchSummary]:
    with db.reading() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [_summary(batch) for batch in batches]


def imported_before(db: Database, digest: str) -> BatchSummary | None:
    """The latest import, not undone, of rows that said what these say (TableData.digest);
    None for rows of no digest (read before the base kept them)."""
    if not digest:
        return None
    with db.reading() as session:
        batch = session.scalars(
            select(ImportBatch)
            .where(ImportBatch.digest == digest, ImportBatch.undone_at.is_(None))
            .order_by(ImportBatch.id.desc())
            .limit(1)
        ).first()
        return None if batch is None else _summary(batch)


def _summary(batch: ImportBatch) -> BatchSummary:
    return BatchSummary(
        batch.id, batch.file_name, batch.sheet, batch.imported_at, dict(batch.counts),
        batch.undone_at,
    )  # fmt: skip
