"""Rules of the proposed mapping for a contact's addresses: which of several is the card's,
and an address's further lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.exchange.targets import Target

_ADDRESS_PARTS = {
    Target.STREET, Target.HOUSE, Target.FLAT, Target.CITY, Target.REGION, Target.POSTCODE,
}  # fmt: skip
# Which of a contact's addresses a column is part of: Outlook's «Home City» beside its
# «Business City», Russian Outlook's «Город (дом. адрес)», Google's «Address 2 - City».
# A web shop's order: the buyer's «Billing City» beside the «Shipping City» a gift went to.
_ADDRESS_OF = re.compile(
    r"^(home|business|work|other|address \d+|billing|shipping) |\b(дом|раб|другой) адрес$"
)
# …and WooCommerce's order exports after the field: «Address 1&2 (Billing)» is no
# «Address 1» of Google's.
_ADDRESS_AFTER = re.compile(r" (billing|shipping)$")
_HOME = {"home", "дом", "address 1"}


def one_address(
    mapping: list[Target], names: Sequence[str], by_header: Sequence[Target | None],
    filled: Sequence[int],
) -> None:  # fmt: skip
    """Where a contact has several addresses, the card's is the one most filled in the
    samples (the home one when none is): all its parts, not a street of the home and a city
    of the office. The other addresses' parts go to the notes under their names."""
    groups: dict[str, list[int]] = {}
    for column, name in enumerate(names):
        if by_header[column] not in _ADDRESS_PARTS:
            continue
        if match := _ADDRESS_AFTER.search(name) or _ADDRESS_OF.search(name):
            groups.setdefault(match[1] or match[2], []).append(column)
    if len(groups) < 2:
        return
    chosen = max(groups, key=lambda g: (sum(filled[c] for c in groups[g]), g in _HOME))
    for columns in groups.values():
        for column in columns:
            mapping[column] = Target.NOTES
    for column in groups[chosen]:
        target = by_header[column]
        # «Дом» and «Корпус» are parts of one house; of the others a column outside the
        # groups («Город» beside Outlook's own) keeps what it holds.
        if target is not None and (target is Target.HOUSE or target not in mapping):
            mapping[column] = target


# A number among a column's words: «Home Street 2», «Улица 2 (дом. адрес)».
_LINE_NUMBER = re.compile(r"\s[23]\b")
_FIRST_LINE = re.compile(r"\s1\b")


def street_lines(mapping: list[Target], names: Sequence[str]) -> None:
    """Outlook's «Home Street 2» beside «Home Street» («Улица 2 (дом. адрес)» in Russian):
    the address's next line («кв. 4», «корпус 2»), joined to the street rather than kept
    apart in the notes."""
    if Target.STREET not in mapping:
        return
    # Square's «Street Address 1» and «Street Address 2»: the first numbered too.
    street = _FIRST_LINE.sub("", names[mapping.index(Target.STREET)], count=1)
    for column, name in enumerate(names):
        numbered = _LINE_NUMBER.search(name)
        if (
            numbered
            and mapping[column] is Target.NOTES
            and name[: numbered.start()] + name[numbered.end() :] == street
        ):
            mapping[column] = Target.FLAT
