"""What Alembic's model comparison leaves alone."""

from __future__ import annotations


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, compare_to: object
) -> bool:
    # The SQLite search index (migration 0002) is made by hand, not from the models.
    return not (kind == "table" and name is not None and name.startswith("client_fts"))
