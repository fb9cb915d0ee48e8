import csv
import gc
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from clientbase.db.enums import Channel, ClientKind, MessengerKind
from clientbase.db.models import Client
from clientbase.db.open import open_database
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_query import ArchiveFilter, ClientQuery, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.exporting import CsvOptions, export_clients
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person

EXPORTED_FIELDS = (
    "kind", "last_name", "first_name", "middle_name", "organization", "phones", "emails",
    "birthday", "city", "region", "street", "postcode", "tags", "discount_percent",
    "loyalty_card", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account",
    "correspondent_account", "call_time", "notes", "status", "is_vip", "source",
    "responsible", "marketing_consent", "marketing_consent_date", "preferred_channel",
    "messengers", "contact_persons",
)  # fmt: skip


def exported_part(data: ClientInput) -> dict[str, object]:
    values = {name: getattr(data, name) for name in EXPORTED_FIELDS}
    values["phones"] = [(p.raw, p.label) for p in data.phones]
    values["emails"] = [(e.address, e.label) for e in data.emails]
    return values


def cards(workspace: Workspace) -> list[tuple[str, dict[str, object]]]:
    """Each card's exported fields under its name, namesakes each on their own."""
    result = []
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        record = workspace.clients.get(client_id)
        values = exported_part(record.data)
        values["added"] = record.created_at.date()  # the day the shop took the client on
        values["referred_by"] = record.referred_by_name
        result.append((record.display_name + " " + record.data.birthday, values))
    return sorted(result, key=repr)


def taken_on_over_years(workspace: Workspace) -> None:
    """Clients added over the years the base was kept, not all today (the demo's)."""
    with workspace.db.transaction() as session:
        for client in session.scalars(select(Client)):
            client.created_at = datetime(2019, 1, 1, 10, 30) + timedelta(days=9 * client.id)


@contextmanager
def imported_anew(
    path: Path, folder: Path, sheets: Sequence[str | None] = (None,)
) -> Iterator[Workspace]:
    """The file imported into a new, empty base: its `sheets` in turn (the first alone by
    default)."""
    other = Workspace(open_database(folder / "other.sqlite"))
    try:
        for sheet in sheets:
            table, header, mapping = read_plan_source(path, sheet)
            commit_import(
                other.db, other.settings,
                plan_import(other.db, other.settings, table, header, mapping, path.name),
            )  # fmt: skip
        yield other
    finally:
        other.close()


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".ods", ".vcf"])
def test_an_export_comes_back_through_the_import_unchanged(
    workspace: Workspace, tmp_path: Path, suffix: str, language: str
) -> None:
    fill_demo(workspace.db, workspace.settings, clients=80, today=date(2026, 11, 22))
    ada = person("Тестова", "Ада", notes='=HYPERLINK("http://x")\nвторая строка', tags=["@home"],
               call_time="после 18:00", preferred_channel=Channel.TELEGRAM, client_code="К-17",
               marketing_consent=True, marketing_consent_date=date(2025, 3, 8),
               messengers=[MessengerInput(MessengerKind.TELEGRAM, "@ada_t"),
                           MessengerInput(MessengerKind.VK, "id7001")])  # fmt: skip
    # Each phone's and e-mail's note goes out beside it and comes back as the note.
    ada.phones = [
        PhoneInput("8 916 000-11-22", "муж, Пётр (после 18)"),
        PhoneInput("+7 495 000-11-22"),
    ]
    ada.emails = [
        EmailInput("ada@mail.ru", "для рассылки, основной"),
        EmailInput("ada@work.ru", "рабочий"),
    ]
    workspace.clients.create(ada)
    # Namesakes, one known by her phone, the other by name only: a .vcf merged them.
    workspace.clients.create(person("Ли", "Анна", phones=("+7 916 700-00-01",)))
    workspace.clients.create(person("Ли", "Анна", notes="другая Анна, без телефона"))
    # As typed on the card, which a sheet's import would tidy: a name in capitals and one in
    # small letters, «нет» and «—» where there is nothing to say.
    workspace.clients.create(person("ОРЛОВА", "ника", notes="нет", call_time="—", tags=["нет"]))
    # And what a sheet's import reads more into: a bracket in a surname, «г.» before the
    # city, a tag «#1», a phone's note «WhatsApp» (no messenger on the card), an extension.
    vera = person("Петрова (Орлова)", "Вера", city="г. Тула", street="ул. Ленина, д. 1",
                  tags=["#1"])  # fmt: skip
    vera.phones = [PhoneInput("+7 495 000-33-44 доб. 12", "WhatsApp, ул. Мира 5")]
    workspace.clients.create(vera)
    workspace.clients.create(
        ClientInput(
            kind=ClientKind.COMPANY, organization="ООО «Реквизит»", inn="7701234567",
            client_code="000777",
            kpp="770101001", ogrn="1027700132195", bank_name="ПАО Сбербанк",
            bank_bik="044525225", bank_account="40702810938000012345",
            correspondent_account="30101810400000000225",
            contact_persons=[
                ContactPersonInput("Петров Иван", "директор", "+7 916 555-44-33", "", "01.02.1980"),
                ContactPersonInput("Сидорова Ольга", "", "", "olga@rekvizit.ru"),
            ],
        )
    )  # fmt: skip
    taken_on_over_years(workspace)
    path = tmp_path / f"clients{suffix}"
    # In English as English Excel reads a CSV: commas between fields, a point in numbers.
    options = CsvOptions(",") if language == "en" else None
    assert export_clients(workspace.db, path, csv_options=options, language=language) == 86

    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        table, header, mapping = read_plan_source(path)
        plan = plan_import(other.db, other.settings, table, header, mapping, path.name)
        assert plan.problems() == []
        commit_import(other.db, other.settings, plan)
        assert cards(other) == cards(workspace)
    finally:
        other.close()


