"""Columns kept in the notes that may only say again what the card says, and then are not
noted: a note of it on every card was noise.

- Outlook's name beside an e-mail, МойСклад's «Полное наименование», Google's «File As»:
  the card's name again (card_cells.repeats_card).
- A country column of the shop's own country (countries.home_country).
- A second column of a field the card took from another, saying the same: 1C's and
  Контур.Эльба's «Юридический адрес» beside a «Фактический адрес» of the same words,
  WooCommerce's «shipping_city» and «billing_first_name» beside its «billing_city» and
  «first_name».
- A card's name that is only its number: 1C:Розница's «Карта 2000000012345».
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.countries import home_country, names_a_country
from clientbase.exchange.header import target_of_header
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.card_cells import may_repeat_card, repeats_card
from clientbase.services.client_data import ClientInput
from clientbase.services.client_keys import says_more
from clientbase.services.text import fold

_NOT_WORDS = re.compile(r"[\W_]+")

_NAMES = frozenset({Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME})
# Fields a sheet splits its own way: a shop's «Адрес доставки» of «ул. Ленина 1, кв. 5»
# beside a «Улица» and a «Квартира» says what both do.
_GROUPS = (_NAMES, frozenset({Target.STREET, Target.HOUSE, Target.FLAT}))
# The card's own fields, each one value: a sale's sum of 700 beside the sheet's «Итого за всё
# время: 700» is another thing to know, though the same figure.
_CARDS_OWN = _NAMES | {
    Target.ORGANIZATION, Target.PHONE, Target.EMAIL, Target.BIRTHDAY, Target.CITY,
    Target.REGION, Target.STREET, Target.HOUSE, Target.FLAT, Target.POSTCODE,
    Target.CLIENT_CODE, Target.LOYALTY_CARD, Target.INN,
}  # fmt: skip
# What a card's name says before its number: «Дисконтная карта № 2000000012345».
_CARD_WORDS = {"карта", "card", "дисконтная", "бонусная"}


def _group(target: Target) -> frozenset[Target]:
    return next((group for group in _GROUPS if target in group), frozenset({target}))


def _words(text: str) -> str:
    """An address's words alone: «г.Москва,  ул. Мира» is «г. Москва, ул. Мира»."""
    return _NOT_WORDS.sub(" ", fold(text)).strip()


class NoteRepeats:
    """Which notes of a sheet's rows say nothing the card does not: see the module."""

    def __init__(self, headers: Sequence[object], mapping: Sequence[Target], region: str) -> None:
        self._names = {c for c, h in enumerate(headers) if may_repeat_card(h)}
        self._home = {c: home_country(region) for c, h in enumerate(headers) if names_a_country(h)}
        # Each noted column whose name says a field the sheet maps from other columns: those
        # columns, in the sheet's order.
        self._seconds: dict[int, tuple[int, ...]] = {}
        self._name_notes: set[int] = set()
        for column, header in enumerate(headers[: len(mapping)]):
            said = target_of_header(header) if mapping[column] is Target.NOTES else None
            if said in _CARDS_OWN:
                group = _group(said)
                firsts = tuple(c for c, target in enumerate(mapping) if target in group)
                if firsts:
                    self._seconds[column] = firsts
                if firsts and said in _NAMES:
                    self._name_notes.add(column)
        self._cards = [c for c, target in enumerate(mapping) if target is Target.LOYALTY_CARD]
        self._cells: Sequence[object] = ()

    def see_row(self, cells: Sequence[object]) -> None:
        """The row about to be read: what its columns of the card's fields say."""
        self._cells = cells

    def say_again(self, column: int, text: str, data: ClientInput, name: str) -> bool:
        """Whether the note `text` of `column` says only what the card does. `name`: the
        row's whole name as written (see repeats_card)."""
        if column in self._home:
            return fold(text) in self._home[column]
        if column in self._seconds and self._said_beside(column, text):
            return True
        if self._cards and self._names_the_card(text):
            return True
        return column in self._names and repeats_card(text, data, name)

    def _said_beside(self, column: int, text: str) -> bool:
        """Whether `text` says what the row's columns of the same field do: a name no word
        more than their names (a shipping «Анна» beside «Иванова Анна»), anything else the
        same words as one of them or all of them together."""
        cells = self._cells
        said = [text_of(cells[c]) for c in self._seconds[column] if c < len(cells)]
        words = _words(text)
        if not words or not any(said):
            return False
        if column in self._name_notes:
            return not says_more(words, _words(" ".join(said)))
        return words in {_words(one) for one in said} or words == _words(" ".join(said))

    def _names_the_card(self, text: str) -> bool:
        """1C:Розница's «Наименование» of a discount card, «Карта 2000000012345»: the row's
        card number and nothing more."""
        words = _words(text).split()
        said = 0
        while said < len(words) and words[said] in _CARD_WORDS:
            said += 1
        if not said:
            return False
        number = " ".join(words[said:])
        cells = self._cells
        return any(c < len(cells) and number == _words(text_of(cells[c])) for c in self._cards)
