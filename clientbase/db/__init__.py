"""Database layer: SQLAlchemy models, the engine and session, Alembic migrations."""
