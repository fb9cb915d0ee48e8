"""indexes for the calendar: snoozed and repeating reminders, contact persons' birthdays

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 01:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_reminder_snoozed", "reminder", ["done_at", "snoozed_until"])
    op.create_index("ix_reminder_series", "reminder", ["done_at", "recurrence", "due_at"])
    op.create_index(
        "ix_contact_person_birthday", "contact_person", ["birthday_month", "birthday_day"]
    )


def downgrade() -> None:
    op.drop_index("ix_contact_person_birthday", table_name="contact_person")
    op.drop_index("ix_reminder_series", table_name="reminder")
    op.drop_index("ix_reminder_snoozed", table_name="reminder")
