"""A florist's or a gift shop's list of the days its clients buy for: a row an occasion,
what it is («Повод»: «День рождения жены») beside its day («Дата события»: «15.03»)."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.targets import PURCHASE_TARGETS, Target

# The names of the day beside a «Повод»: a date of no kind of its own.
_DAY_NAMES = frozenset({
    "дата", "дата события", "дата праздника", "дата повода", "дата торжества", "когда",
    "день", "date", "event date", "occasion date", "when",
})  # fmt: skip


def named_occasions(mapping: list[Target], names: Sequence[str]) -> None:
    """A «Повод» beside a plain «Дата» on a client list makes that day a yearly reminder,
    titled with what the row's occasion is; until then both were lines of the notes. On a
    sheet of sales (a cake's «Повод» beside its sum) or without such a day, the «Повод»
    stays a note, as the rules after this one take it."""
    if Target.OCCASION_NAME not in mapping:
        return
    named = mapping.index(Target.OCCASION_NAME)
    days = [
        column
        for column, name in enumerate(names)
        if name in _DAY_NAMES and mapping[column] in (Target.NOTES, Target.IGNORE)
    ]
    if PURCHASE_TARGETS.intersection(mapping) or len(days) != 1:
        mapping[named] = Target.NOTES
        return
    mapping[days[0]] = Target.OCCASION
