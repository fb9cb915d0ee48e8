"""A company's requisites (ИНН, КПП, ОГРН, БИК, accounts) as a sheet gives them, made the
digits a card keeps: «7728 168 971» as a person groups them, and 44525225 where Excel took
«044525225» for a number and dropped its first zero."""

from __future__ import annotations

import re

from clientbase.exchange.values import text_of
from clientbase.services.read_row import CellProblem
from clientbase.services.text_limits import REQUISITE_DIGITS

# The requisites a zero may begin: an ИНН or a КПП of the regions 01 to 09 (Адыгея to
# Ставрополье) and every БИК («04…»). An ОГРН or an account never begins with one.
_LEADING_ZERO = frozenset({"inn", "kpp", "bank_bik"})
_GROUPING = re.compile(r"[\s\-]")
_ACCOUNT_AND_BANK = re.compile(r"^(?P<account>\d{20})\s*,\s*(?P<bank>[^\W\d_].*?)\s*$")


def cell_fields(field: str, value: object) -> dict[str, str]:
    """The card's fields a cell of `field` gives: its text (see cell_text), and from 1C's
    «Основной банковский счет», «40702810938000012345, ПАО СБЕРБАНК», the account's number
    and its bank's name."""
    if field == "bank_account" and (found := _ACCOUNT_AND_BANK.match(text_of(value))):
        return {"bank_account": found["account"], "bank_name": found["bank"]}
    return {field: cell_text(field, value)}


def cell_text(field: str, value: object) -> str:
    """The text a card's `field` takes from a cell: a requisite's digits, where the cell
    holds nothing else; any other value (or a requisite with letters in it, which the card's
    check refuses and the notes keep) as the cell shows it."""
    text = text_of(value)
    lengths = REQUISITE_DIGITS.get(field)
    if lengths is None:
        return text
    number = _GROUPING.sub("", text)
    if not number.isdigit():
        return text
    if isinstance(value, int | float) and field in _LEADING_ZERO and len(number) + 1 in lengths:
        return "0" + number
    return number


def rounded_left_out(
    line: int, header: str, column: int, value: object, notes: list[str]
) -> CellProblem:
    """A number column's value whose last digits the spreadsheet lost («4,07028E+19»: a
    wrong account on the card, were it taken): kept in the notes, and named."""
    text = text_of(value)
    notes.append(f"{header}: {text}" if header else text)
    return CellProblem(line, header, text, "number_rounded", index=column)
