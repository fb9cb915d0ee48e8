"""An e-mail address mistyped at a mail service everyone knows: «gmail.con», «mail.ry»,
«gmial.com». Such an address is valid as text and reaches nobody, so it is named rather
than saved. Only these are named: an unknown domain may be anybody's own."""

from __future__ import annotations

from collections.abc import Collection

from clientbase.errors import Problem
from clientbase.services.client_data import ClientInput

# The services Russian shops' clients mostly use, and the endings each really has.
_SERVICES = {
    "gmail": {"com"}, "googlemail": {"com"}, "yandex": {"ru", "com", "by", "kz", "ua"},
    "ya": {"ru"}, "mail": {"ru", "com", "ua"}, "inbox": {"ru"}, "list": {"ru"}, "bk": {"ru"},
    "rambler": {"ru"}, "icloud": {"com"}, "hotmail": {"com"}, "outlook": {"com"},
    "yahoo": {"com"},
}  # fmt: skip
# What a slip of a finger makes of «.com» and «.ru».
_ENDING_SLIPS = {
    "con", "cm", "om", "comm", "cpm", "vom", "xom", "cim", "cmo", "ocm", "co",
    "ry", "ri", "rj", "tu", "ruu", "rru", "r", "u",
}  # fmt: skip
# And of the services' names.
_NAME_SLIPS = {
    "gmial", "gmai", "gmal", "gmaill", "gamil", "gnail", "gmil", "gmali", "gmaik", "yandx",
    "yadex", "yndex", "yanex", "yandeks", "yandexx", "yamdex", "maill", "mial", "mai", "mali",
    "rambel", "ramber", "rambller", "inboks", "inbx", "icoud", "iclod", "iclould", "hotmal",
    "hotmial", "outlok", "outllok",
}  # fmt: skip


def is_mistyped(address: str) -> bool:
    """Whether the part after «@» is a known service's name or ending mistyped."""
    name, _, ending = address.rpartition("@")[2].casefold().rpartition(".")
    if name in _NAME_SLIPS:
        return True
    return name in _SERVICES and ending not in _SERVICES[name] and ending in _ENDING_SLIPS


def mistyped_emails(data: ClientInput, stored: Collection[str] = ()) -> list[Problem]:
    """The card's new addresses that are mistyped. One the card held already (`stored`,
    in small letters) is left alone: a base kept before this check may hold one, and a
    card must still save, and an import still merge into it."""
    return [
        Problem(f"emails[{index}]", "email_typo", {"value": address})
        for index, email in enumerate(data.emails)
        if (address := email.address.strip()).casefold() not in stored and is_mistyped(address)
    ]
