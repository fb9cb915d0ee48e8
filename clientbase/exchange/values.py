"""Reading single cell values the way spreadsheets hold them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple

from clientbase.exchange.person_names import names_a_person
from clientbase.services.email_format import is_email
from clientbase.services.phones import phone_pieces
from clientbase.services.text import digits

# Excel counts days from 30.12.1899 (its 1900 leap-year bug included).
EXCEL_EPOCH = date(1899, 12, 30)
# A number of more digits than this comes out of a spreadsheet with its last ones lost:
# Excel keeps 15, a float exactly every whole number up to 2**53.
_KEPT_DIGITS = 15
_EXACT_FLOATS = 2**53
# «4,07028E+19»: such a number as Excel writes it into a CSV.
EXPONENT = re.compile(r"^\+?\d[.,]\d+e\+?\d{1,2}$", re.IGNORECASE)
_PHONE_CHARS = re.compile(r"^[\d\s()+\-./,;]+$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# A sum as Russian Excel writes it, kopecks after a comma, thousands apart: «12 500,00».
_KOPECKS = re.compile(r"^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+),\d{2}$")
_DATE_IN = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
# Between phones in one cell: «,» «;» «/», a line break (Alt+Enter in Excel), wide spaces.
_SEPARATORS = re.compile(r"(\s*(?:[,;/\n]|:::)\s*|\s{3,})")  # «:::»: Google Contacts
_COMPANY_FORMS = frozenset(
    {
        *("ооо", "ип", "ао", "зао", "оао", "пао", "нко", "ано", "нп", "пк", "кфх", "тоо", "чп"),
        # State and municipal bodies: schools, hospitals, utilities
        *("гбоу", "мбоу", "маоу", "мкоу", "мбдоу", "мадоу", "мдоу", "гбу", "мбу", "мку", "гау"),
        *("мау", "гку", "гуп", "муп", "фгуп", "фгбу", "фгбоу", "гбуз", "гауз"),
        # Residents' associations and garden partnerships
        *("тсж", "тсн", "жск", "снт", "днт"),
        *("llc", "ltd", "inc", "gmbh", "corp"),
    }
)
_ORGANIZATION_MARKS = ("«", "»", '"', "“", "”", "„", "№")
# A shop's clients that are places, not people, begin with what they are: «Кафе Ромашка».
_BUSINESS_WORDS = frozenset(
    {
        *("магазин", "салон", "кафе", "ресторан", "бар", "кофейня", "столовая", "пекарня"),
        *("кондитерская", "студия", "клиника", "аптека", "больница", "поликлиника"),
        *("школа", "лицей", "гимназия", "колледж", "университет", "институт", "детский"),
        *("компания", "фирма", "агентство", "центр", "отель", "гостиница", "хостел", "ателье"),
        *("мастерская", "парикмахерская", "автосервис", "администрация", "управление"),
        *("филиал", "банк", "завод", "фабрика", "типография", "издательство", "фонд", "клуб"),
        *("торговый", "тд", "гк", "библиотека", "музей", "театр"),
    }
)


def text_of(value: object) -> str:
    """A cell as text: whole numbers without «.0», dates as 01.02.1980."""
    if type(value) is str:  # most cells: first, ahead of five type tests
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        if abs(value) >= _EXACT_FLOATS:
            # Its shortest digits, which the file holds: int() of 4.0702810123456e19 would
            # make up «…004096».
            return format(Decimal(repr(value)), "f")
        return str(int(value))
    if isinstance(value, datetime):
        # A date at midnight is a date alone, as Access's and Excel's general format show it.
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        # A visit's «Время» as the sheet shows it, «10:00»; seconds only where it has any.
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    return str(value).strip()


def rounded_number(value: object) -> bool:
    """Whether a cell holds a number whose last digits the spreadsheet lost: one Excel saved
    into a CSV with an exponent («4,07028E+19»), or a number cell of more than 15 digits,
    where Excel keeps 15 and zeros the rest (a bank account or a card number typed as a
    number). One that ends in a digit other than 0, below 2**53, is as it was written."""
    if isinstance(value, str):
        return EXPONENT.match(value.strip()) is not None
    if not isinstance(value, float):
        return False  # an int is exact (an Access base's); a bool or a date is no number
    number = abs(value)
    return number >= 10**_KEPT_DIGITS and (number >= _EXACT_FLOATS or number % 10 == 0)


# «г. Москва», «г.Москва», «гор. Тверь», «город Тверь»: the marker Russian addresses put
# before a town's name. Without it one city is not listed twice in the city filter.
_TOWN_MARKER = re.compile(r"^(?:г|гор)\.\s*|^(?:г|город)\s+", re.IGNORECASE)


def city_name(text: str) -> str:
    """A city as a sheet wrote it, without «г.» in front."""
    return _TOWN_MARKER.sub("", text, count=1) or text


def looks_like_email(value: object) -> bool:
    return isinstance(value, str) and is_email(value.strip())


def looks_like_phone(value: object) -> bool:
    """A number of 10-12 digits, or text made of digits and the signs phones are written with."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 10 <= len(text_of(value)) <= 12
    if not isinstance(value, str) or not _PHONE_CHARS.match(value) or _DATE.match(value):
        return False
    if _KOPECKS.match(value.strip()):
        return False
    return 7 <= len(digits(value)) <= 15 * 3


