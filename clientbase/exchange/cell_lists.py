"""Lists kept in one cell of a sheet: a client's messengers and a company's contact persons.

- Мессенджеры: «Telegram: @ivan; WhatsApp: +79161234567; ВКонтакте: id123», a kind and a
  handle per item, items apart by «;» or a line break.
- Контактные лица: one person a line, «name; position; phone; e-mail; birthday», the parts
  in that order (an empty part stays empty between its semicolons, the empty ones at the
  end are left out): «Петров Иван; директор; +7 916 123-45-67; ; 01.02.1980». A sheet
  kept by hand writes them as it comes, «Иванова Мария, бухгалтер, 8 916 111-22-33» or
  «Олег 89161112233»: each part is then taken for what it looks like (written_contacts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clientbase.db.enums import MessengerKind
from clientbase.exchange.choices import parse_choice, word
from clientbase.exchange.values import looks_like_email, looks_like_phone, phone_and_note
from clientbase.services.client_data import ContactPersonInput, MessengerInput

# Handles hold no comma: «Telegram: @ivan, WhatsApp: +7 916 …» is two of them.
_ITEMS = re.compile(r"[;,\n]")


def messengers_text(messengers: Iterable[tuple[MessengerKind, str]], language: str = "ru") -> str:
    return "; ".join(f"{word(kind, language)}: {handle}" for kind, handle in messengers if handle)


# A link names its messenger: «t.me/ivan», «https://vk.com/id123», «wa.me/79161234567».
_LINKS = (
    (
        re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(\S+?)/?$", re.I),
        MessengerKind.TELEGRAM,
    ),
    (re.compile(r"^(?:https?://)?(?:www\.|m\.)?vk\.(?:com|ru)/(\S+?)/?$", re.I), MessengerKind.VK),
    (re.compile(r"^(?:https?://)?(?:api\.)?wa\.me/(\+?\d+)/?$", re.I), MessengerKind.WHATSAPP),
    # A profile shared from the app ends in its tracking: «instagram.com/anna_nails?igsh=…».
    (
        re.compile(
            r"^(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am)/([\w.]+?)/?(?:\?\S*)?$",
            re.I,
        ),
        MessengerKind.INSTAGRAM,
    ),
)
# Handles written with «@», as the apps show them.
_AT_HANDLES = (MessengerKind.TELEGRAM, MessengerKind.INSTAGRAM)


def messenger_link(text: str) -> MessengerInput | None:
    """The messenger a link leads to, with the handle it names; None for other text."""
    for pattern, kind in _LINKS:
        if match := pattern.match(text.strip()):
            handle = match.group(1)
            return MessengerInput(kind, "@" + handle if kind in _AT_HANDLES else handle)
    return None


def links_in_note(note: str) -> tuple[list[MessengerInput], str]:
    """Messenger links a phone's note holds («8 916 …, t.me/ivan»), and the note without."""
    if "/" not in note:
        return [], note
    found: list[MessengerInput] = []
    kept: list[str] = []
    for piece in note.split():
        if (linked := messenger_link(piece.strip("<>()[],;"))) is not None:
            found.append(linked)
        else:
            kept.append(piece)
    return found, " ".join(kept).strip(" ,;") if found else note


# «Telegram @frolov» beside a phone: the handle, and the word that says whose it is.
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})\b")
_TELEGRAM_WORD = re.compile(r"\b(?:telegram|телеграмм?|тг|tg)\b:?", re.IGNORECASE)


def telegram_in_note(note: str) -> tuple[MessengerInput | None, str]:
    """The Telegram handle a phone's note gives («8 916 … (Telegram @frolov)»), and the
    note without it. A bare «@frolov» may be anyone's (Instagram's too): left as written."""
    handle = _HANDLE.search(note)
    if handle is None or not _TELEGRAM_WORD.search(note):
        return None, note
    rest = _TELEGRAM_WORD.sub(" ", note[: handle.start()] + " " + note[handle.end() :])
    kept = " ".join(rest.split()).strip(" ,;:-")
    return MessengerInput(MessengerKind.TELEGRAM, handle.group()), kept


