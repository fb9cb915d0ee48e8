"""A sheet's row of totals, which is no client: «Итого», «Всего за март», Excel's «Москва
Итог» and «Общий итог»."""

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


def is_totals_row(cells: Sequence[object]) -> bool:
    first = next((text_of(cell) for cell in cells if cell is not None), "")
    if len(first) > 60:
        return False
    folded = first.casefold().rstrip(":").strip()
    if folded in _TOTALS or _SUBTOTAL.match(folded) or _EXCEL_SUBTOTAL.search(folded):
        return True
    return bool(_NAMED_TOTAL.search(folded)) and _figures_beside(cells, first)


def _figures_beside(cells: Sequence[object], label: str) -> bool:
    others = [cell for cell in cells if cell is not None and text_of(cell) not in ("", label)]
    return bool(others) and all(
        isinstance(cell, int | float | Decimal) and not isinstance(cell, bool) for cell in others
    )
