"""Writing clients to .xlsx and .csv files that open cleanly in Excel and LibreOffice.

Column names are the Russian ones the import recognises, so an exported file comes back in
through the import unchanged. No exported cell can start a formula (CSV injection).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import xlsxwriter
from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.models import Client, Email, Phone, Tag, client_tag
from clientbase.errors import ExportError
from clientbase.exchange.choices import word, yes_no
from clientbase.exchange.ods_writer import OdsSheet
from clientbase.exchange.vcard_writer import Contact, vcard_text
from clientbase.services import audit
from clientbase.services.client_query import ClientQuery, find_client_ids, with_consent
from clientbase.services.dates import birthday_text
from clientbase.services.privacy import current_user, require_export
from clientbase.services.purchase_export import (
    PURCHASE_COLUMNS,
    Buyer,
    PurchaseRows,
    purchase_rows,
)
from clientbase.services.purchase_export import SHEET as PURCHASES_SHEET

Progress = Callable[[int, int], None]
BATCH = 1000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    ODS = "ods"
    VCF = "vcf"


class Record(NamedTuple):
    client: dict[str, Any]
    phones: list[str]
    emails: list[str]
    tags: list[str]


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Record], object]
    width: int
    number_format: str = ""


def _joined(values: list[str]) -> str:
    return ", ".join(v for v in values if v)


def _birthday(record: Record) -> object:
    # With a year it is a real date (Excel sorts and filters it); without one, «01.02» text.
    day, month, year = (
        record.client[k] for k in ("birthday_day", "birthday_month", "birthday_year")
    )
    if day and month and year:
        return date(year, month, day)
    return birthday_text(day, month, None)


def _field(name: str) -> Callable[[Record], object]:
    return lambda record: record.client[name]


COLUMNS: list[Column] = [
    Column("Фамилия", _field("last_name"), 16),
    Column("Имя", _field("first_name"), 14),
    Column("Отчество", _field("middle_name"), 16),
    Column("Организация", _field("organization"), 24),
    Column("Телефон", lambda r: _joined(r.phones), 20),
    Column("E-mail", lambda r: _joined(r.emails), 26),
    Column("Дата рождения", _birthday, 13, "dd.mm.yyyy"),
    Column("Город", _field("city"), 16),
    Column("Регион", _field("region"), 20),
    Column("Адрес", _field("street"), 28),
    Column("Индекс", _field("postcode"), 8),
    Column("Метки", lambda r: _joined(r.tags), 18),
    Column("Скидка", _field("discount_percent"), 8, "0.00"),
    Column("Карта", _field("loyalty_card"), 12),
    Column("ИНН", _field("inn"), 13),
    Column("КПП", _field("kpp"), 11),
    Column("ОГРН", _field("ogrn"), 16),
    Column("Банк", _field("bank_name"), 20),
    Column("БИК", _field("bank_bik"), 11),
    Column("Расчётный счёт", _field("bank_account"), 22),
    Column("Корр. счёт", _field("correspondent_account"), 22),
    Column("Когда звонить", _field("call_time"), 14),
    Column("Заметки", _field("notes"), 30),
    Column("Статус", lambda r: word(r.client["status"]), 13),
    Column("VIP", lambda r: yes_no(r.client["is_vip"]), 6),
    Column("Источник", lambda r: word(r.client["source"]), 13),
    Column("Ответственный", _field("responsible"), 14),
    Column("Согласие на рассылку", lambda r: yes_no(r.client["marketing_consent"]), 10),
    Column("Дата согласия", _field("marketing_consent_date"), 13, "dd.mm.yyyy"),
    Column("Способ связи", lambda r: word(r.client["preferred_channel"]), 12),
    Column("Сумма покупок", _field("total_spent"), 14, "#,##0.00"),
    Column("Покупок", _field("purchase_count"), 9, "0"),
    Column("Последняя покупка", _field("last_purchase"), 14, "dd.mm.yyyy"),
]
_CLIENT_COLUMNS = (
    "id", "last_name", "first_name", "middle_name", "organization", "birthday_day",
    "birthday_month", "birthday_year", "city", "region", "street", "postcode",
    "discount_percent", "loyalty_card", "inn", "kpp", "ogrn", "bank_name", "bank_bik",
    "bank_account", "correspondent_account", "call_time", "notes", "total_spent", "purchase_count",
    "last_purchase", "status", "is_vip", "source", "responsible", "marketing_consent",
    "marketing_consent_date", "preferred_channel",
    "display_name",
)  # fmt: skip


def safe_text(value: str) -> str:
    """Text that no spreadsheet will run as a formula: a leading = + - @ gets an apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _records(db: Database, ids: list[int]) -> Iterator[Record]:
    """The exported clients as plain records, read a thousand at a time with four queries
    (ORM objects cost more than writing the file)."""
    columns = [getattr(Client, name) for name in _CLIENT_COLUMNS]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with db.reading() as session:
            found: dict[int, Record] = {
                row.id: Record(row._asdict(), [], [], [])
                for row in session.execute(select(*columns).where(Client.id.in_(chunk)))
            }
            lists = (
                ("phones", select(Phone.client_id, Phone.raw).order_by(Phone.position)),
                ("emails", select(Email.client_id, Email.address).order_by(Email.position)),
                (
                    "tags",
                    select(client_tag.c.client_id, Tag.name)
                    .join(Tag, Tag.id == client_tag.c.tag_id)
                    .order_by(Tag.name),
                ),
            )
            for slot, statement in lists:
                owner = statement.selected_columns[0]
                for client_id, value in session.execute(statement.where(owner.in_(chunk))):
                    getattr(found[client_id], slot).append(value)
        yield from (found[i] for i in chunk if i in found)


