import quopri
import shutil
import struct
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from clientbase.db.enums import (
    ClientKind,
    InteractionKind,
    MessengerKind,
    PaymentState,
    Recurrence,
)
from clientbase.db.models import AuditEntry, Phone, Tag
from clientbase.errors import ImportFileError, NotFoundError, OperationCancelled
from clientbase.exchange.header import Target, propose_mapping
from clientbase.exchange.sheet_column import Sheet, SheetColumn
from clientbase.exchange.values import text_of
from clientbase.exchange.xlsx_writer import write_xlsx
from clientbase.services import audit
from clientbase.services.client_data import ClientInput, MessengerInput
from clientbase.services.client_keys import similar_names
from clientbase.services.client_query import (
    ArchiveFilter,
    ClientQuery,
    find_client_ids,
    load_rows,
)
from clientbase.services.client_snapshot import card_from_json
from clientbase.services.import_batches import import_history
from clientbase.services.import_mappings import remembered_mapping
from clientbase.services.import_plan import (
    DuplicateRule,
    ImportPlan,
    RowAction,
    plan_import,
    read_plan_source,
)
from clientbase.services.import_undo import later_work, undo_import
from clientbase.services.importing import commit_import
from clientbase.services.interactions import InteractionInput
from clientbase.services.purchases import PurchaseInput
from clientbase.services.row_choices import source_in_words
from clientbase.services.stats import base_stats
from clientbase.services.workspace import Workspace
from tests.conftest import person

DATA = Path(__file__).parents[1] / "data"
TODAY = date(2026, 11, 22)


def plan_for(
    workspace: Workspace,
    path: Path,
    rule: DuplicateRule = DuplicateRule.MERGE,
    decisions: dict[int, DuplicateRule] | None = None,
):
    """The plan of a sheet, with the person's choices for some of its rows (`decisions`)."""
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, rule, TODAY,
        decisions=decisions,
    )  # fmt: skip


def all_cards(workspace: Workspace) -> list[ClientInput]:
    """Every client's card, in the table's order (by name)."""
    return [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]


def yearly_days(workspace: Workspace) -> list[tuple[str, str]]:
    """Every client's yearly reminders: its title and day of the year («12.06»)."""
    return sorted(
        (record.data.title, record.data.due_at.strftime("%d.%m"))
        for i in find_client_ids(workspace.db, ClientQuery())
        for record in workspace.reminders.list_for(i)
        if record.data.recurrence is Recurrence.YEARLY
    )


def imported_csv(workspace: Workspace, path: Path, text: str) -> list[ClientInput]:
    """Import a CSV written as given, checking that no value is left out; the cards."""
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    return all_cards(workspace)


def imported_vcards(workspace: Workspace, path: Path, lines: list[str]) -> list[ClientInput]:
    """Import a .vcf of these lines, checking that no value is left out; the cards."""
    path.write_text("\r\n".join([*lines, ""]), encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    return all_cards(workspace)


def names(workspace: Workspace) -> list[str]:
    ids = find_client_ids(workspace.db, ClientQuery())
    return [r.display_name for r in load_rows(workspace.db, ids)]


@pytest.mark.parametrize(
    "name", ["messy_clients.xlsx", "messy_clients.ods", "messy_clients.xls", "messy_clients.html"]
)
def test_the_messy_sheet_is_understood(workspace: Workspace, name: str) -> None:
    _table, header, mapping = read_plan_source(DATA / name)
    assert header == 4  # title, date, blank row and the merged «Контакты» heading skipped
    assert mapping == [
        Target.FULL_NAME, Target.PHONE, Target.EMAIL, Target.BIRTHDAY, Target.CITY,
        Target.NOTES, Target.LOYALTY_CARD,
    ]  # fmt: skip
    plan = plan_for(workspace, DATA / name)
    actions = {row.line: row.action for row in plan.rows}
    assert actions == {
        6: RowAction.NEW,
        7: RowAction.NEW,
        8: RowAction.MERGE_IN_FILE,  # «Иванов И.И.» has row 6's phone
        9: RowAction.NEW,  # kept, without its three bad values
        10: RowAction.NEW,
        11: RowAction.NEW,
        12: RowAction.NEW,
        13: RowAction.ERROR,  # a phone and no name
        14: RowAction.SKIP,  # «Итого»
    }
    problems = {(p.line, p.column, p.value, p.code) for p in plan.problems()}
    assert problems == {
        (9, "Контакт", "12-34", "phone_invalid"),
        (9, "E-mail", "sidorov@", "email_invalid"),
        (9, "ДР", "31.02.1990", "no_such_day"),
    }
    assert base_stats(workspace.db)["clients"] == 0


def test_a_two_row_header_with_merged_cells_names_every_column(workspace, tmp_path) -> None:
    """«Контакты» spans «Телефон» and «E-mail» below it; «№», «ФИО» and «Дата рождения»
    are merged down over both rows, so the lower row is empty under them."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Клиенты магазина «Уют»"])
    sheet.append(["№", "ФИО", "Контакты", None, "Дата рождения"])
    sheet.append([None, None, "Телефон", "E-mail", None])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        sheet.merge_cells(cells)
    sheet.append([1, "Орлова Мария", "8 921 111-22-33", "orlova@mail.ru", "03.04.1990"])
    sheet.append([2, "Зайцев Игорь", "12-34", None, None])
    path = tmp_path / "two_rows.xlsx"
    workbook.save(path)

    table, header, mapping = read_plan_source(path)
    assert header == 2  # the lower row of the header; the data starts under it
    # The sheet's own row numbers mean nothing in the base.
    assert mapping == [
        Target.IGNORE, Target.FULL_NAME, Target.PHONE, Target.EMAIL, Target.BIRTHDAY,
    ]  # fmt: skip
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.headers == ["№", "ФИО", "Телефон", "E-mail", "Дата рождения"]
    assert [(row.line, row.action) for row in plan.rows] == [
        (4, RowAction.NEW), (5, RowAction.NEW),
    ]  # fmt: skip
    assert [(p.line, p.column, p.value) for p in plan.problems()] == [(5, "Телефон", "12-34")]
    commit_import(workspace.db, workspace.settings, plan)
    orlova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="орлова"))[0])
    assert [p.raw for p in orlova.data.phones] == ["8 921 111-22-33"]
    assert orlova.data.birthday == "03.04.1990"
    assert orlova.data.notes == ""


def test_kinds_of_phone_and_e_mail_under_one_name_each_fill_the_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«E-mail» merged over «личный» and «рабочий»: «личный» was no column name, so the
    lower row was taken for the first client, a bad phone and a bad e-mail, and the
    unnamed columns of work phones and e-mails went to the notes."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", None, "E-mail", None])
    sheet.append([None, "мобильный", "рабочий", "личный", "рабочий"])
    for cells in ("A1:A2", "B1:C1", "D1:E1"):
        sheet.merge_cells(cells)
    sheet.append(["Орлова Мария", "8 921 111-22-33", "8 812 111-22-33", "m@ya.ru", "m@firm.ru"])
    path = tmp_path / "kinds.xlsx"
    workbook.save(path)

    table, header, mapping = read_plan_source(path)
    assert header == 1
    assert mapping == [Target.FULL_NAME, Target.PHONE, Target.PHONE, Target.EMAIL, Target.EMAIL]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.headers[3:] == ["E-mail личный", "E-mail рабочий"]
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    orlova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery())[0]).data
    assert [(p.raw, p.label) for p in orlova.phones] == [
        ("8 921 111-22-33", "мобильный"), ("8 812 111-22-33", "рабочий"),
    ]  # fmt: skip
    assert [(e.address, e.label) for e in orlova.emails] == [
        ("m@ya.ru", "личный"), ("m@firm.ru", "рабочий"),
    ]  # fmt: skip
    assert orlova.notes == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_list_of_names_alone_imports(workspace: Workspace, tmp_path: Path, suffix: str) -> None:
    # One column, «ФИО» over the names: a row of one cell was always taken for a title.
    rows = [["Клиенты магазина «Уют»"], ["ФИО"], ["Иванов Иван"], ["Петрова Анна"]]
    path = tmp_path / f"names{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(row[0] for row in rows), encoding="utf-8")
    else:
        write_sheet(path, rows)
    assert read_plan_source(path)[1:] == (1, [Target.FULL_NAME])
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    assert names(workspace) == ["Иванов Иван", "Петрова Анна"]


def test_a_web_shops_orders_with_a_whole_name_under_имя(workspace: Workspace, tmp_path) -> None:
    # Tilda's orders: «Имя» holds the whole name, «Товары» the items, «Статус оплаты»
    # whether it is paid. The name came in as a first name «Иванова Анна», the items went
    # to the notes, and the payment column was read as the client's status, so an unpaid
    # order came in paid.
    path = tmp_path / "orders.csv"
    path.write_text(
        "ID заказа;Дата;Имя;Email;Телефон;Товары;Сумма заказа;Статус оплаты\n"
        "1001;2024-05-01 12:30:00;Иванова Анна;anna@mail.ru;+79161112233;Плед;6000;Оплачен\n"
        "1002;2024-05-03 09:10:00;Пётр;petr@ya.ru;89031112244;Подушка;1500,50;Не оплачен\n",
        encoding="utf-8",
    )
    mapping = read_plan_source(path)[2]
    assert mapping[2:] == [
        Target.FULL_NAME, Target.EMAIL, Target.PHONE, Target.ITEM, Target.AMOUNT, Target.PAYMENT,
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    anna = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="анна"))[0])
    assert (anna.data.last_name, anna.data.first_name) == ("Иванова", "Анна")
    petr = find_client_ids(workspace.db, ClientQuery(search="petr@ya.ru"))[0]
    assert workspace.clients.get(petr).data.first_name == "Пётр"  # a first name alone stays one
    [order] = workspace.purchases.list_for(petr)
    assert order.data.payment_state is PaymentState.UNPAID
    assert [item.name for item in order.data.items] == ["Подушка"]


def test_a_lone_client_under_the_header_is_no_second_header_row(workspace, tmp_path) -> None:
    # Its messengers cell says «Telegram», a name the header knows, above and beside empty
    # cells: the one client was taken for the lower half of a two-row header.
    path = write_sheet(
        tmp_path / "one.xlsx",
        [
            ["Фамилия", "Имя", "Телефон", "Дата рождения", "Мессенджеры"],
            ["Смирнова", "Елена", None, "08.03", "Telegram: elena_s"],
        ],
    )
    assert read_plan_source(path)[1] == 0
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    assert names(workspace) == ["Смирнова Елена"]


def test_a_first_client_with_a_note_like_a_column_name_is_no_second_header_row(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Скидка 5%» in the notes reads like a column's name, and the first client had no
    # phone: his row was taken for the lower half of a two-row header, and he was lost.
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Город", "Адрес", "Примечание"],
            ["Смирнов Ян", "Тула", None, "Скидка 5%"],
            ["Орлов Олег", "Казань", "ул. Мира, 2", None],
        ],
    )
    assert read_plan_source(path)[1:] == (
        0, [Target.FULL_NAME, Target.CITY, Target.STREET, Target.NOTES]
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    assert names(workspace) == ["Орлов Олег", "Смирнов Ян"]


def test_a_table_drawn_away_from_the_corner_keeps_its_row_numbers(workspace, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C4"], sheet["D4"] = "ФИО", "Телефон"
    sheet["C5"], sheet["D5"] = "Иванов Иван", "12-34"
    sheet["C6"], sheet["D6"] = "Петров Пётр", "89161234567"
    path = tmp_path / "corner.xlsx"
    workbook.save(path)

    table, header, mapping = read_plan_source(path)
    assert (header, mapping) == (3, [Target.FULL_NAME, Target.PHONE])  # no nameless columns
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [(p.line, p.column, p.value) for p in plan.problems()] == [(5, "Телефон", "12-34")]


def test_e_mails_as_sheets_hold_them(workspace: Workspace, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "mails.xlsx",
        [
            ["ФИО", "E-mail"],
            ["Орлова Мария", "mailto:Orlova@Mail.ru"],
            ["Зайцев Игорь", "zaitsev@mail.ru\nigor@work.ru"],  # Alt+Enter between them
            ["Белова Нина", "<belova@mail.ru>, belova.n@mail.ru."],
            ["Котов Олег", "kotov@mail.ru (личная)"],  # the words beside it: its note
            ["Рыбин Ян", "Ян Рыбин <ryb@mail.ru>, ryb@"],
            ["Лосев Лев", "losev @mail.ru, рабочая"],  # a space typed, the note after a comma
            ["Гусев Иван", "gusev@mail,ru"],  # shown whole, not as «gusev@mail» and «ru»
        ],
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value) for p in plan.problems()] == [(6, "ryb@"), (8, "gusev@mail,ru")]
    commit_import(workspace.db, workspace.settings, plan)

    def mails(name: str) -> list[str]:
        client = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search=name))[0])
        return [f"{e.address} {e.label}".strip() for e in client.data.emails]

    assert mails("орлова") == ["orlova@mail.ru"]
    assert mails("зайцев") == ["zaitsev@mail.ru", "igor@work.ru"]
    assert mails("белова") == ["belova@mail.ru", "belova.n@mail.ru"]
    assert mails("котов") == ["kotov@mail.ru личная"]
    assert mails("рыбин") == ["ryb@mail.ru Ян Рыбин"]
    assert mails("лосев") == ["losev@mail.ru рабочая"]


def test_a_phone_and_an_e_mail_in_one_cell_are_both_kept_as_what_they_are(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Контакты» holds a client's phone and e-mail in one cell: the e-mail became the
    phone's note, where no search or export finds an address; a phone beside an e-mail
    became the e-mail's note. The same number under «Телефон» and «Мобильный» is one."""
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Контакты;E-mail;Мобильный\n"
        'Иванов Иван;"89161112233, ivan@mail.ru";;+7 916 111-22-33\n'
        'Петров Пётр;"ivan2@mail.ru\n+7 916 111-22-34";;\n'
        "Сидоров Сергей;тел: 8-916-111-22-35 email: sid@ya.ru;;\n"
        'Орлова Ольга;;"olga@mail.ru, 8 916 111-22-36";\n',
    )
    assert [
        ([(p.raw, p.label) for p in c.phones], [e.address for e in c.emails]) for c in cards
    ] == [
        ([("89161112233", "мобильный")], ["ivan@mail.ru"]),
        ([("8 916 111-22-36", "")], ["olga@mail.ru"]),
        ([("+7 916 111-22-34", "")], ["ivan2@mail.ru"]),
        ([("8-916-111-22-35", "")], ["sid@ya.ru"]),
    ]


def test_a_contacts_column_of_a_phone_here_and_an_e_mail_there_keeps_both(
    workspace: Workspace, tmp_path: Path
) -> None:
    """1C's «Контактная информация»: more cells with an e-mail than with a phone made it an
    e-mail column, and then a phone alone in a cell was named as a bad e-mail, and one beside
    an e-mail went to the notes with the words around it."""
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "Наименование;Контактная информация\n"
        'Иванов Иван;"Телефон: +7 916 111-22-33, E-mail: ivanov@mail.ru"\n'
        "Петрова Анна;+7 903 333-44-55\n"
        "Сидоров Олег;sidorov@mail.ru (личная)\n"
        "Орлова Ольга;olga@mail.ru\n",
    )
    assert [
        (c.last_name, [p.raw for p in c.phones], [(e.address, e.label) for e in c.emails], c.notes)
        for c in cards
    ] == [
        ("Иванов", ["+7 916 111-22-33"], [("ivanov@mail.ru", "")], ""),
        ("Орлова", [], [("olga@mail.ru", "")], ""),
        ("Петрова", ["+7 903 333-44-55"], [], ""),
        ("Сидоров", [], [("sidorov@mail.ru", "личная")], ""),
    ]


def test_an_address_in_a_contacts_cell_is_the_clients_address(
    workspace: Workspace, tmp_path: Path
) -> None:
    """1C writes the address into «Контактная информация» too, and so do hand-kept lists:
    it became the phone's note, or a bad phone where no phone stood beside it."""
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "Наименование;Контактная информация;Город\n"
        'Иванов Иван;"Тел.: +7 916 111-22-33, Адрес: г. Москва, ул. Ленина, д. 1";\n'
        'Петрова Анна;"+7 903 333-44-55\nanna@mail.ru\nТула, ул. Мира, 5";\n'
        "Сидоров Олег;+7 926 111-22-55 (после 18:00);\n"
        "Орлова Ольга;620000, г. Екатеринбург, пр. Ленина, 10;\n"
        # Her town is known already: the address from the contacts keeps to the notes.
        "Козлова Анна;8 912 111-22-66, адрес доставки: Казань, ул. Баумана, 3;Тула\n",
    )
    assert [
        (c.last_name, [(p.raw, p.label) for p in c.phones], c.postcode, c.city, c.street, c.notes)
        for c in cards
    ] == [
        ("Иванов", [("+7 916 111-22-33", "")], "", "Москва", "ул. Ленина, д. 1", ""),
        (
            "Козлова", [("8 912 111-22-66", "")], "", "Тула", "",
            "Контактная информация: адрес доставки: Казань, ул. Баумана, 3",
        ),
        ("Орлова", [], "620000", "Екатеринбург", "пр. Ленина, 10", ""),
        ("Петрова", [("+7 903 333-44-55", "")], "", "Тула", "ул. Мира, 5", ""),
        ("Сидоров", [("+7 926 111-22-55", "после 18:00")], "", "", "", ""),
    ]  # fmt: skip


