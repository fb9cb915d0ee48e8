"""People's names as sheets write them: one «ФИО» cell taken apart into last, first and
middle name, whatever its order, and a name typed in capitals or small letters written as
a name is.
"""

from __future__ import annotations

import re
from datetime import date

from clientbase.exchange.given_names import is_given_name
from clientbase.services.text import fold

# Russian patronymics are regular: Иванович, Сергеевич, Ильич, Ивановна, Саввична, Ильинична;
# Turkic ones follow the father's name as a word of its own (Ахмед оглы, Алиевна кызы).
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|овна|евна|ична|инична)$|^(?:оглы|кызы|улы|гызы)$")
# Endings only surnames have; «-ин(а)» is left out, being as common in first names
# (Марина, Валентин) as in surnames.
_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|ской|ых|их|енко)$")


def _is_patronymic(word: str) -> bool:
    return len(word) > 4 and _PATRONYMIC.search(word.casefold()) is not None


# A patronymic after a first name alone, the way a shop calls its older clients («Анна
# Ивановна»); not the bare «-ич» of surnames such as «Бабич».
_FULL_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична)$")


def _is_surname(word: str) -> bool:
    return len(word) > 4 and _SURNAME.search(word.casefold()) is not None


# Latin letters drawn as Cyrillic ones are, which a Russian word picks up from another
# keyboard layout or a scanned list: «Ивановa» with a Latin «a» is not found by «Иванова».
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTXY", "асеорхуАВСЕНКМОРТХУ")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN_LOOKALIKE = re.compile(r"[aceopxyABCEHKMOPTXY]")
_CYRILLIC_WORD = re.compile(r"[а-яёіїєґў]+", re.IGNORECASE)
# The legal forms spelt in look-alike letters alone.
_LEGAL_FORMS = frozenset({"ООО", "АО", "ОАО", "ПАО", "ТОО", "НКО", "АНО"})


def cyrillic_spelt(text: str) -> str:
    """The text with each Cyrillic word's Latin look-alikes («Ивановa», «Mосква») made the
    Cyrillic letters they pass for, and a legal form typed in them («OOO Ромашка») too. A
    word with a Latin letter of no such look («Иванов-Smith» is two words), or of no
    Cyrillic letter at all («Marco»), stays as written."""
    if text.isascii() or not _LATIN_LOOKALIKE.search(text):
        return text  # nearly every name: one search, no word looked at
    return _LETTERS.sub(_spelt_word, text)


def _spelt_word(match: re.Match[str]) -> str:
    word = match[0]
    spelt = word.translate(_LOOKALIKES)
    if word.isascii():
        # «OOO Ромашка» pasted from a web page: a Latin word of a company's legal form.
        return spelt if spelt in _LEGAL_FORMS else word
    if not _CYRILLIC.search(word):
        return word
    return spelt if _CYRILLIC_WORD.fullmatch(spelt) else word


def names_a_person(text: str) -> bool:
    """Whether a word of the text is a given name, a patronymic or a Russian surname («Иванов
    1985», «Мария Петровна:»)."""
    return any(
        is_given_name(word) or _is_patronymic(word) or _is_surname(word)
        for word in re.findall(r"[^\W\d_]+", text)
    )


