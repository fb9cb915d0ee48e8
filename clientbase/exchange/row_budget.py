"""How many rows of a sheet one import can take on this computer: the rows it may check at
once in the memory the computer has free.

An import keeps every row, as read and as checked, until the preview is decided on and the
rows are written (services.planned_rows): at its peak (`clientbase-cli import`, 5 December
2026) a 10-column sheet of 100,000 clients took 777 MB, a 13-column sheet of 111,538 order
lines 1,050 MB, and a 37-column one (the program's own export) takes about a quarter more a
row than the first. A sheet of 1,000,000 rows would want 7 to 9 GB: on a shop's computer
with 8 GB the program would be pushed into swap or killed halfway, its window with it.
Such a sheet is refused before its rows are handed to the import, with the number of rows
the computer can take, so that the person can split the list or close programs.
"""

from __future__ import annotations

from collections.abc import Sequence

import psutil

# What one row costs an import, each of its cells that holds a value more, and each empty
# one a slot of its row's list: the order lines' 8.7 KB a line (above) rounded up; a client
# list's rows cost less.
ROW_BYTES = 8_000
CELL_BYTES = 64
SLOT_BYTES = 8
# The rows whose cells are counted: enough for the average, few enough to count at once.
SAMPLED = 1_000
# The share of the free memory an import may count on: the program's own, the window's
# preview and the rest of the computer need their part.
USABLE_SHARE = 0.8
# Rows any computer that runs the program takes (70 MB at most): never refused, whatever
# the free memory reads at that moment.
ALWAYS_FITS = 10_000


def rows_that_fit(filled: float, width: int, available: int | None = None) -> int:
    """The rows of `width` cells, `filled` of them with values, an import can take in
    `available` bytes (by default the memory free now, as the system counts it: caches it
    can drop count as free)."""
    if available is None:
        available = psutil.virtual_memory().available
    cost = ROW_BYTES + CELL_BYTES * filled + SLOT_BYTES * width
    return max(int(available * USABLE_SHARE / cost), ALWAYS_FITS)


def row_shape(rows: Sequence[Sequence[object]]) -> tuple[float, int]:
    """How many cells of a row hold values, on average over the first rows, and how wide
    the widest row is: a value typed far to the right of a list widens every row, which
    costs a slot a cell, not a value's worth."""
    sample = rows[:SAMPLED]
    filled = sum(cell not in (None, "") for row in sample for cell in row) / max(len(sample), 1)
    return filled, max(map(len, rows), default=0)
