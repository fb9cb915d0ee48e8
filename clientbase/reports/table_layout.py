"""Column widths from the text a table holds, and word wrapping that never clips.

Reportlab's Paragraph wraps well but costs a millisecond a cell; a 10,000-row list has
100,000 cells. Here a cell stays a plain string (with line breaks where it must wrap), and
the widths are worked out the way a browser lays out a table: narrow columns get what they
need, wide ones share the rest, and none is narrower than its longest word if that fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

# Left plus right padding of a cell, as table_style sets it.
PADDING = 6.0
# A single word wider than this (an e-mail) is broken across lines instead of widening a column.
LONGEST_WORD = 110.0
# A column whose longest text is narrower than this is kept on one line when at all possible.
SHORT_COLUMN = 100.0


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: float,
    fonts: tuple[str, str, float],
    fixed: dict[int, float],
    footer: Sequence[str] = (),
) -> list[float]:
    """Widths for the columns that add up to `total`; `fonts` is (body, header, size).

    `fixed` columns keep their width (a row number). Short columns (a phone, a date, a sum)
    get the width of their longest text, so they never wrap; the long ones (a name, an
    e-mail) share what is left in proportion to their text, never below their longest word.
    A header may wrap between its words; a `footer` (totals, in bold) may not.
    """
    font, bold, size = fonts
    count = len(header)
    natural = [stringWidth(text, bold, size) for text in footer] or [0.0] * count
    floor = [_longest_word(h, bold, size) for h in header]
    for row in rows:
        for index, text in enumerate(row):
            if index in fixed or not text:
                continue
            for line in text.split("\n"):
                width = stringWidth(line, font, size)
                if width > natural[index]:
                    natural[index] = width
                    floor[index] = max(
                        floor[index], min(_longest_word(line, font, size), LONGEST_WORD)
                    )
    free = [i for i in range(count) if i not in fixed]
    room = total - sum(fixed.values())
    want = {i: max(natural[i], floor[i]) + PADDING for i in free}
    least = {i: floor[i] + PADDING for i in free}
    widths = dict(fixed)
    short = [i for i in free if want[i] <= SHORT_COLUMN]
    long = [i for i in free if i not in short]
    if sum(want.values()) <= room:
        # Everything fits on one line: the spare room goes to the long columns, or to all.
        takers = long or free
        spare = room - sum(want.values())
        weight = sum(want[i] for i in takers)
        for i in free:
            widths[i] = want[i] + (spare * want[i] / weight if i in takers else 0.0)
    elif long and room - sum(want[i] for i in short) >= sum(least[i] for i in long):
        for i in short:
            widths[i] = want[i]
        widths.update(_shared(room - sum(want[i] for i in short), long, want, least))
    elif sum(least.values()) <= room:
        # Short columns must wrap too: each keeps its longest word, the rest is shared.
        widths.update(_shared(room, free, want, least))
    else:
        # Too many columns for the page: every one gives up room in proportion.
        scale = room / sum(want.values())
        for i in free:
            widths[i] = want[i] * scale
    return [widths[i] for i in range(count)]


def _shared(
    room: float, columns: list[int], want: dict[int, float], least: dict[int, float]
) -> dict[int, float]:
    """`room` divided in proportion to what each column wants, none below its least."""
    widths: dict[int, float] = {}
    pending = list(columns)
    while pending:
        weight = sum(want[i] for i in pending)
        squeezed = [i for i in pending if room * want[i] / weight < least[i]]
        if not squeezed:
            widths.update({i: room * want[i] / weight for i in pending})
            break
        for i in squeezed:
            widths[i] = least[i]
            room -= least[i]
            pending.remove(i)
    return widths


def _break_word(word: str, room: float, font: str, size: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for letter in word:
        if current and stringWidth(current + letter, font, size) > room:
            pieces.append(current)
            current = letter
        else:
            current += letter
    return [*pieces, current]


def wrap(text: str, width: float, font: str, size: float) -> str:
    """`text` with line breaks so that no line is wider than the cell."""
    room = width - PADDING
    if "\n" not in text and stringWidth(text, font, size) <= room:
        return text
    lines: list[str] = []
    for part in text.split("\n"):
        for line in simpleSplit(part, font, size, room) or [""]:
            if stringWidth(line, font, size) <= room:
                lines.append(line)
            else:
                lines.extend(_break_word(line, room, font, size))
    return "\n".join(lines)


def row_height(row: Sequence[str], leading: float, padding: float) -> float:
    return max(text.count("\n") + 1 for text in row) * leading + padding


def page_slices(
    heights: Sequence[float], header_height: float, first_room: float, room: float
) -> list[tuple[int, int]]:
    """Where each page's part of a table starts and ends, header included on every page.

    Reportlab splits a long table page by page, copying every row left each time: a
    10,000-row list took 20 s. Rows of plain text have heights known in advance, so the
    table is cut here into one table per page, in linear time.
    """
    slices: list[tuple[int, int]] = []
    start = 0
    available = first_room - header_height
    used = 0.0
    for index, height in enumerate(heights):
        if used + height > available and index > start:
            slices.append((start, index))
            start, used, available = index, 0.0, room - header_height
        used += height
    slices.append((start, len(heights)))
    return slices
