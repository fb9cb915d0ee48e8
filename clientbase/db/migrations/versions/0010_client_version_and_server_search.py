"""a version number on each client, for edits from two PCs; trigram search on PostgreSQL

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy import exc

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_INDEX = "ix_client_search_trgm"


def upgrade() -> None:
    op.add_column("client", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # pg_trgm makes LIKE '%петров%' an index search, as FTS5's trigrams do in SQLite. It is
    # a trusted extension (any owner of the database may create it); where the server
    # refuses anyway, the search still works, by reading the table.
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except exc.DBAPIError:
        return
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON client USING gin (search_text gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    op.drop_column("client", "version")