def export_clients(
    db: Database,
    path: Path,
    query: ClientQuery | None = None,
    ids: list[int] | None = None,
    progress: Progress | None = None,
    *,
    password: str | None = None,
    mailing_list: bool = False,
) -> int:
    """Write the clients of `ids` (or of `query`, or all active ones) in the table's order.

    The file is written beside the target and renamed at the end, so a failure (a full disk,
    Cancel) never leaves half a file under the name the user chose. The base's export policy
    is checked first (ExportRestricted), and each export is written to the audit log with who
    made it and how many rows it holds. A mailing list leaves out the clients who did not
    agree to receive messages. Returns the row count.
    """
    require_export(db, password)
    if ids is None:
        ids = find_client_ids(db, query or ClientQuery())
    if mailing_list:
        ids = with_consent(db, ids)
    fmt = ExportFormat(path.suffix.lower().lstrip(".") or "xlsx")
    partial = path.with_name(path.name + ".part")
    try:
        buyers: dict[int, Buyer] = {}
        records = _noting_buyers(_records(db, ids), buyers)
        if fmt in (ExportFormat.XLSX, ExportFormat.ODS):
            # A workbook also gets the purchases sheet, written after the clients, whose
            # names and phones its rows repeat; a mailing list is for contacts only.
            workbook = _write_xlsx if fmt is ExportFormat.XLSX else _write_ods
            purchases = None if mailing_list else (lambda: purchase_rows(db, buyers, ids))
            workbook(partial, records, len(ids), progress, purchases)
        else:
            writer = _write_csv if fmt is ExportFormat.CSV else _write_vcf
            writer(partial, records, len(ids), progress)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(str(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _audit_export(db, path, fmt, len(ids), mailing_list)
    return len(ids)


def _noting_buyers(records: Iterator[Record], buyers: dict[int, Buyer]) -> Iterator[Record]:
    for record in records:
        client = record.client
        buyers[client["id"]] = Buyer(
            client["display_name"],
            record.phones[0] if record.phones else "",
            record.emails[0] if record.emails else "",
        )
        yield record


def _audit_export(
    db: Database, path: Path, fmt: ExportFormat, rows: int, mailing_list: bool
) -> None:
    """Who carried how many clients out, and where: the shop owner's worry about exports."""
    with db.transaction() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "export",
            0,
            f"{rows} clients exported to {path.name}",
            after={
                "file": str(path),
                "format": fmt.value,
                "rows": rows,
                "user": current_user(),
                "mailing_list": mailing_list,
            },
        )


def _write_xlsx(
    path: Path,
    records: Iterator[Record],
    total: int,
    progress: Progress | None,
    purchases: PurchaseRows | None = None,
) -> None:
    # XlsxWriter in constant-memory mode writes a 100,000-row sheet several times faster than
    # openpyxl and in flat memory; every text goes through write_string, never as a formula.
    workbook = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
         "strings_to_urls": False},
    )  # fmt: skip

    def client_rows() -> Iterator[list[object]]:
        for row, record in enumerate(records, start=1):
            yield [column.value(record) for column in COLUMNS]
            if progress is not None and row % BATCH == 0:
                progress(row, total)

    _xlsx_sheet(workbook, "Клиенты", COLUMNS, client_rows())
    if purchases is not None:
        _xlsx_sheet(workbook, PURCHASES_SHEET, PURCHASE_COLUMNS, purchases())
    workbook.close()