def holds_phones(value: object) -> bool:
    """A cell of phones: one as looks_like_phone takes it, or phones with their notes
    («+7 916 111-22-33 (мобильный), 8 495 123-45-67 (рабочий)»)."""
    if looks_like_phone(value):
        return True
    if not isinstance(value, str) or not value:
        return False
    for part in split_phones(value):
        if looks_like_phone(part):
            continue
        number, note = phone_and_note(part)
        # Ten digits at least: «Заказ 1234567» is not a phone with a note.
        if not (note and _PHONE_CHARS.match(number) and 10 <= len(digits(number)) <= 15):
            return False
    return True


def split_phones(value: object, region: str | None = None) -> list[str]:
    """Several phones in one cell («8 916 111-22-33, 8 495 123-45-67») become a list. A piece
    with too few digits for a phone belongs to the phone beside it, as part of its note
    («8 916 111-22-33 (жена, Мария)»). Given the region to read them in, phones with no
    mark between them are parted too («моб. 8 916 111-22-33 раб. 8 495 123-45-67»)."""
    found = _marked_phones(value)
    if region is None:
        return found
    return [piece for phone in found for piece in phone_pieces(phone, region)]


_LOCAL_NUMBER_DIGITS = 5


def _marked_phones(value: object) -> list[str]:
    text = text_of(value)
    if not text:
        return []
    pieces = _SEPARATORS.split(text)
    if len(pieces) == 1:
        return [text]
    phones: list[str] = []
    pending = ""  # words before the first phone: «Мария, 8 916 …»
    carried = ""  # the separators around an empty piece: the «//» of «https://»
    for piece, before in zip(pieces[::2], ["", *pieces[1::2]], strict=True):
        before, carried = carried + before, ""
        if not piece.strip():
            carried = before + piece
            continue
        count = len(digits(piece))
        if count >= 7 or (count >= _LOCAL_NUMBER_DIGITS and _PHONE_CHARS.match(piece)):
            # Five or six digits alone are a phone too: a town's local number
            # («8 916 111-22-33, 2-34-56»), not a note of the phone beside it.
            phones.append(pending + before + piece if pending else piece)
            pending = ""
        elif phones:
            phones[-1] += before + piece
        else:
            pending += before + piece
    cleaned = [phone.strip() for phone in phones]
    return [phone for phone in cleaned if phone] or [text]


# A stretch of a phone's digits and signs: the number inside «8 916 111-22-33 (жена)».
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s()\-.]*\d\)?")
_NOTE_EDGES = " \t,;:-–—"
# An extension after a number, as phonenumbers reads one with it: «доб. 12», «ext. 12», «x12».
_EXTENSION = re.compile(r"[\s,]*(?:доб\.?|ext\.?|x)\s*\d{1,6}(?!\d)", re.IGNORECASE)
# Words that only say that a phone follows: «тел. 8 916 …» has no note.
_PHONE_WORDS = {"т", "т.", "тел", "тел.", "телефон", "tel", "tel.", "ph", "ph.", "phone"}


