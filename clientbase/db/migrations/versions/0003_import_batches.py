"""import batches

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 22:14:23.819507
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sheet", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "import_batch_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_batch_item_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch_item")),
    )
    with op.batch_alter_table("import_batch_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_item_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_batch_item_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("import_batch_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_item_client_id"))
        batch_op.drop_index(batch_op.f("ix_import_batch_item_batch_id"))

    op.drop_table("import_batch_item")
    op.drop_table("import_batch")
