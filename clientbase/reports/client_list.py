"""The client list as the table shows it: its filter, its order and its chosen columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable

from clientbase.db.database import Database
from clientbase.reports.grid import GridStyle, TableReport, number_column_width, table_story
from clientbase.reports.page import ReportPage, write_pdf
from clientbase.reports.texts import ReportTexts
from clientbase.services.client_query import (
    NUMERIC_COLUMNS,
    TABLE_COLUMNS,
    ClientRow,
    SortKey,
    load_rows,
)
from clientbase.services.locale_format import (
    birthday_written,
    date_text,
    money_text,
    number_text,
)

Progress = Callable[[int, int], None]
CHUNK = 1000

# More columns than this do not fit across A4 portrait without breaking words inside a sum
# or a status: the list is then proposed (in the window) and made (on the command line)
# in landscape.
PORTRAIT_COLUMNS = 6


def fits_portrait(columns: int) -> bool:
    return columns <= PORTRAIT_COLUMNS


@dataclass(frozen=True)
class ListOptions:
    columns: Sequence[SortKey] = TABLE_COLUMNS
    title: str = ""
    # What the list is: the filter or search it was printed from, in the user's words.
    subtitle: str = ""
    landscape: bool = False
    language: str = "ru"
    currency: str = "RUB"


def _cell_text(row: ClientRow, key: SortKey, options: ListOptions, texts: ReportTexts) -> str:
    language = options.language
    match key:
        case SortKey.NAME:
            return row.display_name + (" ★" if row.is_vip else "")
        case SortKey.PHONE:
            return row.phone
        case SortKey.EMAIL:
            return row.email
        case SortKey.CITY:
            return row.city
        case SortKey.STATUS:
            return texts.word("status", row.status)
        case SortKey.BIRTHDAY:
            return birthday_written(row.birthday, language)
        case SortKey.TOTAL_SPENT:
            return money_text(row.total_spent, options.currency, language)
        case SortKey.PURCHASE_COUNT:
            return number_text(row.purchase_count, 0, language)
        case SortKey.LAST_PURCHASE:
            return date_text(row.last_purchase, language)
        case SortKey.CREATED:
            return date_text(row.created_at.date(), language)


def client_list_story(
    db: Database, ids: Sequence[int], options: ListOptions, progress: Progress | None = None
) -> tuple[list[Flowable], ReportPage]:
    texts = ReportTexts(options.language)
    report = ReportPage(
        options.title or texts["client_list"], texts.language, landscape=options.landscape
    )
    columns = list(options.columns) or [SortKey.NAME]
    header = [texts["col.number"], *(texts[f"col.{c.value}"] for c in columns)]
    texts_of_rows: list[list[str]] = [header]  # the header, to number the rows from 1
    spent = Decimal(0)
    purchases = 0
    for start in range(0, len(ids), CHUNK):
        for row in load_rows(db, list(ids[start : start + CHUNK])):
            spent += row.total_spent
            purchases += row.purchase_count
            texts_of_rows.append(
                [str(len(texts_of_rows)), *(_cell_text(row, k, options, texts) for k in columns)]
            )
        if progress is not None:
            progress(min(start + CHUNK, len(ids)), len(ids))
    clients = len(texts_of_rows) - 1
    totals = [""] * (len(columns) + 1)
    totals[1] = texts["total"]
    for index, key in enumerate(columns, start=1):
        if key is SortKey.TOTAL_SPENT:
            totals[index] = money_text(spent, options.currency, texts.language)
        elif key is SortKey.PURCHASE_COUNT:
            totals[index] = number_text(purchases, 0, texts.language)
    summary = texts["clients_count"].format(count=number_text(clients, 0, texts.language))
    if options.subtitle:
        summary = f"{options.subtitle} · {summary}"
    table = TableReport(
        header,
        texts_of_rows[1:],
        GridStyle({0} | {i for i, k in enumerate(columns, start=1) if k in NUMERIC_COLUMNS}),
        fixed={0: number_column_width(clients)},
        footer=totals,
    )
    story = table_story(report, summary, table)
    return story, report


def write_client_list(
    db: Database,
    path: Path,
    ids: Sequence[int],
    options: ListOptions,
    progress: Progress | None = None,
) -> int:
    """Write the clients of `ids`, in that order, to a PDF; return its page count."""
    story, report = client_list_story(db, ids, options, progress)
    return write_pdf(path, story, report)