# A name in Latin letters with a Russian patronymic, or starting with a Russian surname, is a
# transliterated Russian one, written surname first («Ivanov Ivan»).
_LATIN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
_LATIN_SURNAME = re.compile(r"(?:ov|ova|ev|eva|sky|skiy|skii|skaya|enko)$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _western(name: str, parts: list[str]) -> bool:
    """Whether a name is written first name first, as Latin-script names are («Maria
    Anders»): no Cyrillic, no «Surname, First» comma, no transliterated patronymic."""
    return (
        len(parts) > 1
        and "," not in name
        and not _CYRILLIC.search(name)
        and not any(_LATIN_PATRONYMIC.search(p.casefold()) for p in parts)
        and not (
            _LATIN_SURNAME.search(parts[0].casefold())
            and not _LATIN_SURNAME.search(parts[-1].casefold())
        )
        and not is_initial(parts[-1])
    )


def is_initial(word: str) -> bool:
    """«И.» or «И»: a name written as its first letter."""
    return len(word.rstrip(".")) == 1


# What a hand-kept sheet writes beside a name: «(Аня)», a maiden name «(Иванова)», «(мама
# Пети)», and after a comma, «…, директор».
_BRACKETED = re.compile(r'\s*(?:\([^()]*\)|"[^"]*"|«[^«»]*»|“[^“”]*”|„[^„“”]*[“”])\s*')


# A number at the end: the list's second of the name («Иванов Иван 2»), or a year of birth
# («Иванова Мария 1985 г.р.»).
_NUMBERED = re.compile(
    r"\s+(?:№|#)?\s*\d+(?:\s*г\.?\s*р\.?|\s*года рождения|\s*г\.)?$", re.IGNORECASE
)
# What parts a name from words written after it: a comma, a slash, «и», a spaced dash.
_SECOND_PERSON = re.compile(r"\s*(,|;|/|\s(?:и|and|&)\s|\s[-–—]\s)\s*")
# A form of address before the name: «г-жа Петрова Анна», «Dr. John Smith».
_TITLE = re.compile(
    r"^(?:г-жа|г-н|госпожа|господин|mr|mrs|ms|miss|dr|prof)\.?\s+(?=\S)", re.IGNORECASE
)


def name_and_aside(name: str) -> tuple[str, str]:
    """A full name without the words written beside it, and those words: brackets or quotes
    anywhere («Смирнова (Иванова) Анна», «Иванова Анна "Аня"»), a title before («г-жа»,
    «Dr.»), a number at the end («Иванов Иван 2», «… 1985 г.р.»), and what follows a
    comma, a semicolon, a slash, «и», a spaced dash or a line break after two words or more
    («Иванова Анна Сергеевна, директор», «Иванова Мария; директор», «Иванов Иван / Иванова
    Мария», «… - постоянный клиент»).
    After one word, a comma parts the surname from the rest («Иванов, Иван») and stays."""
    asides = [match.strip(' ()"«»“”„') for match in _BRACKETED.findall(name)]
    lines = [line for line in _BRACKETED.sub(" ", name).splitlines() if line.strip()]
    bare = " ".join(" ".join(lines).split())
    if (title := _TITLE.match(bare)) and len(bare[title.end() :].split()) >= 2:
        asides.insert(0, title.group().strip())
        bare = bare[title.end() :]
    if numbered := _NUMBERED.search(bare):  # «Иванов Иван 2»: the list's second of the name
        asides.append(numbered.group().strip())
        bare = bare[: numbered.start()].strip()
    head, *parted = _SECOND_PERSON.split(bare, maxsplit=1)
    if len(lines) > 1 and len(lines[0].split()) >= 2:
        head, parted = lines[0], ["\n", " ".join(lines[1:])]  # a second name on its own line
    if parted and len(head.split()) >= 2:
        # «…, директор», and a couple in one cell: «Иванов Иван / Иванова Мария», «… и Мария».
        bare = " ".join(head.split())
        asides.append(parted[1].strip())
    aside = ", ".join(part for part in asides if part)
    return (bare, aside) if bare else (name, "")


def split_full_name(name: str, first_alone: bool = False) -> tuple[str, str, str]:
    """«Иванов Иван Иванович» → last, first, middle; also «Иван Иванович Иванов», «Мария
    Петрова», «Иванов, Иван», and initials before or after the surname («Иванов И.И.»,
    «И. И. Иванов»), and a Latin-script name first name first («Maria Anders»; «Anders,
    Maria» and «Ivanov Ivan Ivanovich» as written), a first name alone or with its
    patronymic («Анна», «Анна Ивановна»), and a common first name before a surname the
    endings do not tell («Александр Ким»). Any other Cyrillic name stays as written: last
    name first. `first_alone`: the column is headed a first name («Имя», «First Name»), so
    one word in it is the first name («Kate», «Снежанна»), unless it ends as only a surname
    does («Петрова»)."""
    parts = _with_particles([p for p in name.replace(".", ". ").replace(",", " ").split() if p])
    if not parts:
        return "", "", ""
    if len(parts[-1].rstrip(".")) > 2:
        # «Иванова Анна Сергеевна.»: a full stop typed at the end, not an initial's («И.»)
        # or a short form's («Вл.»).
        parts[-1] = parts[-1].rstrip(".")
    if len(parts) > 1 and (parts[0].casefold() in _HOUSEHOLD or parts[-1].casefold() == "family"):
        # «Семья Петровых», «Smith family»: a household, named as a whole. Taken apart it
        # was a client «Петровых Семья».
        return " ".join(parts), "", ""
    if len(parts) > 1 and parts[0].casefold().replace("ё", "е") in _CALLED:
        # «Дядя Вася», «мама Ирины»: how the shop knows the client, all of it the name it is
        # called by. Taken apart it was a client of the surname «Дядя».
        return "", " ".join(parts), ""
    particled = [p for p in parts if " " in p]
    if len(particled) == 1 and len(parts) > 1:
        # «Мария де Сильва», «де Сильва Мария»: the particle says which part is the surname.
        surname = particled[0]
        return surname, *_first_and_middle([p for p in parts if p is not surname])
    if len(parts) > 1 and all(is_initial(p) for p in parts[:-1]) and not is_initial(parts[-1]):
        parts = [parts[-1], *parts[:-1]]  # «И. И. Иванов»
    elif _western(name, parts):
        parts = [parts[-1], *parts[:-1]]  # «Maria Anders», «John F. Kennedy»
    elif len(parts) == 3 and _is_patronymic(parts[1]) and not _is_patronymic(parts[2]):
        parts = [parts[2], parts[0], parts[1]]  # «Иван Иванович Иванов»
    elif len(parts) == 2 and _is_surname(parts[1]) and not _is_surname(parts[0]):
        parts = [parts[1], parts[0]]  # «Мария Петрова»
    elif len(parts) == 2 and _FULL_PATRONYMIC.search(parts[1].casefold()):
        if not _is_surname(parts[0]):
            return "", parts[0], parts[1]  # «Анна Ивановна»
    elif len(parts) == 2 and is_given_name(parts[0]) and not is_given_name(parts[1]):
        parts = [parts[1], parts[0]]  # «Александр Ким»
    elif len(parts) == 1 and (
        is_given_name(parts[0]) or (first_alone and not _is_surname(parts[0]))
    ):
        return "", parts[0], ""  # «Анна», «Маша»: a client known by the first name
    return parts[0], *_first_and_middle(parts[1:])


# A household's card: «Семья Петровых», «Супруги Ивановы», «Чета Смирновых».
_HOUSEHOLD = {"семья", "семейство", "супруги", "чета", "family"}


# A client known by who they are to someone: «Тётя Люба», «Сосед Петя», «Мама Ирины».
_CALLED = {
    "дядя", "тетя", "мама", "папа", "бабушка", "дедушка", "сосед", "соседка", "подруга",
    "коллега", "брат", "сестра", "теща", "свекровь", "крестная", "крестный",
}  # fmt: skip


def _first_and_middle(parts: list[str]) -> tuple[str, str]:
    return (parts[0] if parts else ""), " ".join(parts[1:])


# Words that belong to the surname after them, written in small letters: «де Сильва», «ван
# дер Берг», «фон Браун». Not «Ле» (a Vietnamese surname), «Ben», «Al», «Van» in capitals
# (first names), nor any in a name typed all in small letters, where no one can tell.
_PARTICLES = {
    "де", "да", "дю", "ди", "дель", "ван", "фон", "дер", "ла",
    "de", "da", "du", "di", "del", "della", "van", "von", "der", "la", "dos", "das",
}  # fmt: skip


def _with_particles(parts: list[str]) -> list[str]:
    if all(part.islower() for part in parts):
        return parts
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].split(" ")[-1] in _PARTICLES:
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def name_case(name: str) -> str:
    """«ИВАНОВ» or «иванов» as a name is written, «Иванов»; «Мак-Дональд», «де Сильва»; a name
    in mixed letters («McDonald», «ДиКаприо») is left as it was typed."""
    if not (name.isupper() or name.islower()):
        return name
    return " ".join(word if word in _PARTICLES else word.title() for word in name.split(" "))


