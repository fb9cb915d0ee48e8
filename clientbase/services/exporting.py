"""Writing clients to .xlsx and .csv files that open cleanly in Excel and LibreOffice, or
copying them for a spreadsheet to paste.

Column names, in Russian or English, are ones the import recognises (see export_columns), so
an exported file comes back in through the import unchanged. No exported cell can start a
formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from clientbase.db.bulk import paused_gc
from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.id_select import IdSelect
from clientbase.db.models import Client
from clientbase.errors import CellTooLong, ExportEncodingError
from clientbase.exchange.choices import word
from clientbase.exchange.ods_writer import write_ods
from clientbase.exchange.sheet_column import Sheet, SheetColumn
from clientbase.exchange.vcard_writer import Contact, vcard_text
from clientbase.exchange.xlsx_writer import write_xlsx
from clientbase.services import audit
from clientbase.services.card_parts import EMAILS, MESSENGERS, PEOPLE, PHONES, TAGS
from clientbase.services.client_data import ContactPersonInput
from clientbase.services.client_query import (
    ClientQuery,
    SortKey,
    archived_among,
    find_client_ids,
    with_consent,
)
from clientbase.services.dates import birthday_text
from clientbase.services.export_columns import (
    CLIENT_FIELDS,
    CLIENTS_SHEET,
    ClientRow,
    Column,
    Record,
    archive_column,
    cells_of,
    client_columns,
    referrer_column,
    vcard_extras,
)
from clientbase.services.export_columns import table_columns as shown_columns
from clientbase.services.export_referrers import referrers_among
from clientbase.services.file_output import written_in_place
from clientbase.services.privacy import current_user, require_export
from clientbase.services.purchase_export import Buyer, purchase_rows, purchase_sheet

Progress = Callable[[int, int], None]
BATCH = 1000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    ODS = "ods"
    VCF = "vcf"


@dataclass(frozen=True)
class CsvOptions:
    """CSV as Russian Excel opens it by default: «;» between fields, UTF-8 with a BOM."""

    delimiter: str = ";"
    encoding: str = "utf-8-sig"


CSV_ENCODINGS = ("utf-8-sig", "utf-8", "cp1251")
CSV_DELIMITERS = (";", ",", "\t")


def safe_text(value: str) -> str:
    """Text that no spreadsheet will run as a formula: a leading = + - @ gets an apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _records(db: Database, ids: list[int]) -> Iterator[Record]:
    """The exported clients as plain records, read a thousand at a time with six queries.

    Plain tuples through db.id_select: ORM objects, or even the ORM's handling of a plain
    select, cost more than writing the file.
    """
    clients = IdSelect(select(*(getattr(Client, name) for name in CLIENT_FIELDS)), Client.id)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with db.reading() as session:
            connection = session.connection()
            found: dict[int, Record] = {
                row[0]: Record(ClientRow._make(row), [], [], [], [], [])
                for row in clients.rows(connection, chunk)
            }
            for client_id, number, note in PHONES.rows(connection, chunk):
                found[client_id].phones.append((number, note))
            for client_id, address, note in EMAILS.rows(connection, chunk):
                found[client_id].emails.append((address, note))
            for client_id, tag in TAGS.rows(connection, chunk):
                found[client_id].tags.append(tag)
            for client_id, kind, handle in MESSENGERS.rows(connection, chunk):
                found[client_id].messengers.append((kind, handle))
            for client_id, name, position, phone, email, day, month, year in PEOPLE.rows(
                connection, chunk
            ):
                birthday = birthday_text(day, month, year)
                found[client_id].contacts.append(
                    ContactPersonInput(name, position, phone, email, birthday)
                )
        yield from (found[i] for i in chunk if i in found)


