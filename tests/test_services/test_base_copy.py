"""Copying a whole base into another: what «move to the server» and server backups rest on."""

from pathlib import Path

import pytest

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.errors import DatabaseError, OperationCancelled
from clientbase.services.base_copy import copy_records, count_records
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.workspace import Workspace
from tests.conftest import person


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    fill_demo(workspace.db, workspace.settings, clients=40, seed=5)
    first, later = (workspace.clients.create(person(n, "Тест")) for n in ("Первый", "Второй"))
    # A referral to a client written later in the copy than the one it names.
    card = workspace.clients.get(first).data
    card.referred_by_id = later
    workspace.clients.update(first, card)
    return workspace


@pytest.fixture
def copy_target(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "copy.sqlite")
    yield database
    database.close()


def test_every_record_is_copied_and_counted(shop: Workspace, copy_target: Database) -> None:
    counts = copy_records(shop.db, copy_target)
    assert counts == count_records(shop.db) == count_records(copy_target)
    assert counts["client"] == 42 and counts["purchase"] > 40 and counts["audit_entry"] > 0
    copied = Workspace(copy_target)
    first = find_client_ids(copy_target, ClientQuery(search="Первый"))[0]
    later = find_client_ids(copy_target, ClientQuery(search="Второй"))[0]
    assert copied.clients.get(first).data.referred_by_id == later
    # New records go on after the copied ids.
    assert copied.clients.create(person("Новый")) > max(first, later)


def test_a_base_with_records_is_not_copied_into(shop: Workspace, copy_target: Database) -> None:
    Workspace(copy_target).clients.create(person("Уже", "Здесь"))
    with pytest.raises(DatabaseError) as error:
        copy_records(shop.db, copy_target)
    assert error.value.code == "target_not_empty"
    assert count_records(copy_target)["client"] == 1


def test_a_cancelled_copy_leaves_the_target_empty(shop: Workspace, copy_target: Database) -> None:
    def cancel(done: int, total: int) -> None:
        if done > total / 2:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        copy_records(shop.db, copy_target, cancel)
    assert sum(count_records(copy_target).values()) == 0


def test_replace_swaps_the_records_in_one_go(shop: Workspace, copy_target: Database) -> None:
    Workspace(copy_target).clients.create(person("Старый", "Клиент"))
    copy_records(shop.db, copy_target, replace=True)
    assert count_records(copy_target) == count_records(shop.db)
    assert find_client_ids(copy_target, ClientQuery(search="Старый")) == []


def test_records_added_after_a_demo_fill_get_fresh_ids(workspace: Workspace) -> None:
    # The demo writes purchases with ids of its own; on PostgreSQL the id sequence must
    # then move on, or the next purchase collides with one of them.
    from datetime import date
    from decimal import Decimal

    from clientbase.services.purchases import PurchaseInput

    fill_demo(workspace.db, workspace.settings, clients=10, seed=1)
    client = workspace.clients.create(person("После", "Демо"))
    added = workspace.purchases.add(client, PurchaseInput(date(2026, 5, 5), total=Decimal("10")))
    assert workspace.purchases.get(added).total == Decimal("10")