def test_an_area_code_in_a_column_of_its_own_completes_the_local_numbers(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Older lists keep «Код города» beside «Телефон»: «495» and «123-45-67». Each local
    number was named a bad phone, and the code went to the notes apart from it."""
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Код города", "Телефон", "Моб. телефон"],
            ["Иванова Анна", "495", "123-45-67", "8-916-111-22-33"],
            ["Петров Олег", "(4872)", "31-22-44, 31-22-45", None],
            ["Сидоров Пётр", "812", None, "8 921 111-22-55"],  # the code of no number here
            ["Орлова Юлия", None, "8 (495) 765-43-21", None],
        ],
    )
    assert read_plan_source(path)[2] == [
        Target.FULL_NAME, Target.AREA_CODE, Target.PHONE, Target.PHONE,
    ]  # fmt: skip
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert [([(p.raw, p.label) for p in c.phones], c.notes) for c in all_cards(workspace)] == [
        ([("495 123-45-67", ""), ("8-916-111-22-33", "мобильный")], ""),
        ([("8 (495) 765-43-21", "")], ""),
        ([("(4872) 31-22-44", ""), ("(4872) 31-22-45", "")], ""),
        ([("8 921 111-22-55", "мобильный")], "Код города: 812"),
    ]


def test_a_phone_alone_under_e_mail_is_the_clients_phone(workspace, tmp_path) -> None:
    # Typed into the e-mail column, it was named as a bad address and kept in the notes.
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;E-mail\n"
        "Иванов Иван;ivan@mail.ru\n"
        "Петров Пётр;petr@mail.ru\n"
        "Сидоров Олег;8 903 333-44-55\n"
        "Орлова Ольга;olga@mail.ru\n"
        "Козлова Анна;anna@mail.ru\n",
    )
    assert [([p.raw for p in c.phones], [e.address for e in c.emails]) for c in cards][-1] == (
        ["8 903 333-44-55"],
        [],
    )  # Сидоров, last by name


def test_a_messenger_link_in_a_contacts_cell_is_the_clients_messenger(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It was named as not a phone, or became the phone's note, «https:/vk.com/id123».
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Контакты\n"
        'Козлов Костя;"89161112233, https://vk.com/id123"\n'
        "Зайцева Зоя;vk.com/zoya\n"
        'Орлов Олег;"t.me/oleg\n+7 916 111 22 44"\n',
    )
    assert [([p.raw for p in c.phones], c.messengers) for c in cards] == [
        ([], [MessengerInput(MessengerKind.VK, "zoya")]),
        (["89161112233"], [MessengerInput(MessengerKind.VK, "id123")]),
        (["+7 916 111 22 44"], [MessengerInput(MessengerKind.TELEGRAM, "@oleg")]),
    ]


def test_phones_under_телефон_whatsapp_are_phones_on_whatsapp(workspace, tmp_path) -> None:
    """A salon's «Телефон/WhatsApp» column was read as WhatsApp handles, and every phone in
    it was refused as no messenger."""
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон/WhatsApp;Телефон\n"
        "Смирнова Анна;+7 916 111-22-33;8 495 123-45-67\n"
        "Петрова Ольга;;89035556677\n",
    )
    assert [([p.raw for p in c.phones], c.messengers) for c in cards] == [
        (["89035556677"], []),
        (
            ["+7 916 111-22-33", "8 495 123-45-67"],
            [MessengerInput(MessengerKind.WHATSAPP, "+7 916 111-22-33")],
        ),
    ]


def test_empty_columns_after_a_csv_table_are_not_columns(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Телефон;;\nИванов Иван;8 916 123-45-67;;\n", encoding="utf-8")
    table, _header, mapping = read_plan_source(path)
    assert mapping == [Target.FULL_NAME, Target.PHONE]
    assert table.rows[1] == ["Иванов Иван", "8 916 123-45-67"]


@pytest.mark.parametrize(
    ("name", "other", "same"),
    [
        ("иванов иван", "иванов иван иванович", True),
        ("иванов и. и.", "иванов иван иванович", True),
        ("иванова марья", "иванова мария", True),
        ("иванов иван", "иванов петр", False),  # twins
        ("иванов", "иванов иван иванович", False),  # a surname alone says too little
        ("иванов иван", "иван иванов", False),  # the order is the card's, not the sheet's
    ],
)
def test_names_of_one_person(name: str, other: str, same: bool) -> None:
    assert similar_names(name, other) is same
    assert similar_names(other, name) is same


def test_one_person_with_and_without_the_patronymic_is_one_client(workspace, tmp_path) -> None:
    workspace.clients.create(person("Орлова", "Мария", "Ивановна", birthday="03.04.1990"))
    path = write_sheet(
        tmp_path / "list.xlsx",
        [
            ["ФИО", "Телефон", "Дата рождения"],
            ["Зайцев Игорь", "8 911 222-33-44", "31.12.1987"],
            ["Зайцев Игорь Петрович", "8 911 999-88-77", "31.12.1987"],
            ["Зайцев Олег", "8 911 555-66-77", "31.12.1987"],  # his twin brother
            ["Орлова М. И.", None, "03.04.1990"],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.action) for row in plan.rows] == [
        (2, RowAction.NEW), (3, RowAction.MERGE_IN_FILE), (4, RowAction.NEW), (5, RowAction.MERGE),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    zaitsev = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="игорь"))[0])
    assert zaitsev.data.middle_name == "Петрович"
    assert [p.raw for p in zaitsev.data.phones] == ["8 911 222-33-44", "8 911 999-88-77"]


def test_a_full_header_row_under_a_group_heading_keeps_its_own_names(tmp_path) -> None:
    """Above a header row that names every column, a row of names is no header half."""
    path = write_sheet(
        tmp_path / "list.xlsx",
        [
            ["ФИО", "Телефон"],  # a header row...
            ["Имя", "Город", "Телефон"],  # ...and the real one, which names every column
            ["Орлова Мария", "Тула", "8 921 111-22-33"],
        ],
    )
    _table, header, mapping = read_plan_source(path)
    assert header == 1
    # «Имя» with no surname beside it holds the whole name, «Орлова Мария».
    assert mapping == [Target.FULL_NAME, Target.CITY, Target.PHONE]


def test_importing_writes_every_planned_client_as_one_batch(workspace: Workspace) -> None:
    plan = plan_for(workspace, DATA / "messy_clients.xlsx")
    batch = commit_import(workspace.db, workspace.settings, plan)

    assert names(workspace) == [
        "Иванов Иван Иванович", "Кузнецов Олег Петрович", "ООО «Ромашка»",
        "Петрова Анна Сергеевна", "Сидоров Пётр", "Смирнова Ольга",
    ]  # fmt: skip
    ivanov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="иванов"))[0])
    assert [p.raw for p in ivanov.data.phones] == ["8 916 123-45-67"]
    assert ivanov.data.emails[0].address == "ivanov@mail.ru"
    assert ivanov.data.birthday == "01.02.1980"
    assert ivanov.data.notes == "любит чай\nзвонить вечером"
    assert ivanov.data.loyalty_card == "1001"
    company = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="ромашка"))[0])
    assert company.data.kind.value == "company"
    assert len(company.data.phones) == 2
    smirnova = find_client_ids(workspace.db, ClientQuery(search="смирнова"))[0]
    assert workspace.clients.get(smirnova).data.birthday == "01.02.1980"  # Excel day 29252
    kuznetsov = find_client_ids(workspace.db, ClientQuery(search="кузнецов"))[0]
    assert workspace.clients.get(kuznetsov).data.birthday == "05.03.1975"
    assert workspace.clients.get(kuznetsov).data.loyalty_card == ""  # a formula without a value

    [summary] = import_history(workspace.db)
    assert summary.id == batch and summary.counts["new"] == 6 and summary.undone_at is None
    # The audit log holds each new card as it was imported, without the fields it left empty.
    with workspace.db.reading() as session:
        [created] = audit.history(session, "client", ivanov.id)
    assert created.after is not None and created.after["last_name"] == "Иванов"
    assert created.after["phones"] == [{"raw": "8 916 123-45-67", "label": ""}]
    assert "inn" not in created.after and "kind" not in created.after
    card = card_from_json(created.after)
    assert (card.last_name, card.loyalty_card, card.inn) == ("Иванов", "1001", "")
    assert card.kind is ClientKind.PERSON and card.phones[0].raw == "8 916 123-45-67"


def test_a_second_import_merges_into_the_base_or_skips(workspace: Workspace) -> None:
    commit_import(
        workspace.db, workspace.settings, plan_for(workspace, DATA / "messy_clients.xlsx")
    )
    again = plan_for(workspace, DATA / "messy_clients.xlsx")
    # Сидоров, a name alone, too: the one client of that name.
    assert again.counts()["merge"] == 6 and again.counts()["new"] == 0
    skipping = plan_for(workspace, DATA / "messy_clients.xlsx", DuplicateRule.SKIP)
    assert skipping.counts()["merge"] == 0 and skipping.counts()["skip"] == 7


def test_a_merge_keeps_in_the_notes_what_the_sheet_says_otherwise(
    workspace: Workspace, tmp_path: Path
) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", phones=("+79161234567",), city="Москва", notes="старое",
               birthday="01.02.1980", loyalty_card="1001")
    )  # fmt: skip
    sheet = write_sheet(
        tmp_path / "again.xlsx",
        [
            ["ФИО", "Телефон", "Город", "Дата рождения", "Карта", "Примечание"],
            ["Иванов Иван", "8 916 123-45-67 (мобильный)", "Тверь", "01.02", "1 001", "новое"],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert plan.counts()["merge"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    card = workspace.clients.get(mine).data
    # The same phone, once: as the base wrote it, with the note only the sheet had.
    assert [(p.raw, p.label) for p in card.phones] == [("+79161234567", "мобильный")]
    # The base's values stand; the sheet's other city is not lost. A birthday without its
    # year and a card written with a space say nothing else.
    assert (card.city, card.birthday, card.loyalty_card) == ("Москва", "01.02.1980", "1001")
    assert card.notes == "старое\nновое\nГород: Тверь"


def test_each_duplicate_can_be_decided_on_its_own(workspace: Workspace) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", "Иванович", phones=("+79161234567",), city="Химки")
    )
    table, header, mapping = read_plan_source(DATA / "messy_clients.xlsx")

    def plan(decisions: dict[int, DuplicateRule]):
        return plan_import(
            workspace.db, workspace.settings, table, header, mapping, "messy.xlsx",
            DuplicateRule.MERGE, TODAY, decisions=decisions,
        )  # fmt: skip

    # Row 6 is Иванов of the base; row 8 («Иванов И.И.») has row 6's phone.
    default = {row.line: row for row in plan({}).rows}
    assert (default[6].action, default[6].client_id, default[6].reason) == (
        RowAction.MERGE,
        mine,
        "duplicate",
    )
    assert (default[8].action, default[8].same_as_line) == (RowAction.MERGE_IN_FILE, 6)

    decided = {row.line: row for row in plan({6: DuplicateRule.KEEP, 8: DuplicateRule.SKIP}).rows}
    # Kept as another client, still shown as a duplicate of the base's client.
    assert (decided[6].action, decided[6].client_id, decided[6].reason) == (
        RowAction.NEW,
        mine,
        "duplicate",
    )
    assert (decided[8].action, decided[8].same_as_line) == (RowAction.SKIP, 6)
    # Row 8 was not merged into row 6: row 6's card has no «звонить вечером».
    assert decided[6].data is not None and "звонить вечером" not in decided[6].data.notes

    apart = {row.line: row for row in plan({8: DuplicateRule.KEEP}).rows}
    assert (apart[8].action, apart[8].same_as_line, apart[8].reason) == (
        RowAction.NEW,
        6,
        "duplicate",
    )
    commit_import(
        workspace.db, workspace.settings, plan({6: DuplicateRule.KEEP, 8: DuplicateRule.KEEP})
    )
    ivanovs = find_client_ids(workspace.db, ClientQuery(search="иванов"))
    assert len(ivanovs) == 3  # the base's, row 6 and row 8, each a client of its own
    assert workspace.clients.get(mine).data.emails == []  # nothing merged into the base's


def test_rows_read_once_are_planned_again_with_other_choices(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientbase.services import import_plan
    from clientbase.services.import_plan import with_fixes
    from clientbase.services.row_readings import SheetReadings

    read = []
    reader = import_plan.RowReader.read
    monkeypatch.setattr(
        import_plan.RowReader,
        "read",
        lambda self, line, cells: read.append(line) or reader(self, line, cells),
    )
    table, header, mapping = read_plan_source(DATA / "messy_clients.xlsx")
    once = SheetReadings()

    def plan(sheet, decisions):
        return plan_import(
            workspace.db, workspace.settings, sheet, header, mapping, "messy.xlsx",
            DuplicateRule.MERGE, TODAY, decisions=decisions, once=once,
        )  # fmt: skip

    first = plan(table, {})
    assert len(read) == 9
    again = plan(table, {8: DuplicateRule.KEEP, 9: DuplicateRule.SKIP})
    assert len(read) == 9  # nothing read again
    fresh = plan_import(
        workspace.db, workspace.settings, table, header, mapping, "messy.xlsx",
        DuplicateRule.MERGE, TODAY, decisions={8: DuplicateRule.KEEP, 9: DuplicateRule.SKIP},
    )  # fmt: skip
    assert [(r.line, r.action, r.data, r.problems) for r in again.rows] == [
        (r.line, r.action, r.data, r.problems) for r in fresh.rows
    ]
    assert plan(table, {}).counts() == first.counts()
    # A retyped cell is another table: its rows are read anew, and the fix is seen.
    before = len(read)
    fixed = plan(with_fixes(table, {(9, 1): "8 916 000-00-09"}), {})
    assert len(read) == before + 9
    sidorov = next(r for r in fixed.rows if r.line == 9)
    assert sidorov.data is not None and [p.raw for p in sidorov.data.phones] == ["8 916 000-00-09"]


def test_another_row_can_be_taken_for_the_header(workspace: Workspace) -> None:
    from clientbase.services.import_plan import mapping_for

    table, found, _ = read_plan_source(DATA / "messy_clients.xlsx")
    assert found == 4
    # The merged «Контакты» heading above, taken for the header, names no column of names.
    assert mapping_for(table, 3, "messy.xlsx")[0] is not Target.FULL_NAME
    assert mapping_for(table, 4, "messy.xlsx")[:2] == [Target.FULL_NAME, Target.PHONE]
    for wrong in (-2, len(table.rows), len(table.rows) - 1):
        with pytest.raises(ImportFileError):
            mapping_for(table, wrong, "messy.xlsx")


def test_the_same_sheet_imported_again_changes_no_card_and_its_undo_none_either(
    workspace: Workspace,
) -> None:
    """A shop keeps its old sheet a while and imports it again: every row merges into its
    own client. Each card was written again (its phones deleted and inserted), one client at
    a time, which took minutes for a big sheet; and the undo of that import would «restore»
    them all. Only a card the sheet now says more about changes."""
    first = commit_import(
        workspace.db, workspace.settings, plan_for(workspace, DATA / "messy_clients.xlsx")
    )
    cards = all_cards(workspace)
    with workspace.db.reading() as session:
        phone_ids = sorted(session.scalars(select(Phone.id)))
        updates = session.scalar(select(func.count()).select_from(AuditEntry))
    again = plan_for(workspace, DATA / "messy_clients.xlsx")
    assert again.counts()["new"] == 0 and again.counts()["merge"] == 6
    second = commit_import(workspace.db, workspace.settings, again)
    assert all_cards(workspace) == cards
    # The import history tells what was done: no card merged into, six left as they were.
    counts = import_history(workspace.db)[0].counts
    assert (counts["merge"], counts["unchanged"]) == (0, 6)
    with workspace.db.reading() as session:
        assert sorted(session.scalars(select(Phone.id))) == phone_ids
        # The batch's own entry only: no card was updated.
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == updates + 1
    undo_import(workspace.db, workspace.settings, second)
    assert all_cards(workspace) == cards
    undo_import(workspace.db, workspace.settings, first)
    assert all_cards(workspace) == []


def test_a_row_of_a_name_alone_is_the_one_client_of_that_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A list's client known by name only came in as another client each time the list was
    imported again, though the base has one client of that name (given a phone since)."""
    sidorov = workspace.clients.create(person("Сидоров", "Пётр", phones=("89161112233",)))
    for _ in range(2):
        workspace.clients.create(person("Иванова", "Анна"))
    petrov = workspace.clients.create(person("Петров", "Олег", phones=("89031112233",)))
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Дата рождения"],
            ["Сидоров Пётр", None, None],
            ["Иванова Анна", None, None],  # two of that name: which, nobody can tell
            ["Петров Олег", "89261112233", None],  # another phone: maybe another Петров
            ["Кузнецов Иван", None, None],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action, r.reason, r.client_id) for r in plan.rows] == [
        (2, RowAction.MERGE, "duplicate", sidorov),
        (3, RowAction.NEW, "", None),
        # Named beside the base's Петров, for the person to merge if he is the same.
        (4, RowAction.NEW, "namesake", petrov),
        (5, RowAction.NEW, "", None),
    ]


def test_a_row_of_a_name_alone_is_the_one_earlier_row_of_that_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Сидоров Пётр» twice with nothing else became two clients, and each import of the
    list again added two more, as neither then was the one client of that name."""
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Город"],
            ["Сидоров Пётр", None, "Тула"],
            ["Иванова Анна", "89161112233", None],
            ["Сидоров Пётр", None, None],
            ["Иванова Анна", None, "Москва"],  # hers, the one Анна with a phone
            ["Петров Олег", "89031112233", None],
            ["Петров Олег", "89261112233", None],  # another Петров: another phone
            ["Петров Олег", None, None],  # which of the two, nobody can tell
        ],
    )
    for _ in range(2):
        plan = plan_for(workspace, path)
        commit_import(workspace.db, workspace.settings, plan)
        assert [(r.line, r.action, r.same_as_line) for r in plan.rows if r.line in (4, 5)] == [
            (4, RowAction.MERGE_IN_FILE, 2),
            (5, RowAction.MERGE_IN_FILE, 3),
        ]
    # The third Петров, a new client at first, is his own card the second time.
    assert names(workspace) == [
        "Иванова Анна", *["Петров Олег"] * 3, "Сидоров Пётр"
    ]  # fmt: skip
    anna = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="иванова"))[0])
    assert anna.data.city == "Москва"


def test_two_rows_of_one_name_that_say_different_things_are_two_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A register's namesakes, each with a town or a date of his own, are two people.
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Город", "Примечание"],
            ["Смирнов Ян", "Тула", None],
            ["Смирнов Ян", "Казань", None],
            ["Смирнов Ян", None, "Принят 11.05.1601"],
            ["Смирнов Ян", None, "Принят 02.03.1602"],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action) for r in plan.rows] == [
        (2, RowAction.NEW), (3, RowAction.NEW), (4, RowAction.NEW), (5, RowAction.NEW),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    # Imported again, each row is the card it made, not a fifth Смирнов Ян each time.
    again = plan_for(workspace, path)
    assert [r.action for r in again.rows] == [RowAction.MERGE] * 4
    assert len({r.client_id for r in again.rows}) == 4
    commit_import(workspace.db, workspace.settings, again)
    assert names(workspace) == ["Смирнов Ян"] * 4


def test_a_row_of_a_name_alone_in_another_town_is_another_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A row of a name alone went into the base's one client of that name, whatever town
    each gives: two people were made one card, which nobody can take apart again."""
    tula = workspace.clients.create(person("Смирнов", "Ян", city="Тула", notes="Постоянный"))
    orlov = workspace.clients.create(
        person("Орлов", "Олег", phones=("89161112233",), street="Ленина 1")
    )
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Город", "Адрес", "Примечание"],
            ["Смирнов Ян", "Тула", None, "Скидка 5%"],  # other notes: the same Ян still
            ["Смирнов Ян", "Казань", None, None],
            ["Орлов Олег", None, "Мира 2", None],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action, r.client_id) for r in plan.rows] == [
        (2, RowAction.MERGE, tula), (3, RowAction.NEW, None), (4, RowAction.NEW, orlov),
    ]  # fmt: skip
    # Each new one named beside the client of the name (Казань's Ян beside the row of
    # Тула's): who moved, the person may know.
    assert [(r.reason, r.same_as_line) for r in plan.rows] == [
        ("duplicate", None), ("namesake", 2), ("namesake", None),
    ]  # fmt: skip


def test_undo_takes_back_new_clients_and_restores_merged_ones(workspace: Workspace) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", "Иванович", phones=("+79161234567",), city="Химки")
    )
    plan = plan_for(workspace, DATA / "messy_clients.xlsx")
    assert next(r for r in plan.rows if r.line == 6).client_id == mine
    batch = commit_import(workspace.db, workspace.settings, plan)
    merged = workspace.clients.get(mine).data
    assert merged.city == "Химки" and merged.emails[0].address == "ivanov@mail.ru"

    undo_import(workspace.db, workspace.settings, batch)

    assert names(workspace) == ["Иванов Иван Иванович"]
    restored = workspace.clients.get(mine).data
    assert restored.emails == [] and restored.city == "Химки" and restored.notes == ""
    assert import_history(workspace.db)[0].undone_at is not None
    with pytest.raises(NotFoundError):
        undo_import(workspace.db, workspace.settings, batch)


def test_undo_takes_back_the_tags_only_the_import_brought(
    workspace: Workspace, tmp_path: Path
) -> None:
    mine = workspace.clients.create(person("Иванов", "Иван", phones=("+79161234567",)))
    workspace.clients.update(mine, replace(workspace.clients.get(mine).data, tags=["VIP"]))
    sheet = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Метки"],
            ["Иванов Иван", "8 916 123-45-67", "опт, VIP"],
            ["Петрова Анна", "8 916 111-22-44", "Клиенты 2024"],
        ],
    )
    batch = commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    assert workspace.clients.tag_names() == ["VIP", "Клиенты 2024", "опт"]

    undo_import(workspace.db, workspace.settings, batch)

    # The sheet's tags were still offered in the filter, for clients no longer there.
    assert workspace.clients.tag_names() == ["VIP"]
    with workspace.db.reading() as session:
        assert session.scalars(select(Tag.name)).all() == ["VIP"]
    assert workspace.clients.get(mine).data.tags == ["VIP"]


def test_clients_worked_on_since_an_import_are_named_and_can_be_kept(
    workspace: Workspace,
) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", "Иванович", phones=("+79161234567",), city="Химки")
    )
    batch = commit_import(
        workspace.db, workspace.settings, plan_for(workspace, DATA / "messy_clients.xlsx")
    )
    assert later_work(workspace.db, batch) == []

    def found(name: str) -> int:
        return find_client_ids(workspace.db, ClientQuery(search=name))[0]

    petrova, smirnova, sidorov = found("петрова"), found("смирнова"), found("сидоров")
    workspace.purchases.add(petrova, PurchaseInput(date(2026, 12, 1), total=Decimal("990")))
    workspace.interactions.add(
        smirnova,
        InteractionInput(datetime(2026, 12, 1, 10, 0), InteractionKind.CALL, "перезвонить"),
    )
    merged = workspace.clients.get(mine).data
    workspace.clients.update(mine, replace(merged, notes="постоянный клиент"))
    assert later_work(workspace.db, batch) == sorted([mine, petrova, smirnova])

    undo_import(workspace.db, workspace.settings, batch, keep=later_work(workspace.db, batch))

    # The work done since stays; the rest of the import is taken back.
    assert workspace.clients.get(petrova).summary.total_spent == Decimal("990.00")
    assert len(workspace.interactions.list_for(smirnova)) == 1
    assert workspace.clients.get(mine).data.notes == "постоянный клиент"
    with pytest.raises(NotFoundError):
        workspace.clients.get(sidorov)
    assert names(workspace) == [
        "Иванов Иван Иванович", "Петрова Анна Сергеевна", "Смирнова Ольга",
    ]  # fmt: skip


def test_a_cancelled_undo_leaves_the_import_in_the_base(workspace: Workspace) -> None:
    batch = commit_import(
        workspace.db, workspace.settings, plan_for(workspace, DATA / "messy_clients.xlsx")
    )
    before = names(workspace)

    def cancel(done: int, total: int) -> None:
        if done == total:  # Cancel pressed as the last client was taken back
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        undo_import(workspace.db, workspace.settings, batch, progress=cancel)
    assert names(workspace) == before
    assert import_history(workspace.db)[0].undone_at is None


