"""Why a sheet's whole row is no client: blank, a row of totals, the column names again, or
a page's number (see ReadRow.skipped)."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.page_rows import is_header_again, is_page_mark
from clientbase.exchange.totals_row import is_totals_row


def row_skipped(cells: Sequence[object], taken: Sequence[int], headers: Sequence[str]) -> str:
    """The reason the row is left out whole, "" for a row to read. `taken`: the columns
    imported; `headers`: the column names as folded_headers gives them."""
    width = len(cells)
    # A template's row numbered and left empty («№ п/п» 1…500, a few filled in) is blank:
    # nothing of it is imported, and it was a row «without a name».
    if all(cells[column] is None for column in taken if column < width):
        return "blank"
    if is_totals_row(cells):
        return "totals"
    if is_header_again(cells, headers):
        return "header_again"
    if is_page_mark(cells):
        return "page_number"
    return ""
