from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from clientbase.db.enums import ClientStatus
from clientbase.db.id_select import IdSelect
from clientbase.db.models import Client, Phone
from clientbase.services.workspace import Workspace
from tests.conftest import SERVER, person

COLUMNS = (
    Client.id, Client.last_name, Client.status, Client.is_vip, Client.discount_percent,
    Client.marketing_consent_date, Client.created_at, Client.birthday_year,
)  # fmt: skip


def test_rows_come_with_the_types_the_ordinary_select_gives(workspace: Workspace) -> None:
    ids = []
    for n in range(5):
        data = person(
            f"Клиент{n}", phones=(f"+7 916 000-00-0{n}", f"8 903 111-11-1{n}"),
            status=ClientStatus.REGULAR if n % 2 else ClientStatus.LOST, is_vip=n % 2 == 1,
            discount_percent=Decimal("7.50"), marketing_consent=True,
            marketing_consent_date=date(2025, 3, n + 1),
        )  # fmt: skip
        ids.append(workspace.clients.create(data))
    clients = IdSelect(select(*COLUMNS), Client.id)
    phones = IdSelect(select(Phone.client_id, Phone.raw).order_by(Phone.position), Phone.client_id)
    with workspace.db.reading() as session:
        connection = session.connection()
        expected = sorted(
            tuple(row)
            for row in connection.execute(select(*COLUMNS).where(Client.id.in_(ids))).all()
        )
        # Two chunk sizes, as an export's last chunk is shorter than the others.
        found = clients.rows(connection, ids[:3]) + clients.rows(connection, ids[3:])
        chunk_phones = phones.rows(connection, [ids[4], ids[1]])
        assert clients.rows(connection, []) == []

    # Each client once, though the shorter list is padded with its last id to a round size.
    assert sorted(tuple(row) for row in found) == expected
    assert all(type(row[3]) is bool and type(row[4]) is Decimal for row in found)
    assert {row[2] for row in found} == {ClientStatus.REGULAR, ClientStatus.LOST}
    # Each client's phones in their order.
    assert [tuple(row) for row in chunk_phones if row[0] == ids[4]] == [
        (ids[4], "+7 916 000-00-04"),
        (ids[4], "8 903 111-11-14"),
    ]
    assert {row[0] for row in chunk_phones} == {ids[4], ids[1]}


@pytest.mark.skipif(bool(SERVER), reason="the driver's own SQL is built on SQLite only")
def test_a_statement_with_a_value_of_its_own_is_refused(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Иванов", city="Москва"))
    city = IdSelect(select(Client.id).where(Client.city == "Москва"), Client.id)
    with workspace.db.reading() as session, pytest.raises(ValueError):
        city.rows(session.connection(), [client_id])