def test_a_cp1251_csv_with_semicolons_and_line_breaks_in_quotes(workspace: Workspace) -> None:
    plan = plan_for(workspace, DATA / "clients_cp1251.csv")
    assert plan.mapping[:5] == [
        Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME, Target.PHONE, Target.BIRTHDAY
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Белова Нина Петровна", "Зайцев Игорь", "Орлова Мария Ивановна"]
    belova = find_client_ids(workspace.db, ClientQuery(search="белова"))[0]
    # An unknown column is kept in the notes under its own name.
    assert workspace.clients.get(belova).data.notes == "Любимые цвета: бордовый\nи золотой"


def test_a_csv_of_fields_parted_by_vertical_bars_imports(workspace: Workspace, tmp_path) -> None:
    # Old accounting programs and DBF tools part fields with «|»: the file was refused as
    # having no column names.
    cards = imported_csv(
        workspace,
        tmp_path / "clients.txt",
        "ФИО|Телефон|Город\nИванова Анна|89161112233|Тула\nПетров Олег|89031112244|Москва\n",
    )
    assert [(c.last_name, [p.raw for p in c.phones], c.city) for c in cards] == [
        ("Иванова", ["89161112233"], "Тула"),
        ("Петров", ["89031112244"], "Москва"),
    ]


def test_bitrix24s_excel_export_imports_as_its_contacts(workspace: Workspace) -> None:
    """Bitrix24 hands out its contacts as a web page named .xls (in windows-1251 from a
    boxed Bitrix): it was read as a CSV and refused as having no header row."""
    plan = plan_for(workspace, DATA / "bitrix24_contacts.xls")
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    anna, oleg = cards
    assert (anna.last_name, anna.first_name, anna.middle_name, anna.birthday) == (
        "Иванова", "Анна", "Сергеевна", "01.02.1980"
    )  # fmt: skip
    assert [(p.raw, p.label) for p in anna.phones] == [
        ("+7 916 111-22-33", "мобильный"),
        ("8 (495) 123-45-67", "рабочий"),
    ]
    assert (anna.city, anna.street, anna.responsible) == ("Москва", "ул. Ленина, 5", "Петров Пётр")
    assert "Любит розы & тюльпаны\nперезвонить в мае" in anna.notes
    assert [p.raw for p in oleg.phones] == ["89031112233", "89261112233"]


def test_an_excel_2003_xml_sheet_named_xls_imports(workspace: Workspace) -> None:
    # Refused before with a request to save it as .xlsx.
    plan = plan_for(workspace, DATA / "excel2003_clients.xls")
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert [(c.last_name, c.birthday, c.city, [p.raw for p in c.phones]) for c in cards] == [
        ("Иванова", "01.02.1980", "Тула", ["79161112233"]),
        ("Смирнов", "", "Тула", ["8 903 111-22-33"]),
    ]
    assert cards[0].notes == "Важно: звонить\nпосле 18" and cards[1].notes == ""


@pytest.mark.parametrize(
    "sample", ["bitrix24_contacts.xls", "excel2003_clients.xls", "clients_word.docx"]
)
def test_cancel_stops_reading_a_web_page_an_xml_sheet_or_a_document(sample: str) -> None:
    def cancel(done: int, total: int) -> None:
        raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        read_plan_source(DATA / sample, require_names=False, progress=cancel)


def test_invisible_characters_pasted_into_a_sheet_are_left_out(workspace, tmp_path) -> None:
    """A soft hyphen from Word, zero-width spaces from web pages, the direction marks
    WhatsApp wraps a copied number in: a «Пет­ров» so kept is not found as «Петров», and
    an e-mail address so kept reaches no one."""
    cards = imported_csv(
        workspace,
        tmp_path / "pasted.csv",
        "ФИО;E-mail;Телефон\n"
        "Пет\u00adров Пётр;petrov@mail.ru\u200b;\u202a+7 916 111-22-33\u202c\n"
        "\u200eСмирнов Олег;\ufeffoleg@mail.ru;8 903 111-22-33\u2060\n",
    )
    assert [(c.last_name, c.emails[0].address, c.phones[0].raw) for c in cards] == [
        ("Петров", "petrov@mail.ru", "+7 916 111-22-33"),
        ("Смирнов", "oleg@mail.ru", "8 903 111-22-33"),
    ]
    assert len(find_client_ids(workspace.db, ClientQuery(search="петров"))) == 1


def merged_names_sheet(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Фамилия", "Имя", "Телефон", "Комментарий"])
    # Анна's second phone and note in the row below, under her merged «ФИО».
    sheet.append(["Иванова Анна Сергеевна", None, None, "89161112233", "VIP"])
    sheet.append([None, None, None, "89031112233", "муж"])
    sheet.merge_cells("A2:A3")
    # A family under one merged surname: two people, each with a first name of their own.
    sheet.append([None, "Петров", "Пётр", "89261112233", None])
    sheet.append([None, None, "Иван", "89261112234", None])
    sheet.merge_cells("B4:B5")
    workbook.save(path)
    return path


def test_a_clients_rows_under_one_merged_name_are_one_client(workspace, tmp_path) -> None:
    """They came in as two clients of one name, the second with the second phone only."""
    plan = plan_for(workspace, merged_names_sheet(tmp_path / "merged.xlsx"))
    assert [(r.line, r.action, r.same_as_line) for r in plan.rows] == [
        (2, RowAction.NEW, None),
        (3, RowAction.MERGE_IN_FILE, 2),
        (4, RowAction.NEW, None),
        (5, RowAction.NEW, None),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванова Анна Сергеевна", "Петров Иван", "Петров Пётр"]
    anna = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="анна"))[0])
    assert [p.raw for p in anna.data.phones] == ["89161112233", "89031112233"]
    assert anna.data.notes == "VIP\nмуж"


def test_a_row_without_a_name_goes_to_the_client_above_only_when_decided(
    workspace, tmp_path
) -> None:
    path = tmp_path / "below.csv"
    path.write_text(
        "ФИО;Телефон;Комментарий\nПетров Пётр;89261112299;\n;89261112288;жена\n",
        encoding="utf-8",
    )

    def planned(decisions: dict[int, DuplicateRule]) -> ImportPlan:
        return plan_for(workspace, path, decisions=decisions)

    def rows(plan: ImportPlan) -> list[tuple[object, ...]]:
        return [(r.line, r.action, r.same_as_line, r.above_line) for r in plan.rows]

    # Not imported by default: it may be someone unnamed.
    assert rows(planned({})) == [(2, RowAction.NEW, None, None), (3, RowAction.ERROR, None, 2)]
    plan = planned({3: DuplicateRule.MERGE})
    assert rows(plan) == [(2, RowAction.NEW, None, None), (3, RowAction.MERGE_IN_FILE, 2, 2)]
    # Under a row skipped by choice there is no client to add it to: nothing is lost unseen.
    skipped = planned({2: DuplicateRule.SKIP, 3: DuplicateRule.MERGE})
    assert rows(skipped)[1] == (3, RowAction.ERROR, None, None)
    commit_import(workspace.db, workspace.settings, plan)
    [petrov] = all_cards(workspace)
    assert [p.raw for p in petrov.phones] == ["89261112299", "89261112288"]
    assert petrov.notes == "жена"


def test_all_rows_without_a_name_go_to_the_clients_above_at_one_choice(workspace, tmp_path) -> None:
    """A hand-kept list with a second phone or a note in the row below each of many
    clients: one choice adds them all, as each row's own choice would."""
    path = tmp_path / "below.csv"
    path.write_text(
        "ФИО;Телефон;Комментарий\n"
        "Петров Пётр;89261112299;\n"
        ";89261112288;жена\n"
        ";;звонить вечером\n"  # under a row without a name: the same client's
        "Орлова Вера;89261112277;\n"
        ";;аллергия на орехи\n",
        encoding="utf-8",
    )
    first = plan_for(workspace, path)
    assert first.to_clients_above() == {
        3: DuplicateRule.MERGE, 4: DuplicateRule.MERGE, 6: DuplicateRule.MERGE,
    }  # fmt: skip
    plan = plan_for(workspace, path, decisions=first.to_clients_above())
    assert plan.to_clients_above() == {}  # none left to add
    assert plan.counts()["error"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    orlova, petrov = all_cards(workspace)
    assert [p.raw for p in petrov.phones] == ["89261112299", "89261112288"]
    assert (petrov.notes, orlova.notes) == ("жена\nзвонить вечером", "аллергия на орехи")
    # A row without a name over any client's (the list's first) has no one to go to.
    path.write_text("ФИО;Телефон\n;89261112266\nПетров Пётр;89261112299\n", encoding="utf-8")
    assert plan_for(workspace, path).to_clients_above() == {}


def test_a_bulleted_line_in_the_name_column_is_a_note_for_the_client_above(
    workspace, tmp_path
) -> None:
    """«- купил подарок жене» under a client became a client «- Купил Подарок Жене»."""
    path = tmp_path / "notes.csv"
    path.write_text(
        "ФИО;Телефон\nПетров Пётр;89261112299\n- купил подарок жене;\n• звонила 05.12;\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action, r.above_line) for r in plan.rows] == [
        (2, RowAction.NEW, None), (3, RowAction.ERROR, 2), (4, RowAction.ERROR, 2),
    ]  # fmt: skip
    plan = plan_for(workspace, path, decisions={3: DuplicateRule.MERGE, 4: DuplicateRule.MERGE})
    commit_import(workspace.db, workspace.settings, plan)
    [petrov] = all_cards(workspace)
    assert petrov.notes == "купил подарок жене\nзвонила 05.12"


def test_a_row_under_a_merged_name_can_still_be_kept_as_another_client(workspace, tmp_path) -> None:
    table, header, mapping = read_plan_source(merged_names_sheet(tmp_path / "merged.xlsx"))
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, "merged.xlsx",
        DuplicateRule.MERGE, TODAY, decisions={3: DuplicateRule.KEEP},
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace).count("Иванова Анна Сергеевна") == 2


def test_a_csv_saved_by_excel_names_the_phones_it_rounded(workspace, tmp_path) -> None:
    """Excel shows a long number in a General column as 7,91612E+10 and saves the CSV as
    shown: the last digits are gone, and the person must be told so, not only «not a phone».
    Its short-month dates («01.фев.1980», «1-Feb-80») are dates."""
    path = tmp_path / "from_excel.csv"
    path.write_text(
        "ФИО;Телефон;Дата рождения\n"
        "Орлова Мария;7,91612E+10;01.фев.1980\n"
        "Зайцев Игорь;79211112233;1-Feb-80\n"
        # A column of numbers saved as floats keeps its digits: the float's tail is no part
        # of the number (the card had «9161234567.0»).
        "Белова Анна;9161234567.0;\n"
        "Козлова Ирина;79161234568,00;\n",
        encoding="cp1251",
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "7,91612E+10", "phone_rounded")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert [(c.last_name, c.birthday, [p.raw for p in c.phones]) for c in cards] == [
        ("Белова", "", ["9161234567"]),
        ("Зайцев", "01.02.1980", ["79211112233"]),
        ("Козлова", "", ["79161234568"]),
        ("Орлова", "01.02.1980", []),
    ]


def test_an_account_or_a_card_number_a_spreadsheet_rounded_is_named(workspace, tmp_path) -> None:
    """A bank account or a card number typed into Excel as a number keeps 15 digits, the rest
    zeros, and a CSV saved from it shows «4,07028E+19»: a wrong account on the card, were it
    taken. Until 5 December it was, without a word."""
    sheet = write_sheet(
        tmp_path / "numbers.xlsx",
        [
            ["Организация", "ИНН", "Расчётный счёт", "Карта"],
            ["ООО Альфа", 7701234567, 40702810123456000000, 1234567890123450],
            # 16 digits that end in 5 are as typed: Excel would have made the 5 a 0.
            ["ООО Бета", 500100732259, "40702810900000001234", 1234567890123455],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (2, "Расчётный счёт", "40702810123456000000", "number_rounded"),
        (2, "Карта", "1234567890123450", "number_rounded"),
    ]
    saved = tmp_path / "from_excel.csv"
    saved.write_text(
        "ФИО;Телефон;Карта;Код клиента\nОрлова Мария;79161112233;1,23457E+15;000123\n",
        encoding="cp1251",
    )
    csv_plan = plan_for(workspace, saved)
    assert [(p.value, p.code) for p in csv_plan.problems()] == [("1,23457E+15", "number_rounded")]
    commit_import(workspace.db, workspace.settings, plan)
    commit_import(workspace.db, workspace.settings, csv_plan)
    cards = {c.organization or c.last_name: c for c in all_cards(workspace)}
    alpha, beta, orlova = cards["ООО Альфа"], cards["ООО Бета"], cards["Орлова"]
    # Left out of the card, kept in the notes to be checked against the original.
    assert (alpha.inn, alpha.bank_account, alpha.loyalty_card) == ("7701234567", "", "")
    assert alpha.notes == "Расчётный счёт: 40702810123456000000\nКарта: 1234567890123450"
    assert (beta.inn, beta.bank_account, beta.loyalty_card, beta.notes) == (
        "500100732259", "40702810900000001234", "1234567890123455", "",
    )  # fmt: skip
    assert (orlova.loyalty_card, orlova.client_code, orlova.notes) == (
        "",
        "000123",
        "Карта: 1,23457E+15",
    )


def test_two_phones_typed_into_one_cell_without_a_comma_are_two_phones(workspace, tmp_path) -> None:
    """Sheets kept by hand put a second number after the first with a space or a word
    («моб. … раб. …»); each must be a phone the search finds, not an error or a note."""
    cards = imported_csv(
        workspace,
        tmp_path / "phones.csv",
        "ФИО;Телефон\n"
        "Орлова Мария;89161112233 89031112233\n"
        "Зайцев Игорь;моб. 8-921-111-22-33 раб. 8 (812) 123-45-67\n",
    )
    assert [(c.last_name, [(p.raw, p.label) for p in c.phones]) for c in cards] == [
        ("Зайцев", [("8-921-111-22-33", "моб."), ("8 (812) 123-45-67", "раб.")]),
        ("Орлова", [("89161112233", ""), ("89031112233", "")]),
    ]
    zaitsev = find_client_ids(workspace.db, ClientQuery(search="зайцев"))
    assert find_client_ids(workspace.db, ClientQuery(search="812 123-45-67")) == zaitsev


def test_a_failure_while_writing_leaves_the_base_as_it_was(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.clients.create(person("Орлов"))
    plan = plan_for(workspace, DATA / "messy_clients.xlsx")
    from clientbase.services import importing

    real_insert = importing.insert_clients

    def insert_then_fail(*args, **kwargs):
        real_insert(*args, **kwargs)  # the rows are written, then the disk is full
        raise OSError("disk full")

    monkeypatch.setattr(importing, "insert_clients", insert_then_fail)
    with pytest.raises(OSError):
        commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Орлов"]
    assert import_history(workspace.db) == []
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == 1


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "cannot_read"),
        (b"PK\x03\x04 truncated zip", "cannot_read"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "cannot_read"),
        (bytes(range(256)) * 4, "cannot_read"),
        # A web page's table is read; this one has column names only.
        (b"<html><body><table><tr><td>\xd0\xa4\xd0\x98\xd0\x9e</td></tr></table>", "no_rows"),
        (b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<Workbook>", "save_as_xlsx"),
    ],
)  # fmt: skip
def test_broken_files_are_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "clients.xls"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == code


def test_a_missing_file_a_folder_and_an_unreadable_file_are_named_as_such(
    tmp_path: Path, monkeypatch
) -> None:
    """A mistyped name in the command line, a folder, another user's file: each was refused
    as «damaged or not what its name says», which sends the person looking for a fault in
    a file that is fine or not there."""
    codes = []
    (tmp_path / "folder.csv").mkdir()
    for path in (tmp_path / "clinets.xlsx", tmp_path / "folder.csv"):
        with pytest.raises(ImportFileError) as error:
            read_plan_source(path)
        codes.append(error.value.code)
    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Телефон\nИванов Иван;89161112233\n", encoding="utf-8")

    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    codes.append(error.value.code)
    assert codes == ["file_not_found", "not_a_file", "no_access"]


def test_an_excel_binary_workbook_is_read_and_one_with_a_password_named() -> None:
    # .xlsb is in the open dialog's list; samples from python-calamine (THIRD_PARTY_SAMPLES.md).
    from clientbase.exchange.table_file import read_table, sheet_names

    path = DATA / "calamine_base.xlsb"
    assert sheet_names(path) == ["Sheet1", "Sheet2", "Sheet3", "Merged Cells"]
    assert read_table(path).rows[-1][:6] == ["String", 1.0, 1.1, True, False, date(2010, 10, 10)]
    with pytest.raises(ImportFileError) as error:
        read_plan_source(DATA / "calamine_password.xlsb")
    assert error.value.code == "encrypted"


@pytest.mark.parametrize(
    ("sample", "panicking_cut"),
    [("messy_clients.xls", 6144), ("encrypted_clients.xlsx", 1024), ("messy_clients.xlsx", None)],
)
def test_a_file_cut_short_is_refused_as_damaged_or_read(
    tmp_path: Path, sample: str, panicking_cut: int | None
) -> None:
    # A download broken off, a copy from a failing USB stick. calamine panics on some cuts,
    # which Python sees as a BaseException: the CLI printed a Rust trace and the import
    # window did not open. A cut that loses only unused space at the end still reads.
    data = (DATA / sample).read_bytes()
    path = tmp_path / sample
    for cut in range(256, len(data), 256):
        path.write_bytes(data[:cut])
        try:
            read_plan_source(path)
        except ImportFileError as error:
            assert error.code in {"cannot_read", "encrypted"}, cut
        else:
            assert cut != panicking_cut
    if panicking_cut is not None:
        path.write_bytes(data[:panicking_cut])
        with pytest.raises(ImportFileError):
            read_plan_source(path)


@pytest.mark.parametrize("sample", ["messy_clients.xlsx", "messy_clients.ods"])
def test_a_package_whose_directory_names_a_later_zip_version_is_read(
    tmp_path: Path, sample: str
) -> None:
    """A damaged byte in the zip's directory: Python's zipfile refused the package with a
    NotImplementedError («zip file version 18.6») that no reader of its parts caught, and
    the import stopped with a traceback; calamine reads such a package."""
    data = bytearray((DATA / sample).read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        struct.pack_into("<H", data, entry + 6, 186)  # version needed to extract: 18.6
        entry = data.find(b"PK\x01\x02", entry + 4)
    path = tmp_path / sample
    path.write_bytes(bytes(data))
    assert read_plan_source(path)[0].rows == read_plan_source(DATA / sample)[0].rows


def xls_with_a_looping_directory(path: Path) -> Path:
    """messy_clients.xls with the chain of its directory's sectors pointing back to itself,
    as a damaged disk leaves one: calamine follows it until memory runs out."""
    data = bytearray((DATA / "messy_clients.xls").read_bytes())
    sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
    directory = struct.unpack_from("<I", data, 48)[0]
    first_fat_sector = struct.unpack_from("<I", data, 76)[0]
    struct.pack_into("<I", data, (first_fat_sector + 1) * sector_size + 4 * directory, directory)
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_xls_that_kills_the_reader_is_refused_and_the_program_goes_on(
    workspace: Workspace, tmp_path: Path
) -> None:
    # In the program's own process this file took all the machine's memory, and the
    # operating system killed the program.
    workspace.clients.create(person("Орлов"))
    with pytest.raises(ImportFileError) as error:
        read_plan_source(xls_with_a_looping_directory(tmp_path / "clients.xls"))
    assert (error.value.code, error.value.detail) == ("reader_died", "clients.xls")
    assert names(workspace) == ["Орлов"]
    assert read_plan_source(DATA / "messy_clients.xls")[0].sheet == "Клиенты"


def test_a_value_in_the_sheets_last_cell_is_named_not_a_crash(tmp_path: Path) -> None:
    # calamine asks for the whole grid up to the farthest value: 549 GB here, and Rust
    # aborts the process when it cannot have it.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон"])
    sheet.append(["Иванов Иван", "8 916 123-45-67"])
    sheet["XFD1048576"] = "x"
    workbook.save(tmp_path / "clients.xlsx")
    with pytest.raises(ImportFileError) as error:
        read_plan_source(tmp_path / "clients.xlsx")
    assert error.value.code == "reader_died"
    assert "XFD1048576" in str(error.value)


@pytest.mark.parametrize("name", ["clients.xlsx", "clients.xls"])
def test_a_sheet_with_a_password_to_open_is_named_so(tmp_path: Path, name: str) -> None:
    # Saved with the password 1234 (tests/data/make_samples.py).
    path = tmp_path / name
    path.write_bytes((DATA / "encrypted_clients.xlsx").read_bytes())
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "encrypted"


@pytest.mark.parametrize(
    ("sample", "name"),
    [
        ("messy_clients.xlsx", "clients.xls"),
        ("messy_clients.xls", "clients.xlsx"),
        ("messy_clients.ods", "clients.xlsx"),
        ("messy_clients.xlsx", "clients.csv"),
        ("clients_cp1251.csv", "clients.xls"),
        ("phone_contacts.vcf", "contacts.csv"),
    ],
)
def test_a_file_under_another_formats_name_is_read_as_what_it_is(
    workspace: Workspace, tmp_path: Path, sample: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes((DATA / sample).read_bytes())
    renamed = plan_for(workspace, path)
    original = plan_for(workspace, DATA / sample)
    assert renamed.counts() == original.counts() and renamed.counts()["new"] > 0
    assert [row.data for row in renamed.rows] == [row.data for row in original.rows]


def test_files_that_hold_no_clients_are_refused(tmp_path: Path) -> None:
    cases = {
        "empty": write_sheet(tmp_path / "empty.xlsx", []),
        "no_rows": write_sheet(tmp_path / "headers.xlsx", [["ФИО", "Телефон"]]),
        "no_name_column": write_sheet(
            tmp_path / "numbers.xlsx", [["Телефон", "E-mail"], ["89161234567", "a@b.ru"]]
        ),
        "unsupported_format": tmp_path / "clients.pdf",
    }
    cases["unsupported_format"].write_bytes(b"%PDF-1.4")
    for code, path in cases.items():
        with pytest.raises(ImportFileError) as error:
            read_plan_source(path)
        assert error.value.code == code, path
    # A file of another kind: the message says which the import reads, for the list to be
    # saved as one.
    with pytest.raises(ImportFileError) as error:
        read_plan_source(cases["unsupported_format"])
    assert ".xlsx" in str(error.value) and ".csv" in str(error.value)
    with pytest.raises(ImportFileError) as error:
        read_plan_source(DATA / "messy_clients.xlsx", sheet="Лист2")
    assert error.value.code == "sheet_not_found"


def test_a_sheet_of_formulas_without_their_results_says_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A list a program wrote (openpyxl, a web service's export) holds its formulas without
    # their results, which Excel works out on opening: the import read column names and no
    # rows, and until 5 December said only that. (openpyxl takes a text from «=» a formula.)
    path = write_sheet(
        tmp_path / "generated.xlsx",
        [["ФИО", "Телефон"], ['=CONCATENATE("Иванов ", "Иван")', '="+7 916 000-00-01"']],
    )
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "formulas_not_calculated"
    assert "LibreOffice, save it" in str(error.value)
    if shutil.which("soffice") is None:
        return
    # As the message says: saved again by LibreOffice, the list is there.
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"),
         str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    commit_import(
        workspace.db, workspace.settings, plan_for(workspace, tmp_path / "lo" / path.name)
    )
    assert [(c.last_name, c.first_name, c.phones[0].raw) for c in all_cards(workspace)] == [
        ("Иванов", "Иван", "+7 916 000-00-01")
    ]


def test_error_cells_formulas_and_pictures_are_read_as_what_they_show(
    workspace: Workspace, tmp_path: Path
) -> None:
    import io

    from openpyxl.drawing.image import Image
    from PIL import Image as Picture

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", "Дата рождения", "Город"])
    sheet.append(["Иванов Иван", "89161234567", "01.02.1980", '="Моск"&"ва"'])
    sheet.append(["Петров Пётр", "89161234568", None, "=VLOOKUP(A3,Z:Z,2,0)"])
    sheet["C3"].value = "#N/A"
    sheet["C3"].data_type = "e"
    logo = io.BytesIO()
    Picture.new("RGB", (40, 40), "red").save(logo, "PNG")
    sheet.add_image(Image(logo), "F2")
    path = tmp_path / "with_errors.xlsx"
    workbook.save(path)

    plan = plan_for(workspace, path)
    assert plan.counts()["new"] == 2 and plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    petrov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="петров"))[0])
    # #N/A and a formula never computed hold no value: the fields stay empty, not «#N/A».
    assert (petrov.data.birthday, petrov.data.city) == ("", "")
    assert [p.raw for p in petrov.data.phones] == ["89161234568"]


