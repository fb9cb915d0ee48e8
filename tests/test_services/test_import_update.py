"""A list exported, corrected in Excel and imported back updates the cards it lists
(DuplicateRule.UPDATE): until then a re-import kept every card as it was and put the
corrections into the notes («Город: Тула»)."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from clientbase.db.enums import ClientKind, ClientStatus, MessengerKind
from clientbase.db.open import open_database
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.client_update import updated_card
from clientbase.services.demo import fill_demo
from clientbase.services.exporting import export_clients
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import DuplicateRule, plan_import, read_plan_source
from clientbase.services.import_undo import undo_import
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person

# The day the cards are made on: their export's «Добавлен» is that day, which a fixed day
# before it would read as one to come (the tests failed from the day after it was set).
TODAY = date.today()


def test_the_newer_cards_values_replace_the_cards_and_its_empty_ones_change_nothing() -> None:
    card = ClientInput(
        last_name="Андреев", first_name="Егор", middle_name="Викторович", city="Калуга",
        street="ул. Гагарина, 101", birthday="22.04.1988", status=ClientStatus.REGULAR,
        is_vip=True, marketing_consent=True, discount_percent=Decimal("5"),
        phones=[PhoneInput("8 951 549-89-01", "мобильный")], emails=[EmailInput("e@inbox.ru")],
        messengers=[MessengerInput(MessengerKind.TELEGRAM, "@old"),
                    MessengerInput(MessengerKind.VK, "id1")],
        tags=["опт"], notes="любит чай",
    )  # fmt: skip
    newer = ClientInput(
        last_name="Андреев", first_name="Егор", city="Тула", birthday="22.04",
        phones=[PhoneInput("+7 916 000-00-01"), PhoneInput("+79515498901")],
        messengers=[MessengerInput(MessengerKind.TELEGRAM, "@new")],
        tags=["VIP"], notes="любит чай",
    )  # fmt: skip
    card_before, newer_before = copy.deepcopy(card), copy.deepcopy(newer)

    updated = updated_card(card, newer, "RU", given={"city", "is_vip", "phone"})

    assert (card, newer) == (card_before, newer_before)
    assert updated.city == "Тула"
    # Left empty in the list, or said shorter: the card's stays.
    assert (updated.middle_name, updated.street, updated.birthday) == (
        "Викторович", "ул. Гагарина, 101", "22.04.1988",
    )  # fmt: skip
    # «Новый» and no discount are what a list without those columns reads as.
    assert (updated.status, updated.discount_percent) == (ClientStatus.REGULAR, Decimal("5"))
    # With a discount column, its 0 is a discount taken back.
    with_discount = updated_card(card, newer, "RU", given={"city", "discount_percent"})
    assert with_discount.discount_percent == Decimal("0")
    # The list has a VIP column, and this row leaves it empty: not VIP any more. It has
    # no consent column: the consent stands.
    assert (updated.is_vip, updated.marketing_consent) == (False, True)
    # The list's phones first (the new one is the one to call), the card's after them,
    # the same number once, as the card writes it, with its note.
    assert [(p.raw, p.label) for p in updated.phones] == [
        ("+7 916 000-00-01", ""), ("8 951 549-89-01", "мобильный"),
    ]  # fmt: skip
    assert [e.address for e in updated.emails] == ["e@inbox.ru"]
    assert [(m.kind, m.handle) for m in updated.messengers] == [
        (MessengerKind.TELEGRAM, "@new"), (MessengerKind.VK, "id1"),
    ]  # fmt: skip
    assert (updated.tags, updated.notes) == (["опт", "VIP"], "любит чай")


def test_a_persons_row_for_a_companys_card_is_merged_not_put_in_its_place() -> None:
    company = ClientInput(kind=ClientKind.COMPANY, organization="ООО Ромашка", city="Тула")
    row = ClientInput(last_name="Петров", first_name="Иван", city="Тверь")
    updated = updated_card(company, row, "RU", given={"city"})
    assert (updated.kind, updated.organization, updated.city) == (
        ClientKind.COMPANY, "ООО Ромашка", "Тула",
    )  # fmt: skip
    assert [p.name for p in updated.contact_persons] == ["Петров Иван"]


def corrected_export(workspace: Workspace, path: Path) -> None:
    """The base exported to CSV, then corrected as in Excel: Андреев moved to Тула and
    is no VIP any more, Алексеева has a new phone, no street written and no discount."""
    export_clients(workspace.db, path)
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    header = lines[0].split(";")
    rows = [line.split(";") for line in lines[1:]]
    names = ("Город", "Телефон", "Адрес", "VIP", "Скидка")
    column = {name: header.index(name) for name in names}
    for row in rows:
        if row[0] == "Андреев":
            row[column["Город"]], row[column["VIP"]] = "Тула", "Нет"
        if row[0] == "Алексеева":
            row[column["Телефон"]], row[column["Адрес"]] = "+7 916 000-00-01", ""
            row[column["Скидка"]] = "0,00"
    path.write_text(
        "\n".join([";".join(header), *(";".join(row) for row in rows)]) + "\n",
        encoding="utf-8-sig",
    )


def shop(workspace: Workspace) -> dict[str, int]:
    return {
        "Андреев": workspace.clients.create(
            person("Андреев", "Егор", phones=("89515498901",), city="Калуга", is_vip=True,
                   status=ClientStatus.REGULAR, notes="любит чай")
        ),
        "Алексеева": workspace.clients.create(
            person("Алексеева", "Любовь", phones=("+79167780785",), emails=("l@mail.ru",),
                   city="Краснодар", street="ул. Есенина, 13", discount_percent=Decimal(5))
        ),
        "Борисов": workspace.clients.create(person("Борисов", "Олег", city="Тверь")),
    }  # fmt: skip


def planned(workspace: Workspace, path: Path, rule: DuplicateRule, **options: object):
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, rule, TODAY,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip


def test_an_export_corrected_in_excel_updates_the_cards_and_its_undo_restores_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = shop(workspace)
    path = tmp_path / "Клиенты.csv"
    corrected_export(workspace, path)

    plan = planned(workspace, path, DuplicateRule.UPDATE)
    counts = plan.counts()
    assert (counts["merge"], counts["update"], counts["unchanged"], counts["new"]) == (3, 2, 1, 0)
    changes = {row.client_id: row.changes for row in plan.rows}
    assert changes[ids["Андреев"]] == ("city", "is_vip")
    # The export's cells hold the whole card: the number typed over and the address
    # deleted are gone from it (see below for any other list).
    assert changes[ids["Алексеева"]] == ("phones", "street", "discount_percent")
    batch = commit_import(workspace.db, workspace.settings, plan)

    andreev = workspace.clients.get(ids["Андреев"]).data
    assert (andreev.city, andreev.is_vip, andreev.status) == ("Тула", False, ClientStatus.REGULAR)
    assert andreev.notes == "любит чай"  # no «Город: Калуга» left behind
    alekseeva = workspace.clients.get(ids["Алексеева"]).data
    assert [p.raw for p in alekseeva.phones] == ["+7 916 000-00-01"]
    assert (alekseeva.street, alekseeva.discount_percent) == ("", Decimal(0))
    assert import_history(workspace.db)[0].counts["update"] == 2

    undo_import(workspace.db, workspace.settings, batch)
    andreev = workspace.clients.get(ids["Андреев"]).data
    assert (andreev.city, andreev.is_vip) == ("Калуга", True)
    alekseeva = workspace.clients.get(ids["Алексеева"]).data
    assert ([p.raw for p in alekseeva.phones], alekseeva.street, alekseeva.discount_percent) == (
        ["+79167780785"], "ул. Есенина, 13", Decimal(5),
    )  # fmt: skip


def test_merging_keeps_the_cards_and_notes_the_corrections_as_before(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = shop(workspace)
    path = tmp_path / "Клиенты.csv"
    corrected_export(workspace, path)
    plan = planned(workspace, path, DuplicateRule.MERGE)
    assert plan.counts()["update"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    andreev = workspace.clients.get(ids["Андреев"]).data
    assert (andreev.city, andreev.is_vip) == ("Калуга", True)
    assert "Город: Тула" in andreev.notes


def test_one_row_can_be_updated_while_the_others_merge(
    workspace: Workspace, tmp_path: Path
) -> None:
    ids = shop(workspace)
    path = tmp_path / "Клиенты.csv"
    corrected_export(workspace, path)
    line = next(
        row.line for row in planned(workspace, path, DuplicateRule.MERGE).rows
        if row.client_id == ids["Андреев"]
    )  # fmt: skip
    plan = planned(workspace, path, DuplicateRule.MERGE, decisions={line: DuplicateRule.UPDATE})
    assert [row.line for row in plan.rows if row.updates] == [line]
    commit_import(workspace.db, workspace.settings, plan)
    assert workspace.clients.get(ids["Андреев"]).data.city == "Тула"
    alekseeva = workspace.clients.get(ids["Алексеева"]).data
    assert [p.raw for p in alekseeva.phones] == ["+79167780785", "+7 916 000-00-01"]


def test_a_clients_new_phone_can_update_the_card_of_the_same_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Only a name and a phone, and the phone corrected in the list: the row is another
    client of that name unless the person says it is this one, and then an update puts
    the new number first rather than after the old one."""
    client = workspace.clients.create(
        person("Сидоров", "Пётр", phones=("+79031112233",), city="Тверь")
    )
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон;Город\nСидоров Пётр;+7 903 999-88-77;Тула\n", encoding="utf-8")
    (row,) = planned(workspace, path, DuplicateRule.UPDATE).rows
    assert (row.reason, row.action.value, row.client_id) == ("namesake", "new", client)
    plan = planned(workspace, path, DuplicateRule.MERGE, decisions={2: DuplicateRule.UPDATE})
    assert plan.rows[0].updates and plan.rows[0].changes == ("phones", "city")
    commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(client).data
    assert ([p.raw for p in card.phones], card.city) == (
        ["+7 903 999-88-77", "+79031112233"],
        "Тула",
    )


