"""A sheet read into the shape of a client list before its columns are mapped: each of its
rows one client, sale or visit, and what a row says in its own way in a column the import
reads. Each step leaves a table that is not of its kind as it is."""

from __future__ import annotations

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
    table = spread_sales(unstacked(table, header_line), header_line)
    table = spread_months(table, header_line, today)
    table = dated_by_sections(table, header_line, today)
    return without_defaults(lifted_pairs(table, header_line, language), header_line)
