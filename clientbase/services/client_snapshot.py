"""A client card as JSON (audit entries, import history) and back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from clientbase.db.enums import Channel, ClientKind, ClientSource, ClientStatus, MessengerKind
from clientbase.services.audit import to_json
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)


def card_to_json(data: ClientInput) -> dict[str, Any]:
    result = to_json(data)
    assert isinstance(result, dict)
    return result


def card_from_json(values: dict[str, Any]) -> ClientInput:
    """A card back from its JSON; a field left out (as the audit leaves out empty ones) keeps
    its default."""
    data = ClientInput()
    plain = {k: v for k, v in values.items() if k in ClientInput.__dataclass_fields__}
    for name, value in plain.items():
        setattr(data, name, value)
    data.kind = ClientKind(values.get("kind", data.kind))
    data.status = ClientStatus(values.get("status", data.status))
    data.preferred_channel = (
        Channel(values["preferred_channel"]) if values.get("preferred_channel") else None
    )
    data.source = ClientSource(values["source"]) if values.get("source") else None
    data.discount_percent = Decimal(values.get("discount_percent") or "0")
    consent_date = values.get("marketing_consent_date")
    data.marketing_consent_date = date.fromisoformat(consent_date) if consent_date else None
    data.phones = [PhoneInput(**p) for p in values.get("phones", [])]
    data.emails = [EmailInput(**e) for e in values.get("emails", [])]
    data.messengers = [
        MessengerInput(MessengerKind(m["kind"]), m["handle"]) for m in values.get("messengers", [])
    ]
    data.contact_persons = [ContactPersonInput(**p) for p in values.get("contact_persons", [])]
    data.tags = list(values.get("tags", []))
    return data