def test_initials_in_the_list_do_not_replace_the_names_they_stand_for() -> None:
    card = ClientInput(last_name="Иванов", first_name="Иван", middle_name="Иванович")
    for first, middle in (("И.", "И."), ("И", ""), ("иван", "Ив.")):
        row = ClientInput(last_name="Иванов", first_name=first, middle_name=middle)
        updated = updated_card(card, row, "RU", given={"full_name"})
        assert (updated.first_name, updated.middle_name) == ("Иван", "Иванович")
    corrected = ClientInput(last_name="Иванов", first_name="Илья")
    assert updated_card(card, corrected, "RU", given={"full_name"}).first_name == "Илья"


def corrected_full_export(workspace: Workspace, path: Path, drop: str = "") -> None:
    """The whole base exported to .xlsx and corrected in Excel: Сидорова's old phone
    deleted from her cell, her address cleared, her status set back to «Новый», her «VIP»
    tag deleted; with `drop`, that column deleted too."""
    export_clients(workspace.db, path, with_purchases=False)
    book = openpyxl.load_workbook(path)
    sheet = book["Клиенты"]
    column = {cell.value: cell.column for cell in sheet[1]}
    for line in range(2, sheet.max_row + 1):
        if sheet.cell(line, column["Фамилия"]).value == "Сидорова":
            sheet.cell(line, column["Телефон"]).value = "+7 916 111-22-33"
            sheet.cell(line, column["Адрес"]).value = None
            sheet.cell(line, column["Статус"]).value = "Новый"
            sheet.cell(line, column["Метки"]).value = "опт"
    if drop:
        sheet.delete_cols(column[drop])
    book.save(path)


