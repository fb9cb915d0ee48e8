"""The notes, row colours, struck-out rows and hidden rows and columns of an old Excel .xls
(BIFF), which calamine does not read: read with xlrd, the reader of that format, asked for
the cells' formatting. See sheet_marks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from clientbase.exchange.cell_comments import without_author
from clientbase.exchange.row_colors import color_name, row_marks
from clientbase.exchange.row_strikes import STRUCK, Strikes, with_parts
from clientbase.exchange.struck_text import struck_parts

SOLID = 1  # an XF's fill pattern: solid


class XlsMarks(NamedTuple):
    """(row, column) → a cell's note; row → the colour the row is filled with; the columns
    and rows the sheet hides; the rows struck through. Counted from zero."""

    comments: dict[tuple[int, int], str]
    colors: dict[int, str]
    hidden_columns: frozenset[int]
    hidden_rows: frozenset[int]
    struck: Strikes


_NONE = XlsMarks({}, {}, frozenset(), frozenset(), Strikes())


def xls_marks(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> XlsMarks:
    """The named sheet's marks. Nothing for a file xlrd cannot read so (an encrypted one,
    a BIFF it does not know): the import goes on with the values."""
    import xlrd  # only for an .xls: the reading process starts for every file opened

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # xlrd's errors are many; the values were read by calamine already
        return _NONE
    try:
        found = book.sheet_by_name(sheet)
        notes = {
            place: text
            for place, note in found.cell_note_map.items()
            if (text := without_author(note.text or "", note.author or "").strip())
        }
        colours: dict[int, tuple[int, int, int] | None] = book.colour_map
        named: dict[int, str | None] = {}
        struck: dict[int, bool] = {}
        marked: dict[int, dict[int, str]] = {}
        crossed: dict[int, dict[int, str]] = {}
        for row in range(found.nrows):
            for column in range(found.row_len(row)):
                index = found.cell_xf_index(row, column)
                if index not in named:
                    xf = book.xf_list[index]
                    rgb = colours.get(xf.background.pattern_colour_index)
                    named[index] = (
                        color_name((rgb[0] / 255, rgb[1] / 255, rgb[2] / 255))
                        if xf.background.fill_pattern == SOLID and rgb is not None
                        else None
                    )
                    fonts = book.font_list
                    struck[index] = xf.font_index < len(fonts) and fonts[xf.font_index].struck_out
                if name := named[index]:
                    marked.setdefault(row, {})[column] = name
                if struck[index]:
                    crossed.setdefault(row, {})[column] = STRUCK
        return XlsMarks(
            notes,
            row_marks(marked, rows),
            frozenset(column for column, info in found.colinfo_map.items() if info.hidden),
            frozenset(row for row, info in found.rowinfo_map.items() if info.hidden),
            with_parts(crossed, _struck_runs(book, found), rows),
        )
    except Exception:
        return _NONE
    finally:
        book.release_resources()


def _struck_runs(book: Any, sheet: Any) -> dict[tuple[int, int], tuple[str, ...]]:
    """(row, column) → the struck parts of the cells whose text is struck in part by its
    runs (see struck_text): a run is a font from an offset of the text on, the cell's own
    font before the first."""
    fonts = book.font_list
    found: dict[tuple[int, int], tuple[str, ...]] = {}
    for (row, column), runs in sheet.rich_text_runlist_map.items():
        text = sheet.cell_value(row, column)
        if not isinstance(text, str):
            continue
        own = fonts[book.xf_list[sheet.cell_xf_index(row, column)].font_index]
        starts = [(0, bool(own.struck_out))]
        starts += [(offset, bool(fonts[font].struck_out)) for offset, font in runs]
        pieces = [
            (text[start:end], struck)
            for (start, struck), (end, _) in zip(
                starts, [*starts[1:], (len(text), False)], strict=True
            )
        ]
        if parts := struck_parts(pieces):
            found[(row, column)] = parts
    return found
