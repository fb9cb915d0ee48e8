"""Rows that would merge into a client of the base and change nothing on the card: the same
sheet imported again. The preview counted them as merges, and a shop re-importing its list
saw thousands of clients «merged» where nothing was to change."""

from __future__ import annotations

from clientbase.db.database import Database
from clientbase.services.client_update import changed_fields
from clientbase.services.planned_rows import ImportPlan, RowAction
from clientbase.services.record_words import RecordWords
from clientbase.services.stored_cards import stored_cards

_CHUNK = 500


def mark_unchanged_merges(db: Database, plan: ImportPlan, region: str) -> None:
    """Mark each merging row whose card, merged as the import will merge it, is the card the
    base holds (`unchanged`), and name the fields an updating row changes (`changes`). Its
    purchase, reminder or call may still be new."""
    rows = [
        row
        for row in plan.rows
        if row.action is RowAction.MERGE and row.client_id is not None and row.data is not None
    ]
    words = RecordWords(plan.language)
    with db.reading() as session:
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            cards = stored_cards(session, sorted({row.client_id for row in chunk if row.client_id}))
            for row in chunk:
                before = cards.get(row.client_id) if row.client_id is not None else None
                if before is not None and row.data is not None:
                    after = plan.card_after(row, before, region, words)
                    row.unchanged = after == before
                    if row.updates:
                        row.changes = changed_fields(before, after)
