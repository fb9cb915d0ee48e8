"""What tells two cards of one client apart from two clients: the keys they are compared by.

The import finds a row's client, earlier in the file or in the base, by its client code,
phones, e-mails and loyalty card, and by a similar name under the same full birthday. A
phone, e-mail or card is not the client's alone, though: a family shares its home phone, so
two people named apart, or a company and a person, are two clients whatever they share (see
two_clients).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from clientbase.db.models import ClientKind
from clientbase.exchange.given_names import FULL_NAMES
from clientbase.exchange.person_names import is_initial
from clientbase.services.client_rows import display_name
from clientbase.services.client_validation import ValidClient
from clientbase.services.text import digits, fold

SIMILAR_NAME = 90  # rapidfuzz ratio from which two names with one birthday are one person
# The ratio from which two first names are one name spelt two ways: «Мария» and «Марья» (80),
# «Наталья» and «Наталия»; not «Анна» and «Алла» (75). So for last names where a first name
# is missing: «Иванов» and «Иванова» (92) are one, «Петрова» and «Иванова» two.
SIMILAR_GIVEN_NAME = 80

# A birthday (day, month, year; 0 for a birthday without a year) and the folded name.
Person = tuple[tuple[int, int, int], str]


def person_of(valid: ValidClient) -> Person | None:
    """The client's birthday and folded name: what a similar name is compared under."""
    birthday = valid.birthday
    if birthday is None:
        return None
    return (birthday.day, birthday.month, birthday.year or 0), folded_name(valid)


def same_person(
    birthday: tuple[int, int, int], name: str, other: str, both_reachable: bool
) -> bool:
    """Whether two folded names of one birthday are one person's: a similar name under a
    full birthday; under a day and month alone («Королёва Анна», 22.09, in a list imported
    again), which a namesake may share, the same name where not both give a phone, e-mail,
    card or code of their own (`both_reachable`), which would have found each other."""
    if birthday[2]:
        return similar_names(name, other)
    return name == other and not both_reachable


def similar_names(name: str, other: str) -> bool:
    """Whether two folded names with the same birthday are one person's: nearly the same
    spelling («Иванова Марья», «Иванова Мария»), or the shorter one of two words or more
    within the longer, in order, a word written as its initial or not at all («Иванов Иван»,
    «Иванов И. И.» and «Иванов Иван Иванович»), under the same surname. Twins («Иванов
    Иван», «Иванов Пётр») are not."""
    if fuzz.ratio(name, other, score_cutoff=SIMILAR_NAME):
        return True
    words, others = name.split(), other.split()
    if words[:1] != others[:1]:
        return False  # another surname: most names on the same birthday end here
    return _within(words, others) or _within(others, words)


def _within(shorter: list[str], longer: list[str]) -> bool:
    if not 2 <= len(shorter) <= len(longer):
        return False
    rest = iter(longer)  # shared: the words must come in the same order
    return all(
        any(
            word == candidate or (is_initial(word) and candidate.startswith(word.rstrip(".")))
            for candidate in rest
        )
        for word in shorter
    )


# Who a client is, as told apart from another at the same phone: a person's folded first and
# last name; COMPANY for a company.
Who = tuple[str, str]
COMPANY: Who = ("#company", "")
NOBODY: Who = ("", "")


def who_of(kind: ClientKind, first_name: str, last_name: str) -> Who:
    return (
        COMPANY
        if kind is ClientKind.COMPANY
        else (fold(first_name.strip()), fold(last_name.strip()))
    )


def two_clients(who: Who, other: Who) -> bool:
    """Whether two clients sharing a phone, an e-mail or a card are two: a company and a
    person (its director at the company's phone); two people whose first names are both
    known and neither the same name spelt otherwise, nor its initial («М.» for «Мария»), nor
    its short form («Маша»); or, where one has no first name, whose last names differ
    («Мама» and «Папа», «Петрова» and «Иванова Анна»). The same first name under another
    surname is one client (hers before she married); a name not known tells nothing."""
    if who == other:
        return False
    if COMPANY in (who, other):
        return True
    (first, last), (other_first, other_last) = who, other
    if first and other_first:
        return _two_given_names(first, other_first)
    if not last or not other_last:
        return False
    return not fuzz.ratio(last, other_last, score_cutoff=SIMILAR_GIVEN_NAME)


def says_more(name: str, other: str) -> bool:
    """Whether a name (folded) has a word the other has not, as itself, another spelling,
    an initial or a short form: «Петрова Мария» beside «Иванова Мария» has, «Иванова М.»
    and «Маша Иванова» have not."""
    others = other.split()
    return any(
        all(word != theirs and _two_given_names(word, theirs) for theirs in others)
        for word in name.split()
    )


def initial_of(initial: str, name: str) -> bool:
    """Whether `initial` is only the initial of the whole name `name` («М.» or «м» of
    «Мария»), in any case."""
    initial, name = fold(initial.strip()), fold(name.strip())
    return is_initial(initial) and not is_initial(name) and name.startswith(initial.rstrip("."))


def _two_given_names(name: str, other: str) -> bool:
    if is_initial(name) or is_initial(other):
        return not (other.startswith(name.rstrip(".")) or name.startswith(other.rstrip(".")))
    if fuzz.ratio(name, other, score_cutoff=SIMILAR_GIVEN_NAME):
        return False
    full, other_full = FULL_NAMES.get(name, {name}), FULL_NAMES.get(other, {other})
    return full.isdisjoint(other_full)


def folded_name(valid: ValidClient) -> str:
    """The name a client is listed under, folded for comparing."""
    data = valid.data
    return fold(
        display_name(
            data.kind, data.last_name, data.first_name, data.middle_name, data.organization
        )
    )


def card_key(card: str) -> str:
    """A loyalty card's number as compared, without spaces or case: «1 001» is «1001»."""
    return "".join(card.split()).casefold()


def inn_key(inn: str) -> str:
    """An ИНН as compared: its digits; empty where they are no ИНН's 10 or 12."""
    number = digits(inn)
    return number if len(number) in (10, 12) else ""


def other_branch(kpp: str, other_kpp: str) -> bool:
    """Whether two clients of one ИНН are two branches of the company: each its КПП."""
    mine, theirs = digits(kpp), digits(other_kpp)
    return bool(mine) and bool(theirs) and mine != theirs


def code_key(code: str) -> str:
    """A client code as compared: without spaces or case, and a code of digits without its
    leading zeros, which Excel drops when it takes «000123» for a number."""
    key = "".join(code.split()).casefold()
    return (key.lstrip("0") or "0") if key.isdigit() else key
