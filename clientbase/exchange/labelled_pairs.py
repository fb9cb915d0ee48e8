"""Google Contacts' relations and events, each a pair of columns whose label says what its
value is: «Relation 1 - Label» «Referred by» beside «Relation 1 - Value» «Иванов Иван»,
«Event 1 - Label» «Anniversary» beside «Event 1 - Value» «2005-06-10».

Read as they stand, every such pair was a line of the notes («По рекомендации: Иванов
Иван»), so a contact's referrer linked no one and its anniversary reminded of nothing. The
first referrer and the first anniversary of each row are lifted into a column of their own,
named as a phone's .vcf names them (vcard_file): the import reads these as it reads a
sheet's «Кто порекомендовал» and «Годовщина». Other relations and events stay notes under
their label (import_rows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from clientbase.exchange.contact_words import contact_words
from clientbase.exchange.header import normalize_header
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.table_file import TableData
from clientbase.exchange.values import text_of

# Google Contacts' label of each phone, e-mail, relation, event, web site and own field.
_LABEL_OF = re.compile(r"^(e ?mail|phone|relation|event|website|custom field)( \d+)? (label|type)$")


def label_columns(headers: Sequence[object]) -> dict[int, int]:
    """Where Google Contacts wrote each phone's, e-mail's, relation's, event's and web site's
    label: the column of «Phone 1 - Value» → the column of «Phone 1 - Label»."""
    names = [normalize_header(header) for header in headers]
    found = {}
    for index, name in enumerate(names):
        if (match := _LABEL_OF.match(name)) and (
            value := f"{match[1]}{match[2] or ''} value"
        ) in names:
            found[names.index(value)] = index
    return found


_RELATION = re.compile(r"^relation(?: \d+)? value$")
_EVENT = re.compile(r"^event(?: \d+)? value$")
# The labels as Google writes its own kinds, and as a Russian owner may type them.
_REFERRER_LABELS = {"referred by", "referredby", "по рекомендации", "рекомендовал", "рекомендовала"}
_ANNIVERSARY_LABELS = {"anniversary", "wedding anniversary", "годовщина", "годовщина свадьбы"}


def lifted_pairs(table: TableData, header_line: int, language: str = "ru") -> TableData:
    """The table with each row's first referrer and first anniversary in columns of their
    own after the last one, their pairs emptied; the table as it is where no row has one."""
    rows = table.rows
    if not 0 <= header_line < len(rows) - 1:
        return table
    header = rows[header_line]
    pairs = label_columns(header)
    if not pairs:
        return table
    names = {column: normalize_header(header[column]) for column in pairs}
    referrers = [(v, lab) for v, lab in pairs.items() if _RELATION.match(names[v])]
    events = [(v, lab) for v, lab in pairs.items() if _EVENT.match(names[v])]
    body = rows[header_line + 1 :]
    lifted = [
        (_first(row, referrers, _REFERRER_LABELS), _first(row, events, _ANNIVERSARY_LABELS))
        for row in body
    ]
    wanted = [any(found[kind] for found in lifted) for kind in (0, 1)]
    if not any(wanted):
        return table
    words = contact_words(language)
    titles = [words.related["referred by"], words.labels["anniversary"]]
    width = max(len(row) for row in rows)
    new_rows: list[list[Cell]] = [_padded(row, width) for row in rows[:header_line]]
    new_rows.append(_padded(header, width) + [t for t, w in zip(titles, wanted, strict=True) if w])
    for row, found in zip(body, lifted, strict=True):
        cells = _padded(row, width)
        for pair in found:
            for column in pair[1] if pair else ():
                cells[column] = None
        new_rows.append(
            cells + [pair[0] if pair else None for pair, w in zip(found, wanted, strict=True) if w]
        )
    return replace(table, rows=new_rows)


def _first(
    row: list[Cell], pairs: list[tuple[int, int]], labels: set[str]
) -> tuple[Cell, tuple[int, int]] | None:
    """The value of the row's first pair labelled as one of `labels`, and the pair's
    columns; None where it has none."""
    for value, label in pairs:
        # Google marks a contact's first of a kind: «* Home».
        said = text_of(row[label]).strip().lstrip("*").strip() if label < len(row) else ""
        cell = row[value] if value < len(row) else None
        if text_of(cell).strip() and said.casefold() in labels:
            return cell, (value, label)  # a date an .xlsx keeps as one stays a date
    return None


def _padded(row: list[Cell], width: int) -> list[Cell]:
    return [*row, *([None] * (width - len(row)))]
