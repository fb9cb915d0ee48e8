"""What a sheet writes in a cell it has nothing for, which an import does not read as a
value."""

from __future__ import annotations

import re

from clientbase.exchange.targets import Target

# What a sheet writes in a cell it has nothing for: «-», «нет», «н/д». Not a value to check
# and name as a bad phone, only in a yes/no column it says no.
_PLACEHOLDERS = frozenset(
    {"-", "--", "—", "–", "?", ".", "…", "нет", "н/д", "нд", "n/a", "na", "none", "null",
     "не указан", "не указано", "не указана", "отсутствует",
     # No date, as Outlook's CSV and MySQL's dumps write it.
     "0/0/00", "0.0.00", "00.00.0000", "0000-00-00", "0000-00-00 00:00:00",
     # An empty record or list, as a payment service's «Metadata» writes it.
     "{}", "[]"}
)  # fmt: skip

# «нет телефона», «нет почты», «не дала»: a contact's cell saying it has none, in its own
# words. Not in the notes, where «нет скидки» is something to know.
_NOTHING = re.compile(r"^(?:нет|без)\s+\w+$|^не\s+(?:дал|дала|дали|оставил|оставила|знаю)$")
_CONTACT_TARGETS = frozenset({Target.PHONE, Target.EMAIL, Target.BIRTHDAY, Target.MESSENGERS})


def says_nothing(value: object, target: Target | None = None) -> bool:
    """Whether a cell only says there is nothing there: «-», «нет», «н/д», and under a
    contact «нет телефона», «не дала»."""
    if type(value) is not str or len(value) >= 25:
        return False
    folded = value.strip().casefold()
    if folded in _PLACEHOLDERS:
        return True
    # Most cells are values: the words are looked for only where they can start.
    return folded[:1] in "нб" and target in _CONTACT_TARGETS and bool(_NOTHING.match(folded))
