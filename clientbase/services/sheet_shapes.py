"""A sheet read into the shape of a client list before its columns are mapped: each of its
rows one client, sale or visit, and what a row says in its own way in a column the import
reads. Each step leaves a table that is not of its kind as it is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clientbase.exchange.labelled_pairs import lifted_pairs
from clientbase.exchange.outlook_defaults import without_defaults
from clientbase.exchange.side_tables import unstacked
from clientbase.exchange.table_file import TableData
from clientbase.services.day_sections import dated_by_sections
from clientbase.services.month_sales import spread_months
from clientbase.services.wide_sales import spread_sales


def reshaped(table: TableData, header_line: int, language: str, today: date) -> TableData:
    """Tables side by side one under another (side_tables), a row's further purchases in
    rows of their own (wide_sales), a sum or visit a month or day a purchase (month_sales),
    a book's days a column (day_sections), Google's labelled referrers and anniversaries
    columns (labelled_pairs), and Outlook's fields left at their defaults empty
    (outlook_defaults)."""
    shaped = spread_sales(unstacked(table, header_line), header_line)
    shaped = spread_months(shaped, header_line, today)
    shaped = dated_by_sections(shaped, header_line, today)
    shaped = without_defaults(lifted_pairs(shaped, header_line, language), header_line)
    return shaped if shaped is table else replace(shaped, as_read=table)


def with_header_row(table: TableData, header_line: int, language: str, today: date) -> TableData:
    """The sheet shaped anew for column names in row `header_line` (0-based; -1: none), as
    a person chose in the wizard or with --header-row: the shape the found row gave (a
    months sheet's purchases, or none where that row was wrong) no longer holds. A row
    past the sheet leaves it as it is, for the mapping to refuse."""
    read = table.as_read or table
    if not -1 <= header_line < len(read.rows):
        return table
    return reshaped(read, header_line, language, today)