# A line of a list under a client, «- купил подарок жене», «• звонила 05.12»: a note of
# the row above typed in the name column, which had become a client «- Купил Подарок Жене».
_BULLETED = re.compile(r"^\s*[-–—•*·]\s+\S")


def bulleted_line(cell: object) -> str:
    """The text of a bulleted line («- купил подарок жене» → «купил подарок жене»), ""
    for any other cell."""
    if isinstance(cell, str) and (found := _BULLETED.match(cell)):
        return cell[found.end() - 1 :].strip()
    return ""


def names_no_one(written: str, cell: object) -> bool:
    """Whether the name a row gives (`written`, from its name `cell` where it has one) is
    no one's: a number or a date where the name goes, «0», «-1», «1e-300», «31.12.9999»,
    which had become clients of those names, or a bulleted line. A name with a number
    beside it is a name."""
    return bool(written) and (
        isinstance(cell, int | float | date)
        or not any(map(str.isalpha, written))
        or bool(bulleted_line(cell if isinstance(cell, str) else written))
    )


# The name a till or an accounting program gives a sale to a buyer it does not know
# (МойСклад's «Розничный покупатель», 1C's «Частное лицо», a cloud till's «Гость»): no
# client of the shop, and no one client's purchases.
_ANONYMOUS = frozenset({
    "розничный покупатель", "розничный клиент", "розничные покупатели", "частное лицо",
    "физическое лицо", "физ лицо", "анонимный покупатель", "анонимный клиент", "аноним",
    "без имени", "без покупателя", "без клиента", "неизвестный", "неизвестный покупатель",
    "неизвестный клиент", "покупатель", "клиент", "гость", "посетитель",
    "retail customer", "walk in customer", "walk in", "cash customer", "guest", "anonymous",
    "anonymous customer", "unknown", "unknown customer", "no name", "noname",
})  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")


def names_anyone(written: str) -> bool:
    """Whether a row's name stands for a buyer no one knows («Розничный покупатель»)."""
    return " ".join(_WORDS.findall(fold(written))) in _ANONYMOUS