def parse_messengers(text: str) -> list[MessengerInput]:
    """The messengers of a cell; ValueError naming the first item that names no messenger."""
    found: list[MessengerInput] = []
    for item in _ITEMS.split(text):
        if not item.strip():
            continue
        if (linked := messenger_link(item)) is not None:
            found.append(linked)
            continue
        named, colon, handle = item.partition(":")
        if not colon or not handle.strip():
            raise ValueError(item.strip())
        try:
            kind = parse_choice(MessengerKind, named)
        except ValueError:
            raise ValueError(item.strip()) from None
        # «Instagram: https://instagram.com/anna» (as a phone's vCard writes it) is «@anna».
        linked = messenger_link(handle.strip())
        found.append(
            linked if linked and linked.kind is kind else MessengerInput(kind, handle.strip())
        )
    return found


# Between a contact person's fields in a cell, «name; position; phone; e-mail; birthday»,
# one person a line (client_validation refuses it inside a field).
CONTACT_FIELD_SEPARATOR = ";"


def contacts_text(people: Iterable[ContactPersonInput]) -> str:
    lines = []
    for person in people:
        parts = [person.name, person.position, person.phone, person.email, person.birthday]
        while parts and not parts[-1]:
            parts.pop()
        lines.append(f"{CONTACT_FIELD_SEPARATOR} ".join(parts))
    return "\n".join(lines)


def parse_contacts(text: str) -> list[ContactPersonInput]:
    """The contact persons of a cell; their phones, e-mails and birthdays are checked with
    the card, as when typed. ValueError names a line of more than five parts."""
    people = []
    for line in text.splitlines():
        parts = [part.strip() for part in line.split(CONTACT_FIELD_SEPARATOR)]
        if not any(parts):
            continue
        if len(parts) > 5:
            raise ValueError(line.strip())
        name, position, phone, email, birthday = (parts + [""] * 5)[:5]
        people.append(ContactPersonInput(name, position, phone, email, birthday))
    return people


# A part of digits and a phone's signs only: a phone, if any part is.
_NUMBER = re.compile(r"^\+?[\d\s()\-]*\d[\d\s()\-]*$")
# A birthday among a contact person's parts: «01.02.1980», «1.2», «1980-02-01».
_DAY = re.compile(r"^(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2})$")


def written_contacts(text: str) -> list[ContactPersonInput]:
    """The contact persons of a cell a person typed: one a line, their parts apart by «;»
    (or by «,» where a part is a phone or an e-mail, so that «Иванова, Мария» stays one
    name), each taken for what it looks like: a phone, an e-mail, a birthday, the name
    first of the rest, the position after it. A phone written after the name in one part
    («Олег 89161112233») is the phone. Nothing is dropped: parts beyond a name and a
    position join the position."""
    people = []
    for line in text.splitlines():
        parts = [part.strip() for part in line.split(CONTACT_FIELD_SEPARATOR)]
        if len(parts) > 5:
            raise ValueError(line.strip())  # more than a person's parts: see parse_contacts
        if len(parts) == 1:
            by_comma = [part.strip() for part in line.split(",")]
            if any(looks_like_phone(part) or looks_like_email(part) for part in by_comma):
                parts = by_comma
        if any(parts):
            people.append(_person_of([part for part in parts if part], line.strip()))
    return people


def _person_of(parts: list[str], line: str) -> ContactPersonInput:
    """A person of the line's parts; a line that names no one (a phone alone) is kept as
    the person's name, as written, for the card to show rather than refuse."""
    phone = email = birthday = ""
    words: list[str] = []
    for part in parts:
        if not email and looks_like_email(part):
            email = part
        elif not phone and (looks_like_phone(part) or _NUMBER.match(part)):
            phone = part  # a number too short for a phone, for the card's check to name
        elif not birthday and _DAY.match(part):
            birthday = part
        else:
            number, rest = phone_and_note(part)
            if not phone and rest and looks_like_phone(number):
                phone, part = number, rest
            words.append(part)
    if not words:
        return ContactPersonInput(line)
    name, *position = words
    return ContactPersonInput(name, ", ".join(position), phone, email, birthday)
