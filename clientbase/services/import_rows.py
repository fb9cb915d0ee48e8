"""One sheet row → one client card, with every value that could not be read named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clientbase.db.enums import Channel, ClientKind, ClientSource, ClientStatus
from clientbase.errors import ValidationError
from clientbase.exchange.cell_lists import parse_contacts, parse_messengers
from clientbase.exchange.choices import parse_choice, parse_yes_no
from clientbase.exchange.header import Target, normalize_header, target_of_header
from clientbase.exchange.values import (
    excel_serial_date,
    is_company_name,
    looks_like_email,
    split_full_name,
    split_phones,
    text_of,
)
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.dates import Birthday, parse_birthday
from clientbase.services.money import parse_decimal
from clientbase.services.phones import PhoneParseError, normalize_phone

_TOTALS = ("итого", "всего", "total", "итог")
# Between e-mails in one cell: «,» «;», spaces or line breaks (an address has none).
_EMAIL_SEPARATORS = re.compile(r"[,;\s]+")


def _email_address(written: str) -> str:
    """«mailto:ivanov@mail.ru», «<ivanov@mail.ru>», «ivanov@mail.ru.» → the address."""
    address = written.strip().strip("<>").rstrip(".")
    return address[7:] if address[:7].casefold() == "mailto:" else address


@dataclass(frozen=True)
class CellProblem:
    """A value left out of a row: where it was, what it was, and why."""

    line: int
    column: str
    value: str
    code: str
    # Position of the cell in the sheet's row, when the problem is one cell's (to fix it).
    index: int | None = None


@dataclass(frozen=True)
class ReadRow:
    line: int
    data: ClientInput | None  # None for a blank or totals row; without a name for "no_name"
    problems: list[CellProblem]
    # Why the whole row is left out: "blank", "totals", "no_name".
    skipped: str = ""


def is_totals_row(cells: Sequence[object]) -> bool:
    first = next((text_of(cell) for cell in cells if cell is not None), "")
    return first.casefold().rstrip(":").strip() in _TOTALS


def read_birthday(value: object, today: date) -> Birthday | None:
    """A birthday from a date cell, an Excel day number, or text; ValueError if none."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Birthday(value.day, value.month, value.year)
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = excel_serial_date(float(value))
        if serial is None:
            raise ValueError(value)
        return Birthday(serial.day, serial.month, serial.year)
    try:
        return parse_birthday(text_of(value), today=today)
    except ValidationError:
        raise ValueError(value) from None


def read_row(
    line: int,
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    region: str,
    today: date,
) -> ReadRow:
    if all(cell is None for cell in cells):
        return ReadRow(line, None, [], skipped="blank")
    if is_totals_row(cells):
        return ReadRow(line, None, [], skipped="totals")
    data = ClientInput()
    problems: list[CellProblem] = []
    notes: list[str] = []
    full_name = ""

    def problem(column: int, value: object, code: str) -> None:
        problems.append(
            CellProblem(line, text_of(headers[column]), text_of(value), code, index=column)
        )

    for column, target in enumerate(mapping):
        value = cells[column] if column < len(cells) else None
        if value is None or target is Target.IGNORE:
            continue
        text = text_of(value)
        match target:
            case Target.FULL_NAME:
                full_name = text
            case Target.LAST_NAME | Target.FIRST_NAME | Target.MIDDLE_NAME | Target.ORGANIZATION:
                setattr(data, target.value, text)
            case Target.CITY | Target.REGION | Target.STREET | Target.POSTCODE:
                setattr(data, target.value, text)
            case (
                Target.LOYALTY_CARD | Target.INN | Target.KPP | Target.OGRN | Target.BANK_NAME
                | Target.BANK_BIK | Target.BANK_ACCOUNT | Target.CORRESPONDENT_ACCOUNT
                | Target.CALL_TIME
            ):  # fmt: skip
                setattr(data, target.value, text)
            case Target.PHONE:
                for raw in split_phones(value):
                    try:
                        normalize_phone(raw, region)
                    except PhoneParseError:
                        problem(column, raw, "phone_invalid")
                        continue
                    data.phones.append(PhoneInput(raw))
            case Target.EMAIL:
                for written in _EMAIL_SEPARATORS.split(text):
                    address = _email_address(written)
                    if looks_like_email(address):
                        data.emails.append(EmailInput(address))
                    elif address:
                        problem(column, written, "email_invalid")
            case Target.BIRTHDAY:
                try:
                    birthday = read_birthday(value, today)
                except ValueError:
                    problem(column, value, "date_invalid")
                else:
                    data.birthday = str(birthday) if birthday else ""
            case Target.DISCOUNT:
                try:
                    percent = parse_decimal(text.rstrip("%"))
                except ValueError:
                    problem(column, value, "not_a_number")
                else:
                    if 0 <= percent <= 100:
                        data.discount_percent = percent
                    else:
                        problem(column, value, "percent_out_of_range")
            case Target.STATUS:
                try:
                    data.status = parse_choice(ClientStatus, text)
                except ValueError:
                    problem(column, value, "unknown_choice")
            case Target.CHANNEL:
                try:
                    data.preferred_channel = parse_choice(Channel, text)
                except ValueError:
                    problem(column, value, "unknown_choice")
            case Target.CONSENT_DATE:
                try:
                    agreed = read_birthday(value, today)
                except ValueError:
                    agreed = None
                if agreed is None or agreed.year is None:
                    problem(column, value, "date_invalid")
                else:
                    data.marketing_consent_date = date(agreed.year, agreed.month, agreed.day)
            case Target.SOURCE:
                try:
                    data.source = parse_choice(ClientSource, text)
                except ValueError:
                    problem(column, value, "unknown_choice")
            case Target.VIP | Target.CONSENT:
                try:
                    setattr(data, target.value, parse_yes_no(text))
                except ValueError:
                    problem(column, value, "unknown_choice")
            case Target.RESPONSIBLE:
                data.responsible = text
            case Target.MESSENGERS:
                try:
                    data.messengers = parse_messengers(text)
                except ValueError as error:
                    problem(column, error.args[0], "unknown_choice")
            case Target.CONTACT_PERSONS:
                try:
                    data.contact_persons = parse_contacts(text)
                except ValueError as error:
                    problem(column, error.args[0], "too_many_parts")
            case Target.TAGS:
                data.tags.extend(t.strip() for t in text.replace(";", ",").split(",") if t.strip())
            case Target.NOTES:
                header = headers[column]
                # A column we do not know goes to the notes with its name, so nothing is lost.
                notes.append(
                    text
                    if target_of_header(header) is Target.NOTES or not normalize_header(header)
                    else f"{text_of(header)}: {text}"
                )
    if full_name:
        if is_company_name(full_name) and not data.organization:
            data.organization = full_name
        elif not (data.last_name or data.first_name):
            data.last_name, data.first_name, data.middle_name = split_full_name(full_name)
    if data.organization and not (data.last_name or data.first_name):
        data.kind = ClientKind.COMPANY
    elif data.organization:
        notes.insert(0, data.organization)
        data.organization = ""
    data.notes = "\n".join(notes)
    if not (data.last_name or data.first_name or data.organization):
        # Kept: on an orders sheet a phone or a card number alone can name a known client.
        return ReadRow(line, data, problems, skipped="no_name")
    return ReadRow(line, data, problems)
