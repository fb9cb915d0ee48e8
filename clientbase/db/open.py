"""The one entry point that turns a path or URL into a ready, current base."""

from __future__ import annotations

from pathlib import Path

from alembic.util import CommandError
from sqlalchemy import exc

from clientbase.db import migrate
from clientbase.db.database import Database, connect, to_url
from clientbase.errors import DatabaseError


def open_database(target: str | Path) -> Database:
    """Open (creating if needed) and upgrade a base; raise DatabaseError with a reason code."""
    path = Path(str(target)).expanduser()
    if "://" not in str(target) and path.is_dir():
        raise DatabaseError("not_a_database", str(target))
    try:
        database = connect(to_url(target))
    except OSError as error:
        raise DatabaseError("cannot_open", f"{target} ({error.strerror or error})") from error
    try:
        migrate.upgrade(database.engine, database.path)
    except CommandError as error:
        database.close()
        # Alembic cannot find the file's revision: it was written by a newer program.
        raise DatabaseError("newer_schema", str(error)) from error
    except exc.OperationalError as error:
        database.close()
        raise DatabaseError("cannot_open", str(error.orig)) from error
    except exc.DatabaseError as error:
        database.close()
        raise DatabaseError("not_a_database", str(target)) from error
    except BaseException:
        database.close()
        raise
    return database