def test_a_sheet_of_more_rows_than_an_import_takes_is_refused_and_the_base_kept(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientbase.exchange import table_file

    workspace.clients.create(person("Орлов"))
    # The limit is 1,000,000 rows; a sheet of 31 rows against a limit of 30 takes the
    # same path in a fraction of the time.
    monkeypatch.setattr(table_file, "MAX_ROWS", 30)
    rows: list[list[object]] = [["ФИО", "Телефон"]]
    rows += [[f"Клиент {n}", f"8916000{n:04d}"] for n in range(30)]
    with pytest.raises(ImportFileError) as error:
        read_plan_source(write_sheet(tmp_path / "big.xlsx", rows))
    assert error.value.code == "too_many_rows"
    # Most often a value typed far below a short list (A1048576): said so.
    assert "far below" in str(error.value)
    assert names(workspace) == ["Орлов"]
    # One row fewer is a sheet like any other.
    assert read_plan_source(write_sheet(tmp_path / "ok.xlsx", rows[:-1]))[1] == 0


@pytest.mark.parametrize(
    "content",
    [
        # A broken export's stray zero bytes: the file was read as UTF-16 and refused.
        "ФИО;Телефон\nИванова\x00 Анна;8916\x001112233\n".encode(),
        # Excel's «Unicode text», with and without its byte-order mark.
        "ФИО\tТелефон\r\nИванова Анна\t89161112233\r\n".encode("utf-16"),
        "ФИО\tТелефон\r\nИванова Анна\t89161112233\r\n".encode("utf-16-le"),
    ],
)
def test_a_csv_with_zero_bytes_is_read_as_the_text_it_is(
    workspace: Workspace, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    [anna] = all_cards(workspace)
    assert (anna.last_name, [p.raw for p in anna.phones]) == ("Иванова", ["89161112233"])


def test_a_binary_file_named_csv_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "cannot_read"


def test_a_vcard_file_saved_as_utf16_imports(workspace: Workspace, tmp_path: Path) -> None:
    # Windows tools save «Unicode» vCards as UTF-16 with a byte-order mark: «no rows» before.
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Иванова;Анна;;;\r\nFN:Анна Иванова\r\n"
        "TEL;TYPE=CELL:+7 916 111-22-33\r\nEND:VCARD\r\n",
        encoding="utf-16",
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    [anna] = all_cards(workspace)
    assert (anna.last_name, [p.raw for p in anna.phones]) == ("Иванова", ["+7 916 111-22-33"])


def test_contacts_from_a_phone_vcard_file(workspace: Workspace) -> None:
    plan = plan_for(workspace, DATA / "phone_contacts.vcf")
    counts = plan.counts()
    assert (counts["new"], counts["merge_in_file"], counts["problems"]) == (3, 1, 0)
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван Иванович", "ООО «Ромашка»", "Петрова Анна Сергеевна"]
    ivanov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="иванов"))[0])
    # vCard's kinds of phone (TEL;CELL, TYPE=work) are each phone's note.
    assert [(p.raw, p.label) for p in ivanov.data.phones] == [
        ("+7 916 123-45-67", "мобильный"),
        ("8 (495) 123-45-67", "домашний"),
    ]
    assert ivanov.data.birthday == "01.02.1980"
    petrova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="петрова"))[0])
    assert petrova.data.birthday == "15.03"
    assert (petrova.data.street, petrova.data.city, petrova.data.postcode) == (
        "ул. Ленина, 1",
        "Тула",
        "300000",
    )
    company = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="ромашка"))[0])
    assert (company.data.phones[0].raw, company.data.phones[0].label) == (
        "+7-495-765-43-21", "рабочий"
    )  # fmt: skip


def test_a_1c_list_of_counterparties_imports_by_its_наименование(workspace, tmp_path) -> None:
    # 1C lists clients under «Наименование», the form last («Ромашка ООО»): the sheet was
    # refused as having no column of names.
    sheet = write_sheet(
        tmp_path / "counterparties.xlsx",
        [
            ["Наименование", "Полное наименование", "ИНН", "КПП", "Телефон",
             "Адрес электронной почты", "Юридический адрес", "Вид контрагента"],
            ["Ромашка ООО", "Общество с ограниченной ответственностью «Ромашка»", "7701234567",
             "770101001", "+7 495 123-45-67", "info@romashka.ru",
             "123456, г. Москва, ул. Ленина, д. 1", "Юридическое лицо"],
            ["Иванов Иван Иванович", "Иванов Иван Иванович", "500100732259", None,
             "8 916 123-45-67", "ivanov@mail.ru", None, "Физическое лицо"],
        ],
    )  # fmt: skip
    mapping = read_plan_source(sheet)[2]
    assert mapping[:4] == [Target.FULL_NAME, Target.NOTES, Target.INN, Target.KPP]
    plan = plan_for(workspace, sheet)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван Иванович", "Ромашка ООО"]
    company = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="ромашка"))[0])
    assert (company.data.kind, company.data.inn, company.data.city) == (
        ClientKind.COMPANY, "7701234567", "Москва"
    )  # fmt: skip


def test_a_counterpartys_контактное_лицо_is_its_contact_person(workspace, tmp_path) -> None:
    # Beside «Наименование» and an ИНН, «Контактное лицо» took the name column: a company
    # came in as the person Иванов with the company in the notes, and a company without a
    # contact person as a row without a name.
    sheet = write_sheet(
        tmp_path / "counterparties.xlsx",
        [
            ["Наименование", "ИНН", "Телефон", "Контактное лицо"],
            ["Ромашка ООО", "7701234567", "+7 495 123-45-67", "Иванов Иван"],
            ["ИП Петров", "770123456789", "8 916 123-45-67", None],
        ],
    )
    mapping = read_plan_source(sheet)[2]
    assert mapping == [Target.FULL_NAME, Target.INN, Target.PHONE, Target.CONTACT_PERSONS]
    plan = plan_for(workspace, sheet)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["ИП Петров", "Ромашка ООО"]
    company = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="ромашка"))[0])
    assert company.data.kind is ClientKind.COMPANY
    assert [person.name for person in company.data.contact_persons] == ["Иванов Иван"]
    # A list of people with an ИНН each keeps «Контактное лицо» as their name.
    people = propose_mapping(["Контактное лицо", "ИНН"], [["Иванов Иван", "500100732259"]])
    assert people == [Target.FULL_NAME, Target.INN]


def test_a_list_of_companies_without_requisites_keeps_its_contact_persons_apart() -> None:
    # A wholesaler's sheet without ИНН: the companies were put in the notes of their
    # contact persons, who became the clients.
    header = ["Наименование", "Контактное лицо", "Телефон"]
    companies = [
        ["ООО «Ромашка»", "Иванова Мария", "+7 495 123-45-67"],
        ["ИП Петров П. П.", "Пётр", "8 916 123-45-67"],
        ["Салон красоты «Анна»", "Анна Сергеевна", "8 916 222-33-44"],
    ]
    assert propose_mapping(header, companies) == [
        Target.FULL_NAME, Target.CONTACT_PERSONS, Target.PHONE,
    ]  # fmt: skip
    # Of people's names, «Контактное лицо» is still the client's.
    people = [["Иванова Мария", "Иванова Мария", "+7 916 123-45-67"]]
    assert propose_mapping(header, people)[1] is Target.FULL_NAME


def test_a_sales_managers_companies_keep_their_contact_persons_apart() -> None:
    # «Компания» of companies beside «Контактное лицо»: the person was the client, the
    # company a line of the notes.
    header = ["Компания", "Контактное лицо", "Телефон"]
    companies = [
        ["ООО «Ромашка»", "Иванова Мария", "+7 495 123-45-67"],
        ["ИП Петров", "Петров Сергей", "8 916 123-45-67"],
    ]
    assert propose_mapping(header, companies) == [
        Target.ORGANIZATION, Target.CONTACT_PERSONS, Target.PHONE,
    ]  # fmt: skip
    # Where the «Компания» is where a person works, the person is the client.
    people = [["Сбербанк", "Иванова Мария", "+7 916 123-45-67"]]
    assert propose_mapping(header, people)[1] is Target.FULL_NAME


def test_a_contact_person_typed_by_hand_comes_in_part_by_part(workspace, tmp_path) -> None:
    # «Иванова Мария, бухгалтер, +7 916 …» was one long name, the phone inside it.
    sheet = write_sheet(
        tmp_path / "counterparties.xlsx",
        [
            ["Наименование", "ИНН", "Контактное лицо"],
            ["Ромашка ООО", "7701234567", "Иванова Мария, бухгалтер, +7 916 111-22-33"],
            [
                "Вектор ООО",
                "7728168971",
                "Олег 89031112233\nСидорова Анна; снабженец; anna@vector.ru",
            ],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    people = {
        card.organization: [(p.name, p.position, p.phone, p.email) for p in card.contact_persons]
        for card in all_cards(workspace)
    }
    assert people == {
        "Ромашка ООО": [("Иванова Мария", "бухгалтер", "+7 916 111-22-33", "")],
        "Вектор ООО": [
            ("Олег", "", "89031112233", ""),
            ("Сидорова Анна", "снабженец", "", "anna@vector.ru"),
        ],
    }


def test_a_counterparty_named_without_its_ооо_is_a_company_by_its_requisites(
    workspace, tmp_path
) -> None:
    """1C lists «Ромашка» and puts «ООО» only in the full name: such rows came in as people
    with the surname «Ромашка». A КПП, a ten-digit ИНН or a thirteen-digit ОГРН is only an
    organization's; a person's ИНН has twelve digits."""
    cards = imported_csv(
        workspace,
        tmp_path / "counterparties.csv",
        "Наименование;ИНН;КПП;ОГРН;Телефон\n"
        "Ромашка;7707083893;770701001;;84951234567\n"
        "Лютик;7707083894;;;84951234568\n"
        "Василёк;;;1027700132195;84951234569\n"
        "Иванов Иван Иванович;500100732259;;;89161112233\n",
    )
    assert [(c.kind, c.organization, c.last_name) for c in cards] == [
        (ClientKind.COMPANY, "Василёк", ""),
        (ClientKind.PERSON, "", "Иванов"),
        (ClientKind.COMPANY, "Лютик", ""),
        (ClientKind.COMPANY, "Ромашка", ""),
    ]


def test_a_school_a_café_and_a_brand_in_quotes_are_companies(workspace, tmp_path) -> None:
    """A shop's clients list schools, cafés and residents' associations in the same «ФИО»
    column: «МУП "Водоканал"» came in as the person Муп "Водоканал", «Салон красоты
    «Анна»» as Салон Красоты «Анна». A nickname in quotes beside a given name stays a
    person's, written apart from the name."""
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон\n"
        "ГБОУ Школа № 5;84951234567\n"
        "Кафе Ромашка;84951234568\n"
        '"МУП ""Водоканал""";84951234569\n'
        "Салон красоты «Анна»;84951234570\n"
        '"Иванова Анна ""Аня""";89161112233\n',
    )
    assert [(c.kind, c.organization, c.last_name, c.first_name) for c in cards] == [
        (ClientKind.COMPANY, "ГБОУ Школа № 5", "", ""),
        (ClientKind.PERSON, "", "Иванова", "Анна"),
        (ClientKind.COMPANY, "Кафе Ромашка", "", ""),
        (ClientKind.COMPANY, 'МУП "Водоканал"', "", ""),
        (ClientKind.COMPANY, "Салон красоты «Анна»", "", ""),
    ]
    assert cards[1].notes == 'ФИО: Иванова Анна "Аня"'


def test_an_orders_наименование_stays_the_item() -> None:
    mapping = propose_mapping(["Дата", "Клиент", "Наименование", "Сумма"], [])
    assert mapping == [Target.PURCHASE_DATE, Target.FULL_NAME, Target.ITEM, Target.AMOUNT]
    # 1C's own word for goods, in its sales exported as a flat list
    mapping = propose_mapping(["Дата", "Контрагент", "Номенклатура", "Количество", "Сумма"], [])
    assert mapping == [
        Target.PURCHASE_DATE, Target.FULL_NAME, Target.ITEM, Target.QUANTITY, Target.AMOUNT,
    ]  # fmt: skip


def test_contacts_exported_from_google_as_csv(workspace: Workspace) -> None:
    # Google Contacts' own columns: «Phone 1 - Label» beside «Phone 1 - Value», several
    # values in one cell joined by « ::: », labels as groups, a birthday without a year.
    plan = plan_for(workspace, DATA / "google_contacts.csv")
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван Иванович", "Петрова Анна"]
    ivanov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="иванов"))[0])
    # Each phone's and e-mail's label, from the column beside it, is its note, Google's own
    # kinds in Russian as a .vcf's are.
    assert [(p.raw, p.label) for p in ivanov.data.phones] == [
        ("+7 916 123-45-67", "мобильный"),
        ("+7 495 123-45-67", "рабочий"),
    ]
    assert [(e.address, e.label) for e in ivanov.data.emails] == [("ivanov@mail.ru", "домашний")]
    assert ivanov.data.birthday == "01.02.1980"
    assert ivanov.data.tags == ["Клиенты"]  # not Google's «* myContacts», which all are in
    assert (ivanov.data.street, ivanov.data.city, ivanov.data.region, ivanov.data.postcode) == (
        "ул. Ленина 1", "Тула", "Тульская обл.", "300000"
    )  # fmt: skip
    # The formatted address repeats its parts, and is not written twice into the notes; nor
    # is the shop's own country.
    assert ivanov.data.notes == "Nickname: Ваня\nлюбит чай"
    petrova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="петрова"))[0])
    assert [p.raw for p in petrova.data.phones] == ["8 916 111-22-33", "8 916 111-22-44"]
    assert petrova.data.birthday == "15.03"
    assert petrova.data.notes.startswith("Organization Name: ООО Ромашка\n")


