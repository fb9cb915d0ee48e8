"""Writing clients to .xlsx and .csv files that open cleanly in Excel and LibreOffice.

Column names are the Russian ones the import recognises, so an exported file comes back in
through the import unchanged. No exported cell can start a formula (CSV injection).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from clientbase.db.database import Database
from clientbase.db.models import Client
from clientbase.errors import ClientBaseError
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.dates import birthday_text

Progress = Callable[[int, int], None]
BATCH = 1000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ExportError(ClientBaseError):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"The file cannot be written: {detail}")


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Client], object]
    width: int
    number_format: str = ""


def _joined(values: list[str]) -> str:
    return ", ".join(v for v in values if v)


def _birthday(client: Client) -> object:
    # With a year it is a real date (Excel sorts and filters it); without one, «01.02» text.
    if client.birthday_day and client.birthday_month and client.birthday_year:
        return date(client.birthday_year, client.birthday_month, client.birthday_day)
    return birthday_text(client.birthday_day, client.birthday_month, None)


COLUMNS: list[Column] = [
    Column("Фамилия", lambda c: c.last_name, 16),
    Column("Имя", lambda c: c.first_name, 14),
    Column("Отчество", lambda c: c.middle_name, 16),
    Column("Организация", lambda c: c.organization, 24),
    Column("Телефон", lambda c: _joined([p.raw for p in c.phones]), 20),
    Column("E-mail", lambda c: _joined([e.address for e in c.emails]), 26),
    Column("Дата рождения", _birthday, 13, "DD.MM.YYYY"),
    Column("Город", lambda c: c.city, 16),
    Column("Регион", lambda c: c.region, 20),
    Column("Адрес", lambda c: c.street, 28),
    Column("Индекс", lambda c: c.postcode, 8),
    Column("Метки", lambda c: _joined([t.name for t in c.tags]), 18),
    Column("Скидка", lambda c: c.discount_percent, 8, "0.00"),
    Column("Карта", lambda c: c.loyalty_card, 12),
    Column("ИНН", lambda c: c.inn, 13),
    Column("Заметки", lambda c: c.notes, 30),
    Column("Сумма покупок", lambda c: c.total_spent, 14, "#,##0.00"),
    Column("Покупок", lambda c: c.purchase_count, 9, "0"),
    Column("Последняя покупка", lambda c: c.last_purchase, 14, "DD.MM.YYYY"),
]


def safe_text(value: str) -> str:
    """Text that no spreadsheet will run as a formula: a leading = + - @ gets an apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _clients(db: Database, ids: list[int]) -> Iterator[Client]:
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with db.reading() as session:
            found = {
                c.id: c
                for c in session.scalars(
                    select(Client)
                    .where(Client.id.in_(chunk))
                    .options(
                        selectinload(Client.phones),
                        selectinload(Client.emails),
                        selectinload(Client.tags),
                    )
                )
            }
            yield from (found[i] for i in chunk if i in found)


def export_clients(
    db: Database,
    path: Path,
    query: ClientQuery | None = None,
    ids: list[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the clients of `ids` (or of `query`, or all active ones) in the table's order.

    The file is written beside the target and renamed at the end, so a failure (a full disk,
    Cancel) never leaves half a file under the name the user chose. Returns the row count.
    """
    if ids is None:
        ids = find_client_ids(db, query or ClientQuery())
    fmt = ExportFormat(path.suffix.lower().lstrip(".") or "xlsx")
    partial = path.with_name(path.name + ".part")
    try:
        if fmt is ExportFormat.XLSX:
            _write_xlsx(partial, _clients(db, ids), len(ids), progress)
        else:
            _write_csv(partial, _clients(db, ids), len(ids), progress)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(str(error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(ids)


def _write_xlsx(
    path: Path, clients: Iterator[Client], total: int, progress: Progress | None
) -> None:
    workbook = Workbook(write_only=True)
    sheet: Worksheet = workbook.create_sheet("Клиенты")
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for done, client in enumerate(clients, start=1):
        row = []
        for column in COLUMNS:
            value = column.value(client)
            cell = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
            if isinstance(value, str):
                # openpyxl would write text starting with «=» as a formula; it is text.
                cell.data_type = "s"
            if column.number_format:
                cell.number_format = column.number_format
            row.append(cell)
        sheet.append(row)
        if progress is not None and done % BATCH == 0:
            progress(done, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{total + 1}"
    workbook.save(path)


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    return safe_text(str(value))


def _write_csv(
    path: Path, clients: Iterator[Client], total: int, progress: Progress | None
) -> None:
    # UTF-8 with BOM and «;»: what Russian Excel opens with Cyrillic intact.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow([column.title for column in COLUMNS])
        for done, client in enumerate(clients, start=1):
            writer.writerow([_csv_value(column.value(client)) for column in COLUMNS])
            if progress is not None and done % BATCH == 0:
                progress(done, total)
