import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from clientbase.db import migrate
from clientbase.db.open import open_database
from clientbase.errors import DatabaseError
from clientbase.services.stats import base_stats


def test_a_new_file_gets_the_whole_schema_at_the_current_revision(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        tables = set(inspect(database.engine).get_table_names())
        assert {"client", "phone", "purchase", "purchase_item", "reminder", "audit_entry"} <= tables
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert base_stats(database)["clients"] == 0
    finally:
        database.close()


def test_an_empty_file_is_upgraded_without_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_database(path).close()
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("select version_num from alembic_version").fetchone()


@pytest.mark.sqlite_file
def test_sqlite_runs_with_wal_and_foreign_keys(db) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_a_current_base_keeps_its_data_and_copies_nothing(db_path: Path) -> None:
    from clientbase.services.demo import fill_demo
    from clientbase.services.settings import Settings

    database = open_database(db_path)
    fill_demo(database, Settings(), clients=5)
    database.close()
    database = open_database(db_path)
    assert base_stats(database)["clients"] == 5
    database.close()
    assert not list(db_path.parent.glob("*before-upgrade*"))


def test_backup_copy_before_upgrade_holds_the_same_data(db_path: Path) -> None:
    database = open_database(db_path)
    database.close()
    copy = migrate.backup_copy(db_path, "0001")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("select version_num from alembic_version").fetchone() == (
            migrate.head_revision(),
        )


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clients.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a base" * 100)
    with pytest.raises(DatabaseError) as error:
        open_database(path)
    assert error.value.code == "not_a_database"
    assert path.read_bytes().startswith(b"PK\x03\x04")


def test_a_base_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("update alembic_version set version_num = 'f00d'")
    with pytest.raises(DatabaseError) as error:
        open_database(db_path)
    assert error.value.code == "newer_schema"
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select version_num from alembic_version").fetchone() == ("f00d",)


def test_an_older_base_is_copied_aside_then_upgraded_and_its_clients_are_searchable(
    db_path: Path,
) -> None:
    from clientbase.db.database import connect, to_url
    from clientbase.services.client_query import ClientQuery, find_client_ids

    old = connect(to_url(db_path))
    migrate.upgrade(old.engine, db_path, revision="0001")
    old.close()
    # The client as the first release wrote it: today's models no longer fit that schema.
    with closing(sqlite3.connect(db_path)) as connection, connection:
        texts = ", ".join(f"'{v}'" for v in ("person", "Ёлкина", "Мария", "new"))
        blanks = ["middle_name", "organization", "region", "city", "street", "postcode",
                  "call_time", "responsible", "loyalty_card", "notes", "inn", "kpp", "ogrn",
                  "bank_name", "bank_bik", "bank_account", "correspondent_account",
                  "primary_phone", "primary_email"]  # fmt: skip
        connection.execute(
            "INSERT INTO client (kind, last_name, first_name, status, "
            + ", ".join(blanks)
            + ", is_vip, discount_percent, marketing_consent, total_spent, purchase_count,"
            " created_at, updated_at, display_name, sort_name, search_text) VALUES ("
            + texts
            + ", "
            + ", ".join("''" for _ in blanks)
            + ", 0, 0, 0, 0, 0, '2026-01-01 10:00:00', '2026-01-01 10:00:00',"
            " 'Ёлкина Мария', 'елкина мария', 'елкина мария')"
        )
        client_id = connection.execute("SELECT id FROM client").fetchone()[0]

    database = open_database(db_path)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert find_client_ids(database, ClientQuery(search="елкина")) == [client_id]
    finally:
        database.close()
    copies = list(db_path.parent.glob("base.before-upgrade-0001-*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("select version_num from alembic_version").fetchone() == ("0001",)
        assert connection.execute("select last_name from client").fetchone() == ("Ёлкина",)


def test_the_migrations_build_exactly_the_schema_of_the_models(db) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clientbase.db.migrations.env_filter import include_object
    from clientbase.db.models import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
