"""Rows a list brings from its pages, not from its clients.

A list kept for printing, or put together from several lists one under another, repeats
its column names further down («ФИО | Телефон | Город» again), and one copied from a
printed report or a PDF carries its pages' numbers («Страница 2 из 3», «- 2 -»). Read as
clients they became «Фио», of the town «Город», and «Страница 2 Из».
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.values import text_of

_PAGE_MARK = re.compile(
    r"^(?:(?:страница|стр|лист|page|p)\.?\s*\d+(?:\s*(?:из|of|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)


def folded_headers(headers: Sequence[object]) -> list[str]:
    """The column names as is_header_again compares them."""
    return [text_of(header).strip().casefold() for header in headers]


def is_header_again(cells: Sequence[object], headers: Sequence[str]) -> bool:
    """Whether every filled cell of the row is its column's own name (see folded_headers)."""
    seen = False
    for column, cell in enumerate(cells):
        if cell is None:
            continue
        if not isinstance(cell, str) or column >= len(headers):
            return False
        written = cell.strip().casefold()
        if written:
            if written != headers[column]:
                return False
            seen = True
    return seen


def is_page_mark(cells: Sequence[object]) -> bool:
    """Whether the row holds only a page's number: «Страница 2 из 3», «Стр. 2», «- 2 -»."""
    # Called on every row: a client's row is told at its second filled cell.
    found: object = None
    for cell in cells:
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            if found is not None:
                return False
            found = cell
    return found is not None and bool(_PAGE_MARK.match(text_of(found).strip()))
