"""A contact's whole name beside its parts: amoCRM's «Полное имя контакта» «Иван Петров»
beside its «Имя» «Иван» and «Фамилия» «Петров». Left to the notes, it repeated the name on
every card («Полное имя контакта: Иван Петров»). Read as the client's name, as a «ФИО»
beside its parts is, it is noted only where it says more than they do («Иван Петров
(сосед)»), and names the client where the parts are empty."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.header_names import CONTACT_COLUMNS
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.text import fold

_PARTS = (Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME)
# Most rows, as a column of names «mostly» people's is elsewhere (header._named_contact).
_SHARE = 0.8


def whole_name_beside_parts(
    mapping: list[Target], samples: Sequence[Sequence[object]], names: Sequence[str]
) -> None:
    """The «Контакт» column (header_names.CONTACT_COLUMNS) kept as notes that holds the
    row's name parts, in any order, on most rows whose parts are filled: the client's whole
    name. Not a child's list's «Контакт», the parent beside the child's parts."""
    parts = [column for column, target in enumerate(mapping) if target in _PARTS]
    if not parts or Target.FULL_NAME in mapping:
        return
    for column, name in enumerate(names):
        if name not in CONTACT_COLUMNS or mapping[column] is not Target.NOTES:
            continue
        pairs = [
            (_words([row[column]]), parted)
            for row in samples
            if column < len(row) and (parted := _words([row[p] for p in parts if p < len(row)]))
        ]
        same = sum(parted <= whole for whole, parted in pairs)
        if pairs and same >= _SHARE * len(pairs):
            mapping[column] = Target.FULL_NAME
            return


def _words(cells: Sequence[object]) -> set[str]:
    return {fold(word) for cell in cells for word in text_of(cell).split()}


# A person's name beside the customer's: QuickBooks' «Full Name» beside its «Customer».
_PERSON_COLUMNS = CONTACT_COLUMNS | {"full name"}


def person_beside_company(
    mapping: list[Target], samples: Sequence[Sequence[object]], names: Sequence[str]
) -> None:
    """Where the list's name column repeats its company's on a row (QuickBooks' «Customer»
    of «Amy's Bird Sanctuary» beside the same «Company»), the customers are companies, and
    the «Full Name» kept as notes beside them, «Amy Lauterbach», is the one to speak to: the
    contact person. A person's row names them again, which the card leaves out."""
    if Target.FULL_NAME not in mapping or Target.ORGANIZATION not in mapping:
        return
    whole, company = mapping.index(Target.FULL_NAME), mapping.index(Target.ORGANIZATION)
    if not any(
        max(whole, company) < len(row) and text_of(row[whole]).strip()
        and fold(text_of(row[whole]).strip()) == fold(text_of(row[company]).strip())
        for row in samples
    ):  # fmt: skip
        return
    for column, name in enumerate(names):
        if name in _PERSON_COLUMNS and mapping[column] is Target.NOTES:
            mapping[column] = Target.CONTACT_PERSONS
            return
