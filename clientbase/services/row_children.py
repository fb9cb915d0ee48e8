"""A children's shop's columns of its clients' children: «Дети» («сын Петя, дочь Маша») and
«Дата рождения ребёнка». Each child becomes a contact person of the card, with its birthday,
so the calendar reminds the shop to congratulate; they had been two lines of the notes, and
no child's birthday was ever in the calendar. So does a relative whose name or birthday a
list keeps (a school's «ФИО родителя», a florist's «Жена» and «День рождения жены»), with
who that is («жена»)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from clientbase.exchange.cell_lists import written_contacts
from clientbase.exchange.header import Target, normalize_header
from clientbase.exchange.header_names import RELATIVES, RELATIVES_NAMED
from clientbase.exchange.values import looks_like_phone, text_of
from clientbase.services.client_data import ClientInput, ContactPersonInput, PhoneInput
from clientbase.services.import_birthdays import NoBirthday, read_birthday
from clientbase.services.read_row import CellProblem
from clientbase.services.record_words import RecordWords
from clientbase.services.text import fold

# Children written in one cell: «Петя, Маша», «Петя и Маша», one a line.
_MANY = re.compile(r"\s*[,;\n]\s*|\s+и\s+|\s+and\s+")
# Who the child is to the client, as a shop writes it before or after the name.
_RELATIONS = {
    "сын": "сын", "сына": "сын", "дочь": "дочь", "дочка": "дочь", "дочери": "дочь",
    "ребенок": "ребёнок", "внук": "внук", "внучка": "внучка", "son": "son",
    "daughter": "daughter", "child": "child", "grandson": "grandson",
    "granddaughter": "granddaughter",
}  # fmt: skip


def children_of(
    line: int,
    data: ClientInput,
    parts: dict[Target, tuple[int, object]],
    headers: Sequence[object],
    today: date,
    words: RecordWords,
) -> tuple[list[str], CellProblem | None]:
    """The row's children as the card's contact persons (`parts`: CHILD_NAME and
    CHILD_BIRTHDAY → column and cell). Returns the cells kept in the notes instead (under
    their columns' names: birthdays that cannot be told apart, one for each of several
    children), and the problem of a birthday refused."""
    kept: list[str] = []
    names = _with_asides(_split(parts.get(Target.CHILD_NAME)))
    if not all(_names_one(name) for name in names):
        # «2», «есть»: how many, or whether; no child's name.
        kept.append(_note(headers, *parts[Target.CHILD_NAME]))
        names = []
    column, cell = parts.get(Target.CHILD_BIRTHDAY, (-1, None))
    birthdays: list[str] = []
    problem = None
    for text in [] if cell is None else _dates(cell):
        try:
            found = read_birthday(text, today)
        except NoBirthday as refused:
            # Named, and kept in the notes; the children are the card's all the same.
            header = text_of(headers[column])
            problem = CellProblem(line, header, text_of(cell), refused.code, index=column)
            kept.append(_note(headers, column, cell))
            birthdays = []
            break
        birthdays.append(str(found) if found else "")
    if (len(birthdays) > 1 or names) and birthdays and len(birthdays) != len(names):
        kept.append(_note(headers, column, cell))  # whose is which: the shop knows
        birthdays = []
    children = names or [""] * len(birthdays)
    aside = False  # an age or a year of birth beside a name: the cell is noted as written
    for written_name, birthday in zip(children, birthdays or [""] * len(children), strict=True):
        written_name, day, said_more = _told_beside(written_name)
        aside = aside or said_more
        if day and not birthday:
            try:
                birthday = str(read_birthday(day, today) or "")
            except NoBirthday:
                aside = True
        elif day:
            aside = True  # and the birthday column's: which is right the shop knows
        name, relation = _name_and_relation(written_name)
        if not any(letter.isalpha() for letter in name):
            name = words.say("child")  # «2 (сын и дочь)»: how many, not a name
        data.contact_persons.append(ContactPersonInput(name, relation, birthday=birthday))
    if aside:
        kept.append(_note(headers, *parts[Target.CHILD_NAME]))
    return kept, problem


# What a shop writes beside a child's name: the birthday, «Маша (12.05.2015)», the age,
# «Миша 5 лет», or the year of birth, «Петя 2015 г.р.».
_DAY = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2}(?:\d{2})?)?|\d{4}-\d{2}-\d{2})\b"
    r"(?!\s*(?:лет|год|мес|years?|y\.?o))"  # «1.5 года» is an age
    # «12 мая 2015 г.», «3 февр.»
    r"|\b\d{1,2}\s+(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?"
    r"(?:\s+(?:19|20)\d{2}(?:\s*г\.?)?)?(?!\w)",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b\d{1,2}(?:[.,]5)?\s*(?:лет|год|года|мес\.?|месяц\w*|years?(?:\s+old)?|y\.?o\.?)(?!\w)"
    r"|\b(?:19|20)\d{2}\s*(?:г\.?\s*р\.?|г\.?|года?)?(?!\w)",
    re.IGNORECASE,
)


def _told_beside(written: str) -> tuple[str, str, bool]:
    """A child as written, without what is said beside the name: the name (and who the
    child is), the birthday written there, and whether an age or year was taken off."""
    day = _DAY.search(written)
    if day is not None:
        written = written[: day.start()] + written[day.end() :]
    rest = _AGE.sub(" ", written)
    said_more = rest != written
    rest = re.sub(r"\(\s*\)|[,–—-]\s*$", " ", rest)
    return " ".join(rest.split()), day[0] if day is not None else "", said_more


def _with_asides(names: list[str]) -> list[str]:
    """«Маша, 12.05.2015», «Аня, 3 года»: a day or an age after a comma is the child's
    before it, not another child."""
    joined: list[str] = []
    for written in names:
        name, day, said_more = _told_beside(written)
        if joined and not name and (day or said_more):
            joined[-1] += f" {written}"
        else:
            joined.append(written)
    return joined


def _split(part: tuple[int, object] | None) -> list[str]:
    if part is None:
        return []
    return [name for name in _MANY.split(text_of(part[1]).strip()) if name]


# What a «Дети» column says where it names no child.
_NO_NAMES = {"да", "нет", "есть", "yes", "no", "none"}


def _names_one(written: str) -> bool:
    return any(c.isalpha() for c in written) and fold(written) not in _NO_NAMES


def _dates(cell: object) -> list[object]:
    """A cell's birthdays: one date, or several written in one cell."""
    if isinstance(cell, date | datetime | int | float):
        return [cell]
    return [text for text in _MANY.split(text_of(cell).strip()) if text]


