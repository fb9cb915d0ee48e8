"""Fast search and sorting: covering indexes per sort order, and a trigram index on SQLite

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from clientbase.db.text_search import create_sqlite_search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_INDEXES = {
    "ix_client_sort_name": ["sort_name", "id"],
    "ix_client_total_spent": ["total_spent", "id"],
    "ix_client_last_purchase": ["last_purchase", "id"],
    "ix_client_created_at": ["created_at", "id"],
    "ix_client_city": ["city"],
    "ix_client_birthday": ["birthday_month", "birthday_day"],
}
NEW_INDEXES = {
    "ix_client_by_name": ["archived_at", "sort_name", "id"],
    "ix_client_by_total_spent": ["archived_at", "total_spent", "id"],
    "ix_client_by_last_purchase": ["archived_at", "last_purchase", "id"],
    "ix_client_by_purchase_count": ["archived_at", "purchase_count", "total_spent", "id"],
    "ix_client_by_created_at": ["archived_at", "created_at", "id"],
    "ix_client_by_city": ["archived_at", "city", "sort_name", "id"],
    "ix_client_by_birthday": ["archived_at", "birthday_month", "birthday_day", "id"],
    "ix_client_listing": [
        "id",
        "archived_at",
        "sort_name",
        "total_spent",
        "last_purchase",
        "purchase_count",
        "created_at",
        "city",
        "status",
        "is_vip",
        "birthday_month",
        "birthday_day",
        "primary_phone",
        "primary_email",
    ],
}


def upgrade() -> None:
    for name in OLD_INDEXES:
        op.drop_index(name, table_name="client")
    for name, columns in NEW_INDEXES.items():
        op.create_index(name, "client", columns)
    if op.get_bind().dialect.name == "sqlite":
        create_sqlite_search_index(op.execute)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("client_fts_insert", "client_fts_delete", "client_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS client_fts")
    for name in NEW_INDEXES:
        op.drop_index(name, table_name="client")
    for name, columns in OLD_INDEXES.items():
        op.create_index(name, "client", columns)
