"""Whether a sheet's mapping names the clients its rows are: without a column of names (or,
on an orders sheet, of what finds a client), no row could be saved."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.errors import ImportFileError
from clientbase.exchange.header import target_of_header
from clientbase.exchange.targets import NAME_TARGETS, PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of

# An orders sheet may name its clients only by what finds them: a till exports the card
# number or the client's code with each sale.
KEY_TARGETS = {Target.CLIENT_CODE, Target.PHONE, Target.EMAIL, Target.LOYALTY_CARD}


def require_name_column(
    mapping: Sequence[Target], file_name: str, headers: Sequence[object] = ()
) -> None:
    """Refuse a mapping that names no client. Where the column names (`headers`) are a
    sale's (goods, sums, orders' numbers), the sheet is a list of sales without its buyers,
    as a marketplace reports them, and is refused as that: the person looks for the list
    of orders with their buyers, not for a column of names that is not there."""
    columns = set(mapping)
    if NAME_TARGETS & columns or (Target.PURCHASE_DATE in columns and KEY_TARGETS & columns):
        return
    sales = {target_of_header(text_of(header)) for header in headers} & PURCHASE_TARGETS
    raise ImportFileError("no_buyer_column" if len(sales) >= 2 else "no_name_column", file_name)
