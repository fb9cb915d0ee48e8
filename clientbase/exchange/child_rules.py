"""A list whose clients are children: a kindergarten's, a children's club's, a school's."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.targets import NAME_TARGETS, Target

# Words naming a child in a column's name: «ФИО ребенка», «Ребёнок», «Child's name».
_CHILD_WORDS = frozenset({"ребенка", "ребенок", "детей", "дети", "child", "child s", "kid"})


def child_is_client(mapping: list[Target], names: Sequence[str]) -> None:
    """Where the client's name is the child's («ФИО ребенка» beside «ФИО родителя», or a
    «Ребёнок» where no column names the client otherwise), the
    «Дата рождения ребенка» is the client's birthday. It had made a second person of the
    card, «Ребёнок», holding the birthday the client's card went without."""
    children = [c for c, target in enumerate(mapping) if target is Target.CHILD_NAME]
    parents = Target.RELATIVE_NAME in mapping
    if parents and not NAME_TARGETS.intersection(mapping) and len(children) == 1:
        # «Ребёнок» beside «Родитель», and no column named the client's: the pupil is the
        # client, as under «ФИО ребенка» (the list was refused as naming no client).
        mapping[children[0]] = Target.FULL_NAME
    named = [c for c, target in enumerate(mapping) if target in NAME_TARGETS]
    if not any(_CHILD_WORDS.intersection(names[c].split()) for c in named):
        return
    born = [c for c, target in enumerate(mapping) if target is Target.CHILD_BIRTHDAY]
    if len(born) == 1 and Target.BIRTHDAY not in mapping:
        mapping[born[0]] = Target.BIRTHDAY
