"""Where a sheet's column names are.

Real client sheets start with a title, a date or blank rows, have merged group headings
above the column names, and end with a totals row; the header is the row whose cells read
most like column names we know. A header may take two rows, and a list typed by hand may
have none, starting with a client's row."""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.header import (
    NAME_TARGETS,
    Target,
    is_birth_part,
    is_contact_kind,
    target_of_header,
)
from clientbase.exchange.values import holds_phones, looks_like_email, text_of
from clientbase.services.dates import month_alone

HEADER_SEARCH_ROWS = 30


def find_header_row(rows: Sequence[Sequence[object]]) -> int | None:
    """Index of the row that names the columns, or None when no row looks like one.

    A list typed without column names starts with two clients' rows, a phone or an e-mail
    in each: then the row above them (a title, or -1 at the top), whose header_cells are
    empty names, for the columns to be known by their values. Read as the column names,
    the first client was lost. (One such row alone is rather the shop's own line in the
    title: «Магазин «Уют»», «тел. 8 495 …».)"""
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = [cell for cell in row if cell is not None]
        if _is_title(filled):
            continue
        if _holds_data(filled):
            if best is not None:
                break  # the list has begun under the names found
            if _holds_data(_next_filled(rows, index)):
                return index - 1  # no row of names above the first client's
            continue
        known = sum(1 for cell in filled if target_of_header(cell) is not None)
        texts = sum(1 for cell in filled if isinstance(cell, str) and not holds_phones(cell))
        if known == 0 and texts < len(filled):
            continue
        score = known * 10 + texts
        if best is None or score > best[1]:
            best = (index, score)
    if best is None:
        return None
    found = best[0]
    if found + 1 < len(rows) and is_two_row_header(rows[found], rows[found + 1]):
        return found + 1  # the data starts under the lower half
    return found


def _is_title(filled: Sequence[object]) -> bool:
    """A blank row, or one cell alone: a title («Клиенты магазина «Уют»»), unless it names
    a column of names (a list of clients may be just that, «ФИО» over the names)."""
    return not filled or (len(filled) == 1 and target_of_header(filled[0]) not in NAME_TARGETS)


def _next_filled(rows: Sequence[Sequence[object]], line: int) -> list[object]:
    """The filled cells of the first row under `line` that has any."""
    for row in rows[line + 1 :]:
        if filled := [cell for cell in row if cell is not None]:
            return filled
    return []


def _is_title_over_data(rows: Sequence[Sequence[object]], line: int) -> bool:
    if not _is_title([cell for cell in rows[line] if cell is not None]):
        return False
    return _holds_data(_next_filled(rows, line))


def _holds_data(filled: Sequence[object]) -> bool:
    """A client's row, with what no column name is: a phone or an e-mail. (A number alone
    may stand in a summary: «Всего клиентов», 1.)"""
    return any(holds_phones(cell) or looks_like_email(cell) for cell in filled)


# What no column name looks like: a date or a number first («08.03»), a line break, a
# label and its value («Telegram: elena_s»).
_LIKE_DATA = re.compile(r"^\d|\n|:\s*\S")


def is_two_row_header(upper: Sequence[object], lower: Sequence[object]) -> bool:
    """Whether `lower` is the second row of a header that `upper` starts: Excel users head
    a group of columns with one merged cell («Контакты» over «Телефон» and «E-mail») and
    merge the other names down over both rows («ФИО»), which leaves the lower row empty
    under them. So the lower row holds only names, one of them known, and a known name
    of the upper row stands above an empty cell of the lower one, or above a name known
    too («Адрес» over «Город»)."""
    filled = [cell for cell in lower if cell is not None]
    names = [cell for cell in filled if isinstance(cell, str)]
    if not filled or len(names) < len(filled):
        return False
    if any(holds_phones(name) or "@" in name or _LIKE_DATA.search(name) for name in names):
        return False
    groups = _groups(upper)
    if not any(_named(cell, group) for cell, group in zip(lower, groups, strict=False)):
        return False
    if any(
        cell is not None and not _named(cell, groups[column])
        for column, cell in enumerate(lower[: len(upper)])
        if target_of_header(upper[column]) not in (None, Target.IGNORE)
    ):
        # «Смирнов Ян» under «ФИО», «Тула» under «Город»: under a column's own name, the
        # lower half of a header holds a narrower name («Телефон» under «Контакты») or
        # nothing. The first client's, with a note such as «Скидка 5%» and no phone.
        return False
    own = [
        column
        for column, cell in enumerate(lower)
        if cell is not None and (column >= len(upper) or upper[column] != cell)
    ]
    if len(own) == 1 and own[0] < len(upper) and target_of_header(upper[own[0]]) in NAME_TARGETS:
        # «Номенклатура» alone under «Контрагент»: what a 1C report's rows are grouped by
        # under the client's (see services.report_groups), not a column of its own.
        return False
    return any(
        cell is not None
        and isinstance(cell, str)
        and target_of_header(cell) is not None
        and (column >= len(lower) or lower[column] is None)
        for column, cell in enumerate(upper)
    )


