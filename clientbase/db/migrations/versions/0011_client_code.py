"""the client's code from the program or sheet a shop kept before («Код клиента», CustomerID)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "client", sa.Column("client_code", sa.String(100), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("client") as batch:
        batch.drop_column("client_code")
