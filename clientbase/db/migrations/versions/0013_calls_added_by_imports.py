"""calls added by imports to the clients' history («Дата последнего звонка»), to take back

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 23:58:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("import_batch_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interaction_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batch_item", schema=None) as batch_op:
        batch_op.drop_column("interaction_id")