def test_a_column_filled_only_below_the_sample_rows_is_not_dropped(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The mapping is proposed from the first rows: «Пометки», empty there, was left out,
    # and the note of row 252 was lost without a word.
    rows = ["ФИО;Телефон;Пометки;№"]
    rows += [f"Клиент{i} Иван;+7916{1000000 + i};;" for i in range(300)]
    rows[251] = "Должник Иван;+79162000000;должен 500 р.;7"
    path = tmp_path / "late.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[2:] == [Target.NOTES, Target.IGNORE]  # «№» means nothing in a base
    commit_import(workspace.db, workspace.settings, plan)
    debtor = find_client_ids(workspace.db, ClientQuery(search="должник"))[0]
    assert workspace.clients.get(debtor).data.notes == "Пометки: должен 500 р."


def test_a_csv_rows_cells_past_the_column_names_are_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «VIP; опт» typed into a «;» CSV's cell makes the row one cell longer than the names:
    # the «опт» past them was dropped without a word.
    cards = imported_csv(
        workspace, tmp_path / "tags.csv", "ФИО;Метки\nПетров Олег;VIP; опт\nОрлова Вера;опт\n"
    )
    assert [(c.last_name, c.tags, c.notes) for c in cards] == [
        ("Орлова", ["опт"], ""), ("Петров", ["VIP"], "опт"),
    ]  # fmt: skip


def test_the_preview_tells_a_merge_that_changes_nothing(workspace: Workspace, tmp_path) -> None:
    # A list imported again counted every row as a merge: the shop saw 2 clients «merged»
    # where nothing was to change. The history after the import told them apart already.
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон;Город\nИванова Мария;+79161112233;Тула\nПетров Олег;+79161112244;\n",
        encoding="utf-8",
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    again = plan_for(workspace, path)
    assert (again.counts()["merge"], again.counts()["unchanged"]) == (2, 2)
    path.write_text(
        "ФИО;Телефон;Город\nИванова Мария;+79161112233;Тула\nПетров Олег;+79161112244;Орёл\n",
        encoding="utf-8",
    )
    changed = plan_for(workspace, path)
    assert [(row.line, row.action, row.unchanged) for row in changed.rows] == [
        (2, RowAction.MERGE, True), (3, RowAction.MERGE, False),
    ]  # fmt: skip
    batch = commit_import(workspace.db, workspace.settings, changed)
    history = next(b for b in import_history(workspace.db) if b.id == batch)
    assert (history.counts["merge"], history.counts["unchanged"]) == (1, 1)  # as the preview


def test_a_client_deleted_after_the_preview_stops_an_unchanged_merge(
    workspace: Workspace, tmp_path: Path
) -> None:
    # An unchanged merge is not read again at the import: that its client is still there is
    # checked all the same, and nothing is written without it.
    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Телефон\nИванова Мария;+79161112233\n", encoding="utf-8")
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    again = plan_for(workspace, path)
    assert [row.unchanged for row in again.rows] == [True]
    workspace.clients.delete(again.rows[0].client_id or 0)  # in another window meanwhile
    with pytest.raises(NotFoundError):
        commit_import(workspace.db, workspace.settings, again)
    assert len(import_history(workspace.db)) == 1


def test_a_mistyped_e_mail_is_named_and_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "mails.csv"
    path.write_text("ФИО;E-mail\nОрлова Вера;orlova@gmail.con\n", encoding="utf-8")
    plan = plan_for(workspace, path)
    assert [(p.value, p.code) for p in plan.problems()] == [("orlova@gmail.con", "email_typo")]
    commit_import(workspace.db, workspace.settings, plan)
    [orlova] = all_cards(workspace)
    assert (orlova.emails, orlova.notes) == ([], "E-mail: orlova@gmail.con")


def test_tags_written_as_hashtags_are_each_a_tag(workspace: Workspace, tmp_path: Path) -> None:
    # «#vip #опт» was one tag, which no filter for «vip» found.
    cards = imported_csv(
        workspace,
        tmp_path / "tags.csv",
        "ФИО;Метки\nПетров Олег;#vip #опт\nОрлова Вера;Группа #2, опт\n",
    )
    assert [c.tags for c in cards] == [["Группа #2", "опт"], ["vip", "опт"]]


def test_vip_written_beside_the_name_marks_the_client_vip(workspace: Workspace, tmp_path) -> None:
    cards = imported_csv(
        workspace,
        tmp_path / "vip.csv",
        "ФИО;Телефон\nСидоров Ян (VIP);+79161112233\nОрлова Вера (вип);+79161112244\n"
        "Петров Олег (сосед);+79161112255\n",
    )
    assert [(c.last_name, c.is_vip, c.notes) for c in cards] == [
        ("Орлова", True, "ФИО: Орлова Вера (вип)"),
        ("Петров", False, "ФИО: Петров Олег (сосед)"),
        ("Сидоров", True, "ФИО: Сидоров Ян (VIP)"),
    ]


def test_googles_relations_and_events_keep_their_labels(workspace: Workspace, tmp_path) -> None:
    # «Relation 1 - Value: Олег» was all the notes said: that Олег is her husband, in the
    # «Relation 1 - Label» beside it, was lost.
    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,Relation 1 - Label,Relation 1 - Value,Relation 2 - Label,"
        "Relation 2 - Value,Event 1 - Label,Event 1 - Value\n"
        "Мария,Иванова,Spouse,Олег,Крёстная,Анна,Anniversary,2010-06-20\n"
        "Анна,Петрова,,Ирина,,,,\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    commit_import(workspace.db, workspace.settings, plan)
    notes = {card.last_name: card.notes for card in all_cards(workspace)}
    assert notes == {
        # The anniversary is a reminder (test_google_pairs).
        "Иванова": "Супруг(а): Олег\nКрёстная: Анна",
        "Петрова": "Relation 1 - Value: Ирина",  # no label: the column's name
    }


def test_an_american_outlook_csv_writes_month_first_and_0_0_00_for_no_birthday(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Outlook (and Excel) with American settings save a CSV's dates month first. Read day
    first, 2/1/1980 would silently become 2 January, and 2/25/1980 would be refused."""
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,Mobile Phone,Birthday\n"
        "Anna,Smith,+1 212 555 0101,2/25/1980\n"
        "John,Brown,+1 212 555 0102,2/1/1975\n"
        "Mary,Jones,+1 212 555 0103,12/31/1985\n"
        "Paul,Young,+1 212 555 0104,0/0/00\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []  # «0/0/00» is Outlook's «no birthday»
    commit_import(workspace.db, workspace.settings, plan)
    birthdays = {
        row.display_name: workspace.clients.get(row.id).data.birthday
        for row in load_rows(workspace.db, find_client_ids(workspace.db, ClientQuery()))
    }
    assert birthdays == {
        "Smith Anna": "25.02.1980",
        "Brown John": "01.02.1975",
        "Jones Mary": "31.12.1985",
        "Young Paul": "",
    }


def test_outlooks_e_mail_type_and_shown_name_are_no_notes_where_they_repeat_the_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Each contact of a Russian Outlook's list had «Тип эл. почты: SMTP» and «Краткое имя
    эл. почты: Мария Иванова (ivanova@mail.ru)» in its notes: the card's name and e-mail
    again. A shown name that says more stays."""
    cards = imported_csv(
        workspace, tmp_path / "outlook.csv",
        "Имя,Фамилия,Адрес эл. почты,Тип эл. почты,Краткое имя эл. почты,Заметки\n"
        "Мария,Иванова,ivanova@mail.ru,SMTP,Мария Иванова (ivanova@mail.ru),любит розы\n"
        "Олег,Петров,petrov@mail.ru,SMTP,petrov@mail.ru,\n"
        "Анна,Орлова,orlova@mail.ru,SMTP,Мама (orlova@mail.ru),\n"
        "Нина,Белова,belova@mail.ru,SMTP,Нина Белова (nina@work.ru),\n",
    )  # fmt: skip
    assert [(c.last_name, c.notes) for c in cards] == [
        ("Белова", "Краткое имя эл. почты: Нина Белова (nina@work.ru)"),
        ("Иванова", "любит розы"),
        ("Орлова", "Краткое имя эл. почты: Мама (orlova@mail.ru)"),
        ("Петров", ""),
    ]


def test_a_day_first_sheet_with_one_mistyped_date_stays_day_first(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "typo.xlsx",
        [
            ["ФИО", "Дата рождения"],
            ["Орлова Мария", "02.01.1980"],
            ["Зайцев Игорь", "01.13.1985"],  # the month mistyped
            ["Белова Нина", "25.03.1990"],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (3, "01.13.1985", "no_such_day")
    ]
    assert [row.data.birthday for row in plan.rows if row.data] == ["02.01.1980", "", "25.03.1990"]


def test_an_american_files_every_column_of_slashed_dates_is_month_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The birthdays show the file writes month first; «Customer since» has too few dates
    to show it itself. Its 1/20/2023 was refused and its 11/5/2022 became 11 May."""
    path = tmp_path / "customers.csv"
    path.write_text(
        "Name,Phone,Birthday,Customer since,Bought on\n"
        "John Smith,+1 212 555 0101,03/15,01/20/2023,2024-05-01\n"
        "Mary Jones,+1 212 555 0102,12/31,11/05/2022,2024-05-02\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    added = {
        workspace.clients.get(i).display_name: workspace.clients.get(i).created_at.date()
        for i in find_client_ids(workspace.db, ClientQuery())
    }
    assert added == {"Jones Mary": date(2022, 11, 5), "Smith John": date(2023, 1, 20)}


def test_a_file_that_shows_day_first_anywhere_keeps_its_other_columns_day_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО,Дата рождения,Клиент с,Перезвонить\n"
        "Иванов Иван,3/15/1980,11/05/2022,25/12/2099\n"  # the reminder's 25th: day first
        "Петров Пётр,12/31/1975,01/02/2023,\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    # The birthdays show month first themselves; the rest of the file does not follow them.
    assert [row.data.birthday for row in plan.rows if row.data] == ["15.03.1980", "31.12.1975"]
    assert [row.since for row in plan.rows] == [date(2022, 5, 11), date(2023, 2, 1)]


def test_outlooks_empty_business_address_gives_way_to_the_home_one() -> None:
    headers = ["First Name", "Last Name", "Business City", "Home Street", "Home City"]
    mapping = propose_mapping(headers, [["Иван", "Иванов", None, "ул. Ленина 1", "Тула"]] * 3)
    assert mapping == [
        Target.FIRST_NAME, Target.LAST_NAME, Target.NOTES, Target.STREET, Target.CITY
    ]  # fmt: skip


def test_one_of_outlooks_addresses_is_the_card_s_whole_not_a_mix_of_two() -> None:
    """A contact with the office's city and a home street and city: the card's address is the
    home one, all of it. Column by column, it took the office's city and the home's street."""
    headers = [
        "First Name", "Business Street", "Business City", "Home Street", "Home City",
        "Home Postal Code",
    ]  # fmt: skip
    rows = [
        ["Иван", None, "Москва", "ул. Ленина 1", "Тула", "300000"],
        ["Анна", None, None, "ул. Мира 5", "Тула", None],
    ]
    assert propose_mapping(headers, rows)[1:] == [
        Target.NOTES, Target.NOTES, Target.STREET, Target.CITY, Target.POSTCODE
    ]  # fmt: skip
    # Russian Outlook's: where only the office's address is filled, it is the card's.
    headers = ["Имя", "Улица (раб. адрес)", "Город (раб. адрес)", "Город (дом. адрес)"]
    assert propose_mapping(headers, [["Иван", "Тверская 1", "Москва", None]] * 2)[1:] == [
        Target.STREET, Target.CITY, Target.NOTES
    ]  # fmt: skip
    # Where the samples fill none, the home's: a shop's client is a person.
    assert propose_mapping(headers, [["Иван", None, None, None]] * 2)[1:] == [
        Target.NOTES, Target.NOTES, Target.CITY
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "row", "birthday", "street"),
    [
        (
            "First Name,Last Name,Home Street,Home Street 2,Home City,Birthday,Anniversary",
            "Igor,Sokolov,10 Mira Ave,Apt 4,Tver,3/15/1985,0/0/00",
            "15.03.1985",
            "10 Mira Ave, Apt 4",
        ),
        (
            "Имя,Фамилия,Улица (дом. адрес),Улица 2 (дом. адрес),Город (дом. адрес),"
            "День рождения,Годовщина",
            'Игорь,Соколов,"пр. Мира, 10",кв. 4,Тверь,14.02.1988,0.0.00',
            "14.02.1988",
            "пр. Мира, 10, кв. 4",
        ),
    ],
    ids=["english", "russian"],
)
def test_an_outlook_contact_of_one_birthday_and_two_street_lines(
    workspace: Workspace, tmp_path: Path, headers: str, row: str, birthday: str, street: str
) -> None:
    """Outlook's one contact: its one 3/15/1985 was refused as a date (one month-first date
    was not proof enough), and its street's second line went to the notes."""
    path = tmp_path / "contacts.csv"
    path.write_text(f"{headers}\n{row}\n", encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [card] = all_cards(workspace)
    assert (card.birthday, card.street, card.notes) == (birthday, street, "")


def test_googles_older_csv_keeps_a_companys_card_and_a_patronymic(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Google's older «Google CSV» names a person in «Given Name», «Additional Name» and
    «Family Name», and a company's card only in «Organization 1 - Name». That row had no
    name and was left out; the patronymic went to the notes."""
    path = tmp_path / "google.csv"
    path.write_text(
        "Name,Given Name,Additional Name,Family Name,Group Membership,Phone 1 - Type,"
        "Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
        "Анна Петрова,Анна,Сергеевна,Петрова,* myContacts,Mobile,+7 916 111-22-33,,,\n"
        ",,,,* myContacts,Work,+7 495 222-33-44,,ООО Ромашка,\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["ООО Ромашка", "Петрова Анна Сергеевна"]
    company = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="ромашка"))[0])
    assert company.data.kind is ClientKind.COMPANY
    assert [p.raw for p in company.data.phones] == ["+7 495 222-33-44"]


def test_a_phones_vcard_keeps_long_quoted_printable_values_and_commas(
    workspace: Workspace, tmp_path: Path
) -> None:
    """As Android and older phones write 2.1: quoted-printable values over several lines in a
    code page, commas unescaped, a photo (this one damaged); and a line of a note that the
    exporter did not fold, which is kept in the notes rather than dropped."""
    note = "Очень длинная заметка, которая не помещается в одну строку: любит чай, мёд и варенье"
    encoded_note = quopri.encodestring(note.encode("utf-8")).decode("ascii")
    assert "=\n" in encoded_note  # the value runs over soft line breaks
    encoded_name = quopri.encodestring("Сидорова;Мария;Павловна;;".encode("cp1251")).decode()
    lines = [
        "BEGIN:VCARD", "VERSION:2.1",
        f"N;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:{encoded_name}",
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{encoded_note}",
        "TEL;CELL;PREF:+79031234567",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
        "    /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
        "",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0",
        "FN:Анна Петрова", "N:Петрова;Анна;;;",
        "NOTE:звонить после обеда, не раньше",
        "вторая строка заметки",
        "TEL:+7 905 000-11-23", "TEL;TYPE=X-Муж:+7 905 000-11-24",
        "item1.EMAIL;type=INTERNET:anna@mail.ru",
        "END:VCARD",
    ]  # fmt: skip
    path = tmp_path / "contacts.vcf"
    path.write_bytes("\r\n".join(lines).replace("=\n", "=\r\n").encode())

    plan = plan_for(workspace, path)
    assert plan.counts()["new"] == 2
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Петрова Анна", "Сидорова Мария Павловна"]
    sidorova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="сидор"))[0])
    assert sidorova.data.notes == note
    assert [(p.raw, p.label) for p in sidorova.data.phones] == [("+79031234567", "мобильный")]
    petrova = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="петрова"))[0])
    assert petrova.data.notes == "звонить после обеда, не раньше\nвторая строка заметки"
    assert petrova.data.emails[0].address == "anna@mail.ru"
    # Android writes a label its owner typed as a type of its own.
    assert [(p.raw, p.label) for p in petrova.data.phones] == [
        ("+7 905 000-11-23", ""),
        ("+7 905 000-11-24", "Муж"),
    ]


def test_an_iphones_vcard_keeps_its_groups_title_and_nickname(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "iphone.vcf"
    path.write_text(
        "\r\n".join([
            "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
            "N:Смирнова;Ольга;Петровна;;", "FN:Ольга Петровна Смирнова",
            "NICKNAME:Оля", "TITLE:бухгалтер",
            "item1.TEL;type=pref:+7 (903) 555-66-77", "item1.X-ABLabel:_$!<Mobile>!$_",
            "item3.TEL:+7 (903) 555-66-78", "item3.X-ABLabel:Дочь",
            "item4.EMAIL;type=INTERNET:olga@mail.ru", "item4.X-ABLabel:_$!<Other>!$_",
            "item2.URL:https://smirnova.ru", "item2.X-ABLabel:_$!<HomePage>!$_",
            "CATEGORIES:Клиенты,VIP", "NOTE:Любит розы",
            "END:VCARD", "",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    [olga] = [workspace.clients.get(i) for i in find_client_ids(workspace.db, ClientQuery())]
    assert olga.data.tags == ["VIP", "Клиенты"]
    # An iPhone's labels, its own kinds and the ones its owner typed, are the notes.
    assert [(p.raw, p.label) for p in olga.data.phones] == [
        ("+7 (903) 555-66-77", "мобильный"),
        ("+7 (903) 555-66-78", "Дочь"),
    ]
    assert [(e.address, e.label) for e in olga.data.emails] == [("olga@mail.ru", "")]
    assert olga.data.notes == (
        "Должность: бухгалтер\nПрозвище: Оля\nСайт: https://smirnova.ru\nЛюбит розы"
    )


def test_an_iphones_birthday_without_a_year_and_its_messengers_come_in(
    workspace: Workspace, tmp_path: Path
) -> None:
    # An iPhone keeps a birthday without a year as 1604, naming it in X-APPLE-OMIT-YEAR:
    # «08.03.1604» was refused as a date. Its messengers were dropped without a word.
    path = tmp_path / "iphone.vcf"
    path.write_text(
        "\r\n".join([
            "BEGIN:VCARD", "VERSION:3.0", "N:Смирнова;Елена;;;", "FN:Елена Смирнова",
            "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-08",
            "X-SOCIALPROFILE;type=telegram:x-apple:elena_s",
            "IMPP;X-SERVICE-TYPE=Skype;type=pref:x-apple:elena.smirnova",
            "X-SOCIALPROFILE;type=vk;x-user=elena77:http://vk.com/elena77",
            "ANNIVERSARY:20100612",
            "IMPP;TYPE=home:xmpp:elena@jabber.ru",  # 4.0: TYPE is the kind, not the service
            "END:VCARD", "",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [elena] = [workspace.clients.get(i) for i in find_client_ids(workspace.db, ClientQuery())]
    assert elena.data.birthday == "08.03"
    assert [(m.kind, m.handle) for m in elena.data.messengers] == [
        (MessengerKind.TELEGRAM, "elena_s"),
        (MessengerKind.VK, "elena77"),
    ]
    # The anniversary is a yearly reminder, as a sheet's «Годовщина свадьбы» is.
    assert elena.data.notes == "Skype: elena.smirnova\nxmpp: elena@jabber.ru"
    assert yearly_days(workspace) == [("Годовщина", "12.06")]


def test_a_vcard_4_of_a_person_at_a_company_without_n_keeps_the_persons_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    """vCard 4.0 may leave N out: a person's card with only FN and ORG became the company's,
    and the person's name was lost. A tel: URI's «;ext=12» became the phone's note as it is."""
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "\r\n".join([
            "BEGIN:VCARD", "VERSION:4.0", "FN:Пётр Сидоров", "ORG:ООО Ромашка;Отдел продаж",
            "TEL;TYPE=cell;PREF=1:tel:+79031112233;ext=12", "END:VCARD",
            # A company's own card: FN repeats ORG.
            "BEGIN:VCARD", "VERSION:4.0", "FN:ООО «Лютик»", "ORG:ООО «Лютик»",
            "TEL;VALUE=uri;TYPE=work:tel:+7-495-111-22-33", "END:VCARD", "",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert [
        (c.kind, c.last_name, c.first_name, c.organization, [(p.raw, p.label) for p in c.phones],
         c.notes)
        for c in all_cards(workspace)
    ] == [
        (ClientKind.COMPANY, "", "", "ООО «Лютик»", [("+7-495-111-22-33", "рабочий")], ""),
        (
            # A person's company heads the notes under its name, as a sheet's column does.
            ClientKind.PERSON, "Сидоров", "Пётр", "",
            [("+79031112233", "доб. 12 (мобильный)")],
            "Организация: ООО Ромашка\nПодразделение: Отдел продаж",
        ),
    ]  # fmt: skip


def test_a_samsung_phones_own_labels_and_androids_extra_fields_come_in(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Samsung writes a label its owner typed as «TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=
    QUOTED-PRINTABLE,…)»: the line was unreadable, and the phone was only text in the notes.
    Android's nickname, dates and relations (X-ANDROID-CUSTOM) were dropped without a word."""
    wife = quopri.encodestring("Жена".encode()).decode()
    personal = quopri.encodestring("Личный".encode()).decode()
    nick = quopri.encodestring("Аня".encode()).decode()
    path = tmp_path / "contacts.vcf"
    path.write_bytes(
        "\r\n".join([
            "BEGIN:VCARD", "VERSION:2.1", "N:Иванова;Анна;;;", "FN:Анна Иванова",
            "TEL;CELL;PREF:+79161112233",
            f"TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,{wife}):+79031112244",
            f"EMAIL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,{personal}):anna@mail.ru",
            "TEL;X-CUSTOM(Dacha):+74951112255",
            "X-ANDROID-CUSTOM;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
            f"vnd.android.cursor.item/nickname;{nick};1;;;;;;;;;;;;;",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;2010-06-12;1;;;;;;;;;;;;;",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Петров Олег;14;;;;;;;;;;;;;",
            "END:VCARD", "",
        ]).encode()
    )  # fmt: skip
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [anna] = all_cards(workspace)
    assert [(p.raw, p.label) for p in anna.phones] == [
        ("+79161112233", "мобильный"), ("+79031112244", "Жена"), ("+74951112255", "Dacha"),
    ]  # fmt: skip
    assert [(e.address, e.label) for e in anna.emails] == [("anna@mail.ru", "Личный")]
    assert anna.notes == "Прозвище: Аня\nСупруг(а): Петров Олег"
    assert yearly_days(workspace) == [("Годовщина", "12.06")]


def test_an_iphones_dates_and_related_people_come_in_as_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    """An iPhone keeps an anniversary (X-ABDATE) and related people (X-ABRELATEDNAMES),
    each named by the X-ABLabel of its group; vCard 4.0 writes RELATED. All were dropped
    without a word. Its anniversary is a yearly reminder (since 7 December)."""
    cards = imported_vcards(workspace, tmp_path / "iphone.vcf", [
        "BEGIN:VCARD", "VERSION:3.0", "N:Иванова;Мария;;;", "FN:Мария Иванова",
        "item1.X-ABDATE:2010-06-20", "item1.X-ABLabel:_$!<Anniversary>!$_",
        "item2.X-ABRELATEDNAMES:Олег", "item2.X-ABLabel:_$!<Spouse>!$_",
        "item3.X-ABDATE:2015-09-01", "item3.X-ABLabel:Свадьба дочери",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:4.0", "FN:Петров Иван", "N:Петров;Иван;;;",
        "RELATED;TYPE=child;VALUE=text:Петров Олег", "END:VCARD",
    ])  # fmt: skip
    notes = {card.last_name: card.notes for card in cards}
    assert notes == {
        "Иванова": "Свадьба дочери: 01.09.2015\nСупруг(а): Олег",
        "Петров": "Ребёнок: Петров Олег",
    }
    assert yearly_days(workspace) == [("Годовщина", "20.06")]


def test_a_vcards_every_address_and_every_part_of_one_comes_in(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Of ADR only the street, city, region and postcode of the first were read: the flat
    («кв. 5», the extended address), the post-office box, the country and a second address
    (the office) were dropped without a word."""
    maria, aigul = imported_vcards(workspace, tmp_path / "addresses.vcf", [
        "BEGIN:VCARD", "VERSION:3.0", "N:Иванова;Мария;;;", "FN:Мария Иванова",
        "ADR;TYPE=HOME:а/я 12;кв. 5;ул. Ленина 1;Тула;Тульская обл.;300000;Россия",
        "ADR;TYPE=WORK:;оф. 3;ул. Мира\\, 5;Москва;;101000;",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "N:Нурланова;Айгуль;;;",
        "ADR;TYPE=HOME:;;пр. Абая 10;Алматы;;050000;Казахстан", "END:VCARD",
    ])  # fmt: skip
    assert (maria.street, maria.city, maria.region, maria.postcode) == (
        "ул. Ленина 1, кв. 5", "Тула", "Тульская обл.", "300000"
    )  # fmt: skip
    # The shop's own country (its phones' region) says nothing of a client; another does.
    assert maria.notes.split("\n") == [
        "Абонентский ящик: а/я 12", "Адрес: ул. Мира, 5, оф. 3, Москва, 101000 (рабочий)",
    ]  # fmt: skip
    assert aigul.notes == "Страна: Казахстан"


def test_a_vcards_name_as_the_phone_shows_it_is_kept_where_it_says_more(
    workspace: Workspace, tmp_path: Path
) -> None:
    # FN beside N was dropped: «Маша с работы» is how the owner knows her.
    cards = imported_vcards(workspace, tmp_path / "names.vcf", [
        "BEGIN:VCARD", "VERSION:3.0", "N:Иванова;Мария;;;", "FN:Маша с работы", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "N:Петров;Олег;Иванович;;", "FN:Олег Иванович Петров",
        "END:VCARD",
    ])  # fmt: skip
    assert {card.last_name: card.notes for card in cards} == {
        "Иванова": "Полное имя: Маша с работы",
        "Петров": "",  # the same name in another order says nothing more
    }


def test_what_evolution_kde_and_older_programs_write_comes_in_as_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Properties of their own (a spouse, a maiden name, a Skype or ICQ handle, a gender)
    # were dropped without a word.
    [maria] = imported_vcards(workspace, tmp_path / "evolution.vcf", [
        "BEGIN:VCARD", "VERSION:3.0", "N:Иванова;Мария;;;", "FN:Мария Иванова",
        "X-EVOLUTION-SPOUSE:Олег", "X-KADDRESSBOOK-X-Anniversary:2010-06-20",
        "X-MAIDENNAME:Петрова", "X-SKYPE-USERNAME:maria.iv", "X-ICQ:123456", "GENDER:F",
        "END:VCARD",
    ])  # fmt: skip
    assert maria.notes.split("\n") == [
        "Пол: F", "Девичья фамилия: Петрова", "Супруг(а): Олег", "Skype: maria.iv",
        "ICQ: 123456",
    ]  # fmt: skip
    assert yearly_days(workspace) == [("Годовщина", "20.06")]


def test_a_broken_vcard_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Иванов;Иван\nBEGIN:VCARD\n", encoding="utf-8")
    with pytest.raises(ImportFileError):
        read_plan_source(path)


def test_the_mapping_chosen_last_time_is_proposed_for_the_same_columns(
    workspace: Workspace,
) -> None:
    table, header, mapping = read_plan_source(DATA / "messy_clients.xlsx", db=workspace.db)
    mapping[2] = Target.IGNORE  # this shop does not want the e-mails
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "messy.xlsx")
    commit_import(workspace.db, workspace.settings, plan)

    _, _, proposed = read_plan_source(DATA / "messy_clients.ods", db=workspace.db)
    assert proposed[2] is Target.IGNORE
    _, _, fresh = read_plan_source(DATA / "clients_cp1251.csv", db=workspace.db)
    assert Target.IGNORE not in fresh


def test_status_vip_and_source_words_in_russian_or_english(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "choices.xlsx",
        [
            ["ФИО", "Статус", "VIP", "Откуда узнал", "Согласие на рассылку"],
            ["Белова Нина", "Постоянный", "да", "Сайт", "Да"],
            ["Орлов Олег", "lost", "no", "walk-in", None],
            ["Зуев Пётр", "Золотой", "может быть", None, "нет"],
            ["Лебедев Иван", "VIP", None, None, None],
            ["Котова Анна", "ушла", None, None, None],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [(4, "VIP", "unknown_choice")]
    commit_import(workspace.db, workspace.settings, plan)
    cards = {
        r.display_name: workspace.clients.get(r.id).data
        for r in load_rows(workspace.db, find_client_ids(workspace.db, ClientQuery()))
    }
    belova, orlov, zuev = cards["Белова Нина"], cards["Орлов Олег"], cards["Зуев Пётр"]
    assert (belova.status.value, belova.is_vip, belova.source.value) == ("regular", True, "website")
    assert belova.marketing_consent is True
    assert (orlov.status.value, orlov.is_vip, orlov.source.value) == ("lost", False, "walk_in")
    assert (zuev.status.value, zuev.is_vip, zuev.marketing_consent) == ("new", False, False)
    # The shop's own grade is no stage of the card's: kept in the notes, not refused;
    # the answer the VIP column could not read is kept there too.
    assert zuev.notes == "Статус: Золотой\nVIP: может быть"
    # «VIP» in the status column marks the card VIP; «ушла» is a lost client.
    lebedev, kotova = cards["Лебедев Иван"], cards["Котова Анна"]
    assert (lebedev.status.value, lebedev.is_vip, lebedev.notes) == ("new", True, "")
    assert (kotova.status.value, kotova.is_vip) == ("lost", False)


def test_the_source_a_sheet_names_stays_beside_the_choice_it_stands_for(
    workspace, tmp_path
) -> None:
    # «Авито» and «2ГИС» are both «Реклама»: which of them brought the client is what the
    # shop kept the column for. Until 5 December the card said «Реклама» alone, and a row
    # listed twice lost its second answer. The choice's own name adds nothing.
    sheet = write_sheet(
        tmp_path / "sources.xlsx",
        [
            ["ФИО", "Телефон", "Откуда узнали"],
            ["Белова Нина", "+7 916 000-00-01", "Авито"],
            ["Орлов Олег", "+7 916 000-00-02", "2ГИС"],
            ["Зуев Пётр", "+7 916 000-00-03", "реклама"],
            ["Белова Нина", "+7 916 000-00-01", "Инстаграм"],
        ],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    cards = {c.last_name: c for c in all_cards(workspace)}
    assert {name: (c.source.value, c.notes) for name, c in cards.items()} == {
        "Белова": ("advertising", "Откуда узнали: Авито\nОткуда узнали: Инстаграм"),
        "Орлов": ("advertising", "Откуда узнали: 2ГИС"),
        "Зуев": ("advertising", ""),
    }


def test_a_forms_answer_in_its_own_words_names_the_source_a_word_of_it_does(
    workspace, tmp_path
) -> None:
    # A Google Form's «Как вы о нас узнали?» answered in a sentence made every client's
    # source «Другое», and the report of where clients come from one bar of «Другое».
    sheet = write_sheet(
        tmp_path / "answers.xlsx",
        [
            ["ФИО", "Телефон", "Откуда узнали"],
            ["Белова Нина", "+7 916 000-00-01", "Из Instagram"],
            ["Орлов Олег", "+7 916 000-00-02", "Посоветовали друзья"],
            ["Зуев Пётр", "+7 916 000-00-03", "Нашёл в интернете"],
            ["Котова Анна", "+7 916 000-00-04", "Не помню"],
        ],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    cards = {c.last_name: c for c in all_cards(workspace)}
    # The answer itself stays in the notes, as any answer beside its choice does.
    assert {name: (c.source.value, c.notes) for name, c in cards.items()} == {
        "Белова": ("social", "Откуда узнали: Из Instagram"),
        "Орлов": ("referral", "Откуда узнали: Посоветовали друзья"),
        "Зуев": ("website", "Откуда узнали: Нашёл в интернете"),
        "Котова": ("other", "Откуда узнали: Не помню"),
    }


@pytest.mark.parametrize(
    ("answer", "source"),
    [("Реклама в Яндексе", "advertising"), ("Выставка в Туле", "exhibition"),
     ("Увидела вывеску", "walk_in"), ("По рекомендации подруги", "referral"),
     ("From a friend", "referral"), ("от Марины", None), ("ok", None)],
)  # fmt: skip
def test_the_first_source_word_of_an_answer_names_its_source(answer: str, source: str) -> None:
    found = source_in_words(answer)
    assert (found.value if found else None) == source


def test_a_name_cell_that_says_there_is_none_makes_no_client_of_that_word(
    workspace, tmp_path
) -> None:
    # «нет» under «ФИО» made a client «Нет», made again by each import of the sheet (it has
    # no key to be found by); a row without a name is named so, as under «—».
    plan = plan_for(
        workspace,
        write_sheet(
            tmp_path / "names.xlsx",
            [
                ["ФИО", "Телефон"],
                ["нет", "89031112235"],
                ["—", "89031112236"],
                ["Нетребко Анна", "89031112237"],
            ],
        ),
    )
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.ERROR, "no_name"),
        (3, RowAction.ERROR, "no_name"),
        (4, RowAction.NEW, ""),
    ]


def test_a_name_with_latin_look_alikes_is_found_and_matched_as_typed_in_cyrillic(
    workspace, tmp_path
) -> None:
    # «Ивановa» with a Latin «a» (another keyboard layout, a scanned list) came in as typed:
    # neither the search for «иванова» nor the row of the same woman above found her.
    cards = imported_csv(
        workspace,
        tmp_path / "scanned.csv",
        "ФИО;Дата рождения;Город\n"
        "Иванова Мария Петровна;01.02.1980;Москва\n"
        "Ивановa Мария;01.02.1980;\n"
        "Cидоров Пётр;;Mосква\n"
        "John Smith;;London\n"
        "OOO Ромашка;;\n",
    )
    assert sorted((c.last_name, c.first_name, c.organization, c.city) for c in cards) == [
        ("", "", "ООО Ромашка", ""),  # a company: «OOO» in Latin made it a person «Ooo»
        ("Smith", "John", "", "London"),
        ("Иванова", "Мария", "", "Москва"),
        ("Сидоров", "Пётр", "", "Москва"),
    ]
    assert len(find_client_ids(workspace.db, ClientQuery(search="сидоров"))) == 1


def test_a_vip_tag_marks_the_card_vip_unless_a_vip_column_says(workspace, tmp_path) -> None:
    # YCLIENTS exports its client groups as «Категории»: «VIP» there is the card's VIP flag.
    salon = tmp_path / "yclients.csv"
    salon.write_text(
        "Имя;Телефон;Категории\nОльга Зуева;79265554433;Новые, VIP\nИгорь Смирнов;79031112233;вип\n"
        "Анна Котова;79161234567;Постоянные\n",
        encoding="utf-8",
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, salon))
    cards = {c.last_name: c for c in all_cards(workspace)}
    assert {name: (c.is_vip, c.tags) for name, c in cards.items()} == {
        "Зуева": (True, ["VIP", "Новые"]),
        "Смирнов": (True, ["вип"]),
        "Котова": (False, ["Постоянные"]),
    }
    # An export has a VIP column of its own: a tag named so on a card not VIP stays a tag.
    exported = write_sheet(
        tmp_path / "export.xlsx",
        [["Фамилия", "Имя", "VIP", "Метки"], ["Орлов", "Олег", "Нет", "VIP"]],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, exported))
    orlov = next(c for c in all_cards(workspace) if c.last_name == "Орлов")
    assert (orlov.is_vip, orlov.tags) == (False, ["VIP"])


def test_a_note_that_says_only_vip_marks_the_card_vip(workspace, tmp_path) -> None:
    # A salon's «Примечание» column held «VIP» for its best clients; the flag stayed off.
    cards = imported_csv(
        workspace,
        tmp_path / "notes.csv",
        "ФИО;Телефон;Примечание\nКузнецова Елена;+79161112233;VIP\n"
        "Орлова Вера;+79161112244;не VIP пока\nПетров Олег;+79161112255;ВИП\n",
    )
    assert [(c.last_name, c.is_vip, c.notes) for c in cards] == [
        ("Кузнецова", True, "VIP"),
        ("Орлова", False, "не VIP пока"),
        ("Петров", True, "ВИП"),
    ]


def test_an_orders_sheet_becomes_purchases_of_its_clients(workspace, tmp_path) -> None:
    smirnova = workspace.clients.create(person("Смирнова", "Ольга", phones=("+79035556677",)))
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Продажи за весну"],
            ["Дата заказа", "№ заказа", "Клиент", "Телефон", "Товар", "Кол-во", "Цена"],
            [date(2026, 3, 5), 101, "Иванов Иван", "8 916 123-45-67", "Плед", 1, 3490],
            [date(2026, 3, 5), 101, "Иванов Иван", "8 916 123-45-67", "Свеча", 2, 650],
            ["10.04.2026", 102, "Петрова Анна", None, "Чай", 1, "1 290,00"],
            ["11.04.2026", 103, "Иванов Иван", None, "Мёд", 1, 720],
            ["12.04.2026", 104, "Смирнова Ольга", None, "Открытка", 3, 250],
            ["вчера", 105, "Петрова Анна", None, "Чай", 1, 100],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    assert mapping[:2] == [Target.PURCHASE_DATE, Target.ORDER_NUMBER]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "orders.xlsx")
    assert [(p.line, p.code) for p in plan.problems()] == [(8, "date_invalid")]
    counts = plan.counts()
    assert (counts["new"], counts["merge"], counts["merge_in_file"]) == (2, 1, 3)
    assert counts["listed_twice"] == 3  # Иванов's second and third orders name him again
    # Order 101 is two rows and one purchase; the row with an unreadable date keeps only
    # its client.
    assert counts["purchases"] == 4
    batch = commit_import(workspace.db, workspace.settings, plan)

    def summary(name: str):
        client_id = find_client_ids(workspace.db, ClientQuery(search=name))[0]
        return workspace.clients.get(client_id).summary, workspace.purchases.list_for(client_id)

    ivanov, ivanov_purchases = summary("иванов")
    assert (ivanov.purchase_count, ivanov.total_spent) == (2, Decimal("5510.00"))
    order = next(p for p in ivanov_purchases if p.data.number == "101")
    assert [(i.name, i.quantity) for i in order.data.items] == [("Плед", 1), ("Свеча", 2)]
    assert summary("петрова")[0].total_spent == Decimal("1290.00")
    assert workspace.clients.get(smirnova).summary.total_spent == Decimal("750.00")

    undo_import(workspace.db, workspace.settings, batch)
    assert names(workspace) == ["Смирнова Ольга"]
    assert workspace.clients.get(smirnova).summary.total_spent == Decimal("0.00")
    assert workspace.purchases.list_for(smirnova) == []


def test_an_american_orders_csv_dates_its_sales_month_first(workspace, tmp_path) -> None:
    # Its sums with thousands commas too: «1,200» came in as a sale of 1.20.
    path = tmp_path / "orders.csv"
    path.write_text(
        "Order Date,Customer,Phone,Amount\n"
        '11/25/2025,Anna Smith,+1 212 555 0101,"1,200"\n'
        '11/3/2025,Anna Smith,+1 212 555 0101,"12,345.50"\n'
        "10/30/2025,John Brown,+1 212 555 0102,70\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    sales = sorted((p.date, p.total) for _, parts in plan.purchase_groups() for p in parts)
    assert sales == [
        (date(2025, 10, 30), Decimal("70")),
        (date(2025, 11, 3), Decimal("12345.50")),
        (date(2025, 11, 25), Decimal("1200")),
    ]


def test_a_sales_book_with_a_bare_date_column_is_read_as_purchases(workspace, tmp_path) -> None:
    # A till's or a hand-kept sales book: «Дата», not «Дата заказа»; «2 шт.»; paid «да»/«нет».
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Дата", "Клиент", "Телефон", "Товар", "Кол-во", "Цена", "Оплата"],
            [date(2026, 11, 3), "Иванов Иван", "8 916 123-45-67", "Чай", "2 шт.", 350, "да"],
            ["05.11.2026", "Петрова Анна", "+79161112233", "Мёд", "1,5 кг", 400, "нет"],
            ["06.11.2026", "Петрова Анна", "+79161112233", "Кофе", "две", 500, "в долг"],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    assert mapping[0] == Target.PURCHASE_DATE
    assert mapping[4:] == [Target.QUANTITY, Target.PRICE, Target.PAYMENT]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "sales.xlsx")
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [(4, "Кол-во", "not_a_number")]
    assert plan.counts()["purchases"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    [tea] = workspace.purchases.list_for(ivanov)
    assert (tea.data.date, tea.data.payment_state) == (date(2026, 11, 3), PaymentState.PAID)
    assert [(i.name, i.quantity, i.price) for i in tea.data.items] == [("Чай", 2, 350)]
    petrova = find_client_ids(workspace.db, ClientQuery(search="петрова"))[0]
    honey = next(p for p in workspace.purchases.list_for(petrova) if p.data.date.day == 5)
    assert honey.data.items[0].quantity == Decimal("1.5")
    assert honey.data.payment_state == PaymentState.UNPAID
    assert workspace.clients.get(petrova).summary.total_spent == Decimal("1100.00")


def test_a_lines_sum_is_what_was_paid_and_gives_the_quantity_left_out(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Дата продажи", "Клиент", "Товар", "Кол-во", "Цена", "Сумма"],
            [date(2026, 11, 3), "Иванов Иван", "Сахар", "два", 100, 200],
            [date(2026, 11, 4), "Иванов Иван", "Сыр", None, 800, 1200],
            [date(2026, 11, 5), "Иванов Иван", "Хлеб", None, 30, 100],  # not a whole 1/1000
            # The sum is what was paid: after a discount, and one that no price gives.
            [date(2026, 11, 6), "Иванов Иван", "Чай", 2, 100, 180],
            [date(2026, 11, 7), "Иванов Иван", "Мёд", 3, 35, 100],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "sales.xlsx")
    assert [(p.line, p.code) for p in plan.problems()] == [(2, "not_a_number")]
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    items = [p.data.items[0] for p in workspace.purchases.list_for(ivanov)]
    assert sorted((i.name, i.quantity, i.price) for i in items) == [
        ("Мёд × 3", 1, 100), ("Сахар", 2, 100), ("Сыр", Decimal("1.5"), 800),
        ("Хлеб", 1, 100), ("Чай", 2, 90),
    ]  # fmt: skip
    assert workspace.clients.get(ivanov).summary.total_spent == Decimal("1780.00")
    # The price asked, where the sum paid made another, is said in the sale's comment: it
    # had been dropped without a word.
    comments = {p.data.items[0].name: p.data.comment for p in workspace.purchases.list_for(ivanov)}
    assert comments == {
        "Мёд × 3": "Цена: 35",
        "Сахар": "",
        "Сыр": "",
        "Хлеб": "Цена: 30",
        "Чай": "Цена: 100",
    }


def test_an_orders_total_repeated_on_each_line_is_not_taken_for_a_lines_sum(
    workspace, tmp_path
) -> None:
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата заказа", "№ заказа", "Клиент", "Товар", "Кол-во", "Цена", "Сумма заказа"],
            [date(2026, 3, 5), 101, "Иванов Иван", "Плед", 1, 3490, 4790],
            [date(2026, 3, 5), 101, "Иванов Иван", "Свеча", 2, 650, 4790],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    assert mapping[-1] == Target.AMOUNT
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "orders.xlsx")
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    assert workspace.clients.get(ivanov).summary.total_spent == Decimal("4790.00")


def test_a_bare_date_column_of_a_client_list_stays_in_the_notes() -> None:
    mapping = propose_mapping(["ФИО", "Телефон", "Дата"], [["Орлова Мария", None, "01.02.2026"]])
    assert mapping == [Target.FULL_NAME, Target.PHONE, Target.NOTES]
    # Beside a «Сумма» alone it may be the last visit: only a sale's other parts tell.
    headers = ["ФИО", "Дата", "Сумма", "Средний чек"]
    mapping = propose_mapping(headers, [["Орлова Мария", "01.02.2026", 5000, 1250]])
    assert mapping == [Target.FULL_NAME, Target.NOTES, Target.NOTES, Target.NOTES]
    mapping = propose_mapping(["Дата", "№ чека", "Клиент", "Сумма"], [["01.02.2026", 7, "О", 50]])
    assert mapping == [Target.PURCHASE_DATE, Target.ORDER_NUMBER, Target.FULL_NAME, Target.AMOUNT]


def test_a_receipts_lines_under_чек_are_one_purchase(workspace, tmp_path) -> None:
    """A shop's sales journal numbers its receipts under «Чек №»: the column went to the
    notes, and each line of a receipt became a purchase of its own."""
    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Чек №;Клиент;Телефон;Товар;Кол-во;Цена;Сумма\n"
        "12.03.2026;101;Иванов Иван;89161112233;Шампунь;1;1 500,00;1 500,00\n"
        "12.03.2026;101;Иванов Иван;89161112233;Крем;2;1 500,00;3 000,00\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.mapping[1] is Target.ORDER_NUMBER
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    [receipt] = workspace.purchases.list_for(ivanov)
    assert (receipt.data.number, receipt.total) == ("101", Decimal("4500.00"))
    assert [(item.name, item.quantity) for item in receipt.data.items] == [
        ("Шампунь", Decimal("1")),
        ("Крем", Decimal("2")),
    ]
    assert workspace.clients.get(ivanov).data.notes == ""


def test_orders_that_name_their_client_by_card_or_phone_only(workspace, tmp_path) -> None:
    smirnova = workspace.clients.create(
        person("Смирнова", "Ольга", phones=("+79035556677",), loyalty_card="1 001")
    )
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата заказа", "Карта", "Клиент", "Телефон", "Сумма"],
            [date(2026, 3, 5), "1001", None, None, 500],
            [date(2026, 3, 6), "2002", "Иванов Иван", "8 916 123-45-67", 300],
            [date(2026, 3, 7), None, None, "+7 916 123-45-67", 200],
            [date(2026, 3, 7), "2002", None, None, 70],
            [date(2026, 3, 8), "9999", None, None, 100],  # a card no one has
            [date(2026, 3, 9), None, None, "8 903 555-66-77", 50],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    assert mapping[1] == Target.LOYALTY_CARD
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "orders.xlsx")
    assert [(row.line, row.action, row.same_as_line) for row in plan.rows] == [
        (2, RowAction.SKIP, None),  # the card's owner in the base; her card stays as it is
        (3, RowAction.NEW, None),
        (4, RowAction.MERGE_IN_FILE, 3),
        (5, RowAction.MERGE_IN_FILE, 3),
        (6, RowAction.ERROR, None),
        (7, RowAction.SKIP, None),
    ]
    assert plan.counts()["purchases"] == 5
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Смирнова Ольга"]
    assert workspace.clients.get(smirnova).summary.total_spent == Decimal("550.00")
    assert workspace.clients.get(smirnova).data.last_name == "Смирнова"
    ivanov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="иванов"))[0])
    assert ivanov.summary.total_spent == Decimal("570.00")


def test_a_clients_sheet_and_then_its_orders_linked_by_client_code(workspace, tmp_path) -> None:
    clients = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["Код клиента", "ФИО", "Телефон"],
            ["000123", "Иванов Иван", "8 916 123-45-67"],
            ["000124", "Иванова Мария", "8 916 123-45-67"],  # one family phone, two clients
            ["А7", "Петров Пётр", None],
            ["а 7", "Петров П.", "8 903 111-22-33"],  # the same code, however written
        ],
    )
    table, header, mapping = read_plan_source(clients)
    assert mapping[0] is Target.CLIENT_CODE
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "clients.xlsx")
    assert [(row.action, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, None),
        (RowAction.NEW, 2),  # named as sharing row 2's phone
        (RowAction.NEW, None),
        (RowAction.MERGE_IN_FILE, 4),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Иванова Мария", "Петров Пётр"]

    # The till's export names the client by code alone; Excel dropped the leading zeros.
    orders = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Код клиента", "Дата заказа", "Сумма"],
            [124, date(2026, 3, 5), 500],
            ["000123", date(2026, 3, 6), 300],
            ["а7", date(2026, 3, 7), 70],
            ["Б-1", date(2026, 3, 8), 10],  # a code no one has
        ],
    )
    table, header, mapping = read_plan_source(orders)
    assert mapping[0] is Target.CLIENT_CODE
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "orders.xlsx")
    assert [(row.action, row.reason) for row in plan.rows] == [
        (RowAction.SKIP, "purchase_only"),
        (RowAction.SKIP, "purchase_only"),
        (RowAction.SKIP, "purchase_only"),
        (RowAction.ERROR, "no_name"),
    ]
    commit_import(workspace.db, workspace.settings, plan)

    def spent(search: str) -> Decimal:
        client_id = find_client_ids(workspace.db, ClientQuery(search=search))[0]
        return workspace.clients.get(client_id).summary.total_spent

    assert spent("000124") == Decimal("500.00")  # the code is searched for too
    assert spent("000123") == Decimal("300.00")
    assert spent("петров") == Decimal("70.00")


def test_a_client_code_decides_which_client_in_the_base_a_row_is(workspace, tmp_path) -> None:
    coded = workspace.clients.create(
        person("Орлов", "Олег", phones=("+79161234567",), client_code="17")
    )
    sheet = write_sheet(
        tmp_path / "again.xlsx",
        [
            ["Код клиента", "ФИО", "Телефон"],
            ["17", "Орлов Олег Олегович", None],  # its code finds it, though the name differs
            [None, "Орлов О.", "+7 916 123-45-67"],  # no code: his phone finds him
            ["18", "Орлова Ольга", "+7 916 123-45-67"],  # his phone, but another client
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(row.action, row.client_id) for row in plan.rows] == [
        (RowAction.MERGE, coded),
        (RowAction.MERGE, coded),
        (RowAction.NEW, coded),  # named as sharing his phone
    ]
    commit_import(workspace.db, workspace.settings, plan)
    orlov = workspace.clients.get(coded).data
    assert (orlov.client_code, orlov.middle_name) == ("17", "Олегович")
    assert len(names(workspace)) == 2


def test_a_value_too_long_for_the_base_is_left_out_and_named(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "long.xlsx",
        [
            ["ФИО", "Город", "Телефон", "Телефон 2", "Метки"],
            ["Орлов Олег", "Москва " * 20, "+7 916 123-45-67", "8 903 111-22-33 " + "звонить" * 8,
             "постоянный"],
        ],
    )  # fmt: skip
    plan = plan_for(workspace, sheet)
    # Named by the sheet's own column, with the limit, and the cell can be retyped.
    assert [(p.line, p.column, p.code, p.count, p.index) for p in plan.problems()] == [
        (2, "Город", "too_long", "100", 1),
    ]
    commit_import(workspace.db, workspace.settings, plan)  # on PostgreSQL too
    card = workspace.clients.get(find_client_ids(workspace.db, ClientQuery())[0]).data
    assert card.city == ""
    assert [p.raw for p in card.phones] == ["+7 916 123-45-67", "8 903 111-22-33"]
    # A phone's note too long for a note is kept in the client's notes instead.
    # The city left out of its field is kept there whole, to be shortened by hand.
    assert card.notes == "\n".join(
        ["Телефон 2: 8 903 111-22-33 — " + "звонить" * 8, "Город: " + "Москва " * 19 + "Москва"]
    )
    assert card.tags == ["постоянный"]


def test_a_value_the_card_check_refuses_is_named_by_its_column_and_count(
    workspace, tmp_path
) -> None:
    sheet = write_sheet(
        tmp_path / "inn.xlsx", [["ФИО", "ИНН", "E-mail"], ["Орлов Олег", "12345", "orlov@"]]
    )
    plan = plan_for(workspace, sheet)
    assert [(p.column, p.value, p.code, p.count, p.index) for p in plan.problems()] == [
        ("E-mail", "orlov@", "email_invalid", "", 2),
        ("ИНН", "12345", "digits_only", "10 / 12", 1),
    ]


def test_an_order_number_too_long_for_the_base_leaves_the_row_its_client(
    workspace, tmp_path
) -> None:
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата заказа", "Номер заказа", "Клиент", "Сумма"],
            [date(2026, 3, 5), "№" * 51, "Орлов Олег", 100],
            [date(2026, 3, 6), "7", "Орлов Олег", 50],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [
        (2, "Номер заказа", "too_long")
    ]
    assert plan.counts()["purchases"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    orlov = find_client_ids(workspace.db, ClientQuery())[0]
    assert [p.data.number for p in workspace.purchases.list_for(orlov)] == ["7"]


@pytest.mark.parametrize(
    "header", ["Код клиента", "CustomerID", "ClientCode", "customer_id", "ID клиента"]
)
def test_columns_of_client_codes(header: str, tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "c.xlsx", [["ФИО", header], ["Орлов Олег", "A1"]])
    assert read_plan_source(sheet)[2] == [Target.FULL_NAME, Target.CLIENT_CODE]


@pytest.mark.parametrize("header", ["ID", "Код товара"])
def test_a_bare_code_or_id_is_not_taken_for_the_clients(header: str, tmp_path: Path) -> None:
    # On an orders sheet it is the order's or the item's: a wrong guess gives every order
    # to another client. In the notes it is kept, and the wizard can map it.
    sheet = write_sheet(tmp_path / "c.xlsx", [["ФИО", header], ["Орлов Олег", "A1"]])
    assert read_plan_source(sheet)[2] == [Target.FULL_NAME, Target.NOTES]


def test_a_bare_code_is_the_clients_on_a_client_list_only(tmp_path: Path) -> None:
    # 1C and МойСклад list their counterparties under «Код»: the code a list exported
    # again finds each client by. A sale's «Код» is the item's or the order's.
    clients = write_sheet(tmp_path / "c.xlsx", [["Наименование", "Код"], ["Орлов Олег", "00012"]])
    assert read_plan_source(clients)[2] == [Target.FULL_NAME, Target.CLIENT_CODE]
    sales = write_sheet(
        tmp_path / "s.xlsx",
        [["Дата продажи", "Клиент", "Код", "Сумма"], ["01.12.2026", "Орлов Олег", "00012", 500]],
    )
    assert read_plan_source(sales)[2][2] is Target.NOTES
    # A code many rows share is no client's: a promo code, a branch's.
    promo = write_sheet(
        tmp_path / "p.xlsx",
        [["Наименование", "Код"], ["Орлов Олег", "VESNA"], ["Белова Нина", "VESNA"]],
    )
    assert read_plan_source(promo)[2] == [Target.FULL_NAME, Target.NOTES]


def test_a_sum_column_without_dates_stays_a_note(tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "list.xlsx", [["ФИО", "Сумма"], ["Орлов Олег", 1500], ["Белова Нина", 300]]
    )
    _, _, mapping = read_plan_source(sheet)
    assert mapping == [Target.FULL_NAME, Target.NOTES]


def test_imported_clients_are_found_and_the_search_index_stays_whole(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientbase.services import importing
    from clientbase.services.maintenance import check_base

    workspace.clients.create(person("Орлова", "Вера", phones=("+7 916 000-00-01",)))
    sheet = write_sheet(tmp_path / "clients.xlsx", [
        ["ФИО", "Телефон", "Заметки"],
        ["Орлова Вера", "8 916 000-00-01", "постоянная, любит пионы"],  # merged into the base
        ["Зимин Яков", "+7 903 111-22-33", "опт"],
        ["Зимин Яков", "+7 903 111-22-33", "второй раз в файле"],  # merged in the file
        ["Ёжиков Тимофей", "", "самовывоз"],
    ])  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))

    def found(text: str) -> list[str]:
        ids = find_client_ids(workspace.db, ClientQuery(search=text))
        return [r.display_name for r in load_rows(workspace.db, ids)]

    assert found("пионы") == ["Орлова Вера"]
    assert found("903 111") == ["Зимин Яков"]
    assert found("ежиков") == ["Ёжиков Тимофей"]
    assert check_base(workspace.db).ok

    # A failed import leaves the index as it was, and cards saved afterwards are found.
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    other = write_sheet(tmp_path / "more.xlsx", [["ФИО", "Город"], ["Лисицына Ада", "Тула"]])
    monkeypatch.setattr(importing, "_write_purchases", fail)
    with pytest.raises(OSError):
        commit_import(workspace.db, workspace.settings, plan_for(workspace, other))
    workspace.clients.create(person("Лисицына", "Ада"))
    assert found("лисицына") == ["Лисицына Ада"]
    assert check_base(workspace.db).ok


def test_messengers_and_contact_persons_in_one_cell(workspace: Workspace, tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "companies.xlsx", [
        ["Организация", "Мессенджеры", "Контактные лица"],
        ["ООО «Ромашка»", "Telegram: @romashka\nВКонтакте: romashka_shop",
         "Петров Иван; директор; 8 916 555-44-33\nСидорова Ольга; ; ; olga@romashka.ru"],
        ["ИП Лебедев", "Skype: lebedev", "Лебедев; а; б; в; г; д"],
    ])  # fmt: skip
    plan = plan_for(workspace, sheet)
    assert {(p.line, p.column, p.value, p.code) for p in plan.problems()} == {
        (3, "Мессенджеры", "Skype: lebedev", "unknown_choice"),
        (3, "Контактные лица", "Лебедев; а; б; в; г; д", "too_many_parts"),
    }
    commit_import(workspace.db, workspace.settings, plan)
    by_name = {
        workspace.clients.get(i).display_name: workspace.clients.get(i).data
        for i in find_client_ids(workspace.db, ClientQuery())
    }
    romashka = by_name["ООО «Ромашка»"]
    assert [(m.kind.value, m.handle) for m in romashka.messengers] == [
        ("telegram", "@romashka"), ("vk", "romashka_shop"),
    ]  # fmt: skip
    assert [(c.name, c.position, c.phone, c.email) for c in romashka.contact_persons] == [
        ("Петров Иван", "директор", "8 916 555-44-33", ""),
        ("Сидорова Ольга", "", "", "olga@romashka.ru"),
    ]
    # The row with unreadable lists comes in without them; nothing else of it is lost.
    lebedev = by_name["ИП Лебедев"]
    assert lebedev.messengers == [] and lebedev.contact_persons == []


def test_the_cycle_collector_comes_back_after_an_import_whatever_happens(
    workspace: Workspace,
) -> None:
    import gc

    assert gc.isenabled()
    table, header_line, _ = read_plan_source(DATA / "messy_clients.xlsx")
    with pytest.raises(ImportFileError):  # a mapping that names no one
        plan_import(workspace.db, workspace.settings, table, header_line, [Target.CITY], "x.xlsx")
    assert gc.isenabled()
    plan = plan_for(workspace, DATA / "messy_clients.xlsx")
    assert gc.isenabled()
    commit_import(workspace.db, workspace.settings, plan)
    assert gc.isenabled()


def test_a_column_of_one_messenger_gives_its_handles(workspace: Workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "messengers.xlsx",
        [
            ["ФИО", "Телефон", "WhatsApp", "Ник в Telegram", "ВКонтакте"],
            ["Иванов Иван", "8 916 111-22-33", "да", "@ivan", "id123"],  # «да»: on his phone
            ["Петрова Анна", None, "+", "@anna, @anna2", None],
            # Links without «https://», which kept their site in the handle.
            ["Сидоров Олег", None, None, "t.me/oleg", "vk.com/oleg"],
        ],
    )
    assert read_plan_source(sheet)[2][2:] == [Target.MESSENGERS] * 3
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))

    def card(name: str):
        return workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search=name))[0])

    ivanov = card("иванов").data
    assert [(m.kind, m.handle) for m in ivanov.messengers] == [
        (MessengerKind.WHATSAPP, "8 916 111-22-33"),
        (MessengerKind.TELEGRAM, "@ivan"),
        (MessengerKind.VK, "id123"),
    ]
    # The card keeps one handle of each: the second, and a mark without a phone, are noted.
    petrova = card("петрова").data
    assert [(m.kind, m.handle) for m in petrova.messengers] == [(MessengerKind.TELEGRAM, "@anna")]
    assert petrova.notes == "WhatsApp: да\nTelegram: @anna2"
    sidorov = card("сидоров").data
    assert [(m.kind, m.handle) for m in sidorov.messengers] == [
        (MessengerKind.TELEGRAM, "@oleg"),
        (MessengerKind.VK, "oleg"),
    ]


def test_a_merge_notes_the_other_cards_second_handle(workspace: Workspace, tmp_path) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", phones=("+79161112233",),
               messengers=[MessengerInput(MessengerKind.TELEGRAM, "@ivan")])
    )  # fmt: skip
    sheet = write_sheet(
        tmp_path / "again.xlsx",
        [
            ["ФИО", "Телефон", "Telegram", "VK"],
            ["Иванов Иван", "8 916 111-22-33", "@ivan_2", "id7"],
        ],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    card = workspace.clients.get(mine).data
    assert [(m.kind, m.handle) for m in card.messengers] == [
        (MessengerKind.TELEGRAM, "@ivan"),
        (MessengerKind.VK, "id7"),
    ]
    assert card.notes == "Telegram: @ivan_2"


def test_a_sale_without_its_date_is_named_and_can_be_given_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.services.import_plan import with_fixes

    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата заказа", "Клиент", "Телефон", "Товар", "Сумма"],
            [date(2024, 2, 1), "Иванов Иван", "8 916 111-22-33", "Чай", 300],
            [None, "Петрова Анна", "8 916 111-22-44", "Мёд", 500],
        ],
    )
    table, header, mapping = read_plan_source(sheet)
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [
        (3, "Дата заказа", "purchase_date_missing")
    ]
    assert plan.counts()["purchases"] == 1
    # The date typed into the list of problems gives the purchase its day.
    fixed = plan_import(
        workspace.db, workspace.settings, with_fixes(table, {(3, 0): "02.02.2024"}), header,
        mapping, sheet.name, DuplicateRule.MERGE, TODAY,
    )  # fmt: skip
    assert fixed.problems() == [] and fixed.counts()["purchases"] == 2


def test_control_characters_in_cells_are_dropped_and_word_line_breaks_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    # NUL pads old DOS and DBF exports: PostgreSQL refuses it in any text, and the whole
    # import failed there at its end with a traceback. Word's vertical tab is a line break.
    rows = [
        ["ФИО", "Телефон", "Заметки"],
        ["Петров\x00 Пётр", "+7 916 111-22-44", "до\x00говор\x0bна год\x1b"],
        ["Иванова Анна", "+7 916 111-22-33", "строка 1\r\nстрока 2"],
    ]
    path = tmp_path / "dos.xlsx"
    columns = [SheetColumn(str(title), 20) for title in rows[0]]
    write_xlsx(path, [Sheet("Клиенты", columns, iter(rows[1:]))])
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))

    assert names(workspace) == ["Иванова Анна", "Петров Пётр"]
    petrov = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="петров"))[0])
    assert petrov.data.notes == "договор\nна год"
    anna = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="анна"))[0])
    assert anna.data.notes == "строка 1\nстрока 2"


def test_a_sale_the_base_refuses_is_named_in_its_cell_and_the_rest_imports(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A return written as «-500» and a year typed 2062 for 2026: the plan named nothing,
    # and the import failed at its end with «total: -500 must not be negative».
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата", "Клиент", "Телефон", "Товар", "Кол-во", "Цена", "Сумма"],
            [date(2024, 2, 1), "Иванов Иван", "8 916 111-22-33", "Чай", 1, 300, 300],
            [date(2024, 2, 2), "Иванов Иван", "8 916 111-22-33", "Возврат чая", None, None, -300],
            [date(2062, 2, 3), "Петрова Анна", "8 916 111-22-44", "Мёд", 2, 250, 500],
            [date(2024, 2, 4), "Сидоров Пётр", "8 916 111-22-55", "Кофе", -1, 400, None],
            # A phone pasted into the sums: PostgreSQL refused it and the whole import.
            [date(2024, 2, 5), "Орлова Юлия", "8 916 111-22-66", "Плед", None, None,
             89161112266],
        ],
    )  # fmt: skip
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (3, "Сумма", "-300", "negative_amount"),
        (4, "Дата", "03.02.2062", "date_in_future"),
        (5, "Кол-во", "-1", "negative_amount"),
        (6, "Сумма", "89161112266", "number_too_large"),
    ]
    assert plan.counts()["purchases"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Орлова Юлия", "Петрова Анна", "Сидоров Пётр"]
    assert base_stats(workspace.db)["purchases"] == 1


def test_sums_past_what_the_base_keeps_are_named_not_a_crash(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «1e308» typed as a price stopped the planning with decimal.InvalidOperation: its
    # sale was worked out to kopecks before the base's limits were looked at.
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Дата", "Клиент", "Телефон", "Товар", "Кол-во", "Цена", "Сумма"],
            [date(2024, 2, 1), "Иванов Иван", "8 916 111-22-33", "Чай", 1, "1e308", None],
            [date(2024, 2, 2), "Петрова Анна", "8 916 111-22-44", "Мёд", None, None, 1e30],
            [date(2024, 2, 3), "Сидоров Пётр", "8 916 111-22-55", "Кофе", 2, "1e-300", 400],
            [date(2024, 2, 4), "Орлова Юлия", "8 916 111-22-66", "Плед", "0,0000001", 500, None],
        ],
    )  # fmt: skip
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (2, "Цена", "1e308", "number_too_large"),
        (3, "Сумма", text_of(1e30), "number_too_large"),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Орлова Юлия", "Петрова Анна", "Сидоров Пётр"]
    # A price rounded to nothing leaves the sum paid; a quantity of nothing, no sum.
    sums = {
        name: workspace.clients.get(
            find_client_ids(workspace.db, ClientQuery(search=name))[0]
        ).summary.total_spent
        for name in ("Сидоров", "Орлова")
    }
    assert sums == {"Сидоров": Decimal("400.00"), "Орлова": Decimal("0.00")}


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
def test_an_orders_cells_merged_down_over_its_items_belong_to_each(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    # An order of two items with its date, number and client merged over both rows, under
    # a two-row header whose own merged cells must stay as they are.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [
        ["Дата", "№ заказа", "Клиент", "Покупка", None],
        [None, None, None, "Товар", "Цена"],
        [date(2024, 2, 1), 101, "Иванов Иван", "Чай", 100],
        [None, None, None, "Кофе", 300],
        [date(2024, 2, 2), 102, "Петрова Анна", "Мёд", 50],
    ]:
        sheet.append(row)
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:E1", "A3:A4", "B3:B4", "C3:C4"):
        sheet.merge_cells(cells)
    path = tmp_path / "orders.xlsx"
    workbook.save(path)
    if suffix != ".xlsx":
        # calamine gives no merged cells of an .ods: there the cells under the first row
        # are blank, and the rows are read as item rows of the order above them.
        if shutil.which("soffice") is None:
            pytest.skip("LibreOffice makes the .xls and .ods")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", suffix[1:], "--outdir", str(tmp_path),
             str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        path = tmp_path / f"orders{suffix}"

    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Петрова Анна"]
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    [order] = workspace.purchases.list_for(ivanov)
    assert (order.data.date, order.data.number, order.total) == (date(2024, 2, 1), "101", 400)
    assert [item.name for item in order.data.items] == ["Чай", "Кофе"]


def test_item_rows_under_an_order_with_its_cells_left_blank_are_its_lines(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A sales book writes the date, number and client on an order's first row only; the
    rows below with an item alone are that order's further lines, not sales of nobody."""
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["№", "Дата", "№ заказа", "Клиент", "Телефон", "Товар", "Кол-во", "Цена"],
            [1, "05.03.2026", 101, "Иванов Иван", "8 916 123-45-67", "Плед", 1, 3490],
            [2, None, None, None, None, "Свеча", 2, 650],
            [3, None, None, None, None, "Открытка", 1, "сто"],
            [4, "06.03.2026", 102, "Петрова Анна", None, "Чай", 1, 500],
            [5, None, None, None, None, "Мёд", 1, 700],
            [None, None, None, None, None, None, None, 5990],  # the sheet's total
        ],
    )
    plan = plan_for(workspace, sheet)
    # The line's own bad price is named on its row, to be fixed there; the bare total is
    # no line of Петрова's order, and no sale of nobody's either: a sale's value to fix
    # (its missing day), not a row to give a name.
    assert {(p.line, p.column, p.code) for p in plan.problems()} == {
        (4, "Цена", "not_a_number"),
        (7, "Дата", "purchase_date_missing"),
    }
    assert [(row.line, row.action, row.same_as_line) for row in plan.rows if row.reason] == [
        (3, RowAction.MERGE_IN_FILE, 2),
        (4, RowAction.MERGE_IN_FILE, 2),
        (6, RowAction.MERGE_IN_FILE, 5),
        (7, RowAction.SKIP, None),
    ]
    assert plan.counts()["purchases"] == 2
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванов Иван", "Петрова Анна"]

    def order_of(name: str):
        [order] = workspace.purchases.list_for(
            find_client_ids(workspace.db, ClientQuery(search=name))[0]
        )
        return order.data.number, [(i.name, i.quantity, i.price) for i in order.data.items]

    assert order_of("иванов") == (
        "101", [("Плед", 1, 3490), ("Свеча", 2, 650), ("Открытка", 1, 0)]
    )  # fmt: skip
    assert order_of("петрова") == ("102", [("Чай", 1, 500), ("Мёд", 1, 700)])


def test_an_orders_number_on_each_of_its_lines_keeps_them_its_lines(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A shop's export writes the order's number on each line, the day and the buyer on the
    # first only: each further line was named a sale without a day, and left out.
    sheet = write_sheet(
        tmp_path / "orders.xlsx",
        [
            ["Номер заказа", "Дата", "Клиент", "Телефон", "Товар", "Сумма"],
            [101, "05.03.2026", "Иванов Иван", "8 916 123-45-67", "Плед", 3490],
            [101, None, None, None, "Свеча", 650],
            [102, "06.03.2026", "Петрова Анна", "8 916 123-45-68", "Чай", 500],
            [103, None, None, None, "Мёд", 700],  # another order's number: not 102's line
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.code) for p in plan.problems()] == [(5, "purchase_date_missing")]
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    [order] = workspace.purchases.list_for(ivanov)
    assert (order.data.number, [item.name for item in order.data.items]) == (
        "101", ["Плед", "Свеча"],
    )  # fmt: skip
    petrova = find_client_ids(workspace.db, ClientQuery(search="петрова"))[0]
    [order] = workspace.purchases.list_for(petrova)
    assert [item.name for item in order.data.items] == ["Чай"]


def test_item_rows_of_orders_without_numbers_join_the_row_above(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Дата", "Клиент", "Товар", "Сумма"],
            ["05.03.2026", "Иванов Иван", "Плед", 3490],
            [None, None, "Свеча", 1300],
            ["05.03.2026", "Иванов Иван", "Чай", 200],  # a second sale the same day
            [None, "Сидоров", None, None],
            ["06.03.2026", None, "Мёд", 700],  # a sale of nobody: named
            [None, None, "Кофе", 300],  # its line goes with it
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""),
        (3, RowAction.MERGE_IN_FILE, "order_line"),
        (4, RowAction.MERGE_IN_FILE, "duplicate"),
        (5, RowAction.NEW, ""),
        (6, RowAction.ERROR, "no_name"),
        (7, RowAction.ERROR, "order_line"),
    ]
    assert [(p.line, p.code) for p in plan.problems()] == []
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    orders = workspace.purchases.list_for(ivanov)
    assert sorted(
        [i.name for i in order.data.items] for order in orders
    ) == [["Плед", "Свеча"], ["Чай"]]  # fmt: skip


def test_sales_under_a_client_written_once_are_that_clients(workspace, tmp_path) -> None:
    # A hand-kept sales book names each client once, over the client's sales: the rows
    # below were named as rows without a name and their sales were not imported.
    smirnova = workspace.clients.create(person("Смирнова", "Ольга", phones=("+79035556677",)))
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Клиент", "Телефон", "Дата", "Товар", "Сумма"],
            ["Иванов Иван", "8 916 111-22-33", date(2024, 3, 1), "Крем", 500],
            [None, None, date(2024, 4, 1), "Мыло", 200],
            [None, None, date(2024, 5, 1), "Шампунь", 300],
            [None, "8 903 555-66-77", date(2024, 3, 2), "Маска", 700],  # Смирнова, by phone
            [None, None, date(2024, 3, 9), "Крем", 500],
            [],
            [None, None, date(2024, 6, 1), "Мёд", 100],  # under a blank row: nobody's
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(row.line, row.action, row.same_as_line, row.client_id) for row in plan.rows] == [
        (2, RowAction.NEW, None, None),
        (3, RowAction.MERGE_IN_FILE, 2, None),
        (4, RowAction.MERGE_IN_FILE, 2, None),
        (5, RowAction.SKIP, None, smirnova),
        (6, RowAction.SKIP, None, smirnova),
        (8, RowAction.ERROR, None, None),
    ]
    # The preview's «listed twice in the file» counts no purchase row as a client again.
    assert (plan.counts()["merge_in_file"], plan.counts()["listed_twice"]) == (2, 0)
    commit_import(workspace.db, workspace.settings, plan)
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    assert workspace.clients.get(ivanov).summary.total_spent == Decimal("1000.00")
    assert workspace.clients.get(smirnova).summary.total_spent == Decimal("1200.00")


def test_a_subtotal_under_each_clients_sales_is_no_client(workspace, tmp_path) -> None:
    # «Итого по клиенту» came in as a client of that name; only «Итого» alone was known.
    sheet = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Клиент", "Телефон", "Дата", "Товар", "Сумма"],
            ["Иванов Иван", "8 916 111-22-33", date(2024, 3, 1), "Крем", 500],
            [None, None, date(2024, 4, 1), "Мыло", 200],
            ["Итого по клиенту:", None, None, None, 700],
            ["Total Fitness", "8 495 111-22-33", date(2024, 3, 2), "Абонемент", 500],
            ["Всего за март", None, None, None, 1200],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""),
        (3, RowAction.MERGE_IN_FILE, "purchase_only"),
        (4, RowAction.SKIP, "totals"),
        (5, RowAction.NEW, ""),  # a client whose name begins with «Total»
        (6, RowAction.SKIP, "totals"),
    ]


def test_a_list_made_for_printing_brings_no_clients_from_its_pages(workspace, tmp_path) -> None:
    # The column names again on the next page, and the page's number: they became the
    # clients «Фио» of the town «Город» (with «Телефон» a bad phone) and «Страница 2 Из».
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Город"],
            ["Иванова Анна", "89161112233", "Тула"],
            ["Страница 1 из 2", None, None],
            ["ФИО", "Телефон", "Город"],
            ["Петров Олег", "89031112244", "Москва"],
            [None, "- 2 -", None],
        ],
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    assert [(r.line, r.action, r.reason) for r in plan.rows] == [
        (2, RowAction.NEW, ""), (3, RowAction.SKIP, "page_number"),
        (4, RowAction.SKIP, "header_again"), (5, RowAction.NEW, ""),
        (6, RowAction.SKIP, "page_number"),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Иванова Анна", "Петров Олег"]


def test_excels_subtotals_are_no_clients_nor_errors(workspace, tmp_path) -> None:
    """Excel's «Промежуточный итог» writes «Москва Итог» under each city and «Общий итог» at
    the end. In the name column they came in as clients; in another, as rows without a name
    for the person to deal with one by one."""
    sheet = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Город", "Телефон", "Сумма"],
            ["Иванов Иван", "Москва", "8 916 111-22-33", 1500],
            [None, "Москва Итог", None, 1500],
            ["Тула Итог", None, None, 700],
            ["Total Fitness", "Тула", "8 495 111-22-33", 500],
            ["Fitness Total", "Тула", "8 495 111-22-34", 500],  # a name, with its phone
            ["Tula Total", None, None, 1000],
            [None, "Общий итог", None, 2200],
            ["Grand Total", None, None, None],
        ],
    )
    plan = plan_for(workspace, sheet)
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""),
        (3, RowAction.SKIP, "totals"),
        (4, RowAction.SKIP, "totals"),
        (5, RowAction.NEW, ""),
        (6, RowAction.NEW, ""),
        (7, RowAction.SKIP, "totals"),
        (8, RowAction.SKIP, "totals"),
        (9, RowAction.SKIP, "totals"),
    ]
    assert plan.problems() == []


