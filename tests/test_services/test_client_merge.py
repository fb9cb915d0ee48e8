"""Merging two cards of one client leaves both as they were: the import merges cards it
has planned and then plans again with other choices."""

import copy
import dataclasses

from clientbase.db.enums import MessengerKind
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_merge import merge_cards


def card(**values: object) -> ClientInput:
    values = {"first_name": "Мария", **values}
    return ClientInput(last_name="Иванова", **values)  # type: ignore[arg-type]


def test_a_merge_changes_neither_card_it_merges() -> None:
    kept = card(
        phones=[PhoneInput("+79161112233")],  # the other card gives this phone its note
        emails=[EmailInput("m@mail.ru")],
        messengers=[MessengerInput(MessengerKind.TELEGRAM, "@maria")],
        tags=["опт"],
        contact_persons=[ContactPersonInput("Иванов Пётр")],
    )
    other = card(
        phones=[PhoneInput("8 916 111-22-33", "мобильный"), PhoneInput("+79035556677")],
        emails=[EmailInput("M@mail.ru", "личная"), EmailInput("maria@work.ru")],
        messengers=[MessengerInput(MessengerKind.VK, "id1")],
        tags=["VIP"],
        contact_persons=[ContactPersonInput("Иванова Анна")],
        city="Тверь",
    )
    kept_before, other_before = copy.deepcopy(kept), copy.deepcopy(other)

    merged = merge_cards(kept, other, "RU")

    assert (kept, other) == (kept_before, other_before)
    assert [(p.raw, p.label) for p in merged.phones] == [
        ("+79161112233", "мобильный"), ("+79035556677", ""),
    ]  # fmt: skip
    assert [(e.address, e.label) for e in merged.emails] == [
        ("m@mail.ru", "личная"), ("maria@work.ru", ""),
    ]  # fmt: skip
    assert (merged.tags, merged.city) == (["опт", "VIP"], "Тверь")
    assert [m.kind for m in merged.messengers] == [MessengerKind.TELEGRAM, MessengerKind.VK]
    assert [p.name for p in merged.contact_persons] == ["Иванов Пётр", "Иванова Анна"]
    # Every list of a card (a field added later too) is the merged card's own.
    for field in dataclasses.fields(ClientInput):
        if isinstance(getattr(kept, field.name), list):
            assert getattr(merged, field.name) is not getattr(kept, field.name), field.name


def test_a_name_given_by_its_initial_takes_the_whole_name_the_other_card_gives() -> None:
    """«Иванова М. П.» first on a sales log, «Иванова Мария Петровна» below: the card was
    left «М. П.». A whole name is kept beside another's initial, and another name is no
    initial's."""
    merged = merge_cards(card(first_name="М.", middle_name="П"), card(middle_name="Петровна"), "RU")
    assert (merged.first_name, merged.middle_name, merged.notes) == ("Мария", "Петровна", "")
    kept = merge_cards(card(middle_name="Петровна"), card(first_name="М.", middle_name="П."), "RU")
    assert (kept.first_name, kept.middle_name) == ("Мария", "Петровна")
    other = merge_cards(card(first_name="А."), card(), "RU")
    assert other.first_name == "А."
