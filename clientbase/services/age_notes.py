"""A sheet's «Возраст» beside the client's birthday: the age the birthday tells, typed or
counted by a formula when the sheet was last saved. Kept, it would be a line of every card's
notes that grows wrong by a year each year."""

from __future__ import annotations

import re
from datetime import date

from clientbase.errors import ValidationError
from clientbase.services.dates import parse_birthday

# «Возраст: 46», «Лет: 46», «Age: 46 лет» as the notes keep a column under its name.
_AGE_NOTE = re.compile(
    r"^(?:возраст|возраст клиента|лет|полных лет|кол во лет|age)\s*:\s*"
    r"(\d{1,3})(?:\s*(?:лет|года?|г\.?))?$",
    re.IGNORECASE,
)
# A sheet saved this many years ago still says the age of then.
_YEARS_BEHIND = 10


def without_known_age(notes: list[str], birthday: str, today: date) -> list[str]:
    """The notes without the age the card's birthday tells (up to ten years behind it, as an
    old sheet's typed age is). An age the birthday contradicts, or beside a birthday without
    its year, stays: the person may need to look at it."""
    if not birthday or not any(_AGE_NOTE.match(_bare(note)) for note in notes):
        return notes  # most rows: the birthday is read only where an age is noted
    try:
        born = parse_birthday(birthday, today=today)
    except ValidationError:
        return notes
    age = born.age_on(today) if born is not None else None
    if age is None:
        return notes
    return [note for note in notes if not _told(note, age)]


def _told(note: str, age: int) -> bool:
    found = _AGE_NOTE.match(_bare(note))
    return found is not None and 0 <= age - int(found[1]) <= _YEARS_BEHIND


def _bare(note: str) -> str:
    return note.replace("-", " ").strip()  # «Кол-во лет»
