"""Columns kept in the notes that may only say again what the card says, and then are not
noted: a note of it on every card was noise.

- Outlook's name beside an e-mail, МойСклад's «Полное наименование», Google's «File As»:
  the card's name again (card_cells.repeats_card).
- A country column of the shop's own country (countries.home_country).
- A second address the same as the one the card took: 1C's and Контур.Эльба's
  «Юридический адрес» beside a «Фактический адрес» of the same words.
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
from clientbase.services.text import fold

_NOT_WORDS = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    """An address's words alone: «г.Москва,  ул. Мира» is «г. Москва, ул. Мира»."""
    return _NOT_WORDS.sub(" ", fold(text)).strip()


class NoteRepeats:
    """Which notes of a sheet's rows say nothing the card does not: see the module."""

    def __init__(self, headers: Sequence[object], mapping: Sequence[Target], region: str) -> None:
        self._names = {c for c, h in enumerate(headers) if may_repeat_card(h)}
        self._home = {c: home_country(region) for c, h in enumerate(headers) if names_a_country(h)}
        streets = [c for c, target in enumerate(mapping) if target is Target.STREET]
        self._street = streets[0] if streets else -1
        self._addresses = {
            c
            for c, header in enumerate(headers)
            if streets
            and c < len(mapping)
            and mapping[c] is Target.NOTES
            and target_of_header(header) is Target.STREET
        }
        self._address = ""

    def see_row(self, cells: Sequence[object]) -> None:
        """The row about to be read: its address as the card takes it."""
        if self._addresses:
            street = cells[self._street] if self._street < len(cells) else None
            self._address = _words(text_of(street))

    def say_again(self, column: int, text: str, data: ClientInput, name: str) -> bool:
        """Whether the note `text` of `column` says only what the card does. `name`: the
        row's whole name as written (see repeats_card)."""
        if column in self._home:
            return fold(text) in self._home[column]
        if column in self._addresses:
            return bool(self._address) and _words(text) == self._address
        return column in self._names and repeats_card(text, data, name)
