"""The columns of a sheet that say whether a row's client is a company or a person.

1C names the kind in words («Вид контрагента: Юридическое лицо»). RemOnline's clients, and
many a hand-kept sheet, answer «Юр. лицо» with yes or no instead: such a column, named as
the company's name is, holds no name (mapping's kind_flags keeps it in the notes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clientbase.db.enums import ClientKind
from clientbase.exchange.choices import NO, YES
from clientbase.exchange.header import normalize_header, target_of_header
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.text import fold

# What says whether a counterparty is a company or a person, and the words for a company.
KIND_HEADERS = frozenset(
    {"вид контрагента", "тип контрагента", "юр физ лицо", "юридическое физическое лицо",
     "тип клиента", "вид клиента", "юр лицо физ лицо",
     # A hand-kept sheet's «Юр/Физ» of «ЮЛ» and «ФЛ», its «Тип лица» of «Юридическое».
     "юр физ", "физ юр", "юл фл", "фл юл", "физ юр лицо", "тип лица", "вид лица", "лицо",
     # Мегаплан's bare «Тип»: «Человек» or «Компания» (any other word of it is not read).
     "тип", "вид", "type"}
)  # fmt: skip
LEGAL_ENTITY_WORDS = frozenset(
    {"юридическое лицо", "юр лицо", "юр. лицо", "юрлицо", "юл", "организация", "компания",
     "legal entity", "company", "юр", "юр.", "юридическое"}
)  # fmt: skip


# A «Вид контрагента» or «Тип клиента» that says the client is a person.
PERSON_WORDS = frozenset(
    {"физическое лицо", "физ лицо", "физ. лицо", "физлицо", "частное лицо", "фл", "person",
     "individual", "private person", "человек", "физ", "физ.", "физическое"}
)  # fmt: skip

_YES = frozenset(YES)
_NO = frozenset(NO)


@dataclass(frozen=True)
class KindColumns:
    """`named`: columns that name the kind (1C's «Вид контрагента»); `flags`: columns
    that say yes or no to a company's name («Юр. лицо: Да»). Both are kept in the notes,
    where a card of the kind they say drops them (said_again)."""

    named: tuple[int, ...] = ()
    flags: tuple[int, ...] = ()

    @classmethod
    def of(cls, headers: Sequence[object], mapping: Sequence[Target]) -> KindColumns:
        width = min(len(headers), len(mapping))
        return cls(
            tuple(c for c in range(width) if normalize_header(headers[c]) in KIND_HEADERS),
            tuple(
                c
                for c in range(width)
                if mapping[c] is Target.NOTES
                and target_of_header(headers[c]) is Target.ORGANIZATION
            ),
        )

    def say_company(self, cells: Sequence[object]) -> bool:
        """Whether the row says its client is a legal entity, where its name has no «ООО»
        to tell it: «Ромашка» beside «Юридическое лицо», or beside «Юр. лицо: Да»."""
        return self._said(cells, self.named, LEGAL_ENTITY_WORDS) or self._said(
            cells, self.flags, _YES
        )

    def said_again(
        self,
        notes: list[str],
        cells: Sequence[object],
        headers: Sequence[object],
        kind: ClientKind,
    ) -> list[str]:
        """The notes without a kind column's «Тип клиента: Физическое лицо» (InSales' and
        1C's lists wrote it on every card) or «Юр. лицо: Нет» where the card is of the kind
        it says, which the card says already; a kind the card is not stays."""
        company = kind is ClientKind.COMPANY
        said = {
            f"{text_of(headers[column])}: {text_of(cells[column])}"
            for columns, words in (
                (self.named, LEGAL_ENTITY_WORDS if company else PERSON_WORDS),
                (self.flags, _YES if company else _NO),
            )
            for column in columns
            if self._said(cells, (column,), words)
        }
        return [note for note in notes if note not in said] if said else notes

    @staticmethod
    def _said(cells: Sequence[object], columns: Sequence[int], words: frozenset[str]) -> bool:
        return any(
            column < len(cells) and fold(text_of(cells[column])) in words for column in columns
        )
