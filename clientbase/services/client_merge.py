"""Merging two cards of one client: nothing known about them is dropped."""

from __future__ import annotations

import dataclasses
from copy import deepcopy
from decimal import Decimal

from clientbase.services.client_data import ClientInput
from clientbase.services.phones import PhoneParseError, normalize_phone

# Fields where the kept card's value stands unless it is empty.
_LISTS = {"phones", "emails", "messengers", "tags", "contact_persons"}


def _phone_key(raw: str, region: str) -> str:
    try:
        return normalize_phone(raw, region)
    except PhoneParseError:
        return raw


def merge_cards(kept: ClientInput, other: ClientInput, region: str) -> ClientInput:
    """`kept` with the gaps filled from `other`: empty fields taken, phones and e-mails added
    (no repeats), tags joined, notes appended."""
    merged = deepcopy(kept)
    for field in dataclasses.fields(ClientInput):
        name = field.name
        if name in _LISTS or name == "notes":
            continue
        mine, theirs = getattr(merged, name), getattr(other, name)
        # False and 0 count as «not known»: a VIP mark or a discount from either card stays.
        if mine in ("", None, Decimal("0"), False) and theirs not in ("", None):
            setattr(merged, name, theirs)
    known = {_phone_key(p.raw, region) for p in merged.phones}
    for phone in other.phones:
        if _phone_key(phone.raw, region) not in known:
            merged.phones.append(deepcopy(phone))
            known.add(_phone_key(phone.raw, region))
    addresses = {e.address.casefold() for e in merged.emails}
    merged.emails += [deepcopy(e) for e in other.emails if e.address.casefold() not in addresses]
    handles = {(m.kind, m.handle) for m in merged.messengers}
    merged.messengers += [
        deepcopy(m) for m in other.messengers if (m.kind, m.handle) not in handles
    ]
    names = {t.casefold() for t in merged.tags}
    merged.tags += [t for t in other.tags if t.casefold() not in names]
    people = {p.name.casefold() for p in merged.contact_persons}
    merged.contact_persons += [
        deepcopy(p) for p in other.contact_persons if p.name.casefold() not in people
    ]
    if other.notes and other.notes not in merged.notes:
        merged.notes = f"{merged.notes}\n{other.notes}" if merged.notes else other.notes
    return merged