@paused_gc()
def export_clients(
    db: Database,
    path: Path,
    query: ClientQuery | None = None,
    ids: list[int] | None = None,
    progress: Progress | None = None,
    *,
    password: str | None = None,
    mailing_list: bool = False,
    table_columns: Sequence[SortKey] | None = None,
    with_purchases: bool = True,
    csv_options: CsvOptions | None = None,
    language: str = "ru",
) -> int:
    """Write the clients of `ids` (or of `query`, or all active ones) in the table's order.

    Every field goes out, under the names the import knows, unless `table_columns` asks for
    the table's columns only (a list to read, not to import back). `language` ("ru", "en")
    names the columns and sheets and writes the choices' words and the dates. An .xlsx or .ods file
    also gets the purchases sheet, unless `with_purchases` is off or it is a mailing list.

    The file is written beside the target and renamed at the end, so a failure (a full disk,
    Cancel) never leaves half a file under the name the user chose. The base's export policy
    is checked first (ExportRestricted), and each export is written to the audit log with who
    made it and how many rows it holds. A mailing list leaves out the clients who did not
    agree to receive messages. Returns the row count. Python's cycle collector is paused
    meanwhile, as in an import (db.bulk.bulk_load): the records hold no cycles.
    """
    require_export(db, password)
    if ids is None:
        ids = find_client_ids(db, query or ClientQuery())
    if mailing_list:
        ids = with_consent(db, ids)
    fmt = ExportFormat(path.suffix.lower().lstrip(".") or "xlsx")
    language = "en" if language == "en" else "ru"
    if table_columns is None:
        columns = client_columns(language)
        if archived := archived_among(db, ids):
            # Archived clients among those exported (the archive's view, or all) come back
            # archived: the import reads the column. The everyday list goes out without it.
            columns.append(archive_column(archived, language))
        if referrers := referrers_among(db, ids):
            columns.append(referrer_column(referrers, language))
    else:
        shown = shown_columns(language)
        columns = [shown[key] for key in table_columns]
    buyers: dict[int, Buyer] = {}
    try:
        with written_in_place(path) as partial:
            workbook_formats = (ExportFormat.XLSX, ExportFormat.ODS)
            sheets = 2 if fmt in workbook_formats and with_purchases and not mailing_list else 1
            # With the purchases sheet, progress (and so Cancel) runs over the clients twice:
            # once for their sheet, once for their purchases.
            steps = len(ids) * sheets
            records = _noting_buyers(_counting(_records(db, ids), steps, progress), buyers)
            if fmt in workbook_formats:
                # The purchases sheet is written after the clients, whose names and phones
                # its rows repeat; a mailing list is for contacts only.
                purchases = None
                if sheets == 2:
                    after_clients = _offset(progress, len(ids), steps)
                    purchases = purchase_rows(db, buyers, ids, after_clients, language)
                workbook = _write_xlsx if fmt is ExportFormat.XLSX else _write_ods
                workbook(partial, columns, records, purchases, language)
            elif fmt is ExportFormat.CSV:
                _write_csv(partial, columns, records, csv_options or CsvOptions(), language)
            else:
                # A full export's further fields go along as lines phones keep unseen.
                extras = vcard_extras(columns, language) if table_columns is None else []
                _write_vcf(partial, records, extras, language)
    except CellTooLong as error:
        error.client = _client_on(error, buyers, purchase_sheet(language)[0])
        raise
    _audit_export(db, len(ids), fmt.value, str(path), path.name, mailing_list)
    return len(ids)


def copied_clients(
    db: Database,
    ids: list[int],
    table_columns: Sequence[SortKey],
    language: str = "ru",
    password: str | None = None,
    progress: Progress | None = None,
) -> str:
    """The clients of `ids`, in that order, under the table's columns and their names, as
    the text Excel itself copies (a tab between cells, a cell with a line break quoted): a
    spreadsheet pastes it as cells, and the import reads it back (services.pasted_table).

    A copy carries clients out as an export does (a sheet anyone could copy whole is why a
    shop leaves Excel): the base's export policy applies, and the audit log records it."""
    require_export(db, password)
    language = "en" if language == "en" else "ru"
    shown = shown_columns(language)
    columns = [shown[key] for key in table_columns]
    text = io.StringIO()
    writer = csv.writer(text, delimiter="\t", lineterminator="\r\n")
    writer.writerow([column.title for column in columns])
    cells = cells_of(columns)
    for record in _counting(_records(db, ids), len(ids), progress):
        writer.writerow([_csv_value(value, language) for value in cells(record)])
    _audit_export(db, len(ids), "tsv", "", "the clipboard")
    return text.getvalue()


def _client_on(error: CellTooLong, buyers: dict[int, Buyer], purchases_sheet: str) -> str:
    """Whose row the writer stopped at: the clients sheet has one row per client, in the
    order the buyers were noted. (A purchase's texts all have limits far below a cell's.)"""
    if error.sheet == purchases_sheet:
        return ""
    names = [buyer.name for buyer in buyers.values()]
    index = error.line - 2  # below the header row
    return names[index] if 0 <= index < len(names) else ""


