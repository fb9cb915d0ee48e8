"""How a sale was paid, as a shop selling on credit writes it beside the sum: «Оплачено»
(30 000 of a 50 000 coat) or «Долг» (20 000). Such a column stays in the sale's comment
(see mapping_rules.figures_of_sales); this reads the sale's payment state from it, where no
«Оплата» column says it in words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from clientbase.db.enums import PaymentState
from clientbase.exchange.choices import parse_choice
from clientbase.exchange.header import Target
from clientbase.exchange.values import text_of
from clientbase.services.money import parse_decimal
from clientbase.services.text import fold

# A column of what was paid of the sale, by its name…
PAID_HEADER = re.compile(
    r"оплачен|внесен|внесл|предоплат|^paid\b|amount paid|сумма оплаты"
    # A book of debts in the shop's own words: «Отдала» 5 000 of 12 000, «Заплатил».
    r"|^отдал|^заплатил|^оплатил|^аванс|^advance|^deposit"
)
# What was paid ahead («Предоплата»): a guest house's «0» is no stay unpaid.
_AHEAD = re.compile(r"предоплат|prepaid|prepayment|deposit|аванс|advance")
# …and of what is still owed.
_OWED_HEADER = re.compile(r"долг|задолж|остаток|осталось|balance|owed|amount due")
# What is left that is no money: a pass's visits («Осталось занятий»), days, points.
_NOT_MONEY = re.compile(r"заняти|посещени|визит|\bдн(ей|я)\b|балл|бонус|visits|days|points")


def payment_of(
    cells: Sequence[object], headers: Sequence[object], mapping: Sequence[Target], total: Decimal
) -> tuple[PaymentState, int | None] | None:
    """The sale's payment state its «Оплачено» or «Долг» says (the sum paid or owed, or a
    yes or no, against the sale's `total`), with the column where it says no more than
    that (paid in full: «да», or the sale's very sum); None where no such column of the
    sale's notes says one."""
    for column, target in enumerate(mapping):
        if target is not Target.SALE_NOTE or column >= len(cells):
            continue
        header = fold(text_of(headers[column]))
        paid, owed = PAID_HEADER.search(header), _OWED_HEADER.search(header)
        text = text_of(cells[column]).strip()
        if not (paid or owed) or not text or _NOT_MONEY.search(header):
            continue
        try:
            figure = parse_decimal(text, comma_groups=True)
        except ValueError:
            if paid:  # «Оплачено: да», «нет»
                try:
                    return parse_choice(PaymentState, text), column
                except ValueError:
                    continue
            continue
        if total <= 0 or (figure <= 0 and _AHEAD.search(header)):
            continue  # nothing paid ahead says nothing of what was paid since
        if owed:
            figure = total - figure
        if figure >= total:
            # More paid than the sale's sum says something more: the note stays.
            return PaymentState.PAID, column if figure == total else None
        return (PaymentState.UNPAID if figure <= 0 else PaymentState.PARTIAL), None
    return None


# A share of the sale paid, as 1C:УНФ's customer orders say it: «Оплата: 50%».
_SHARE = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%$")


def paid_share(text: str) -> PaymentState | None:
    """The payment state a share paid says («0%» none, «100%» in full, «50%» in part);
    None for any other words."""
    found = _SHARE.match(text.strip())
    if found is None:
        return None
    share = Decimal(found.group(1).replace(",", "."))
    if share <= 0:
        return PaymentState.UNPAID
    return PaymentState.PAID if share >= 100 else PaymentState.PARTIAL
