"""Plain values that describe a client, as the card edits them and the services return them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal

from clientbase.db.enums import Channel, ClientKind, ClientSource, ClientStatus, MessengerKind


@dataclass(slots=True)
class PhoneInput:
    raw: str
    label: str = ""


@dataclass(slots=True)
class EmailInput:
    address: str
    label: str = ""


@dataclass(slots=True)
class MessengerInput:
    kind: MessengerKind
    handle: str


@dataclass(slots=True)
class ContactPersonInput:
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""
    birthday: str = ""


# Slots: an import holds two of these a row (as read, as checked) until it is written, and
# with its 35 fields an instance's dict was 1.6 KB of the 5 KB a row took; slotted, 0.3 KB.
@dataclass(slots=True)
class ClientInput:
    """Everything a person can type into a client card. Text is kept as typed (a birthday as
    «01.02.1980» or «01.02»); the services validate and normalize it on save."""

    kind: ClientKind = ClientKind.PERSON
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    organization: str = ""
    phones: list[PhoneInput] = field(default_factory=list)
    emails: list[EmailInput] = field(default_factory=list)
    messengers: list[MessengerInput] = field(default_factory=list)
    birthday: str = ""
    region: str = ""
    city: str = ""
    street: str = ""
    postcode: str = ""
    preferred_channel: Channel | None = None
    call_time: str = ""
    status: ClientStatus = ClientStatus.NEW
    is_vip: bool = False
    tags: list[str] = field(default_factory=list)
    source: ClientSource | None = None
    referred_by_id: int | None = None
    responsible: str = ""
    discount_percent: Decimal = Decimal("0")
    loyalty_card: str = ""
    client_code: str = ""
    notes: str = ""
    marketing_consent: bool = False
    marketing_consent_date: date | None = None
    inn: str = ""
    kpp: str = ""
    ogrn: str = ""
    bank_name: str = ""
    bank_bik: str = ""
    bank_account: str = ""
    correspondent_account: str = ""
    contact_persons: list[ContactPersonInput] = field(default_factory=list)

    def copy(self) -> ClientInput:
        """A copy to change without touching this one: new lists of new items; the other
        fields hold values nothing changes in place (text, numbers, dates, choices).
        deepcopy, which took a tenth of a millisecond a card, was half the planning of an
        orders sheet, whose rows merge into their clients one by one; dataclasses.replace,
        which checks every field's name, took three times as long as this (the same sheet
        imported again copies every card it finds)."""
        copied = ClientInput(*[getattr(self, name) for name in CLIENT_FIELDS])
        copied.phones = [PhoneInput(phone.raw, phone.label) for phone in self.phones]
        copied.emails = [EmailInput(email.address, email.label) for email in self.emails]
        copied.messengers = [MessengerInput(m.kind, m.handle) for m in self.messengers]
        copied.tags = list(self.tags)
        copied.contact_persons = [replace(person) for person in self.contact_persons]
        return copied


CLIENT_FIELDS = tuple(f.name for f in fields(ClientInput))


@dataclass(frozen=True)
class ClientSummary:
    """Figures computed from a client's purchases."""

    total_spent: Decimal = Decimal("0")
    purchase_count: int = 0
    first_purchase: date | None = None
    last_purchase: date | None = None


@dataclass(frozen=True)
class ClientRecord:
    id: int
    data: ClientInput
    display_name: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    summary: ClientSummary
    referred_by_name: str = ""
    # The save this card was read at: ClientService.update refuses a save over a newer one.
    version: int = 0

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
