"""Headings a hand-kept client list writes between its rows: «А», «Б»… in an alphabetical
list, «VIP клиенты:», «Оптовики», «Январь 2024». Read as rows, each became a client («А»,
«Vip Клиенты»). They are left out, and a heading that names a group becomes a tag of the
clients under it, as the person kept them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.person_names import names_a_person
from clientbase.exchange.totals_row import is_totals_row
from clientbase.services.text import fold

# Words of a heading over a group of clients, never of a client's name.
_GROUP_WORDS = frozenset(
    fold(word)
    for word in (
        *("клиенты", "клиент", "покупатели", "оптовики", "опт", "розница", "vip", "вип"),
        *("постоянные", "новые", "архив", "должники", "партнеры", "поставщики", "сотрудники"),
        *("друзья", "родственники", "прочие", "другие", "разное", "группа", "категория"),
        *("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август"),
        *("сентябрь", "октябрь", "ноябрь", "декабрь"),
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A tag is a short word or two; a longer heading is left out without one.
_TAG_LIMIT = 60


def section_headings(rows: Sequence[Sequence[object]], header_line: int) -> dict[int, str]:
    """Sheet lines (counted from one) of the headings under `header_line`, each with the tag
    it gives the rows under it: "" for a letter of the alphabet or a long heading."""
    headings: dict[int, str] = {}
    for index in range(header_line + 1, len(rows)):
        heading = heading_tag(rows[index])
        if heading is not None:
            headings[index + 1] = heading
    return headings


def heading_tag(cells: Sequence[object]) -> str | None:
    """The tag of a heading row, or None for any other row. A heading is one text alone in
    its row (or merged across it, which repeats it in every cell it spans), and says it is
    one: a letter, a colon at its end, a year, or a word of a group."""
    alone: object = None
    for cell in cells:  # every row of the sheet passes here: the loop ends at a second value
        if cell is not None and cell != "":
            if alone is None:
                alone = cell
            elif cell != alone:
                return None
    if not isinstance(alone, str) or is_totals_row(cells):
        return None
    text = alone.strip()
    bare = text.rstrip(":. ").strip()
    if len(bare) == 1 and bare.isalpha():
        return ""  # «А», «Б»: an alphabetical list's divider names no group
    words = {fold(word) for word in _WORD.findall(bare)}
    if not words:
        return None  # signs alone: not a heading to read
    if words & _GROUP_WORDS or (
        (text.endswith(":") or _YEAR.search(bare)) and not names_a_person(bare)
    ):
        return bare if len(bare) <= _TAG_LIMIT else ""
    return None  # «Иванов Иван 1985» alone in its row is a client without a phone