def _named(cell: object, group: object = None) -> bool:
    """A column name we know, a kind of contact («рабочий» under «Телефон»), a part of
    the date merged over it («Месяц» under «Дата рождения»), or a month under its year."""
    return (
        target_of_header(cell) is not None
        or is_contact_kind(cell)
        or (is_birth_part(cell) and target_of_header(group) is Target.BIRTHDAY)
        or _month_of_year(cell, group) is not None
    )


_YEAR = re.compile(r"^(20\d\d)(?:\s*(?:г|год)\.?)?$")


def _month_of_year(cell: object, group: object) -> str | None:
    """«Январь 2026» of a month under a year merged over the months («2026» over «Январь»,
    «Февраль», …, as a sheet of each client's sums a month is headed); None for any other
    cell (see services.month_sales)."""
    month = month_alone(text_of(cell))
    year = _YEAR.match(text_of(group).strip().casefold())
    return f"{month} {year[1]}" if month and year else None


def _groups(upper: Sequence[object]) -> list[object]:
    """Over each column, the upper row's name, merged over the columns to its right up to
    the next name."""
    groups: list[object] = []
    for cell in upper:
        groups.append(cell if cell is not None else (groups[-1] if groups else None))
    return groups


# Names spread over several columns whose lower half may say only which kind each is.
_KINDS_OF = {Target.PHONE, Target.EMAIL}


def header_cells(rows: Sequence[Sequence[object]], header_line: int) -> list[object]:
    """The column names in row `header_line`; in the lower row of a two-row header (see
    is_two_row_header), a column named in the upper row alone takes that name. Above a
    list typed without names (a title row with a client's row under it, or none at all:
    see find_header_row) the names are empty, one a column."""
    # A CSV row with a «;» typed into a cell runs past the names: its last cells are the
    # sheet's too, under no name, not to be dropped unseen.
    width = max((len(row) for row in rows[header_line + 1 :]), default=0)
    if header_line < 0 or _is_title_over_data(rows, header_line):
        return [None] * width
    names = list(rows[header_line])
    names.extend([None] * (width - len(names)))
    if header_line == 0 or not is_two_row_header(rows[header_line - 1], names):
        return names
    upper = rows[header_line - 1]
    names.extend([None] * (len(upper) - len(names)))
    for column, (cell, group) in enumerate(zip(upper, _groups(upper), strict=True)):
        if cell is not None and names[column] is None:
            names[column] = cell
        elif is_birth_part(names[column]) and target_of_header(group) is Target.BIRTHDAY:
            # «День», «Месяц», «Год» under one «Дата рождения»: «Дата рождения (месяц)».
            names[column] = f"{text_of(group).strip()} ({text_of(names[column]).strip()})"
        elif (month := _month_of_year(names[column], group)) is not None:
            names[column] = month  # «Январь» under «2026»: «Январь 2026»
        elif is_contact_kind(names[column]) and target_of_header(group) in _KINDS_OF:
            # «личный» and «рабочий» under one «E-mail»: «E-mail личный», «E-mail рабочий».
            names[column] = f"{text_of(group).strip()} {text_of(names[column]).strip()}"
    return names
