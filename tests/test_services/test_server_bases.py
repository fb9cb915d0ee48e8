"""A base on a PostgreSQL server: moved there from a file, backed up and restored.

These need a server: they run when CLIENTBASE_TEST_SERVER is set (in CI, see .ci/run).
"""

from pathlib import Path

import pytest

from clientbase.db.open import open_database
from clientbase.errors import DatabaseError
from clientbase.services.base_copy import count_records
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.server_bases import back_up_server, move_to_server, restore_server
from clientbase.services.settings import Settings
from clientbase.services.workspace import Workspace
from tests.conftest import SERVER, person

pytestmark = pytest.mark.skipif(not SERVER, reason="needs a PostgreSQL server")


@pytest.fixture
def shop_file(tmp_path: Path):
    database = open_database(tmp_path / "shop.sqlite")
    fill_demo(database, Settings(), clients=30, seed=2)
    yield database
    database.close()


def test_a_base_moves_to_an_empty_server_database_whole(shop_file) -> None:
    from tests.server_bases import drop_base, empty_base

    url = empty_base(SERVER)
    try:
        counts = move_to_server(shop_file, url)
        assert counts == count_records(shop_file)
        server = open_database(url)
        try:
            assert count_records(server) == counts
            name = Workspace(shop_file).clients.get(1).display_name
            assert find_client_ids(server, ClientQuery(search=name.split()[0])) != []
            Workspace(server).clients.create(person("Новый", "Клиент"))  # ids go on
        finally:
            server.close()
        with pytest.raises(DatabaseError) as error:
            move_to_server(shop_file, url)  # not over a base that has clients
        assert error.value.code == "target_not_empty"
    finally:
        drop_base(SERVER, url.rsplit("/", 1)[1])


def test_a_text_longer_than_the_server_keeps_is_named_before_the_move(shop_file) -> None:
    from sqlalchemy import update

    from clientbase.db.models import Client
    from tests.server_bases import drop_base, empty_base

    # A base filled before the program checked lengths: SQLite kept the long text.
    with shop_file.transaction() as session:
        session.execute(update(Client).where(Client.id == 3).values(city="Москва " * 20))
    name = Workspace(shop_file).clients.get(3).display_name
    url = empty_base(SERVER)
    try:
        with pytest.raises(DatabaseError) as error:
            move_to_server(shop_file, url)
        assert error.value.code == "value_too_long"
        assert error.value.detail == f"«{name}», city: 100"
        server = open_database(url)
        try:
            assert count_records(server)["client"] == 0  # nothing was written
        finally:
            server.close()
    finally:
        drop_base(SERVER, url.rsplit("/", 1)[1])


def test_a_server_base_is_backed_up_and_restored(workspace: Workspace, tmp_path: Path) -> None:
    fill_demo(workspace.db, workspace.settings, clients=20, seed=4)
    before = count_records(workspace.db)
    info = back_up_server(workspace.db, tmp_path / "backups", password="тайна")
    assert info.counts["clients"] == 20 and info.encrypted

    workspace.clients.create(person("Лишний", "Клиент"))
    aside = restore_server(info.path, workspace.db, password="тайна")
    assert count_records(workspace.db) == before
    assert find_client_ids(workspace.db, ClientQuery(search="Лишний")) == []
    assert aside.counts["clients"] == 21  # the base as it was, kept as a backup first


def test_the_command_line_moves_a_base_and_backs_the_server_up(
    shop_file, tmp_path: Path, capsys
) -> None:
    import json

    from clientbase.cli import main
    from tests.server_bases import drop_base, empty_base

    url = empty_base(SERVER)
    try:
        assert main(["--db", str(shop_file.path), "move-to-server", url]) == 0
        moved = json.loads(capsys.readouterr().out)
        assert moved["counts"]["client"] == 30
        assert main(["--db", url, "backup", str(tmp_path / "backups")]) == 0
        backup = json.loads(capsys.readouterr().out)
        assert backup["counts"]["clients"] == 30
        assert main(["--db", url, "restore", backup["file"]]) == 0
        assert json.loads(capsys.readouterr().out)["counts"]["clients"] == 30
    finally:
        drop_base(SERVER, url.rsplit("/", 1)[1])