def _offset(progress: Progress | None, start: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, _: progress(start + done, total)


def _counting(records: Iterator[Record], total: int, progress: Progress | None) -> Iterator[Record]:
    for done, record in enumerate(records, start=1):
        yield record
        if progress is not None and done % BATCH == 0:
            progress(done, total)


def _noting_buyers(records: Iterator[Record], buyers: dict[int, Buyer]) -> Iterator[Record]:
    for record in records:
        client = record.client
        buyers[client.id] = Buyer(
            client.display_name,
            record.phones[0][0] if record.phones else "",
            record.emails[0][0] if record.emails else "",
            client.client_code,
        )
        yield record


def _audit_export(
    db: Database, rows: int, fmt: str, file: str, name: str, mailing_list: bool = False
) -> None:
    """Who carried how many clients out, and where (`file`, empty for the clipboard): the
    shop owner's worry about exports."""
    with db.transaction() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "export",
            0,
            f"{rows} clients exported to {name}",
            after={
                "file": file,
                "format": fmt,
                "rows": rows,
                "user": current_user(),
                "mailing_list": mailing_list,
            },
        )


def _sheet_columns(columns: Sequence[Column]) -> list[SheetColumn]:
    return [SheetColumn(c.title, c.width, c.number_format) for c in columns]


def _write_xlsx(
    path: Path,
    columns: Sequence[Column],
    records: Iterator[Record],
    purchases: Iterable[Sequence[object]] | None,
    language: str,
) -> None:
    write_xlsx(path, _sheets(columns, records, purchases, language))


def _sheets(
    columns: Sequence[Column],
    records: Iterator[Record],
    purchases: Iterable[Sequence[object]] | None,
    language: str,
) -> list[Sheet]:
    """The clients' sheet, and the purchases' after it: both read as they are written."""
    cells = cells_of(columns)
    rows = (cells(record) for record in records)
    sheets = [Sheet(CLIENTS_SHEET[language], _sheet_columns(columns), rows)]
    if purchases is not None:
        sheets.append(Sheet(*purchase_sheet(language), purchases))
    return sheets


def _csv_value(value: object, language: str) -> str:
    text = _cell_text(value, language)
    return text if value is None or isinstance(value, date | Decimal) else safe_text(text)


def _cell_text(value: object, language: str) -> str:
    """A cell as text, as a spreadsheet in `language` shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        if language == "en":  # as export_columns.DATE_FORMATS
            return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}" if language == "en" else f"{value:.2f}".replace(".", ",")
    return str(value)


def _write_csv(
    path: Path,
    columns: Sequence[Column],
    records: Iterator[Record],
    options: CsvOptions,
    language: str,
) -> None:
    # Characters the chosen encoding lacks stop the export with the client's name: the
    # alternative, «?» in their place, would lose them without a word.
    with path.open("w", encoding=options.encoding, newline="") as file:
        writer = csv.writer(file, delimiter=options.delimiter)
        writer.writerow([column.title for column in columns])
        cells = cells_of(columns)
        for record in records:
            try:
                writer.writerow([_csv_value(value, language) for value in cells(record)])
            except UnicodeEncodeError as error:
                text = str(error.object[error.start : error.end])
                raise ExportEncodingError(
                    record.client.display_name, text, options.encoding
                ) from error


def _write_ods(
    path: Path,
    columns: Sequence[Column],
    records: Iterator[Record],
    purchases: Iterable[Sequence[object]] | None,
    language: str,
) -> None:
    write_ods(path, _sheets(columns, records, purchases, language), language)


def _vcard_birthday(record: Record) -> str:
    client = record.client
    day, month, year = client.birthday_day, client.birthday_month, client.birthday_year
    if not (day and month):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}{day:02d}"


def _write_vcf(
    path: Path, records: Iterator[Record], extras: Sequence[Column], language: str
) -> None:
    cells = cells_of(extras) if extras else lambda _: ()
    titles = [column.title for column in extras]
    with path.open("w", encoding="utf-8", newline="") as file:
        for record in records:
            client = record.client
            contact = Contact(
                last_name=client.last_name,
                first_name=client.first_name,
                middle_name=client.middle_name,
                organization=client.organization,
                display_name=client.display_name,
                phones=record.phones,
                emails=record.emails,
                birthday=_vcard_birthday(record),
                street=client.street,
                city=client.city,
                region=client.region,
                postcode=client.postcode,
                notes=client.notes,
                tags=record.tags,
                messengers=[(word(kind, language), handle) for kind, handle in record.messengers],
                extras=[
                    (title, _cell_text(value, language))
                    for title, value in zip(titles, cells(record), strict=True)
                ],
            )
            file.write(vcard_text(contact))
