"""repeating reminders: first date and end date

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 01:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repeat_from", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("repeat_until", sa.Date(), nullable=True))
    # Reminders repeating already count from their current date.
    op.execute("UPDATE reminder SET repeat_from = due_at WHERE recurrence != 'none'")


def downgrade() -> None:
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_column("repeat_until")
        batch_op.drop_column("repeat_from")
