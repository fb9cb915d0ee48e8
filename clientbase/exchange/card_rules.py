"""Which column is the number of the card a client holds: a clinic's medical card is the
patient's code, and a list of discount cards gives the card's number as its barcode."""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.targets import Target

# A clinic's client and the card it keeps for them: the patient's medical card, by which
# the clinic knows them, not a discount card.
_PATIENTS = {"пациент", "пациенты", "фио пациента", "patient", "patient name"}
_BARE_CARDS = {"карта", "карты", "номер карты", "card", "card number"}  # «№ карты»: «карты»


def card_of_patients(mapping: list[Target], names: Sequence[str]) -> None:
    """A clinic's «№ карты» beside its «Пациент» is the patient's number at the clinic: the
    client's code, not a discount card the card had shown it as."""
    if not _PATIENTS.intersection(names) or Target.CLIENT_CODE in mapping:
        return
    cards = [c for c, name in enumerate(names) if name in _BARE_CARDS]
    if len(cards) == 1 and mapping[cards[0]] is Target.LOYALTY_CARD:
        mapping[cards[0]] = Target.CLIENT_CODE


# 1C:Розница lists its discount cards with a «Штрихкод» (or a «Магнитный код»), the number
# the till scans, beside the card's «Вид дисконтной карты» and «Владелец карты».
_BARCODES = {
    "штрихкод", "штрих код", "штрихкод карты", "штрих код карты", "магнитный код",
    "barcode", "card barcode",
}  # fmt: skip
_OF_CARDS = re.compile(r"\b(?:карт[аы]|дисконтн\w*|бонусн\w*|card|cards)\b")


def card_of_barcode(mapping: list[Target], names: Sequence[str], filled: Sequence[int]) -> None:
    """On a list that names cards and no card's number, a card's barcode is its number: the
    client is found by scanning the card. It had been a note. Not on a sales sheet, where
    a barcode is the goods'."""
    if Target.LOYALTY_CARD in mapping or Target.PURCHASE_DATE in mapping:
        return
    if not any(_OF_CARDS.search(name) for name in names):
        return
    codes = [
        c
        for c, name in enumerate(names)
        if name in _BARCODES and mapping[c] is Target.NOTES and filled[c]
    ]
    if codes:
        mapping[codes[0]] = Target.LOYALTY_CARD


# A payment card's own columns, as a payment service lists them beside its customer
# (Stripe's «Card Last4», «Card Exp Month»): the card there is the one the client pays with.
_PAYMENT_CARD = re.compile(r"\b(?:last ?4|last four|exp month|exp year|cvc check|fingerprint)\b")
_LOYALTY = re.compile(r"\b(?:loyalty|bonus|discount|club|reward\w*|бонус\w*|дисконт\w*|клуб\w*)\b")


def card_of_payments(mapping: list[Target], names: Sequence[str]) -> None:
    """On a list of a payment card's details, a «Card ID» (Stripe's «card_1MvN8z…») is that
    card's, kept in the notes: it had been taken for the client's discount card. A column
    that names a loyalty or bonus card is the card."""
    if not any(_PAYMENT_CARD.search(name) for name in names):
        return
    for column, name in enumerate(names):
        if mapping[column] is Target.LOYALTY_CARD and not _LOYALTY.search(name):
            mapping[column] = Target.NOTES
    loyalty = [
        c
        for c, name in enumerate(names)
        if mapping[c] is Target.NOTES and _LOYALTY.search(name) and _OF_CARDS.search(name)
    ]
    if loyalty and Target.LOYALTY_CARD not in mapping:
        mapping[loyalty[0]] = Target.LOYALTY_CARD