def test_text_pasted_from_word_goes_to_ods_with_its_line_breaks(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Word's soft line break (vertical tab) and stray control characters came into the
    # notes through an import. XML cannot hold them: the .ods showed «первая�вторая�», and
    # «\r\n» came back as two line breaks.
    workspace.clients.create(person("Иванова", "Анна", notes="первая\x0bвторая\x01\r\nтретья"))
    path = tmp_path / "clients.ods"
    export_clients(workspace.db, path)
    with imported_anew(path, tmp_path) as other:
        (client_id,) = find_client_ids(other.db, ClientQuery())
        assert other.clients.get(client_id).data.notes == "первая\nвторая\nтретья"


def test_no_exported_cell_starts_a_formula(workspace: Workspace, tmp_path: Path) -> None:
    workspace.clients.create(person("=cmd|' /C calc'!A0", "+7", notes="@SUM(1+1)"))
    xlsx, csv_path = tmp_path / "c.xlsx", tmp_path / "c.csv"
    export_clients(workspace.db, xlsx)
    export_clients(workspace.db, csv_path)

    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value]
    assert all(cell.data_type == "s" for cell in cells if isinstance(cell.value, str))
    assert sheet["A2"].value == "=cmd|' /C calc'!A0"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref

    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[1][0] == "'=cmd|' /C calc'!A0"
    assert rows[1][1] == "'+7"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_notes_too_long_for_an_excel_cell_name_their_client_and_leave_no_file(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.errors import CellTooLong
    from clientbase.exchange.table_file import read_table

    workspace.clients.create(person("Алексеев", notes="коротко"))
    diary = "Звонила, просила отложить плед. " * 1300  # 41,600 characters of notes
    workspace.clients.create(person("Борисова", "Анна", notes=diary))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CellTooLong) as error:
        export_clients(workspace.db, folder / "clients.xlsx")
    assert (error.value.client, error.value.column, error.value.line) == (
        "Борисова Анна", "Заметки", 3,
    )  # fmt: skip
    assert error.value.length == len(diary.strip())
    assert list(folder.iterdir()) == []
    # An .ods cell takes the whole text: the way out the message offers.
    export_clients(workspace.db, folder / "clients.ods")
    rows = read_table(folder / "clients.ods").rows
    assert rows[2][rows[0].index("Заметки")] == diary.strip()


