"""What a sheet says beside a row's values (see exchange.sheet_marks), put where the shop
will see it: the notes on its cells, the links behind them, the colour it is filled with,
and its strike-through."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.values import text_of
from clientbase.services.client_data import ClientInput
from clientbase.services.purchases import PurchaseInput
from clientbase.services.record_words import RecordWords


def mark_row(
    marks: LineMarks,
    line: int,
    headers: Sequence[str],
    words: RecordWords,
    data: ClientInput | None,
    purchase: PurchaseInput | None,
) -> None:
    """On a sales sheet, the sale's («красные — не оплачены»), in its comment; else the
    client's: the colour as a tag («жёлтые — ждут заказ»: «выделен жёлтым»), a row struck
    through as a tag too («зачёркнут в таблице»: a client who left), the cells' notes and
    hidden links as notes («Примечание к «Телефон»: звонить после 18:00»), each in the
    importer's `words`."""
    color = marks.colors.get(line)
    shade = words.color(color) if color else ""
    said: dict[int, list[str]] = {}
    for column, text in marks.comments.get(line, ()):
        said.setdefault(column, []).append(text)
    for column, target in marks.links.get(line, ()):
        said.setdefault(column, []).append(words.say("link", target=target))
    notes = [
        words.say("cell_note", column=headers[column], text="; ".join(texts))
        if 0 <= column < len(headers) and headers[column]
        else words.say("note", text="; ".join(texts))
        for column, texts in sorted(said.items())
    ]
    struck = line in marks.struck
    if purchase is not None:
        marked = [words.say("row_comment", color=shade)] if shade else []
        marked += [words.say("struck_comment")] if struck else []
        purchase.comment = "; ".join(filter(None, (purchase.comment, *marked, *notes)))
    elif data is not None:
        data.tags += [words.say("row_tag", color=shade)] if shade else []
        data.tags += [words.say("struck_tag")] if struck else []
        data.notes = "\n".join(filter(None, (data.notes, *notes)))


# What is left of a cell's list of phones around a part taken out of it: «8 916 …, ».
_SEPARATORS = " \t\n,;/"


def struck_contacts(
    marks: LineMarks,
    line: int,
    cells: Sequence[object],
    columns: frozenset[int],
    headers: Sequence[str],
    words: RecordWords,
) -> tuple[Sequence[object], list[str]]:
    """The row's cells without a phone or e-mail (of `columns`) struck out alone in it (an
    old number beside the new one, an address that bounces), and the notes that keep them:
    «Телефон (зачёркнуто): 8 916 …». On the card it would be called."""
    struck = marks.struck_cells.get(line, frozenset()) & columns
    parts = [(c, part) for c, part in marks.struck_parts.get(line, ()) if c in columns]
    if not struck and not parts:
        return cells, []
    kept, notes = list(cells), []

    def noted(column: int, text: str) -> None:
        header = headers[column] if column < len(headers) else ""
        notes.append(words.say("struck_cell", column=header, text=text))

    for column in sorted(struck):
        if column < len(kept) and kept[column] is not None:
            noted(column, text_of(kept[column]))
            kept[column] = None
    # A part struck in a cell whose other numbers stand: the part goes, the rest is read.
    for column, part in parts:
        value = kept[column] if column < len(kept) else None
        if isinstance(value, str) and part in value:
            before, after = value.split(part, 1)
            rest = [before.rstrip(_SEPARATORS), after.lstrip(_SEPARATORS)]
            kept[column] = ", ".join(filter(None, rest)) or None
            noted(column, part.strip(_SEPARATORS))
    return kept, notes