# A phone or an e-mail written into a name cell: «Иванов Иван 8 916 111-22-33», «Петрова
# Анна, тел. +7 916 …», «Сидоров Пётр ivan@mail.ru».
_CONTACT_IN_NAME = re.compile(
    r"(?:\b(?:тел|моб|т|tel|ph|phone)\.?:?\s*)?(?P<phone>\+?\(?\d[\d\s()\-.]{5,}\d\)?)"
    r"|(?P<email>[^\s,;()<>«»]+@[^\s,;()<>«»]+)",
    re.IGNORECASE,
)
_SEVEN_DIGITS = re.compile(r"(?:\d\D?){7}")


def date_in_name(text: str) -> tuple[str, str]:
    """A name cell without the date written into it, and that date as written: («Иванова
    Мария», «15.03.1985») of «Иванова Мария 15.03.1985»; («…», «») without one."""
    found = _DATE_IN.search(text)
    if found is None:
        return text, ""
    rest = " ".join((text[: found.start()] + " " + text[found.end() :]).split())
    return rest.strip(" ,;:-–—/()") or text, found.group()


def contacts_in_name(
    text: str, is_phone: Callable[[str], bool]
) -> tuple[str, list[str], list[str]]:
    """A name cell without the phones and e-mails written into it, and those: («Иванов
    Иван», [«8 916 111-22-33»], []). Digits `is_phone` does not take for a phone stay in
    the name («Школа № 1234567»); a cell without contacts comes back as it is, and one of
    contacts only with no name left («ivan@mail.ru», which had made the client «Ru
    Ivan@Mail.»)."""
    if "@" not in text and not _SEVEN_DIGITS.search(text):
        return text, [], []
    phones: list[str] = []
    emails: list[str] = []

    def taken(found: re.Match[str]) -> str:
        if (address := found.group("email")) is not None:
            address = address.strip(".")
            if looks_like_email(address):
                emails.append(address)
                return " "
            return found.group(0)
        number = found.group("phone").strip()
        if number.startswith("(") and number.endswith(")") and number.count("(") == 1:
            number = number[1:-1]  # «(8-916-111-22-55)» beside the name
        closing = number.endswith(")") and number.count(")") > number.count("(")
        if closing:
            # «(жена, тел. 8 903 …)»: the bracket closes the remark the phone ends, and
            # stays with it; taken along, it left «(жена» in the name.
            number = number[:-1].rstrip()
        if 7 <= len(digits(number)) <= 15 and is_phone(number):
            phones.append(number)
            return " )" if closing else " "
        return found.group(0)

    rest = _CONTACT_IN_NAME.sub(taken, text)
    rest = re.sub(r"[\s,;:]+\)", ")", rest)  # «(жена Мария, )»: the phone was its end
    rest = " ".join(re.sub(r"\(\s*\)", " ", rest).split()).strip(" ,;:-–—/")
    return rest, phones, emails


def with_note(value: str, note: str) -> str:
    """«+7 916 111-22-33 (жена)»: a phone or an e-mail written with its note, as
    phone_and_note and emails_and_notes read it back."""
    return f"{value} ({note})" if note else value