def test_a_failed_export_leaves_no_file_behind(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientbase.errors import ClientBaseError
    from clientbase.services import exporting

    workspace.clients.create(person("Орлов"))
    target = tmp_path / "clients.csv"

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting, "_write_csv", full_disk)
    with pytest.raises(ClientBaseError):
        export_clients(workspace.db, target)
    assert not target.exists() and not (tmp_path / "clients.csv.part").exists()
    # The cycle collector, paused while the file is written, is back.
    assert gc.isenabled()


def test_progress_and_cancel_go_on_through_the_purchases_sheet(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.errors import OperationCancelled

    fill_demo(workspace.db, workspace.settings, clients=1500, today=date(2026, 11, 22))
    seen: list[tuple[int, int]] = []
    export_clients(workspace.db, tmp_path / "all.xlsx", progress=lambda d, t: seen.append((d, t)))
    # The clients' sheet counts to 1500, their purchases on to 3000.
    assert seen == [(1000, 3000), (2500, 3000), (3000, 3000)]

    def cancel_in_purchases(done: int, total: int) -> None:
        if done > 1500:
            raise OperationCancelled()

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(OperationCancelled):
        export_clients(workspace.db, target, progress=cancel_in_purchases)
    assert not target.exists() and not (tmp_path / "cancelled.xlsx.part").exists()
    seen.clear()
    export_clients(
        workspace.db,
        tmp_path / "list.xlsx",
        progress=lambda d, t: seen.append((d, t)),
        with_purchases=False,
    )
    assert seen == [(1000, 1500)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_exported_xlsx_and_ods_open_in_libreoffice_alike(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill_demo(workspace.db, workspace.settings, clients=25, today=date(2026, 11, 22))
    workspace.clients.create(person("Ёлкина", "Мария", notes="=1+1", phones=("+7 916 000-11-22",)))
    books = [tmp_path / "excel.xlsx", tmp_path / "calc.ods"]
    for book in books:
        export_clients(workspace.db, book)
    # LibreOffice writes every sheet as CSV (book-Sheet.csv): «;», UTF-8, cells as shown.
    subprocess.run(
        ["soffice", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,false,true,false,false,-1",
         "--outdir", str(tmp_path / "lo"), *map(str, books)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip

    def shown(book: Path, sheet: str) -> list[list[str]]:
        path = tmp_path / "lo" / f"{book.stem}-{sheet}.csv"
        with path.open(encoding="utf-8", newline="") as file:
            return list(csv.reader(file, delimiter=";"))

    rows = shown(books[0], "Клиенты")
    assert rows[0][:3] == ["Фамилия", "Имя", "Отчество"]
    assert len(rows) == 27
    elkina = next(row for row in rows if row[0] == "Ёлкина")
    # Text stays text in LibreOffice too: no formula was run, the phone kept its plus.
    assert elkina[4] == "+7 916 000-11-22"
    assert elkina[rows[0].index("Заметки")] == "=1+1"
    purchases = shown(books[0], "Покупки")
    assert purchases[0][:5] == ["Клиент", "Телефон", "E-mail", "Код клиента", "Дата покупки"]
    assert len(purchases) > 25
    # The .ods shows every cell as the .xlsx does: dates, money, yes/no and the lists.
    assert shown(books[1], "Клиенты") == rows
    assert shown(books[1], "Покупки") == purchases


def test_a_vcard_export_comes_back_with_names_phones_mails_birthdays_and_tags(
    workspace: Workspace, tmp_path: Path
) -> None:
    fill_demo(workspace.db, workspace.settings, clients=40, today=date(2026, 11, 22))
    ada = person("Тестова", "Ада")
    ada.phones = [PhoneInput("8 916 000-11-22", "Жена"), PhoneInput("8 495 000-11-22", "рабочий")]
    ada.emails = [EmailInput("ada@mail.ru", "для рассылки"), EmailInput("ada@work.ru", "рабочий")]
    ada.messengers = [
        MessengerInput(MessengerKind.TELEGRAM, "@ada_t"),
        MessengerInput(MessengerKind.INSTAGRAM, "@ada.nails"),
        MessengerInput(MessengerKind.VK, "id7"),
    ]
    workspace.clients.create(ada)
    path = tmp_path / "contacts.vcf"
    export_clients(workspace.db, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 41
    # A messenger as an iPhone writes one; a social network as a profile, with its page.
    lines = text.replace("\n ", "").splitlines()  # unfolded
    assert "IMPP;X-SERVICE-TYPE=Telegram:x-apple:@ada_t" in lines
    profile = "X-SOCIALPROFILE;TYPE=Instagram;X-USER=@ada.nails:https://instagram.com/ada.nails"
    assert profile in lines
    assert "X-SOCIALPROFILE;TYPE=ВКонтакте;X-USER=id7:https://vk.com/id7" in lines
    # vCard's own kinds where there is one; any other note as an iPhone writes its labels.
    assert "TEL;TYPE=WORK:8 495 000-11-22" in text
    assert "EMAIL;TYPE=INTERNET,WORK:ada@work.ru" in text
    assert "item1.TEL;TYPE=VOICE:8 916 000-11-22" in text and "item1.X-ABLABEL:Жена" in text
    # The fields vCard has no property for, in one line a card (vobject's cost is per line).
    assert text.count("\nX-CLIENTBASE;X-COLUMNS=") == 41

    with imported_anew(path, tmp_path) as other:
        fields = (
            "kind", "last_name", "first_name", "middle_name", "organization", "phones",
            "emails", "birthday", "city", "region", "street", "postcode", "notes", "tags",
            "messengers",
        )  # fmt: skip
        for name in ("tags", "messengers"):
            assert any(exported_part(workspace.clients.get(i).data)[name] for i in
                       find_client_ids(workspace.db, ClientQuery()))  # fmt: skip

        def contacts(space: Workspace) -> list[dict[str, object]]:
            result = []
            for client_id in find_client_ids(space.db, ClientQuery()):
                part = exported_part(space.clients.get(client_id).data)
                result.append({name: part[name] for name in fields})
            return result

        assert contacts(other) == contacts(workspace)


def test_alike_clients_come_back_each_with_their_own_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Two namesakes with phones and e-mails of their own, and a company's two cards that
    share an e-mail: exported with their purchases, both sheets imported into a new base,
    each card comes back once, as it was, with its own purchases. Until 5 December the
    second namesake's and the second card's orders went to the first, with their phones."""
    from decimal import Decimal

    from clientbase.services.purchases import PurchaseInput

    alike = [
        person("Александров", "Борис", "Николаевич", phones=("+79517840202",),
               emails=("b.a793@inbox.ru",)),
        person("Александров", "Борис", "Николаевич", phones=("89251690327",),
               emails=("b.a282@yandex.ru",)),
        ClientInput(kind=ClientKind.COMPANY, organization="АО «Праздник»",
                    phones=[PhoneInput("8 (951) 767-28-80")], emails=[EmailInput("info@p.ru")]),
        ClientInput(kind=ClientKind.COMPANY, organization="ООО «Праздник»",
                    phones=[PhoneInput("+79127061923")], emails=[EmailInput("info@p.ru")]),
        # Named in the purchases sheet as listed, which a sheet's name reads otherwise: a
        # company without «ООО», a bracket, a number. Their sales made new clients, each
        # sharing the card's phone, and a contact person «Рай» on the company's card.
        ClientInput(kind=ClientKind.COMPANY, organization="Цветочный Рай",
                    phones=[PhoneInput("+7 916 100-00-01")]),
        person("Петрова (Орлова)", "Вера", phones=("+7 916 100-00-02",)),
        person("Смирнов 2", "Ян", emails=("yan@mail.ru",)),
        # Namesakes the sheet gives no phone, e-mail or code for: one with a card (which the
        # purchases sheet does not write) and one with a phone; one in capitals.
        person("Ли", "Анна", loyalty_card="12345"),
        person("Ли", "Анна", phones=("+7 916 100-00-03",)),
        person("ЛИ", "АННА", notes="без телефона"),
    ]  # fmt: skip
    for number, card in enumerate(alike, start=1):
        client = workspace.clients.create(card)
        for sale in range(2):
            workspace.purchases.add(client, PurchaseInput(
                date(2025, number, 1 + sale), number=f"{number}-{sale}", total=Decimal(number),
            ))  # fmt: skip
    path = tmp_path / "clients.xlsx"
    export_clients(workspace.db, path)

    def base(space: Workspace) -> list[tuple[object, ...]]:
        result = []
        for client_id in find_client_ids(space.db, ClientQuery()):
            data = space.clients.get(client_id).data
            sales = sorted((p.data.number, p.total) for p in space.purchases.list_for(client_id))
            result.append((tuple(exported_part(data).items()), tuple(sales)))
        return sorted(result, key=repr)

    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        for sheet in ("Клиенты", "Покупки"):
            table, header, mapping = read_plan_source(path, sheet)
            plan = plan_import(other.db, other.settings, table, header, mapping, path.name)
            commit_import(other.db, other.settings, plan)
        assert (plan.counts()["new"], plan.counts()["sale_only"]) == (0, 2 * len(alike))
        assert base(other) == base(workspace)
    finally:
        other.close()


def test_another_bases_purchases_sheet_gives_no_sale_to_a_namesake_of_other_contacts(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The purchases sheet names its buyers as their base lists them; in another base the
    one card of that name with another phone is another person, not the buyer."""
    from decimal import Decimal

    from clientbase.services.purchases import PurchaseInput

    here = workspace.clients.create(person("Иванова", "Мария", phones=("+7 916 000-00-01",)))
    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        there = other.clients.create(person("Иванова", "Мария", phones=("+7 916 000-00-02",)))
        other.purchases.add(there, PurchaseInput(date(2026, 3, 1), total=Decimal("500")))
        path = tmp_path / "other.xlsx"
        export_clients(other.db, path)
    finally:
        other.close()
    table, header, mapping = read_plan_source(path, "Покупки")
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    [row] = plan.rows
    assert (row.action.value, row.reason) == ("new", "namesake")
    commit_import(workspace.db, workspace.settings, plan)
    assert workspace.purchases.list_for(here) == []


def purchases_by_client(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    result: dict[str, list[tuple[object, ...]]] = {}
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        name = workspace.clients.get(client_id).display_name
        result[name] = sorted(
            (
                # An unnumbered purchase of several items goes out numbered «#id»: that is
                # what keeps its lines together.
                p.data.date,
                "" if p.data.number.startswith("#") else p.data.number,
                p.data.status,
                p.data.payment_state,
                p.total,
                tuple((i.name, i.quantity, i.price) for i in p.data.items),
                p.data.comment,
            )
            for p in workspace.purchases.list_for(client_id)
        )
    return result


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_purchases_go_out_as_a_second_sheet_and_come_back(
    workspace: Workspace, tmp_path: Path, suffix: str, language: str
) -> None:
    from decimal import Decimal

    from clientbase.db.enums import PaymentState, PurchaseStatus
    from clientbase.services.purchases import PurchaseInput, PurchaseItemInput

    fill_demo(workspace.db, workspace.settings, clients=25, today=date(2026, 11, 22))
    anna = workspace.clients.create(person("Покупкина", "Анна", phones=("8 916 000-11-22",)))
    workspace.purchases.add(
        anna,
        PurchaseInput(
            date(2026, 3, 1),
            items=[
                PurchaseItemInput("Чай", Decimal("2"), Decimal("350.50")),
                PurchaseItemInput("Мёд", Decimal("1.5"), Decimal("800")),
            ],
            comment="подарок\nупаковать в крафт",  # on each of its lines, and back once
        ),
    )  # an unnumbered purchase of two items stays one purchase
    workspace.purchases.add(anna, PurchaseInput(
        date(2026, 4, 2), number="A-17", status=PurchaseStatus.CANCELLED,
        payment_state=PaymentState.UNPAID, total=Decimal("990"),
    ))  # fmt: skip
    path = tmp_path / f"clients{suffix}"
    export_clients(workspace.db, path, language=language)

    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        for sheet in ("Clients", "Purchases") if language == "en" else ("Клиенты", "Покупки"):
            table, header, mapping = read_plan_source(path, sheet)
            plan = plan_import(other.db, other.settings, table, header, mapping, path.name)
            assert plan.problems() == []
            commit_import(other.db, other.settings, plan)
        assert purchases_by_client(other) == purchases_by_client(workspace)
        assert len(find_client_ids(other.db, ClientQuery())) == 26  # no client made twice
    finally:
        other.close()


def test_a_mailing_list_has_no_purchases_sheet(workspace: Workspace, tmp_path: Path) -> None:
    fill_demo(workspace.db, workspace.settings, clients=5, today=date(2026, 11, 22))
    path = tmp_path / "mailing.xlsx"
    export_clients(workspace.db, path, mailing_list=True)
    assert openpyxl.load_workbook(path, read_only=True).sheetnames == ["Клиенты"]


def test_the_tables_columns_go_out_as_the_window_shows_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.services.client_query import SortKey

    workspace.clients.create(
        person("Ёлкина", "Мария", phones=("8 916 000-11-22",), birthday="01.02.1980", city="Тула")
    )
    path = tmp_path / "list.xlsx"
    columns = [SortKey.NAME, SortKey.PHONE, SortKey.BIRTHDAY, SortKey.CITY, SortKey.CREATED]
    export_clients(workspace.db, path, table_columns=columns, with_purchases=False)

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Клиенты"]
    sheet = book.active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Клиент", "Телефон", "Дата рождения", "Город", "Добавлен"]
    name, phone, birthday, city, added = rows[1]
    assert (name, phone, city) == ("Ёлкина Мария", "8 916 000-11-22", "Тула")
    assert birthday.date() == date(1980, 2, 1)
    assert added.date() == date.today()
    assert sheet["C2"].number_format == "dd.mm.yyyy"
    # A single column, stored (the city) or computed (the phones), is a list of its own.
    for key, lines in (
        (SortKey.CITY, ["Город", "Тула"]),
        (SortKey.PHONE, ["Телефон", "8 916 000-11-22"]),
    ):
        single = tmp_path / f"{key.value}.csv"
        export_clients(workspace.db, single, table_columns=[key])
        assert single.read_text(encoding="utf-8-sig").splitlines() == lines


def test_an_export_of_no_clients_still_has_its_column_names(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "empty.xlsx"
    assert export_clients(workspace.db, path) == 0
    book = openpyxl.load_workbook(path)
    for sheet, first in (("Клиенты", "Фамилия"), ("Покупки", "Клиент")):
        rows = list(book[sheet].iter_rows(values_only=True))
        assert len(rows) == 1 and rows[0][0] == first


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(",", "utf-8"), ("\t", "cp1251"), (";", "utf-8-sig")]
)
def test_csv_takes_the_chosen_delimiter_and_encoding_and_comes_back(
    workspace: Workspace, tmp_path: Path, delimiter: str, encoding: str
) -> None:

    workspace.clients.create(person("Щукина", "Ёлка", notes="«кавычки», точка; запятая"))
    path = tmp_path / "clients.csv"
    export_clients(workspace.db, path, csv_options=CsvOptions(delimiter, encoding))
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    header = text.decode(encoding).lstrip("\ufeff").splitlines()[0]
    assert header.split(delimiter)[:2] == ["Фамилия", "Имя"]

    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        table, header_row, mapping = read_plan_source(path)
        plan = plan_import(other.db, other.settings, table, header_row, mapping, path.name)
        commit_import(other.db, other.settings, plan)
        assert cards(other) == cards(workspace)
    finally:
        other.close()


def test_a_character_windows_1251_lacks_stops_the_export_by_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.errors import ExportEncodingError

    workspace.clients.create(person("Ли", "Мэй", notes="Любит 🌸 и 李"))
    path = tmp_path / "clients.csv"
    with pytest.raises(ExportEncodingError) as caught:
        export_clients(workspace.db, path, csv_options=CsvOptions(";", "cp1251"))
    assert caught.value.client == "Ли Мэй" and caught.value.text == "🌸"
    assert not path.exists() and not (tmp_path / "clients.csv.part").exists()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_archived_clients_go_out_marked_and_come_back_archived(
    workspace: Workspace, tmp_path: Path, suffix: str
) -> None:
    active = workspace.clients.create(person("Иванов", "Иван"))
    gone = workspace.clients.create(person("Петрова", "Анна"))
    workspace.clients.archive([gone])
    everyone = ClientQuery(archive=ArchiveFilter.ALL)
    path = tmp_path / f"all{suffix}"
    export_clients(workspace.db, path, everyone)
    with imported_anew(path, tmp_path) as other:
        # Exported without the mark, the archived client came back into the everyday list.
        assert len(find_client_ids(other.db, everyone)) == 2
        archived = find_client_ids(other.db, ClientQuery(archive=ArchiveFilter.ARCHIVED))
        assert [other.clients.get(i).display_name for i in archived] == ["Петрова Анна"]
        assert len(find_client_ids(other.db, ClientQuery())) == 1
    # The everyday list needs no such column.
    export_clients(workspace.db, tmp_path / "active.xlsx", ids=[active])
    sheet = openpyxl.load_workbook(tmp_path / "active.xlsx").worksheets[0]
    assert "В архиве" not in [cell.value for cell in sheet[1]]


def test_an_english_export_speaks_english_in_names_words_and_dates(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The English window exported «Фамилия», «Статус: Постоянный», «VIP: Да» and a sheet
    # named «Покупки»: a shop working in English could read none of it.
    from decimal import Decimal

    from clientbase.db.enums import ClientSource, ClientStatus, PaymentState, PurchaseStatus
    from clientbase.services.purchases import PurchaseInput

    ada = person("Lovelace", "Ada", phones=("+44 20 7946 0018",), birthday="10.12",
                 status=ClientStatus.REGULAR, source=ClientSource.SOCIAL, is_vip=True,
                 marketing_consent=True, marketing_consent_date=date(2026, 2, 1),
                 messengers=[MessengerInput(MessengerKind.VK, "id7")])  # fmt: skip
    client_id = workspace.clients.create(ada)
    workspace.purchases.add(client_id, PurchaseInput(
        date(2026, 3, 1), total=Decimal("1234.5"), status=PurchaseStatus.DONE,
        payment_state=PaymentState.PARTIAL,
    ))  # fmt: skip
    xlsx, csv_file = tmp_path / "clients.xlsx", tmp_path / "clients.csv"
    export_clients(workspace.db, xlsx, language="en")
    export_clients(workspace.db, csv_file, csv_options=CsvOptions(","), language="en")

    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Clients", "Purchases"]
    clients, purchases = book["Clients"], book["Purchases"]
    header = [cell.value for cell in clients[1]]
    assert header[:7] == [
        "Last name", "First name", "Middle name", "Company", "Phone", "E-mail", "Birthday",
    ]  # fmt: skip
    row = dict(zip(header, [cell.value for cell in clients[2]], strict=True))
    assert (row["Status"], row["Source"], row["VIP"], row["Marketing consent"]) == (
        "Regular", "Social media", "Yes", "Yes",
    )  # fmt: skip
    # A birthday without its year is written so no English reader takes it for 12 October.
    assert (row["Birthday"], row["Messengers"]) == ("December 10", "VK: id7")
    assert clients["AF2"].number_format == "yyyy-mm-dd"  # the day of consent, a real date
    sale = [cell.value for cell in purchases[2]]
    assert sale[10:12] == ["Done", "Partly paid"]
    assert [cell.value for cell in purchases[1]][4] == "Purchase date"

    with csv_file.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.DictReader(file))
    assert (lines[0]["Consent date"], lines[0]["Total spent"]) == ("2026-02-01", "1234.50")
