"""Checking a client card before it is saved: every problem found at once, each naming its field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from clientbase.db.enums import ClientKind
from clientbase.errors import Problem, ValidationError
from clientbase.exchange.cell_lists import CONTACT_FIELD_SEPARATOR
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.dates import (
    FIRST_PLAUSIBLE_YEAR,
    Birthday,
    parse_birthday,
    written_date,
)
from clientbase.services.email_format import is_email
from clientbase.services.phones import PhoneParseError, is_local_number, normalize_phone
from clientbase.services.text import digits, visible
from clientbase.services.text_limits import REQUISITE_DIGITS, too_long

# The card's field, the import and the export all part tags at these: a tag holding one
# (a sheet's heading «Друзья, семья» over its rows) came back from its own export as two.
_TAG_SEPARATORS = re.compile(r"[,;]")


def tag_words(tags: Iterable[str]) -> list[str]:
    """Tags as a card keeps them: parted at commas and semicolons, each once, sorted."""
    parts = (part.strip() for tag in tags for part in _TAG_SEPARATORS.split(tag))
    return sorted({part for part in parts if part}, key=str.casefold)


_NO_DISCOUNT, _WHOLE_PRICE = Decimal("0"), Decimal("100")


@dataclass(frozen=True)
class NormalizedPhone:
    raw: str
    e164: str
    label: str


@dataclass(frozen=True)
class NormalizedContact:
    name: str
    position: str
    phone: str
    phone_e164: str
    email: str
    birthday: Birthday | None


@dataclass(frozen=True)
class ValidClient:
    """A ClientInput that passed the checks, with phones, e-mails and dates normalized."""

    data: ClientInput
    phones: list[NormalizedPhone]
    emails: list[tuple[str, str]]
    birthday: Birthday | None
    contacts: list[NormalizedContact]
    tags: list[str]


def validate_client(data: ClientInput, region: str, today: date | None = None) -> ValidClient:
    problems: list[Problem] = too_long(data)
    today = today or date.today()

    if data.kind is ClientKind.COMPANY:
        if not data.organization.strip():
            problems.append(Problem("organization", "organization_required"))
    elif not (data.last_name.strip() or data.first_name.strip()):
        problems.append(Problem("last_name", "name_required"))

    # A number or an address given twice is kept once, with the first note it was given: a
    # sheet's «Телефон» and «Мобильный» often repeat the same number.
    phones: dict[str, NormalizedPhone] = {}
    for index, phone in enumerate(data.phones):
        if not phone.raw.strip():
            continue
        try:
            e164 = normalize_phone(phone.raw, region)
        except PhoneParseError:
            code = "phone_local" if is_local_number(phone.raw) else "phone_invalid"
            problems.append(Problem(f"phones[{index}]", code, {"value": phone.raw}))
            continue
        label = phone.label.strip()
        if (first := phones.get(e164)) is None:
            phones[e164] = NormalizedPhone(phone.raw.strip(), e164, label)
        elif not first.label and label:
            phones[e164] = replace(first, label=label)

    emails: dict[str, str] = {}
    for index, email in enumerate(data.emails):
        address = visible(email.address).strip()  # a copied address brings a ZWSP along
        if not address:
            continue
        if not is_email(address):
            problems.append(Problem(f"emails[{index}]", "email_invalid", {"value": address}))
            continue
        if not emails.get(address.lower()):
            emails[address.lower()] = email.label.strip()

    birthday = _birthday(data.birthday, "birthday", today, problems)

    if not _NO_DISCOUNT <= data.discount_percent <= _WHOLE_PRICE:
        problems.append(
            Problem(
                "discount_percent", "percent_out_of_range", {"value": str(data.discount_percent)}
            )
        )
    consent = data.marketing_consent_date
    if consent is not None and (consent > today or consent.year < FIRST_PLAUSIBLE_YEAR):
        code = "date_in_future" if consent > today else "year_out_of_range"
        problems.append(Problem("marketing_consent_date", code, {"value": written_date(consent)}))

    for name, counts in REQUISITE_DIGITS.items():
        value = getattr(data, name).strip()
        if value and (digits(value) != value or len(value) not in counts):
            count = " / ".join(str(c) for c in counts)
            problems.append(Problem(name, "digits_only", {"value": value, "count": count}))

    contacts: list[NormalizedContact] = []
    for index, person in enumerate(data.contact_persons):
        if not person.name.strip():
            if person.phone.strip() or person.email.strip():
                problems.append(Problem(f"contact_persons[{index}].name", "required"))
            continue
        for part in ("name", "position"):
            value = getattr(person, part).strip()
            if CONTACT_FIELD_SEPARATOR in value or "\n" in value:  # see cell_lists
                where = f"contact_persons[{index}].{part}"
                problems.append(Problem(where, "contact_separator", {"value": value}))
        e164 = ""
        if person.phone.strip():
            try:
                e164 = normalize_phone(person.phone, region)
            except PhoneParseError:
                problems.append(
                    Problem(
                        f"contact_persons[{index}].phone", "phone_invalid", {"value": person.phone}
                    )
                )
        if person.email.strip() and not is_email(person.email.strip()):
            problems.append(
                Problem(f"contact_persons[{index}].email", "email_invalid", {"value": person.email})
            )
        contact_birthday = _birthday(
            person.birthday, f"contact_persons[{index}].birthday", today, problems
        )
        contacts.append(
            NormalizedContact(
                person.name.strip(),
                person.position.strip(),
                person.phone.strip(),
                e164,
                person.email.strip().lower(),
                contact_birthday,
            )
        )

    if problems:
        raise ValidationError(problems)

    tags = tag_words(data.tags)
    if len(phones) + len(emails) < len(data.phones) + len(data.emails):
        # The card as kept (the history records it) without the repeats or blanks.
        data = replace(
            data,
            phones=[PhoneInput(phone.raw, phone.label) for phone in phones.values()],
            emails=[EmailInput(address, label) for address, label in emails.items()],
        )
    return ValidClient(data, list(phones.values()), list(emails.items()), birthday, contacts, tags)


def _birthday(text: str, field: str, today: date, problems: list[Problem]) -> Birthday | None:
    try:
        return parse_birthday(text, field, today)
    except ValidationError as error:
        problems.extend(error.problems)
        return None
