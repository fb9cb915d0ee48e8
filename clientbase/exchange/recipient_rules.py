"""Rules of the proposed mapping for a delivery's recipient: the client on a list of
shipments (СДЭК's, Почта России's), someone else beside the client who ordered (a florist's
«Заказчик» and the «Получатель» the bouquet went to)."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.targets import NAME_TARGETS, PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of

_RECIPIENT_WORDS = {
    "получатель", "получателя", "получателю", "адресат", "адресата", "recipient", "recipients",
    # A web shop's (Shopify's, WooCommerce's) «Shipping Name» beside its «Billing Name».
    "shipping",
}  # fmt: skip
# Where the order went: the recipient's address, not the client's, when the recipient is
# someone else.
_DELIVERY_WORDS = {"доставки", "доставка", "delivery", "shipping"}
# Beside a recipient, a «Тариф» is the delivery's («Посылка склад-дверь»), not a pass or a
# plan sold, which it is elsewhere.
_TARIFFS = {"тариф", "tariff"}
# A parcel's number: beside its recipient, the number of the order it carried.
_PARCEL_NUMBERS = {
    "номер отправления", "трек номер", "трек", "трекномер", "шпи", "номер накладной",
    "накладная", "tracking number", "tracking", "tracking no",
}  # fmt: skip
# What the parcel's goods are worth: the sale's sum, rather than the cash to collect on
# delivery beside it («Наложенный платеж»: 0 when paid beforehand).
_DECLARED_VALUES = {
    "объявленная стоимость", "объявленная ценность", "оценочная стоимость", "declared value",
}  # fmt: skip


# A payment's recipient, in a company's bank details: the client company's own.
_REQUISITE_WORDS = {"банк", "инн", "кпп", "бик", "счет", "огрн", "bank", "account"}


def is_recipients(name: str) -> bool:
    """Whether a column (by its normalized name) is a delivery's recipient's: «Получатель»,
    «Телефон получателя», «Recipient phone»; «Банк получателя» is not."""
    words = name.split()
    return not _RECIPIENT_WORDS.isdisjoint(words) and _REQUISITE_WORDS.isdisjoint(words)


def recipient_apart(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> list[int]:
    """Where another column names the client («Заказчик», «Покупатель»), the recipient's
    columns and the delivery's address are the order's, not the card's: the recipient's
    phone had been the client's, and two clients sending flowers to one mother became one
    client by it. They go to the notes, which on a sales sheet are the sale's comment.
    Not where the recipient is mostly the client again (a web shop's «Получатель» of the
    buyer's own name): the delivery's address is then the client's. Returns the columns
    sent to the notes."""
    recipients = [column for column, name in enumerate(names) if is_recipients(name)]
    others_name = any(
        target in NAME_TARGETS and column not in recipients for column, target in enumerate(mapping)
    )
    if not recipients or not others_name or _sends_to_self(mapping, names, samples, recipients):
        return []
    delivery = [
        column
        for column, name in enumerate(names)
        if not _DELIVERY_WORDS.isdisjoint(name.split()) and column not in recipients
    ]
    apart = [
        column
        for column in recipients + delivery
        if mapping[column] not in PURCHASE_TARGETS and mapping[column] is not Target.IGNORE
    ]
    for column in apart:
        mapping[column] = Target.NOTES
    return apart


def shipments_own(mapping: list[Target], names: Sequence[str]) -> None:
    """Beside a recipient, a list of shipments' parcel number is its order's: each row a
    sale to its recipient, not a client with the number in the notes (or a phone refused:
    «1234567890»). Its «Тариф» is the delivery's («Посылка склад-дверь»), not a pass or a
    plan sold; its declared value the sale's sum."""
    if not any(map(is_recipients, names)):
        return
    parcels = [column for column, name in enumerate(names) if name in _PARCEL_NUMBERS]
    if len(parcels) == 1 and Target.ORDER_NUMBER not in mapping:
        mapping[parcels[0]] = Target.ORDER_NUMBER
    for column, name in enumerate(names):
        if name in _TARIFFS and mapping[column] is Target.ITEM:
            mapping[column] = Target.NOTES
    declared = [column for column, name in enumerate(names) if name in _DECLARED_VALUES]
    if len(declared) == 1:
        if Target.AMOUNT in mapping:
            mapping[mapping.index(Target.AMOUNT)] = Target.NOTES
        mapping[declared[0]] = Target.AMOUNT


# A name column's own words, beside the recipient's word: «ФИО получателя», «Shipping Name».
_NAME_WORDS = {"фио", "имя", "фамилия", "отчество", "name", "first", "last", "full"}


def _sends_to_self(
    mapping: Sequence[Target],
    names: Sequence[str],
    samples: Sequence[Sequence[object]],
    recipients: Sequence[int],
) -> bool:
    """Whether the recipients' names are mostly the client's own, row by row (the words of
    the name columns of each, in any order)."""
    theirs = [c for c in recipients if _names_recipient(names[c])]
    own = [c for c, target in enumerate(mapping) if target in NAME_TARGETS and c not in recipients]
    same = differ = 0
    for row in samples:
        mine, other = _words_of(row, own), _words_of(row, theirs)
        if mine and other:
            same, differ = same + (mine == other), differ + (mine != other)
    return same > differ


def _names_recipient(name: str) -> bool:
    """Whether a recipient's column is their name: «Получатель», «ФИО получателя», «Shipping
    Name»; not Shopify's bare «Shipping», the cost of it."""
    rest = set(name.split()) - _RECIPIENT_WORDS
    return (bool(rest) and rest <= _NAME_WORDS) or name in {"получатель", "адресат", "recipient"}


def _words_of(row: Sequence[object], columns: Sequence[int]) -> list[str]:
    words = " ".join(text_of(row[c]) for c in columns if c < len(row)).casefold().split()
    return sorted(words)
