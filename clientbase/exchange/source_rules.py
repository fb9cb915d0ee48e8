"""A column that says where a client came from in few words, told by its values: «Откуда»
of «сарафан», «инста», «Авито» is the card's source, where it had been a note on every
card and the source filter found none of them. «Откуда» of «Тверь» is a town, and stays."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.db.enums import ClientSource
from clientbase.exchange.choices import is_choice
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of

# Headers that may name the source, or something else entirely.
_MAYBE_SOURCE = {
    "откуда", "реклама", "как нашли", "как нашла", "как нашел", "как нашёл", "where from",
    "how found", "found us",
}  # fmt: skip


def source_by_values(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """The first such column whose filled cells are mostly the source's words; not on a
    sales sheet, whose «Откуда» may be the sale's (a marketplace's)."""
    if Target.SOURCE in mapping or Target.PURCHASE_DATE in mapping:
        return
    for column, name in enumerate(names):
        if name not in _MAYBE_SOURCE or mapping[column] is not Target.NOTES:
            continue
        words = [text_of(row[column]).strip() for row in samples if column < len(row)]
        words = [word for word in words if word]
        if words and 2 * sum(is_choice(ClientSource, word) for word in words) >= len(words):
            mapping[column] = Target.SOURCE
            return
