"""Cells of a client card the import reads beyond a plain value: tags as Google writes them,
a company's requisites and its person, a house or flat number's mark, the messengers a column
names or a phone's note says, and the town inside an address."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from clientbase.db.enums import ClientKind, MessengerKind
from clientbase.exchange.addresses import split_address
from clientbase.exchange.cell_lists import messenger_link
from clientbase.exchange.choices import WORDS, YES, parse_choice
from clientbase.exchange.header import Target, names_an_email, normalize_header
from clientbase.exchange.header_names import NAMES_IN_FULL
from clientbase.exchange.values import text_of
from clientbase.services.client_data import ClientInput, ContactPersonInput, MessengerInput
from clientbase.services.client_keys import says_more
from clientbase.services.text import digits, fold

# Google Contacts' own groups: every contact is in «myContacts»; «* starred» is a starred one.
GOOGLE_GROUP = "* "
_EVERYONE = {"mycontacts", "my contacts"}


# «#vip #опт»: tags written as hashtags, one a word.
_HASHTAG = re.compile(r"(?<!\w)#(?=\w)")


# A tag in quotes, as Mailchimp writes each of its «TAGS»: «"Newsletter","Spring sale"».
_QUOTED = re.compile(r'^"(.*)"$')


def tags_of(text: str) -> list[str]:
    """«VIP, опт; Москва», Google's «* myContacts ::: Клиенты», «#vip #опт» and Mailchimp's
    «"VIP","Spring sale"» as tags."""
    tags = []
    if text.lstrip().startswith("#"):
        text = _HASHTAG.sub(",", text)  # not «Группа #2», which is one
    for part in text.replace(":::", ",").replace(";", ",").split(","):
        tag = _QUOTED.sub(r"\1", part.strip().removeprefix(GOOGLE_GROUP).strip()).strip()
        if tag and tag.casefold() not in _EVERYONE:
            tags.append(tag)
    return tags


def legal_entity(data: ClientInput) -> bool:
    """Whether a row's requisites are a company's, whatever its name: 1C lists «Ромашка»
    without its «ООО». Only an organization has a КПП, a ten-digit ИНН (a person's and an
    entrepreneur's have twelve) or a thirteen-digit ОГРН (an entrepreneur's has fifteen)."""
    return bool(data.kpp.strip()) or len(digits(data.inn)) == 10 or len(digits(data.ogrn)) == 13


def company_of_person(data: ClientInput, notes: list[str], header: object) -> list[str]:
    """A person's company («Компания» beside the name): a card of a person has no field for
    it, so it heads the notes under its column's name («Компания: ООО Ромашка»), which had
    been left off. Another column's same company (amoCRM's «Компания контакта» beside the
    deal's «Компания») is not written twice."""
    company, data.organization = data.organization, ""
    said = {note for note in notes if note.partition(": ")[2].strip() == company}
    name = text_of(header)
    return [f"{name}: {company}" if name else company, *(n for n in notes if n not in said)]


def person_as_contact(data: ClientInput) -> None:
    """A company's row that names a person beside it («Организация» with a ten-digit ИНН,
    or «Тип клиента: Юридическое лицо» as InSales and RetailCRM export it): the client is
    the company and the person its contact, the person's birthday theirs. The company had
    been a line of the person's notes, and its ИНН the person's."""
    name = " ".join(filter(None, (data.last_name, data.first_name, data.middle_name)))
    named = [person for person in data.contact_persons if fold(person.name) == fold(name)]
    if not named:  # a «Контактное лицо» column may have named them already
        named = [ContactPersonInput(name)]
        data.contact_persons.insert(0, named[0])
    named[0].birthday = named[0].birthday or data.birthday
    data.birthday = ""
    data.kind = ClientKind.COMPANY
    data.last_name = data.first_name = data.middle_name = ""


def without_self(data: ClientInput) -> None:
    """A person's contact persons without the person: QuickBooks' «Full Name» beside a
    person's «Customer» names the client again (see name_repeats.person_beside_company)."""
    if data.kind is ClientKind.PERSON and data.contact_persons:
        own = sorted(fold(" ".join((data.last_name, data.first_name, data.middle_name))).split())
        data.contact_persons = [
            person for person in data.contact_persons if sorted(fold(person.name).split()) != own
        ]


def address_mark(target: Target, header: object) -> str:
    """«д. » before a house number, «корп. » or «стр. » before its building's, «кв. » or
    «оф. » before a flat's; none in English, nor in a street's next line («Улица 2»),
    which says what it holds."""
    name = normalize_header(header)
    if not re.search("[а-я]", name) or "улица" in name.split():
        return ""
    if target is Target.HOUSE:
        words = name.split()
        if {"корпус", "корп"} & set(words) and "дом" not in words:
            return "корп. "
        if {"строение", "стр"} & set(words):
            return "стр. "
        return "д. "
    return "оф. " if "офис" in name.split() and "кв" not in name.split() else "кв. "


HANDLE_SEPARATORS = re.compile(r"\s*[,;\n]\s*")


def messenger_of(header: object) -> MessengerKind | None:
    """The messenger a column's name names: «Telegram», «Ник в Telegram», «WhatsApp»."""
    name = normalize_header(header)
    words = name.split()
    # «WhatsApp» is «whats app» once its humps are parted, «телефон whats app» too.
    pairs = (first + second for first, second in pairwise(words))
    for word in (name.replace(" ", ""), *words, *pairs):
        try:
            return parse_choice(MessengerKind, word)
        except ValueError:
            continue
    return None