def test_figures_worked_out_under_the_list_are_no_clients(workspace, tmp_path) -> None:
    """«Средний чек» under the list, beside its figure, came in as a client «Средний Чек»."""
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон;Сумма покупок\nИванов Иван;89161112231;1000\nМакс;89161112232;2000\n"
        "Итого;;3000\nСредний чек:;;1 500 ₽\nМаксимум;;2000\nСреднее;89161112233;\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""),
        (3, RowAction.NEW, ""),  # a client called «Макс»
        (4, RowAction.SKIP, "totals"),
        (5, RowAction.SKIP, "totals"),
        (6, RowAction.SKIP, "totals"),
        (7, RowAction.NEW, ""),  # beside a phone, not a figure: a name, however odd
    ]


def test_a_count_of_the_list_under_it_is_no_client_nor_a_heading(workspace, tmp_path) -> None:
    """«Всего клиентов: 2» came in as a client «Всего Клиентов:», and «Итого 2 клиента», a
    row of its own, as a heading that tagged every client below it."""
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон\nИванов Иван;89161112231\nВсего клиентов: 1\nИтого 1 клиент\n"
        "Всеволод Петров;89161112232\nВсего записей - 2\nTotal customers: 2\n"
        "Total Customers Group;89161112233\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""), (3, RowAction.SKIP, "totals"), (4, RowAction.SKIP, "totals"),
        (5, RowAction.NEW, ""), (6, RowAction.SKIP, "totals"), (7, RowAction.SKIP, "totals"),
        (8, RowAction.NEW, ""),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert [(c.last_name, c.first_name) for c in cards if c.kind is ClientKind.PERSON] == [
        ("Иванов", "Иван"),
        ("Петров", "Всеволод"),
    ]
    assert [c.organization for c in cards if c.kind is ClientKind.COMPANY] == [
        "Total Customers Group"
    ]
    assert [c.tags for c in cards] == [[], [], []]


