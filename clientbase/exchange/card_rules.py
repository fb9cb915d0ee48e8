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