# Messengers that reach a client by the phone number itself.
_BY_PHONE = (MessengerKind.WHATSAPP, MessengerKind.TELEGRAM)
_NEGATIONS = {"нет", "без", "не", "no", "not", "without"}


def messengers_in_note(note: str) -> list[MessengerKind]:
    """The messengers a phone's note says the number is on: «8 916 … (WhatsApp)», «тг,
    вотсап». None where the note denies them: «без вотсапа», «не WhatsApp»."""
    words = normalize_header(note).split()
    if not words or _NEGATIONS.intersection(words):
        return []
    found = []
    for word in (*words, *(first + second for first, second in pairwise(words))):
        try:
            kind = parse_choice(MessengerKind, word)
        except ValueError:
            continue
        if kind in _BY_PHONE and kind not in found:
            found.append(kind)
    return found


def column_handles(kind: MessengerKind, text: str) -> list[MessengerInput] | None:
    """The handles of a cell under one messenger's column. «да» under «WhatsApp»: the
    client's phone is on it (settle_messengers puts it there); «vk.com/maria» under «ВК» is
    «maria», as «https://vk.com/maria» is. None for «да» under Instagram, which finds no one
    by a phone number: the cell is kept as written."""
    if fold(text) in YES:
        return None if kind is MessengerKind.INSTAGRAM else [MessengerInput(kind, "")]
    handles = []
    for handle in HANDLE_SEPARATORS.split(text):
        linked = messenger_link(handle)
        if linked is None or linked.kind is not kind:
            linked = MessengerInput(kind, handle.strip())
        handles.append(linked)
    return handles


def settle_messengers(data: ClientInput, notes: list[str]) -> None:
    """A messenger marked «да» is on the client's first phone. The card keeps one handle of
    each messenger: a second one, and a mark without a phone, are kept in the notes."""
    phone = data.phones[0].raw if data.phones else ""
    kept: dict[MessengerKind, MessengerInput] = {}
    for messenger in data.messengers:
        handle = messenger.handle or phone
        if handle and messenger.kind not in kept:
            kept[messenger.kind] = MessengerInput(messenger.kind, handle)
        elif not handle or kept[messenger.kind].handle != handle:
            name = WORDS[MessengerKind][messenger.kind][0]
            notes.append(f"{name}: {messenger.handle or 'да'}")
    data.messengers = list(kept.values())


def take_town_from_address(data: ClientInput) -> None:
    """«123456, г. Тула, ул. Ленина, 1» in the address, and no city column: the town, the
    postcode and the region move to their fields, so the city filter finds the client. A
    part whose field is already filled stays in the address, but for the town of a city
    column repeated there: the card showed «Тула» beside «123456, г. Тула, ул. Ленина, 1».
    An address in another town than the city column's is left whole."""
    address = split_address(data.street)
    if address is None or (data.city and fold(address.city) != fold(data.city)):
        return
    kept = []
    for field, value in (("postcode", address.postcode), ("region", address.region)):
        if value and not getattr(data, field):
            setattr(data, field, value)
        elif value and getattr(data, field) != value:
            kept.append(value)
    data.city = data.city or address.city
    data.street = ", ".join([*kept, address.street] if address.street else kept)


# Outlook's «Краткое имя эл. почты», «E-mail Display Name»: «Мария Иванова (ivanova@mail.ru)»,
# or the address alone.
_NAME_AND_ADDRESS = re.compile(r"^(?:(.*?)\s*\()?([^()\s]+@[^()\s]+?)\)?$")


def row_labels(cells: Sequence[object], labels_at: dict[int, int]) -> dict[int, str]:
    """What Google's «Phone 1 - Label» beside each value of the row says of it, as written:
    a phone's or an e-mail's kind is put in words where its note is made (import_rows'
    _note, through contact_words.kind_label), a relation's or an event's is its label."""
    return {
        c: text_of(cells[at]).removeprefix(GOOGLE_GROUP)
        for c, at in labels_at.items()
        if at < len(cells)
    }


def may_repeat_card(header: object) -> bool:
    """Whether a column kept in the notes may only repeat the card (see repeats_card)."""
    return names_an_email(header) or normalize_header(header) in NAMES_IN_FULL


def repeats_card(text: str, data: ClientInput, name: str = "") -> bool:
    """Whether an e-mail's shown name is only the card's name and that e-mail again, or a
    whole name kept beside the one the card took (МойСклад's «Полное наименование» of a
    person) only that name: a note of it on every contact was noise. One that says more is
    kept («Мама», another address, a company's name in full). `name` is the row's whole
    name as written, before the card takes it apart."""
    names = " ".join((data.last_name, data.first_name, data.middle_name, data.organization, name))
    match = _NAME_AND_ADDRESS.match(text.strip())
    if match is None:
        # «Петров, Иван» as Google's «File As» writes it.
        return bool(names.strip()) and not says_more(fold(text.replace(",", " ")), fold(names))
    if not any(e.address.casefold() == match[2].casefold() for e in data.emails):
        return False
    return not says_more(fold(match[1] or ""), fold(names))