class _SheetColumn(Protocol):
    """A clients' or a purchases' column: both are frozen dataclasses with these fields."""

    @property
    def title(self) -> str: ...
    @property
    def width(self) -> int: ...
    @property
    def number_format(self) -> str: ...


def _xlsx_sheet(
    workbook: Any, name: str, columns: Sequence[_SheetColumn], rows: Iterable[Sequence[object]]
) -> None:
    """One sheet: bold frozen header with autofilter, fitted widths, dates and numbers typed."""
    sheet = workbook.add_worksheet(name)
    styles = {
        c.number_format: workbook.add_format({"num_format": c.number_format})
        for c in columns
        if c.number_format
    }
    formats = [styles.get(c.number_format) for c in columns]
    for index, column in enumerate(columns):
        sheet.set_column(index, index, column.width)
    sheet.write_row(0, 0, [c.title for c in columns], workbook.add_format({"bold": True}))
    sheet.freeze_panes(1, 0)
    count = 0
    for count, values in enumerate(rows, start=1):
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(count, index, value)
            elif isinstance(value, date):
                when = datetime(value.year, value.month, value.day)
                sheet.write_datetime(count, index, when, formats[index])
            elif isinstance(value, int | float | Decimal):
                sheet.write_number(count, index, float(value), formats[index])
    sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    return safe_text(str(value))


def _write_csv(
    path: Path, records: Iterator[Record], total: int, progress: Progress | None
) -> None:
    # UTF-8 with BOM and «;»: what Russian Excel opens with Cyrillic intact.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow([column.title for column in COLUMNS])
        for done, record in enumerate(records, start=1):
            writer.writerow([_csv_value(column.value(record)) for column in COLUMNS])
            if progress is not None and done % BATCH == 0:
                progress(done, total)


def _write_ods(
    path: Path,
    records: Iterator[Record],
    total: int,
    progress: Progress | None,
    purchases: PurchaseRows | None = None,
) -> None:
    # Column widths are given in characters above; about 0.2 cm a character.
    sheet = OdsSheet("Клиенты", [c.title for c in COLUMNS], [c.width * 0.2 for c in COLUMNS])
    for done, record in enumerate(records, start=1):
        sheet.add_row(column.value(record) for column in COLUMNS)
        if progress is not None and done % BATCH == 0:
            progress(done, total)
    if purchases is not None:
        sheet.add_sheet(
            PURCHASES_SHEET,
            [c.title for c in PURCHASE_COLUMNS],
            [c.width * 0.2 for c in PURCHASE_COLUMNS],
        )
        for values in purchases():
            sheet.add_row(values)
    sheet.save(path)


def _vcard_birthday(record: Record) -> str:
    day, month, year = (
        record.client[k] for k in ("birthday_day", "birthday_month", "birthday_year")
    )
    if not (day and month):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}{day:02d}"


def _write_vcf(
    path: Path, records: Iterator[Record], total: int, progress: Progress | None
) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        for done, record in enumerate(records, start=1):
            client = record.client
            contact = Contact(
                last_name=client["last_name"],
                first_name=client["first_name"],
                middle_name=client["middle_name"],
                organization=client["organization"],
                display_name=client["display_name"],
                phones=record.phones,
                emails=record.emails,
                birthday=_vcard_birthday(record),
                street=client["street"],
                city=client["city"],
                region=client["region"],
                postcode=client["postcode"],
                notes=client["notes"],
                tags=record.tags,
            )
            file.write(vcard_text(contact))
            if progress is not None and done % BATCH == 0:
                progress(done, total)
