"""Bringing a client's card up to date from a newer list: the shop's own list exported,
corrected in Excel and imported back, or the sheet it still keeps beside the program. The
list's values replace the card's; nothing the list leaves empty is lost."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from functools import partial

from clientbase.db.enums import ClientStatus
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.client_merge import (
    Contact,
    joined_emails,
    joined_notes,
    joined_people,
    joined_phones,
    joined_tags,
    merge_cards,
    phone_key,
)
from clientbase.services.record_words import RecordWords

_JOINED = {"phones", "emails", "messengers", "tags", "contact_persons", "notes", "kind"}
# Values a list cannot tell apart from «not given» once read (an empty VIP cell is «no», an
# empty discount none): they change only where the list has their column. A discount set to
# 0 in Excel is one taken back; a list without the column says nothing of discounts.
_MARKS = {"is_vip", "marketing_consent", "discount_percent"}
# Fields a list may write shorter than the card: what it says then is not news.
_SAID_SHORTER = {"birthday", "first_name", "middle_name"}


def updated_card(
    card: ClientInput,
    newer: ClientInput,
    region: str,
    given: Collection[str],
    words: RecordWords | None = None,
    whole: bool = False,
) -> ClientInput:
    """`card` with what `newer` says in place of what it said: each field `newer` fills
    replaces the card's (a corrected name, the new address); its phones and e-mails come
    first, the card's others kept after them (an old number is not lost, the new one is the
    one to call); its messenger handles replace the card's of the same messenger; tags and
    contact persons are joined; its notes are added where the card lacks them.

    An empty cell changes nothing, so a list of phones alone does not clear addresses. For
    the same reason a status does not go back to «Новый», and the discount and the VIP and
    consent marks change only where `given` (the fields the list's columns fill, Target
    values) holds their column. A row of a person for a company's card, or the other
    way round, is merged instead (merge_cards): which fields to replace is not clear then.

    With `whole`, `newer` is a row of the program's own full export (export_columns.
    is_full_export), whose cells hold the whole card: see _whole_card."""
    if newer.kind is not card.kind:
        return merge_cards(card, newer, region, words)
    if whole:
        return _whole_card(card, newer, region)
    updated = card.copy()
    for field in dataclasses.fields(ClientInput):
        name = field.name
        value = getattr(newer, name)
        if name in _JOINED or not _replaces(name, value, getattr(card, name), given):
            continue
        setattr(updated, name, value)
    phones = _as_written(newer.phones, card.phones, partial(_phone_key, region=region))
    updated.phones = joined_phones(phones, card.phones, region)
    updated.emails = joined_emails(_as_written(newer.emails, card.emails, _email_key), card.emails)
    kinds = {messenger.kind for messenger in newer.messengers}
    updated.messengers = [
        *(dataclasses.replace(messenger) for messenger in newer.messengers),
        *(m for m in updated.messengers if m.kind not in kinds),
    ]
    updated.tags = joined_tags(card.tags, newer.tags)
    updated.contact_persons = joined_people(card.contact_persons, newer.contact_persons)
    updated.notes = joined_notes(card.notes, [newer.notes])
    return updated


def _whole_card(card: ClientInput, newer: ClientInput, region: str) -> ClientInput:
    """The card as a row of the full export holds it: that file wrote every phone, tag and
    note of the card, and an empty cell for an empty field, so what the row lacks was
    deleted in Excel (a mistyped number, a street) and goes from the card too. Kept from the
    card: what the export does not write (who recommended the client), a phone or address
    the row writes otherwise, and the order of tags the export sorts."""
    updated = newer.copy()
    updated.referred_by_id = card.referred_by_id
    updated.phones = _as_written(
        newer.phones, card.phones, partial(_phone_key, region=region), whole=True
    )
    updated.emails = _as_written(newer.emails, card.emails, _email_key, whole=True)
    if sorted(tag.casefold() for tag in newer.tags) == sorted(tag.casefold() for tag in card.tags):
        updated.tags = list(card.tags)
    return updated


def _as_written(
    given: list[Contact], card: list[Contact], key: Callable[[Contact], str], whole: bool = False
) -> list[Contact]:
    """The list's phones or e-mails, each the card has written as the card has it:
    «8 916 123-45-67» for the card's «+7 916 123-45-67» is no change to make, and not one
    the preview should name. Each with the list's note (or the card's, where the list has
    none and is not `whole`)."""
    known = {key(contact): contact for contact in card}
    written: list[Contact] = []
    for contact in given:
        same = known.get(key(contact))
        if same is None:
            written.append(contact)
        else:
            label = contact.label if whole else contact.label or same.label
            written.append(dataclasses.replace(same, label=label))
    return written


def _phone_key(phone: PhoneInput, region: str) -> str:
    return phone_key(phone.raw, region)


def _email_key(email: EmailInput) -> str:
    return email.address.casefold()


def _replaces(name: str, value: object, current: object, given: Collection[str]) -> bool:
    if name in _MARKS:
        return name in given
    if name == "status":
        return value is not ClientStatus.NEW
    if name in _SAID_SHORTER and isinstance(value, str) and isinstance(current, str):
        # «01.02» in a list that writes no years is «01.02.1980» said shorter, as «И.» in
        # «Иванов И. И.» is «Иван».
        short = value.rstrip(".").casefold()
        return bool(short) and not current.casefold().startswith(short)
    return value not in ("", None)


def changed_fields(before: ClientInput, after: ClientInput) -> tuple[str, ...]:
    """The fields of `after` that are not `before`'s, in the card's order."""
    return tuple(
        field.name
        for field in dataclasses.fields(ClientInput)
        if getattr(before, field.name) != getattr(after, field.name)
    )
