"""Clients copied from the table to paste into a spreadsheet: as Excel copies cells, under
the export policy, recorded, and read back by the import."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from clientbase.db.enums import AuditAction
from clientbase.db.models import AuditEntry
from clientbase.db.open import open_database
from clientbase.errors import ExportRestricted
from clientbase.services.client_query import ClientQuery, SortKey, find_client_ids
from clientbase.services.exporting import copied_clients
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.pasted_table import is_pasted_list, write_pasted
from clientbase.services.privacy import ExportPolicy, set_password, set_privacy
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.conftest import person

COLUMNS = (SortKey.NAME, SortKey.PHONE, SortKey.BIRTHDAY, SortKey.TOTAL_SPENT)


@pytest.fixture
def shop(workspace: Workspace) -> list[int]:
    clients = workspace.clients
    orlov = clients.create(
        person("Орлов", "Олег", phones=("8 916 123-45-67",), birthday="01.02.1980")
    )
    workspace.purchases.add(orlov, PurchaseInput(date(2026, 3, 5), total=Decimal("1234.5")))
    formula = clients.create(person("=HYPERLINK(1)", "Анна", phones=("+7 903 555-66-77",)))
    return [formula, orlov]


def test_the_rows_are_copied_as_excel_copies_cells(workspace: Workspace, shop: list[int]) -> None:
    text = copied_clients(workspace.db, shop, COLUMNS)
    assert text.split("\r\n") == [
        "Клиент\tТелефон\tДата рождения\tСумма покупок",
        # No cell starts a formula, nor a phone's «+» one Excel would compute.
        "'=HYPERLINK(1) Анна\t'+7 903 555-66-77\t\t0,00",
        "Орлов Олег\t8 916 123-45-67\t01.02.1980\t1234,50",
        "",
    ]
    assert copied_clients(workspace.db, shop[1:], COLUMNS, language="en").split("\r\n")[:2] == [
        "Name\tPhone\tBirthday\tTotal spent",
        "Орлов Олег\t8 916 123-45-67\t1980-02-01\t1234.50",
    ]


def test_a_copy_is_an_export_to_the_audit_log(workspace: Workspace, shop: list[int]) -> None:
    copied_clients(workspace.db, shop, COLUMNS)
    with workspace.db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)
        ).one()
        assert entry.summary == "2 clients exported to the clipboard"


def test_a_copy_follows_the_export_policy(workspace: Workspace, shop: list[int]) -> None:
    db = workspace.db
    set_password(db, "секрет")
    set_privacy(db, 0, ExportPolicy.PASSWORD, "секрет")
    for password, code in ((None, "password_required"), ("нет", "wrong_password")):
        with pytest.raises(ExportRestricted) as refused:
            copied_clients(db, shop, COLUMNS, password=password)
        assert refused.value.code == code
    assert copied_clients(db, shop, COLUMNS, password="секрет").startswith("Клиент\t")
    set_privacy(db, 0, ExportPolicy.DISABLED, "секрет")
    with pytest.raises(ExportRestricted):
        copied_clients(db, shop, COLUMNS, password="секрет")


def test_rows_copied_from_one_base_paste_into_another(
    workspace: Workspace, shop: list[int], tmp_path: Path
) -> None:
    text = copied_clients(workspace.db, shop, COLUMNS)
    assert is_pasted_list(text)
    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        table, header, mapping = read_plan_source(write_pasted(text, tmp_path, "Буфер обмена"))
        plan = plan_import(other.db, other.settings, table, header, mapping, "Буфер обмена")
        commit_import(other.db, other.settings, plan)
        cards = [other.clients.get(i) for i in find_client_ids(other.db, ClientQuery())]
        # The apostrophe that kept Excel from computing a phone is not the phone's.
        assert sorted(c.data.phones[0].raw for c in cards) == [
            "+7 903 555-66-77",
            "8 916 123-45-67",
        ]
        orlov = next(c for c in cards if c.data.last_name == "Орлов")
        assert (orlov.data.first_name, orlov.data.birthday) == ("Олег", "01.02.1980")
    finally:
        other.close()
