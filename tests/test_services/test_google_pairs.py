"""Google Contacts' CSV: a relation «Referred by» links the referrer, an event «Anniversary»
is a yearly reminder, a «Custom Field» is a note under its own label."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from clientbase.db.enums import ClientSource, ReminderKind
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.import_undo import undo_import
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_import_referrers import referrers
from tests.test_services.test_import_reminders import reminders
from tests.test_services.test_importing import all_cards, plan_for
from tests.test_services.test_sales_book import committed

GOOGLE = (
    "First Name,Last Name,Birthday,Notes,Phone 1 - Label,Phone 1 - Value,"
    "Relation 1 - Label,Relation 1 - Value,Relation 2 - Label,Relation 2 - Value,"
    "Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value,"
    "Custom Field 1 - Label,Custom Field 1 - Value\n"
    "Анна,Иванова,1980-02-01,любит чай,* Mobile,+7 916 123-45-67,"
    "Spouse,Олег,,,Anniversary,2010-06-20,Первый визит,2020-01-20,Размер,48\n"
    "Мария,Петрова,--03-08,,Mobile,+7 903 111-22-33,"
    "Friend,Ольга,Referred by,Иванова Анна,Годовщина свадьбы,--07-15,,,,\n"
    "Елена,Сидорова,,,Mobile,+7 903 111-22-44,Referred By,+7 903 111-22-33,,,,,,,,\n"
)


def notes(workspace: Workspace) -> dict[str, str]:
    ids = find_client_ids(workspace.db, ClientQuery())
    return {c.last_name: c.notes for c in (workspace.clients.get(i).data for i in ids)}


def test_googles_referred_by_links_and_anniversary_reminds(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Each was a line of the notes: «По рекомендации: Иванова Анна», «Годовщина: 2010-06-20».
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    batch = commit_import(workspace.db, workspace.settings, plan)  # its id, for the undo
    assert referrers(workspace) == {
        "Иванова Анна": "",
        "Петрова Мария": "Иванова Анна",
        "Сидорова Елена": "Петрова Мария",  # by the phone
    }
    anniversaries = [r for r in reminders(workspace) if r[2] == "Годовщина"]
    congratulate = ReminderKind.CONGRATULATE
    assert anniversaries == [
        ("Иванова Анна", datetime(2027, 6, 20, 10, 0), "Годовщина", congratulate),
        ("Петрова Мария", datetime(2027, 7, 15, 10, 0), "Годовщина", congratulate),
    ]
    # The other relations and events keep their labels; the own field its own.
    assert notes(workspace) == {
        "Иванова": "любит чай\nСупруг(а): Олег\nПервый визит: 2020-01-20\nРазмер: 48",
        "Петрова": "Друг: Ольга",
        "Сидорова": "",
    }
    ids = find_client_ids(workspace.db, ClientQuery())
    sources = [workspace.clients.get(i).data.source for i in ids]
    assert sources == [None, ClientSource.REFERRAL, ClientSource.REFERRAL]
    undo_import(workspace.db, workspace.settings, batch)
    assert find_client_ids(workspace.db, ClientQuery()) == []


def test_the_lifted_columns_are_named_in_the_persons_language(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    table, header, _ = read_plan_source(path, language="en")
    assert table.rows[header][-2:] == ["Referred by", "Anniversary"]
    table, header, _ = read_plan_source(path)
    assert table.rows[header][-2:] == ["По рекомендации", "Годовщина"]


def test_contacts_without_either_keep_the_file_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,Relation 1 - Label,Relation 1 - Value\nАнна,Иванова,Spouse,Олег\n",
        encoding="utf-8",
    )
    table, header, _ = read_plan_source(path)
    assert table.rows[header] == [
        "First Name",
        "Last Name",
        "Relation 1 - Label",
        "Relation 1 - Value",
    ]


def test_googles_kinds_of_phones_read_in_the_persons_language(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Mobile» stood in a Russian card where a phone's .vcf gave «мобильный».
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    table, header, mapping = read_plan_source(path, language="en")
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, language="en"
    )
    commit_import(workspace.db, workspace.settings, plan)
    ids = find_client_ids(workspace.db, ClientQuery())
    phones = [p.label for i in ids for p in workspace.clients.get(i).data.phones]
    assert phones == ["mobile", "mobile", "mobile"]
    # A relation's label Google does not name is the owner's own, as typed.
    assert notes(workspace)["Петрова"] == "Friend: Ольга"


def test_an_anniversary_saved_as_a_date_by_excel_is_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The CSV opened in Excel and saved as .xlsx: its day is a date cell, not text.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        ["First Name", "Last Name", "Phone 1 - Value", "Event 1 - Label", "Event 1 - Value"]
    )
    sheet.append(["Анна", "Иванова", "+79161234567", "Anniversary", datetime(2010, 6, 20)])
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    committed(workspace, path)
    congratulate = ReminderKind.CONGRATULATE
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2027, 6, 20, 10, 0), "Годовщина", congratulate)
    ]
    assert notes(workspace) == {"Иванова": ""}


def test_googles_other_names_no_kind_and_a_fax_is_one(workspace: Workspace, tmp_path: Path) -> None:
    # «Other» stood beside a phone as its kind, and «Home Fax» in English, where an iPhone's
    # same kinds in a .vcf gave none and «факс».
    committed(
        workspace,
        tmp_path / "contacts.csv",
        "First Name,Last Name,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
        "E-mail 1 - Label,E-mail 1 - Value,Relation 1 - Label,Relation 1 - Value\n"
        "Анна,Иванова,Other,+79161234567,Home Fax,+74951234567,* Other,anna@mail.ru,Other,Олег\n",
    )
    (card,) = all_cards(workspace)
    assert [(p.raw, p.label) for p in card.phones] == [
        ("+79161234567", ""), ("+74951234567", "факс"),
    ]  # fmt: skip
    assert [(e.address, e.label) for e in card.emails] == [("anna@mail.ru", "")]
    # A relation's «Other» is a kind of relation all the same.
    assert card.notes == "Другое: Олег"
