"""Alembic migrations of the ClientBase schema; run through clientbase.db.migrate."""