def test_a_templates_numbered_empty_rows_are_blank_not_rows_without_a_name(
    workspace, tmp_path
) -> None:
    """A hand-kept list numbered ahead, «№ п/п» 1…5 with three rows filled in: each empty one
    was a row «without a name» to deal with, 380 of them in a template of 500."""
    sheet = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["№ п/п", "ФИО", "Телефон"],
            [1, "Иванов Иван", "89161112231"],
            [2, None, None],
            [3, "Петров Пётр", "89161112232"],
            [4, None, None],
            [5, None, "89161112233"],  # a phone without a name is still named
        ],
    )
    plan = plan_for(workspace, sheet)
    assert plan.mapping[0] is Target.IGNORE
    assert [(row.line, row.action, row.reason) for row in plan.rows] == [
        (2, RowAction.NEW, ""), (4, RowAction.NEW, ""), (6, RowAction.ERROR, "no_name"),
    ]  # fmt: skip


# A report saved from 1C: title rows, the groupings stacked in the first column of the
# header, each client's row summing the rows under it, and the totals row.
_SALES_REPORT: list[list[object]] = [
    ["Продажи по контрагентам"],
    ["Период: 01.01.2026 - 31.03.2026"],
    [],
    ["Контрагент", "Количество", "Сумма"],
    ["Номенклатура", None, None],
    ["Иванов Иван Иванович", 3, 4500.5],
    ['Шампунь "Чистая линия" 400 мл', 1, 1500.25],
    ["Крем для рук", 2, 3000.25],
    ["Петрова Мария Сергеевна", 1, 900],
    ["Маска для волос", 1, 900],
    ["Итого", 4, 5400.5],
]


