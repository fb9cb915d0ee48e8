"""A sheet's row of totals, which is no client: «Итого», «Всего за март», Excel's «Москва
Итог» and «Общий итог», and the figures worked out beside them, «Средний чек»."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from clientbase.exchange.values import text_of

_TOTALS = ("итого", "всего", "total", "итог")
# After a totals word, what makes it a subtotal: «Итого по клиенту», «Всего за март»; or a
# count of the list: «Всего клиентов: 3», «Итого 3 клиента», «Total customers: 3» (which
# became a client «Всего Клиентов:», or a heading tagging every client below it).
_SUBTOTAL = re.compile(
    r"^(?:итого|всего|итог|total)\s*(?::|\s(?:по|за|for|by)\b|\s+\d"
    r"|\s+(?:клиент|покупател|человек|записей|строк|позици|контакт|customer|client|contact"
    r"|record|row|people)\w*\s*(?::|-|—|\d|$))"
)


# What Excel's Данные → Промежуточный итог writes: «Москва Итог» after each group, «Общий
# итог» at the end; in English «Moscow Total» and «Grand Total». No name ends in «итог»; an
# English one may end in «Total», so there the rest of the row must be the figures alone.
_EXCEL_SUBTOTAL = re.compile(r"^(?:общий итог|grand total)$|\S\s+итог$")
_NAMED_TOTAL = re.compile(r"\S\s+total$")
# The figures a list's owner works out under it beside the total: «Средний чек». They
# name no client, but the row must hold figures alone all the same. Not «Макс», «Max» or
# «Мин»: a client may be called so.
_STATISTICS = {
    "среднее", "среднее значение", "в среднем", "средний чек", "средняя сумма", "средний",
    "средняя", "максимум", "минимум", "медиана", "количество", "кол во", "кол-во", "сумма",
    "average", "avg", "mean", "median", "maximum", "minimum", "count", "sum",
}  # fmt: skip


def is_totals_row(cells: Sequence[object]) -> bool:
    first = next((text_of(cell) for cell in cells if cell is not None), "")
    if len(first) > 60:
        return False
    folded = first.casefold().rstrip(":").strip()
    if folded in _TOTALS or _SUBTOTAL.match(folded) or _EXCEL_SUBTOTAL.search(folded):
        return True
    named = folded in _STATISTICS or bool(_NAMED_TOTAL.search(folded))
    return named and _figures_beside(cells, first)


# A figure as a CSV writes it: «1500», «1 234,50 ₽», «12 %»; of nine digits at most, as a
# phone is not («89161112233» beside a «… Total» that is a company's name).
_FIGURE = re.compile(r"-?(?=(?:\D*\d){1,9}\D*$)\d[\d\s\u00a0]*(?:[.,]\d+)?\s*(?:₽|руб\.?|р\.?|%)?")


def _figures_beside(cells: Sequence[object], label: str) -> bool:
    others = [cell for cell in cells if cell is not None and text_of(cell) not in ("", label)]
    return bool(others) and all(
        (isinstance(cell, int | float | Decimal) and not isinstance(cell, bool))
        or (isinstance(cell, str) and _FIGURE.fullmatch(cell.strip()) is not None)
        for cell in others
    )
