"""Words of a header that undo the field its other words name: «Не отправлять SMS» is no
consent, «Do Not Call» no phone, «Card Brand» no card's number."""

from __future__ import annotations

import re

from clientbase.exchange.targets import Target

_YES_NO = {Target.CONSENT, Target.VIP, Target.ARCHIVED}
_NEGATIONS = {"не", "без", "no", "not", "dont", "don't"}
_REFUSAL = re.compile(r"\b(?:opt out|opted out|do not|unsubscribed|отказ\w*|отписан\w*)\b")
# What is said of a bank account or a card beside its number: whose it is, what it is for,
# what it holds, of what kind, until when («Card Brand»: VISA is no card's number); and who
# made a record, beside the day it was made.
_ABOUT_IT: dict[Target, set[str]] = {
    Target.BANK_ACCOUNT: {"name", "holder", "particulars", "владелец", "владельца", "получатель"},
    Target.LOYALTY_CARD: {
        "balance", "type", "brand", "expiry", "expiration", "tier", "points",
        "вид", "тип", "баланс", "остаток", "срок", "уровень", "владелец", "держатель",
    },
    # Zoho's «Created By», a CRM's «Кем создан»: the shop's person, not the day.
    Target.CLIENT_SINCE: {"by", "кем"},
}  # fmt: skip


def undone(target: Target | None, name: str) -> Target | None:
    """`target`, or None where the header `name` (normalized) says it is not that field:
    the column is then kept in the notes as it is written."""
    words = name.split()
    if target in _YES_NO and _NEGATIONS.intersection(words[:2]):
        return None  # «Не отправлять SMS: Да» is a no
    if _REFUSAL.search(name):
        return None  # Salesforce's «Email Opt Out», «Do Not Call»: yes or no, not a contact
    if target is not None and _ABOUT_IT.get(target, set()).intersection(words):
        return None  # Xero's «Bank Account Name» beside its «Bank Account Number»
    return target
