"""A column that answers «Юр. лицо?» with yes or no: RemOnline lists its clients so, and a
hand-kept sheet ticks its companies so. Its name makes it the company's name, and every
person was a company «Нет»; it says which rows are companies instead (services/row_kind
reads it there), so it is kept in the notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.choices import NO, YES
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.text import fold

_YES_OR_NO = frozenset(YES) | frozenset(NO)


def kind_flags(mapping: list[Target], samples: Sequence[Sequence[object]]) -> None:
    """A company's column whose every value is a yes or a no is kept in the notes."""
    for column, target in enumerate(mapping):
        if target is not Target.ORGANIZATION:
            continue
        values = [
            fold(text)
            for row in samples
            if column < len(row) and (text := text_of(row[column]).strip())
        ]
        if values and set(values) <= _YES_OR_NO:
            mapping[column] = Target.NOTES
