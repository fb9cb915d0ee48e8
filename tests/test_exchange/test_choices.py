import pytest

from clientbase.db.enums import (
    Channel,
    ClientSource,
    ClientStatus,
    MessengerKind,
    PaymentState,
    PurchaseStatus,
)
from clientbase.exchange.choices import parse_choice, parse_yes_no, word


def test_each_choice_reads_its_own_words_and_writes_its_first() -> None:
    assert parse_choice(PaymentState, "да") is PaymentState.PAID
    assert parse_choice(PaymentState, "В долг") is PaymentState.UNPAID
    assert parse_choice(PurchaseStatus, "новая") is PurchaseStatus.NEW
    assert parse_choice(ClientSource, "Инстаграм") is ClientSource.SOCIAL
    assert [word(PurchaseStatus.PAID), word(PaymentState.PAID)] == ["Оплачен", "Оплачен"]
    assert word(ClientStatus.NEW) == "Новый"
    assert parse_choice(ClientStatus, "Ушла") is ClientStatus.LOST  # a sheet's own word
    # A CRM's stages of a lead and of a client gone quiet.
    assert parse_choice(ClientStatus, "Холодный") is ClientStatus.POTENTIAL
    assert parse_choice(ClientStatus, "Спящий") is ClientStatus.LOST
    assert parse_choice(ClientStatus, "потерян") is ClientStatus.LOST
    assert [word(MessengerKind.TELEGRAM), word(Channel.TELEGRAM)] == ["Telegram", "Telegram"]
    assert parse_choice(MessengerKind, "ВК") is MessengerKind.VK
    assert word(None) == ""


@pytest.mark.parametrize(
    ("enum", "text"),
    [
        # Members of two enums with one value («paid», «new») are equal as strings; one
        # enum's words must not be read for the other's.
        (PurchaseStatus, "да"),
        (PurchaseStatus, "частично оплачено"),
        (ClientStatus, "выполнена"),
    ],
)
def test_a_word_of_another_choice_is_not_read(enum: type, text: str) -> None:
    with pytest.raises(ValueError):
        parse_choice(enum, text)


@pytest.mark.parametrize(
    "enum", [ClientStatus, ClientSource, Channel, MessengerKind, PurchaseStatus, PaymentState]
)
def test_every_choice_a_file_holds_has_a_word_to_write(enum: type) -> None:
    for member in enum:
        assert word(member), member
        assert parse_choice(enum, word(member)) is member


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("✓", True), ("✔", True), ("✔️", True), ("☑", True), ("✅", True), ("√", True),
        ("V", True), ("х", True), ("X", True),  # «х» typed in the Russian layout
        ("—", False), ("–", False), ("✗", False), ("❌", False), ("", False),
        # Said in words, and Bitrix24's «Y» and «N».
        ("есть", True), ("Согласна", True), ("подписан", True), ("Y", True),
        ("нету", False), ("не согласен", False), ("Отказ", False), ("N", False),
    ],
)  # fmt: skip
def test_the_marks_a_column_is_ticked_with_read_as_yes_or_no(text: str, meant: bool) -> None:
    # «✔» under «Рассылка» was «not one of the choices», where «✓» was a yes.
    assert parse_yes_no(text) is meant


def test_a_mark_that_says_neither_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_yes_no("?")