def phone_and_note(written: str, extension: bool = False) -> tuple[str, str]:
    """One phone as a sheet wrote it: the number, and the words written around it as its
    note («8 916 111-22-33 (жена)» → «8 916 111-22-33», «жена»). An extension («доб. 12»)
    is a note that shows beside the number, unless `extension` keeps it in the number, as
    the program's own export writes a card's phone typed with one."""
    if _PHONE_CHARS.match(written):
        return written, ""  # nearly every phone: digits and signs only
    # The longest run of digits is the number: «Офис 2: 8 495 …», «… доб. 12», «(до 18)».
    runs = _NUMBER_RUN.finditer(written)
    span = max(runs, key=lambda run: len(digits(run.group())), default=None)
    if span is None or len(digits(span.group())) < 7:
        return written, ""
    number = span.group().strip()
    if number.endswith(")") and number.count("(") < number.count(")"):
        number = number[:-1]  # «(8 916 111-22-33)»: the bracket around it is not the number
    end = span.end()
    if extension and (dialled := _EXTENSION.match(written, end)):
        number, end = number + written[span.end() : dialled.end()], dialled.end()
    words = (_bare_note(written[: span.start()]), _bare_note(written[end:]))
    if not any(character.isalpha() for word in words for character in word):
        # «8 916 111-22-33 #2», «12.03.2024 10:00:00»: no words, so no note to part from it.
        return written, ""
    if _DATE_IN.search(number):
        return written, ""  # «12.03.2024 10 ч.»: a day and an hour, not a phone
    note = " ".join(w for w in words if w and w.casefold() not in _PHONE_WORDS)
    return number.rstrip(" -."), note


# Words that only say that an e-mail follows: «email: ivan@mail.ru» beside a phone.
_EMAIL_WORDS = {"email", "e-mail", "mail", "почта", "эл.почта", "эл. почта", "емейл", "имейл"}


def emails_in_note(note: str) -> tuple[list[str], str]:
    """The e-mails a phone's note holds, and the note without them: a «Контакты» column
    writes a client's phone and e-mail in one cell («89161112233, ivan@mail.ru»)."""
    if "@" not in note:
        return [], note
    found: list[str] = []
    kept: list[str] = []
    for word in note.split():
        address = word.strip("<>()[],;:").removeprefix("mailto:")
        if "@" in address and looks_like_email(address):
            found.append(address)
        elif word.casefold().strip(":.,;") not in _EMAIL_WORDS:
            kept.append(word)
    return found, _bare_note(" ".join(kept)) if found else note


def _bare_note(text: str) -> str:
    """«(жена)» → «жена», the brackets of «(жена (Мария))» taken once."""
    text = text.strip(_NOTE_EDGES)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip(_NOTE_EDGES)
    return text.strip(_NOTE_EDGES + "()") if text.count("(") != text.count(")") else text


# Between e-mails in one cell; within one, spaces part an address from its note.
_EMAIL_SEPARATORS = re.compile(r"(\s*(?:[,;\n]|:::)\s*)")
_EMAIL_EDGES = " ,;"


class WrittenEmail(NamedTuple):
    address: str  # as written, but for a space typed beside its «@»
    note: str
    written: str  # the piece of the cell it came from, for a problem to quote


def _email_pieces(text: str) -> list[str]:
    """The cell cut between its addresses. A piece without an «@» is the words of the
    address beside it («a@b.ru, рабочий»), or the address itself mistyped («ivan@mail,ru»):
    cut off, it would be named as a bad address of its own."""
    chunks = _EMAIL_SEPARATORS.split(text)
    pieces: list[str] = []
    for index in range(0, len(chunks), 2):
        part = chunks[index]
        if pieces and ("@" not in part or "@" not in pieces[-1]):
            pieces[-1] += chunks[index - 1] + part
        else:
            pieces.append(part)
    return [piece.strip(_EMAIL_EDGES) for piece in pieces if piece.strip(_EMAIL_EDGES)]


def _glued(words: list[str]) -> list[str]:
    """«ivan @mail.ru», «ivan @ mail.ru»: a space typed beside the «@» is not in the address;
    nor one beside the dot of its domain, «ivan@mail .ru», «ivan@mail. ru» (but after
    «ivan@mail.ru.» the next word is a note's)."""
    glued: list[str] = []
    for word in words:
        last = glued[-1] if glued else ""
        domain = last.rpartition("@")[2] if "@" in last else None
        if glued and (
            (word.startswith("@") and "@" not in last)
            or (last.endswith("@") and "@" not in word)
            or (domain and word.startswith(".") and "." not in domain)
            or (domain and domain.endswith(".") and "." not in domain[:-1] and _ENDING.match(word))
        ):
            glued[-1] += word
        else:
            glued.append(word)
    return glued