def test_a_grouped_1c_report_gives_its_clients_not_its_items(workspace, tmp_path) -> None:
    """Every item of a 1C sales report came in as a client: «Крем Для Рук»."""
    path = write_sheet(tmp_path / "Продажи.xlsx", _SALES_REPORT)
    plan = plan_for(workspace, path)
    assert [(r.line, r.action, r.reason, r.same_as_line) for r in plan.rows] == [
        (5, RowAction.SKIP, "report_header", None),
        (6, RowAction.NEW, "", None),
        (7, RowAction.SKIP, "report_line", 6),
        (8, RowAction.SKIP, "report_line", 6),
        (9, RowAction.NEW, "", None),
        (10, RowAction.SKIP, "report_line", 9),
        (11, RowAction.SKIP, "totals", None),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert [(c.last_name, c.first_name, c.notes) for c in cards] == [
        ("Иванов", "Иван", "Количество: 3\nСумма: 4500.5"),
        ("Петрова", "Мария", "Количество: 1\nСумма: 900"),
    ]


def test_a_report_grouped_by_documents_too_with_merged_column_names(workspace, tmp_path) -> None:
    # «Количество» and «Сумма» merged down over the stacked rows, as 1C saves them; a
    # client's documents under it, each document's items under the document.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [
        ["Контрагент", "Количество", "Сумма"],
        ["Документ", None, None],
        ["Номенклатура", None, None],
        ['ООО "Ромашка"', 5, 1000],
        ["Реализация товаров 0000-000013 от 13.03.2026 10:00:00", 2, 400],
        ["Маска для волос", 2, 400],
        ["Реализация товаров 0000-000014 от 14.03.2026 10:00:00", 3, 600],
        ["Маска для волос", 1, 200],
        ["Крем для рук", 2, 400],
        ["Смирнова Анна", 1, 100],
        ["Реализация товаров 0000-000015 от 15.03.2026 12:00:00", 1, 100],
        ["Крем для рук", 1, 100],
    ]:
        sheet.append(row)
    sheet.merge_cells("B1:B3")
    sheet.merge_cells("C1:C3")
    workbook.save(path := tmp_path / "report.xlsx")
    plan = plan_for(workspace, path)
    assert [r.line for r in plan.rows if r.action is RowAction.NEW] == [4, 10]
    # The documents' items are the clients' purchases, a document's lines one purchase.
    assert [(r.line, r.reason, r.same_as_line) for r in plan.rows if r.line not in (4, 10)] == [
        (2, "report_header", None),
        (3, "report_header", None),
        (5, "report_line", 4),
        (6, "report_purchase", 4),
        (7, "report_line", 4),
        (8, "report_purchase", 4),
        (9, "report_purchase", 4),
        (11, "report_line", 10),
        (12, "report_purchase", 10),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    romashka, smirnova = (
        find_client_ids(workspace.db, ClientQuery(search=name))[0]
        for name in ("ромашка", "смирнова")
    )
    assert [
        (p.data.date, p.data.number, p.total, [(i.name, i.quantity, i.price) for i in p.data.items])
        for p in workspace.purchases.list_for(romashka)
    ] == [
        (date(2026, 3, 14), "0000-000014", Decimal("600.00"), [
            ("Маска для волос", Decimal("1"), Decimal("200.00")),
            ("Крем для рук", Decimal("2"), Decimal("200.00")),
        ]),
        (date(2026, 3, 13), "0000-000013", Decimal("400.00"), [
            ("Маска для волос", Decimal("2"), Decimal("200.00")),
        ]),
    ]  # fmt: skip
    assert workspace.clients.get(romashka).summary.total_spent == Decimal("1000.00")
    assert workspace.clients.get(smirnova).summary.total_spent == Decimal("100.00")


@pytest.mark.parametrize(
    "name",
    ["sales_report_1c.xlsx", "sales_report_1c.xls", "sales_report_1c.ods", "sales_report_1c.html"],
)
def test_a_1c_sales_report_in_any_format_gives_clients_and_purchases(
    workspace: Workspace, name: str
) -> None:
    """The report as 1C saves it and as LibreOffice saves that again: the levels are told
    by the sums alone, whatever the format keeps of merged cells."""
    plan = plan_for(workspace, DATA / name)
    commit_import(workspace.db, workspace.settings, plan)
    bought = {
        card.display_name: [
            (p.data.date, p.data.number, p.total, [(i.name, i.quantity) for i in p.data.items])
            for p in workspace.purchases.list_for(card.id)
        ]
        for card in (workspace.clients.get(i) for i in find_client_ids(workspace.db, ClientQuery()))
    }
    assert bought == {
        "Иванов Иван Иванович": [
            (date(2026, 3, 12), "0000-000012", Decimal("4500.50"), [
                ('Шампунь "Чистая линия" 400 мл', Decimal("1")),
                ("Крем для рук × 2", Decimal("1")),  # 3000.25 is no price of two in kopecks
            ]),
        ],
        # The return (a negative sum) is left out, as the base keeps no negative purchase.
        'ООО "Ромашка"': [(date(2026, 3, 13), "0000-000013", Decimal("1000.00"), [
            ("Маска для волос", Decimal("5")),
        ])],
    }  # fmt: skip


def test_a_grouped_report_whose_figures_do_not_add_up_is_refused(workspace, tmp_path) -> None:
    """Which rows are clients cannot be told: refused with the reason, not imported as a
    list of clients and items mixed."""
    rows = [list(row) for row in _SALES_REPORT]
    rows[6][1:] = [5, 1000]  # the items of Иванов add up neither to his 3 nor to his 4500.5
    path = write_sheet(tmp_path / "Продажи.xlsx", rows)
    table, header, mapping = read_plan_source(path)
    with pytest.raises(ImportFileError) as raised:
        plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert raised.value.code == "grouped_report"
    assert all_cards(workspace) == []


def test_a_client_alone_in_the_row_under_the_header_is_a_client(workspace, tmp_path) -> None:
    # Only the names of groupings under the header make a grouped report.
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [["ФИО", "Телефон"], ["Анна", None], ["Петров Пётр", "89161112233"]],
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action) for r in plan.rows] == [(2, RowAction.NEW), (3, RowAction.NEW)]


def test_a_heading_right_under_the_header_is_no_report_grouping(workspace, tmp_path) -> None:
    """«VIP клиенты» over the first clients, its «VIP» a column's name, was taken for the
    grouping of a 1C report, and the whole list was refused as a report that does not add
    up."""
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Город"],
            ["VIP клиенты", None, None],
            ["Иванов Иван", "8 916 111-22-33", "Тула"],
            ["Постоянные, опт", None, None],
            ["Петрова Анна", "8 916 222-33-44", "Тула"],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(r.line, r.action, r.tag) for r in plan.rows if r.action is RowAction.SKIP] == [
        (2, RowAction.SKIP, "VIP клиенты"),
        (4, RowAction.SKIP, "Постоянные, опт"),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    # Tags parted at the comma, as the card's field and the export part them.
    assert [(c.last_name, c.tags) for c in all_cards(workspace)] == [
        ("Иванов", ["VIP клиенты"]),
        ("Петрова", ["Постоянные", "опт"]),
    ]


def test_an_e_mail_alone_in_the_first_name_cell_is_no_report_grouping(workspace, tmp_path) -> None:
    """A sign-up list whose first person left the name out, the e-mail typed in its place:
    «ivan@mail.ru» reads as the column name «E-mail», so the row was taken for a 1C
    report's grouping, and the whole list was refused as a report that does not add up."""
    for rows in (
        [["ФИО", "Мессенджеры"], ["ivan@mail.ru", None]],
        [["ФИО", "Мессенджеры"], ["ivan@mail.ru", None], ["Петров Пётр", "@petrov"]],
    ):
        plan = plan_for(workspace, write_sheet(tmp_path / "clients.xlsx", rows))
        # The row without a name is named, to be given one in the preview.
        assert [(r.line, r.action, r.reason) for r in plan.rows][:1] == [
            (2, RowAction.ERROR, "no_name")
        ]
        assert plan.counts()["new"] == len(rows) - 2


def test_an_order_naming_its_client_by_a_phone_in_the_client_column_finds_the_client(
    workspace, tmp_path
) -> None:
    """A till's sales with the phone, or the e-mail, where the name goes: the phone made a
    new client named «89161112233» (with no phone) beside the one who has it, the e-mail
    a client named «Ru Ivan@Mail.»."""
    ivanov = workspace.clients.create(person("Иванов", "Иван", phones=("+79161112233",)))
    path = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["Клиент", "Дата покупки", "Товар", "Сумма"],
            ["89161112233", date(2026, 3, 5), "Плед", 500],
            ["anna@mail.ru", date(2026, 3, 6), "Свеча", 300],  # no one has it
        ],
    )
    plan = plan_for(workspace, path)
    assert [(r.action, r.reason, r.client_id) for r in plan.rows] == [
        (RowAction.SKIP, "purchase_only", ivanov),
        (RowAction.ERROR, "no_name", None),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert [(c.last_name, c.first_name) for c in all_cards(workspace)] == [("Иванов", "Иван")]
    assert workspace.clients.get(ivanov).summary.total_spent == Decimal("500.00")


def test_headings_between_the_rows_are_not_clients_and_tag_the_clients_under_them(
    workspace, tmp_path
) -> None:
    """A hand-kept list's «А», «Б» and «VIP клиенты» came in as clients of those names."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [
        ["ФИО", "Телефон", "Дата рождения"],
        ["А"],
        ["Алексеев Алексей", "89161112233", "01.02.1980"],
        ["Б."],
        ["Борисов Борис", "89161112235"],
        ["Мария Петровна"],  # a client with a name alone is still a client
        ["VIP клиенты"],  # merged across the table, as a heading is
        ["Волков Владимир", "89161112236"],
        ["Оптовики:"],
        ["ООО Ромашка", "84951112237"],
        ["Январь 2024"],
        ["Гусев Глеб", "89161112238"],
    ]:
        sheet.append(row)
    sheet.merge_cells("A7:C7")
    workbook.save(path := tmp_path / "clients.xlsx")
    plan = plan_for(workspace, path)
    assert [(r.line, r.reason, r.tag) for r in plan.rows if r.action is RowAction.SKIP] == [
        (2, "heading", ""),
        (4, "heading", ""),
        (7, "heading", "VIP клиенты"),
        (9, "heading", "Оптовики"),
        (11, "heading", "Январь 2024"),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert [(c.last_name or c.organization, c.tags) for c in all_cards(workspace)] == [
        ("Алексеев", []),
        ("Борисов", []),
        ("Волков", ["VIP клиенты"]),
        ("Гусев", ["Январь 2024"]),
        ("", []),  # Мария Петровна: a first name and a patronymic, no surname
        ("ООО Ромашка", ["Оптовики"]),
    ]


def test_a_list_typed_without_column_names_keeps_its_first_client(workspace, tmp_path) -> None:
    """The first client's row was taken for the column names: that client was lost, and
    with no «ФИО» among them the import found no column of names."""
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["Мои клиенты"],  # a title, and no row of names under it
            ["Иванов Иван Иванович", "89161112233", "ivan@mail.ru", "Москва"],
            ["Петрова Мария", "+7 916 111-22-34", "maria@mail.ru", None],
            ["Сидоров Сергей", "8 903 111 22 35", None, "Тверь"],
        ],
    )
    table, header, mapping = read_plan_source(path)
    assert header == 0  # the title's row: the list starts under it
    assert mapping == [Target.FULL_NAME, Target.PHONE, Target.EMAIL, Target.NOTES]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [r.line for r in plan.rows if r.action is RowAction.NEW] == [2, 3, 4]
    commit_import(workspace.db, workspace.settings, plan)
    assert [(c.last_name, c.notes) for c in all_cards(workspace)] == [
        ("Иванов", "Москва"),  # no column name before it
        ("Петрова", ""),
        ("Сидоров", "Тверь"),
    ]
    # Nothing to know such a sheet by next time: its columns go by their values again.
    assert remembered_mapping(workspace.db, [None] * 4) is None


def test_a_csv_without_column_names_starts_with_a_client(workspace, tmp_path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Иванов Иван;89161112233;ivan@\nПетрова Мария;+7 916 111-22-34;maria@mail.ru\n"
        "Орлов Олег;8 903 111 22 35;oleg@mail.ru\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.header_line == -1
    assert [(r.line, r.action) for r in plan.rows] == [(line, RowAction.NEW) for line in (1, 2, 3)]
    # A value left out names its column by the letter, there being no name.
    assert [(p.line, p.column, p.index, p.value) for p in plan.problems()] == [(1, "", 2, "ivan@")]


def test_month_headings_of_a_sales_journal_are_neither_orders_nor_tags(workspace, tmp_path) -> None:
    # They were named as bad dates and as rows without a name.
    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Клиент;Телефон;Товар;Сумма\n"
        "Январь 2026;;;;\n"
        "12.01.2026;Иванов Иван;89161112233;Шампунь;1500\n"
        ";;;Набор VIP;\n"  # an item named alone: the order's further line
        "Февраль 2026;;;;\n"
        "02.02.2026;Петрова Мария;89161112234;Крем;700\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    assert [(r.line, r.action, r.reason) for r in plan.rows] == [
        (2, RowAction.SKIP, "heading"),
        (3, RowAction.NEW, ""),
        (4, RowAction.MERGE_IN_FILE, "order_line"),
        (5, RowAction.SKIP, "heading"),
        (6, RowAction.NEW, ""),
    ]
    assert all(r.tag == "" for r in plan.rows)
    commit_import(workspace.db, workspace.settings, plan)
    assert [c.tags for c in all_cards(workspace)] == [[], []]


def test_the_shops_phone_in_the_title_is_no_client_row(workspace, tmp_path) -> None:
    """One row with a phone alone is the shop's own line above its list, not a client's: a
    list without column names starts with two."""
    path = tmp_path / "clients.csv"
    path.write_text(
        "Магазин «Уют»;+7 495 123-45-67\n"
        "ФИО;Телефон\n"
        "Иванов Иван;89161112233\n"
        "Петрова Мария;89161112234\n",
        encoding="utf-8",
    )
    _table, header, mapping = read_plan_source(path)
    assert (header, mapping) == (1, [Target.FULL_NAME, Target.PHONE])


def test_a_list_imported_again_finds_the_clients_put_in_the_archive_since(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Del moves a client to the archive. The same list imported again brought each such
    client back as a new one, into the everyday list the shop had taken them out of."""
    sheet = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Город"],
            ["Иванов Иван", "8 916 111-22-33", None],
            ["Петрова Анна", None, "Тула"],  # known by her name alone
            ["Сидоров Пётр", "8 916 111-22-55", None],
        ],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    gone = find_client_ids(workspace.db, ClientQuery(search="иванов")) + find_client_ids(
        workspace.db, ClientQuery(search="петрова")
    )
    workspace.clients.archive(gone)
    again = plan_for(workspace, sheet)
    assert [(r.action, r.client_id) for r in again.rows][:2] == [
        (RowAction.MERGE, gone[0]), (RowAction.MERGE, gone[1]),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, again)
    assert names(workspace) == ["Сидоров Пётр"]
    archived = find_client_ids(workspace.db, ClientQuery(archive=ArchiveFilter.ARCHIVED))
    assert sorted(archived) == sorted(gone)


def test_clients_the_sheet_marks_archived_come_in_archived(workspace, tmp_path) -> None:
    # МойСклад's «Архивный» and 1C's «Пометка удаления» went to the notes: the shop's
    # former clients filled the everyday list.
    known = workspace.clients.create(person("Петрова", "Анна", phones=("+79161112244",)))
    sheet = write_sheet(
        tmp_path / "counterparties.xlsx",
        [
            ["Наименование", "Телефон", "Архивный"],
            ["Иванов Иван", "8 916 111-22-33", "Да"],
            ["Петрова Анна", "8 916 111-22-44", "Да"],  # a client of the base: stays active
            ["Сидоров Пётр", "8 916 111-22-55", "Нет"],
            ["Орлов Олег", "8 916 111-22-66", "может быть"],
        ],
    )
    mapping = read_plan_source(sheet)[2]
    assert mapping[2] is Target.ARCHIVED
    plan = plan_for(workspace, sheet)
    assert [(p.line, p.code) for p in plan.problems()] == [(5, "unknown_choice")]
    batch = commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == ["Орлов Олег", "Петрова Анна", "Сидоров Пётр"]
    archived = find_client_ids(workspace.db, ClientQuery(archive=ArchiveFilter.ARCHIVED))
    assert [r.display_name for r in load_rows(workspace.db, archived)] == ["Иванов Иван"]
    assert not workspace.clients.get(known).is_archived
    undo_import(workspace.db, workspace.settings, batch)
    assert find_client_ids(workspace.db, ClientQuery(archive=ArchiveFilter.ARCHIVED)) == []
    assert names(workspace) == ["Петрова Анна"]


def test_a_1c_deletion_mark_archives_the_counterparty(workspace, tmp_path) -> None:
    sheet = write_sheet(
        tmp_path / "1c.xlsx",
        [
            ["Наименование", "ИНН", "Пометка удаления"],
            ['ООО "Ромашка"', "7701234567", "Да"],
            ['ООО "Лютик"', "7701234568", "Нет"],
        ],
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, sheet))
    assert names(workspace) == ['ООО "Лютик"']
