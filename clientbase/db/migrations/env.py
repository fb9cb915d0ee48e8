"""Alembic environment: always run by the program on a connection it hands over."""

from alembic import context

from clientbase.db.migrations.env_filter import include_object
from clientbase.db.models import Base

connection = context.config.attributes["connection"]


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