# A domain's last part, typed after a space: «ru», «com».
_ENDING = re.compile(r"^[a-zA-Zа-яА-Я]{2,6}$")


def emails_and_notes(text: str) -> list[WrittenEmail]:
    """The e-mails of a cell, each with the words beside it as its note
    («ivanov@mail.ru (рабочий)»). A piece holding two addresses is returned word by word, and
    one holding none whole, for the import to name what is not an address."""
    found: list[WrittenEmail] = []
    for piece in _email_pieces(text):
        written = _glued(piece.split())
        words = [word.strip(_EMAIL_EDGES) for word in written]
        addresses = [word for word in words if "@" in word]
        if len(words) == 1 or not addresses:
            found.append(WrittenEmail(words[0] if len(words) == 1 else piece, "", piece))
        elif len(addresses) == 1:
            # The note's words as written: «(личн, старый)» kept its comma.
            others = " ".join(w for w, word in zip(written, words, strict=True) if "@" not in word)
            found.append(WrittenEmail(addresses[0], _bare_note(others), piece))
        else:
            found.extend(WrittenEmail(word, "", word) for word in words if word)
    return found


def holds_emails(value: object) -> bool:
    """A cell of e-mails, with their notes or without («ivanov@mail.ru (рабочий)»)."""
    if looks_like_email(value):
        return True
    if not isinstance(value, str) or "@" not in value:
        return False
    found = emails_and_notes(value)
    return bool(found) and all(
        looks_like_email(email.address.strip("<>")) and not looks_like_phone(email.note)
        for email in found
    )


def excel_serial_date(value: float) -> date | None:
    """An Excel date stored as a day number (a column not formatted as a date)."""
    if 1 <= value < 100_000 and float(value).is_integer():
        return EXCEL_EPOCH + timedelta(days=int(value))
    return None


# An English business's name ends in what it is («Bill's Windsurf Shop», «Red Rock Diner»),
# begins with its owner's («Jeff's Jalopies»), or says whose it is («Sushi by Katsuyuki»).
# Not a word that is also a surname («Bar», «Camp», «Flowers», «Grill», «Inn», «Kitchen»).
_BUSINESS_ENDINGS = frozenset(
    {
        *("shop", "store", "stores", "boutique", "market", "bakery", "cakes", "cafe"),
        *("diner", "restaurant", "pizzeria", "pub", "hotel"),
        *("salon", "spa", "studio", "gym", "fitness", "clinic", "pharmacy", "school", "academy"),
        *("center", "centre", "agency", "garage", "motors", "cars", "sanctuary"),
        *("florist", "photography", "consulting", "services", "supplies", "goods"),
        *("solutions", "partners", "associates", "enterprises", "industries", "group", "company"),
    }
)
_OWNERS = re.compile(r"^[A-Z][a-z]+'s\s+\S|\s+by\s+[A-Z]")


def _english_business(name: str, words: list[str]) -> bool:
    if len(words) < 2 or not name.isascii():
        return False
    return words[-1] in _BUSINESS_ENDINGS or bool(_OWNERS.search(name))


def is_company_name(name: str) -> bool:
    """«ООО «Ромашка»», «ИП Петров П.П.», as 1C sorts them, the form last: «Ромашка ООО»;
    «МУП "Водоканал"», «Школа № 5», «Салон красоты «Анна»». A brand in quotes and a number
    after «№» are how Russian writes an organization's name; a person's only as a nickname
    beside a name («Иванова Анна "Аня"», «Петров "Петя"»). In English, a business's words
    (see _BUSINESS_ENDINGS)."""
    words = [w.strip("«»\"'“”„,.").casefold() for w in name.split()]
    if not words:
        return False
    if words[0] in _COMPANY_FORMS or words[-1] in _COMPANY_FORMS or words[0] in _BUSINESS_WORDS:
        return True
    if _english_business(name, words):
        return True
    marked = min((at for mark in _ORGANIZATION_MARKS if (at := name.find(mark)) >= 0), default=-1)
    return marked >= 0 and not names_a_person(name[:marked])