def _name_and_relation(written: str) -> tuple[str, str]:
    """«сын Петя» as «Петя» and «сын»; «Маша (дочь)» as «Маша» and «дочь»."""
    words = written.replace("(", " ").replace(")", " ").split()
    relation = ""
    for at in (0, -1):
        if words and (found := _RELATIONS.get(fold(words[at]))):
            relation = found
            del words[at]
            break
    return " ".join(words), relation


def _note(headers: Sequence[object], column: int, cell: object) -> str:
    return f"{text_of(headers[column])}: {text_of(cell)}"


def relatives_of(
    line: int,
    data: ClientInput,
    cells: Sequence[tuple[Target, int, object]],
    headers: Sequence[object],
    today: date,
) -> tuple[list[str], list[CellProblem]]:
    """The row's relatives as contact persons of the card (`cells`: target, column and
    cell): a name column's («Мама», «ФИО родителя») named so (a phone alone there is the
    card's, noted «мама»), a birthday column's («День
    рождения жены») with that day, one person where both say who («Жена», «ДР жены»); with
    no name, named by who it is («Жена»). Returns the cells kept in the notes instead, and
    the problems of days refused (kept too)."""
    kept: list[str] = []
    problems: list[CellProblem] = []
    people: dict[str, ContactPersonInput] = {}
    for target, column, cell in cells:
        who = _relative(normalize_header(headers[column]))
        if target is Target.RELATIVE_NAME:
            if looks_like_phone(text_of(cell).strip()):
                data.phones.append(PhoneInput(text_of(cell).strip(), who))  # «Мама: +7 903…»
                continue
            person = _person_named(cell, who)
            if person is None:
                kept.append(_note(headers, column, cell))
                continue
            if who in people and not people[who].position:
                person.birthday = people[who].birthday  # the birthday's column came first
            if not _birthday_beside(person, today):
                kept.append(_note(headers, column, cell))  # «Ольга, 40 лет»: as written
            people[who] = person
            continue
        try:
            found = read_birthday(cell, today)
        except NoBirthday as refused:
            header = text_of(headers[column])
            problems.append(CellProblem(line, header, text_of(cell), refused.code, index=column))
            kept.append(_note(headers, column, cell))
            continue
        if found is not None:
            person = people.setdefault(who, ContactPersonInput(who[:1].upper() + who[1:]))
            person.birthday = str(found)
    data.contact_persons += people.values()
    return kept, problems


def _birthday_beside(person: ContactPersonInput, today: date) -> bool:
    """The birthday written beside a relative's name, «Ольга (12.05.1985)», taken off the
    name as the person's; False where something else was (an age, a day that is none),
    which only the cell as written keeps."""
    name, day, said_more = _told_beside(person.name)
    person.name = name or person.name
    if day:
        try:
            found = str(read_birthday(day, today) or "")
        except NoBirthday:
            return False
        if person.birthday not in ("", found):
            return False  # and the birthday column's: which is right the shop knows
        person.birthday = found
    return not said_more


def _person_named(cell: object, who: str) -> ContactPersonInput | None:
    """The relative a name cell gives («Смирнова Ольга», «Ольга 89031234567»), who they are
    to the client as the position; None for a cell that names no one («да», «нет»)."""
    people = written_contacts(text_of(cell).strip())
    if len(people) != 1 or not _names_one(people[0].name) or people[0].position:
        return None
    person = people[0]
    person.position = who
    return person


def _relative(header: str) -> str:
    """Who a relative's column names: «день рождения жены», «фио жены», «жена» → «жена»."""
    if header in RELATIVES_NAMED:
        return RELATIVES_NAMED[header]
    for written in sorted(RELATIVES, key=len, reverse=True):
        if header.endswith(f" {written}") or header.startswith(f"{written} "):
            return RELATIVES[written]
    return header
