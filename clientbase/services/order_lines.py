"""Orders written as a sales book writes them: the date, number and client on the order's
first row only, and each further item on a row of its own below, with those cells left
blank («Плед» on the order's row, «Свеча» and «Открытка» under it).

Such a row is not a sale of nobody on no day: it is a line of the order above. Merged cells
say the same and are copied down when the file is read (see table_file); this is the sheet
that merely leaves them empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header import Target
from clientbase.exchange.totals_row import is_totals_row

# What the order's first row says for all its lines.
_ORDER_HEAD = frozenset(
    {
        Target.PURCHASE_DATE, Target.ORDER_NUMBER, Target.PURCHASE_STATUS, Target.PAYMENT,
        Target.PURCHASE_COMMENT, Target.SERVED_BY,
    }
)  # fmt: skip
# What a line of its own may hold.
_ITEM = frozenset({Target.ITEM, Target.ITEM_CODE, Target.QUANTITY, Target.PRICE, Target.AMOUNT})


class OrderLines:
    """Tells the rows of an orders sheet that hold only an item of the order above."""

    def __init__(self, mapping: Sequence[Target]) -> None:
        self._date = next(
            (column for column, target in enumerate(mapping) if target is Target.PURCHASE_DATE),
            None,
        )
        self._head = [column for column, target in enumerate(mapping) if target in _ORDER_HEAD]
        self._name = [column for column, target in enumerate(mapping) if target is Target.ITEM]
        # Anything else filled in (a name, a phone, a note) makes the row one of its own:
        # nothing on it may be dropped as a mere copy of the order's. A line's own comment
        # («подарочная упаковка» on the second item) is the line's, kept with the order's.
        self._own = frozenset(
            column
            for column, target in enumerate(mapping)
            if target not in _ITEM and target not in (Target.IGNORE, Target.PURCHASE_COMMENT)
        )

    def starts_order(self, cells: Sequence[object]) -> bool:
        """Whether the row gives an order's date, so that item rows may follow it."""
        return self._date is not None and self._date < len(cells) and cells[self._date] is not None

    def is_line(self, cells: Sequence[object], first: Sequence[object] = ()) -> bool:
        """Whether the row names an item and holds nothing of an order's or a client's own
        but what the order's `first` row says of the order (a shop's export writes the
        order's number on each of its lines, the day and the buyer on the first only).
        A sum alone is no line: under the last order it is most often the sheet's total."""
        if not any(column < len(cells) and cells[column] is not None for column in self._name):
            return False
        for column, value in enumerate(cells):
            if value is None or column not in self._own:
                continue
            if column not in self._head or column >= len(first) or first[column] != value:
                return False
        return not is_totals_row(cells)

    def completed(self, cells: Sequence[object], first: Sequence[object]) -> list[object]:
        """The item row with the date, number, status and payment of its order's first row
        (and its comment, where the line has none of its own)."""
        row = list(cells)
        for column in self._head:
            if column < len(first) and (column >= len(row) or row[column] is None):
                row.extend([None] * (column + 1 - len(row)))
                row[column] = first[column]
        return row
