"""What Alembic's model comparison leaves alone."""

from __future__ import annotations


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, compare_to: object
) -> bool:
    # The search indexes are made by hand, not from the models: SQLite's FTS5 table
    # (migration 0002) and PostgreSQL's trigram index (migration 0010).
    if kind == "table" and name is not None and name.startswith("client_fts"):
        return False
    return not (kind == "index" and name == "ix_client_search_trgm")
