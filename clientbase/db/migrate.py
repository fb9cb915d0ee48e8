"""Bringing a base to the current schema, with a copy of an older file kept aside first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from clientbase.db.sqlite_files import copy_database

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_copy(path: Path, revision: str) -> Path:
    """Copy a SQLite file through the backup API (consistent even with a WAL beside it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    copy_database(path, target)
    return target


def upgrade(engine: Engine, sqlite_file: Path | None, revision: str = "head") -> Path | None:
    """Upgrade the schema; return the path of the copy taken of an older file, if any."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    copy = None
    if current is not None and sqlite_file is not None:
        copy = backup_copy(sqlite_file, current)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return copy


def is_known_revision(revision: str) -> bool:
    """Whether this program's migrations know `revision` (a newer program's are unknown)."""
    script = ScriptDirectory.from_config(_config())
    return any(step.revision == revision for step in script.walk_revisions())
