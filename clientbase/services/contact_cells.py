"""The phones and e-mails of one cell, whichever of the two its column was taken for: a
«Контакты» or «Контактная информация» column holds both, a phone in one row and an e-mail
in the next, or «Телефон: +7 916 …, E-mail: ivan@mail.ru» in one cell."""

from __future__ import annotations

from collections.abc import Callable

from clientbase.db.enums import MessengerKind
from clientbase.exchange.addresses import address_in_note
from clientbase.exchange.cell_lists import links_in_note, messenger_link, telegram_in_note
from clientbase.exchange.values import (
    EXPONENT,
    emails_and_notes,
    emails_in_note,
    looks_like_email,
    looks_like_phone,
    phone_and_note,
    split_phones,
)
from clientbase.services.card_cells import messengers_in_note, take_town_from_address
from clientbase.services.client_data import ClientInput, EmailInput, MessengerInput, PhoneInput
from clientbase.services.email_typos import is_mistyped
from clientbase.services.phones import (
    FLOAT_TAIL,
    PhoneParseError,
    in_numbering_plan,
    is_local_number,
    normalize_phone,
)

# (contact, its note as written) → the note it gets on the card.
Labeller = Callable[[str, str], str]
# (the piece left out, its problem's code): named, and kept in the notes.
Problem = Callable[[str, str], None]


def email_address(written: str) -> str:
    """«mailto:ivanov@mail.ru», «<ivanov@mail.ru>», «ivanov@mail.ru.» → the address."""
    address = written.strip().strip("<>").rstrip(".")
    return address[7:] if address[:7].casefold() == "mailto:" else address


class ContactCells:
    """Reads the phones (with their region) and the e-mails of a cell into a card."""

    def __init__(
        self,
        region: str,
        is_phone: Callable[[str], bool],
        as_written: bool = False,
        local_area: str = "",
    ) -> None:
        self._region = region
        self._is_phone = is_phone
        # The area code of the shop's town, for a local number of a row that has none of its
        # own («52-34-56» in a small town's list): given by the person, see plan_import.
        self._local_area = local_area
        # The program's own export: a phone's note is the note the card gave it («WhatsApp»,
        # «ул. Ленина»), not a messenger, an e-mail or an address to take from it.
        self._as_written = as_written

    def phones(
        self,
        value: object,
        data: ClientInput,
        label: Labeller,
        problem: Problem,
        kind: MessengerKind | None = None,
        *,
        aside: Callable[[str], None],
        area: str = "",
    ) -> bool:
        """The phones of a cell; an e-mail among them is the card's e-mail, and an address
        the card's address (kept `aside`, in the notes, where the card has one). `kind`:
        the messenger the column says its phones are on («Телефон/WhatsApp»); `area`: the
        row's area code («Код города»), which a local number («123-45-67») is dialled
        with. Whether a number took the area code."""
        took_area = False
        area = area or self._local_area
        for written in split_phones(value, self._region):
            if "/" in written and (linked := messenger_link(written)) is not None:
                data.messengers.append(linked)  # «t.me/ivan» under «Контакты»
                continue
            raw, note = phone_and_note(written, self._as_written)
            # «9161234567.0», «79161234567,00»: a column of numbers saved to CSV as floats.
            raw = FLOAT_TAIL.sub(r"\1", raw)
            if not self._as_written:
                if not note and not looks_like_phone(raw) and (place := address_in_note(raw)):
                    _take_address(place, raw, data, aside)  # an address alone under «Контакты»
                    continue
                if "@" in written and (raw == written or looks_like_email(email_address(raw))):
                    # «ivan@mail.ru (личная)»
                    self.emails(written, data, label, problem, aside=aside)
                    continue
                note = _taken_from_note(note, data, aside)
            if area and is_local_number(raw):
                raw, written = f"{area} {raw}", f"{area} {written}"
                took_area = True
            try:
                e164 = normalize_phone(raw, self._region)
            except PhoneParseError:
                # A phone column that Excel showed as numbers and saved to CSV as shown,
                # «7,91612E+10»: its last digits are gone, which the person must be told
                # rather than just «not a phone»; a town's number without its area code
                # is told so, for the person to give the code.
                code = "phone_local" if not area and is_local_number(raw) else "phone_invalid"
                problem(written, "phone_rounded" if EXPONENT.match(raw) else code)
                continue
            if not in_numbering_plan(e164):
                # A digit missing or one too many: a wrong number, not to be saved.
                problem(written, "phone_not_in_plan")
                continue
            data.phones.append(PhoneInput(raw, label(raw, note)))
            kinds = messengers_in_note(note) if note and not self._as_written else []
            if kind is not None:
                kinds = [kind, *(k for k in kinds if k is not kind)]
            data.messengers += [MessengerInput(k, raw) for k in kinds]
        return took_area

    def emails(
        self,
        text: str,
        data: ClientInput,
        label: Labeller,
        problem: Problem,
        *,
        aside: Callable[[str], None],
    ) -> None:
        """The e-mails of a cell; a phone written among them is the card's phone (and an
        address the card's address, or kept `aside`: see phones)."""
        for email in emails_and_notes(text):
            address = email_address(email.address)
            if looks_like_email(address):
                if is_mistyped(address):
                    problem(email.written, "email_typo")  # «…@gmail.con»: kept in the notes
                    continue
                note = email.note
                if looks_like_phone(note) and self._is_phone(note):
                    data.phones.append(PhoneInput(note))  # «ivan@mail.ru, 8916…»
                    note = ""
                data.emails.append(EmailInput(address, label(address, note)))
            elif "@" not in email.written and looks_like_phone(email.written):
                # A phone (or an address) under «Контакты».
                self.phones(email.written, data, label, problem, aside=aside)
            elif address:
                problem(email.written, "email_invalid")


def _taken_from_note(note: str, data: ClientInput, aside: Callable[[str], None]) -> str:
    """A phone's note without what it held for the card's other fields: e-mails, a Telegram
    handle, messenger links, an address."""
    if "@" in note:
        addresses, note = emails_in_note(note)  # «8 916 … (жена, anna@mail.ru)»
        data.emails += [EmailInput(address, "") for address in addresses]
        handle, note = telegram_in_note(note)  # «8 916 … (Telegram @frolov)»
        data.messengers += [handle] if handle else []
    if "/" in note:
        links, note = links_in_note(note)
        data.messengers += links
    if note and (place := address_in_note(note)) is not None:
        _take_address(place, note, data, aside)
        note = ""
    return note


def _take_address(
    place: str, written: str, data: ClientInput, aside: Callable[[str], None]
) -> None:
    """An address from a contacts cell (`place`, as `written` there) is the card's where
    the card has none; beside the address or town of the sheet's own columns it is
    another (a delivery address), kept aside as written."""
    if data.street or data.city or data.postcode or data.region:
        aside(written)
    else:
        data.street = place
        take_town_from_address(data)
