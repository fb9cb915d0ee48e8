"""covering indexes for the analytics: the segments' summaries and revenue by month

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 03:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_client_segments",
        "client",
        ["archived_at", "total_spent", "purchase_count", "last_purchase", "first_purchase",
         "is_vip", "source"],
    )  # fmt: skip
    op.create_index("ix_purchase_by_date", "purchase", ["date", "status", "total"])


def downgrade() -> None:
    op.drop_index("ix_purchase_by_date", table_name="purchase")
    op.drop_index("ix_client_segments", table_name="client")
