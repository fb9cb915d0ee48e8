"""A row's name that is no one's: a number or a date where the name goes, or the stand-in
a till gives a buyer it does not know. The row has no name then, and says why."""

from __future__ import annotations

from clientbase.exchange.person_names import bulleted_line, names_anyone, names_no_one
from clientbase.exchange.values import text_of
from clientbase.services.client_data import ClientInput


def no_one_named(data: ClientInput, notes: list[str], header: str, cell: object) -> str:
    """Clears a name that is no one's (see names_no_one), which the notes keep under its
    column's `header`; "anonymous" where it stands for a buyer no one knows (see
    names_anyone): the row is no client's, nor any card's note."""
    person = " ".join(filter(None, (data.last_name, data.first_name, data.middle_name)))
    anonymous = names_anyone(person) or names_anyone(data.organization)
    if names_anyone(person):  # beside a company's name: the company bought
        data.last_name = data.first_name = data.middle_name = ""
    if names_anyone(data.organization):  # «Организация: Частное лицо»
        data.organization = ""
    written = " ".join(filter(None, (person, data.organization)))
    if not anonymous and names_no_one(written, cell):
        kept = f"{header}: {text_of(cell)}" if cell is not None else written
        kept = bulleted_line(cell) or kept  # a note of its own, not the name column's
        notes += [] if kept in notes else [kept]
        data.last_name = data.first_name = data.middle_name = data.organization = ""
    return "anonymous" if anonymous else ""