def test_the_programs_own_export_makes_the_cards_what_it_says_its_empty_cells_too(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The full export's cells hold the whole card: a phone deleted from one in Excel, an
    address cleared, are deleted from the card (any other list's empty cells change
    nothing, as a list of phones alone must not clear the addresses)."""
    ids = shop(workspace)
    sidorova = workspace.clients.create(
        person("Сидорова", "Анна", phones=("+7 916 111-22-33", "+7 916 444-55-66"),
               street="ул. Мира, 5", status=ClientStatus.REGULAR, tags=["опт", "VIP"])
    )  # fmt: skip
    path = tmp_path / "Клиенты.xlsx"
    corrected_full_export(workspace, path)

    plan = planned(workspace, path, DuplicateRule.UPDATE)
    assert plan.whole_cards
    counts = plan.counts()
    assert (counts["merge"], counts["update"], counts["unchanged"]) == (4, 1, 3)
    changes = {row.client_id: row.changes for row in plan.rows}
    assert changes[sidorova] == ("phones", "street", "status", "tags")
    batch = commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(sidorova).data
    assert ([p.raw for p in card.phones], card.street) == (["+7 916 111-22-33"], "")
    assert (card.status, card.tags) == (ClientStatus.NEW, ["опт"])
    assert workspace.clients.get(ids["Алексеева"]).data.discount_percent == Decimal(5)

    undo_import(workspace.db, workspace.settings, batch)
    card = workspace.clients.get(sidorova).data
    assert ([p.raw for p in card.phones], card.street) == (
        ["+7 916 111-22-33", "+7 916 444-55-66"], "ул. Мира, 5",
    )  # fmt: skip
    assert (card.status, sorted(card.tags)) == (ClientStatus.REGULAR, ["VIP", "опт"])


def test_an_export_with_a_column_deleted_is_updated_as_any_other_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Without all its columns the file is not known for whole cards: what it lacks stays."""
    shop(workspace)
    sidorova = workspace.clients.create(
        person("Сидорова", "Анна", phones=("+7 916 111-22-33", "+7 916 444-55-66"),
               street="ул. Мира, 5", tags=["опт", "VIP"])
    )  # fmt: skip
    path = tmp_path / "Клиенты.xlsx"
    corrected_full_export(workspace, path, drop="Банк")
    plan = planned(workspace, path, DuplicateRule.UPDATE)
    assert not plan.whole_cards
    commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(sidorova).data
    assert len(card.phones) == 2
    assert (card.street, sorted(card.tags)) == ("ул. Мира, 5", ["VIP", "опт"])


def test_the_demo_base_exported_and_imported_back_to_update_changes_no_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Every field of every card comes back as the card has it (companies, contact persons,
    messengers, notes, birthdays without a year), in both languages: an update from the
    export as it was written changes nothing."""
    fill_demo(workspace.db, workspace.settings, clients=300, seed=3, today=TODAY)
    for language, name in (("ru", "Клиенты.xlsx"), ("en", "Clients.csv")):
        path = tmp_path / name
        export_clients(workspace.db, path, with_purchases=False, language=language)
        plan = planned(workspace, path, DuplicateRule.UPDATE, language=language)
        assert plan.whole_cards
        counts = plan.counts()
        assert (counts["rows"], counts["update"], counts["unchanged"]) == (300, 0, 300)


def test_cards_no_phone_or_e_mail_finds_come_back_each_to_itself(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Cards of a code two share, a card of a birthday without a year, a card as typed
    (capitals, «нет»), two cards of one birthday: each row of their export finds its own
    card, where some were new clients, a second card of each, or merged into another."""
    for last, first in (("Smith", "Мария"), ("Орлова", "Вера")):
        workspace.clients.create(person(last, first, client_code="007", loyalty_card="000123"))
    workspace.clients.create(person("Тер-Петросян", "", "Ахмед оглы", birthday="01.02"))
    workspace.clients.create(person("ИВАНОВА", "ника", notes="нет", city="г. Тула"))
    # Of one birthday, a card of a like name with a phone, and one of a name alone: the
    # second's row went to the first, found by the birthday before its own card.
    workspace.clients.create(person("Ng", "", "И.", phones=("+7 916 723-67-53",),
                                    birthday="15.07.2005"))  # fmt: skip
    workspace.clients.create(person("Ng", "Ёлка", "ИВАНОВИЧ", birthday="15.07.2005"))
    ids = find_client_ids(workspace.db, ClientQuery())
    before = [workspace.clients.get(i).data for i in ids]
    path = tmp_path / "Клиенты.xlsx"
    export_clients(workspace.db, path, with_purchases=False)
    for rule in (DuplicateRule.MERGE, DuplicateRule.UPDATE):
        plan = planned(workspace, path, rule)
        counts = plan.counts()
        assert (counts["new"], counts["merge"], counts["unchanged"]) == (0, 6, 6)
        commit_import(workspace.db, workspace.settings, plan)
    assert find_client_ids(workspace.db, ClientQuery()) == ids
    assert [workspace.clients.get(i).data for i in ids] == before


def test_two_cards_of_the_base_alike_are_each_their_own_row_of_its_export(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A company's two cards the base keeps apart, sharing a phone: its export has a row
    for each, and neither row is merged into the other on the way back (which put the
    second card's contact person and loyalty card into the first card)."""
    first = workspace.clients.create(
        ClientInput(kind=ClientKind.COMPANY, organization="АО «Кедр»", loyalty_card="1148",
                    phones=[PhoneInput("+7 999 567-98-92"), PhoneInput("8 977 529-02-96")])
    )  # fmt: skip
    second = workspace.clients.create(
        ClientInput(kind=ClientKind.COMPANY, organization="АО «Кедр»", loyalty_card="9338",
                    phones=[PhoneInput("8 977 529-02-96")],
                    contact_persons=[ContactPersonInput("Попов Степан", "менеджер")])
    )  # fmt: skip
    path = tmp_path / "Клиенты.xlsx"
    export_clients(workspace.db, path, with_purchases=False)
    for rule in (DuplicateRule.UPDATE, DuplicateRule.MERGE):
        plan = planned(workspace, path, rule)
        assert {row.client_id for row in plan.rows} == {first, second}
        counts = plan.counts()
        assert (counts["merge_in_file"], counts["unchanged"]) == (0, 2)
    # Kept as other clients, or skipped: the two rows alike, each as the rule says.
    for rule, action in ((DuplicateRule.KEEP, "new"), (DuplicateRule.SKIP, "skip")):
        counts = planned(workspace, path, rule).counts()
        assert (counts["merge_in_file"], counts[action]) == (0, 2)
    # Into a new base (the shop's next computer) both cards come as they are: the export
    # says they are two, so neither is asked about as a namesake of the other.
    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        plan = planned(other, path, DuplicateRule.MERGE)
        assert [(row.action.value, row.reason) for row in plan.rows] == [("new", ""), ("new", "")]
    finally:
        other.close()
