"""Checking an imported row's card: each value the checks refuse is left out and named by
the sheet's column, so the rest of the row still comes in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from clientbase.db.enums import MessengerKind
from clientbase.errors import Problem, ValidationError
from clientbase.exchange.cell_lists import contacts_text
from clientbase.exchange.choices import WORDS
from clientbase.exchange.header import Target
from clientbase.services.client_data import (
    ClientInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.dates import written_date
from clientbase.services.read_row import CellProblem

# The card's lists and the columns they are read from.
_LIST_TARGETS = {
    "phones": Target.PHONE, "emails": Target.EMAIL, "messengers": Target.MESSENGERS,
    "tags": Target.TAGS, "contact_persons": Target.CONTACT_PERSONS,
}  # fmt: skip
_NAME_PARTS = {"last_name", "first_name", "middle_name"}


class FieldColumns:
    """The sheet's column a card's field came from, so a problem the checks find names the
    column as the sheet heads it («Город», not «city») and its cell can be retyped."""

    def __init__(self, headers: Sequence[str], mapping: Sequence[Target]) -> None:
        self._headers = headers
        self._columns: dict[Target, list[int]] = {}
        for column, target in enumerate(mapping):
            self._columns.setdefault(target, []).append(column)

    def __call__(self, field: str) -> tuple[str, int | None]:
        name, index = _field_parts(field)
        target = _LIST_TARGETS.get(name)
        if target is None:
            try:
                target = Target(name)
            except ValueError:
                return field, None
        columns = self._columns.get(target, [])
        if not columns and name in _NAME_PARTS:
            columns = self._columns.get(Target.FULL_NAME, [])
        if not columns and target is Target.CONTACT_PERSONS:
            columns = self._columns.get(Target.CHILD_NAME, [])  # a child's, see row_children
        if not columns:
            return field, None
        # The n-th phone is in the n-th phone column, when each column holds one.
        position = index or 0
        column = columns[position] if position < len(columns) else columns[-1]
        header = self._headers[column] if column < len(self._headers) else ""
        return header or field, column if target is not Target.CONTACT_PERSONS else None


def validated_card(
    data: ClientInput,
    line: int,
    region: str,
    today: date,
    problems: list[CellProblem],
    where: FieldColumns,
) -> ValidClient:
    """Validate a row's card, leaving out (and naming) each field the checks refuse."""
    while True:
        try:
            return validate_client(data, region, today)
        except ValidationError as error:
            fixable = [p for p in error.problems if p.field not in ("last_name", "organization")]
            named = [p for p in error.problems if p.code == "too_long" or p in fixable]
            for p in named:
                column, index = where(p.field)
                value, count = str(p.params.get("value", "")), str(p.params.get("count", ""))
                problems.append(CellProblem(line, column, value, p.code, index, count))
            if len(fixable) < len(error.problems):
                raise  # a row whose name cannot be kept: the problems say why
            data = _without(data, fixable, where)


def _field_parts(field: str) -> tuple[str, int | None]:
    """«phones[1].label» → («phones», 1); «city» → («city», None)."""
    name, _, index = field.split(".", 1)[0].partition("[")
    return name, int(index.rstrip("]")) if index else None


def _without(data: ClientInput, problems: Sequence[Problem], where: FieldColumns) -> ClientInput:
    """The card without the values these problems name: a field back to empty, one item of
    a list (the other phones stay), or the contact persons, which are read as one cell.
    The notes keep each value left out under its column's name, as RowReader keeps those
    it leaves out, so that nothing of the sheet is lost with it."""
    changes: dict[str, object] = {}
    dropped: dict[str, set[int]] = {}
    kept: list[str] = []
    for problem in problems:
        name, index = _field_parts(problem.field)
        if name == "contact_persons":
            if data.contact_persons and name not in changes:
                kept.append(_noted(where, name, contacts_text(data.contact_persons)))
            changes[name] = []
        elif name in _LIST_TARGETS and index is not None:
            if index not in dropped.setdefault(name, set()):
                kept.append(_noted(where, problem.field, _item_text(getattr(data, name)[index])))
            dropped[name].add(index)
        else:
            if name not in changes:
                kept.append(_noted(where, name, _field_text(getattr(data, name))))
            changes[name] = getattr(ClientInput(), name)
    for name, indexes in dropped.items():
        items = getattr(data, name)
        changes[name] = [item for i, item in enumerate(items) if i not in indexes]
    kept = [note for note in kept if note]
    if kept:
        changes["notes"] = "\n".join([data.notes, *kept] if data.notes else kept)
    return replace(data, **changes)  # type: ignore[arg-type]


def _noted(where: FieldColumns, field: str, value: str) -> str:
    """«Город: …»; the value alone where the field has no column of the sheet's name."""
    column = where(field)[0]
    return f"{column}: {value}" if value and column != field else value


def _field_text(value: object) -> str:
    if isinstance(value, date):
        return written_date(value)
    return "" if value is None else str(value)


def _item_text(item: object) -> str:
    """A phone, an e-mail or a messenger as the sheet gave it, with its note."""
    if isinstance(item, PhoneInput):
        return f"{item.raw} ({item.label})" if item.label else item.raw
    if isinstance(item, EmailInput):
        return f"{item.address} ({item.label})" if item.label else item.address
    if isinstance(item, MessengerInput):
        return f"{WORDS[MessengerKind][item.kind][0]}: {item.handle}"
    return str(item)
