"""What a whole column of a sheet says about how to read each of its cells: judged on all
its values, since one value alone cannot tell (2/1/1980, 0.05)."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header import Target
from clientbase.services.dates import DateOrder, date_order

_DATE_TARGETS = frozenset({
    Target.BIRTHDAY, Target.CONSENT_DATE, Target.PURCHASE_DATE, Target.CLIENT_SINCE,
    Target.NEXT_CONTACT, Target.LAST_CALL, Target.LAST_VISIT,
})  # fmt: skip


# The countries that write a date month first (2/25/1980): the United States and the
# islands that follow its ways, and the Philippines.
MONTH_FIRST_REGIONS = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "MH", "PW"})


def month_first_columns(
    rows: Sequence[Sequence[object]], mapping: Sequence[Target], region: str = "RU"
) -> frozenset[int]:
    """The date columns of these rows that write month before day (2/25/1980); each is
    judged by all its dates, since one date like 2/1/1980 cannot tell. A file writes its
    dates one way: where a column shows month first and none shows day first, its other
    columns of dates with slashes are month first too, though too few of their dates tell
    (a «Customer since» of one 1/20/2023 and one 11/5/2022, which was 11 May). In a shop
    of a `region` that writes month first, so does a column of slashed dates none of which
    tells (3/5 there is 5 March: Mailchimp's and every American sheet's birthdays)."""
    orders = {
        column: date_order(
            value for row in rows if column < len(row) and type(value := row[column]) is str
        )
        for column, target in enumerate(mapping)
        if target in _DATE_TARGETS
    }
    shown = {column for column, (order, _) in orders.items() if order is DateOrder.MONTH_FIRST}
    undecided = all(order is not DateOrder.DAY_FIRST for order, _ in orders.values())
    if undecided and (shown or region in MONTH_FIRST_REGIONS):
        shown |= {column for column, (_, slashed) in orders.items() if slashed}
    return frozenset(shown)


def fraction_columns(rows: Sequence[Sequence[object]], mapping: Sequence[Target]) -> frozenset[int]:
    """The discount columns whose numbers are all fractions of one (0.05, 0.1): percentages
    shown as such by a file that keeps no formats (an .xls), which read as they are would
    be discounts of 0.05 %."""
    found = set()
    for column, target in enumerate(mapping):
        if target is not Target.DISCOUNT:
            continue
        numbers = [
            value
            for row in rows
            if column < len(row)
            and isinstance(value := row[column], int | float)
            and not isinstance(value, bool)
        ]
        if numbers and all(0 <= n < 1 for n in numbers) and any(n > 0 for n in numbers):
            found.add(column)
    return frozenset(found)
