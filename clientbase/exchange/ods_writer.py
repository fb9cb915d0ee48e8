"""Writing sheets as OpenDocument (.ods), for LibreOffice users, row by row into the file.

odfpy, which wrote them before, builds the whole document in memory first: 100,000 clients
with their 558,000 purchase lines took 18 GB and eight and a half minutes, more than a
shop's computer has. stream-write-ods streams, but writes neither column widths, a bold
header, nor number and date formats. So the XML is written here as it goes, each cell as
soon as its row is read: the file's content is an ordinary zip entry of a few kinds of
element, with no formula or markup of anyone's text (every text cell is escaped).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from clientbase import __version__
from clientbase.exchange.choices import yes_no
from clientbase.exchange.column_widths import fitted
from clientbase.exchange.sheet_cells import plain_text
from clientbase.exchange.sheet_column import Sheet
from clientbase.services.dates import written_date

# The .xlsx number formats the export uses, as ODF number styles: (decimals, thousands).
# Others (such as the quantity's «0.###») are left to LibreOffice's general format.
NUMBER_FORMATS = {"#,##0.00": (2, True), "0.00": (2, False), "0": (0, False)}

# A column's width is given in characters; about 0.2 cm a character.
CM_A_CHARACTER = 0.2

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.2"'
)
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
    f'manifest:media-type="{MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NAMESPACES}>'
    "<office:styles/></office:document-styles>"
)
_META = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_NAMESPACES}>'
    f"<office:meta><meta:generator>ClientBase/{__version__}</meta:generator></office:meta>"
    "</office:document-meta>"
)
_EMPTY = "<table:table-cell/>"


def write_ods(path: Path, sheets: Sequence[Sheet], language: str = "ru") -> None:
    """Each sheet with a bold header row, widths fitted to its first rows, and numbers and
    dates formatted as the .xlsx export formats them (dates dd.mm.yyyy, or yyyy-mm-dd in
    English), read lazily from its rows: each row goes into the file as soon as it is
    read."""
    now = datetime.now().timetuple()[:6]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        # The first entry, stored as it is: how a program tells an .ods from another zip.
        package.writestr(zipfile.ZipInfo("mimetype", now), MIMETYPE, zipfile.ZIP_STORED)
        for name, text in (("META-INF/manifest.xml", _MANIFEST), ("styles.xml", _STYLES),
                           ("meta.xml", _META)):  # fmt: skip
            package.writestr(zipfile.ZipInfo(name, now), text, zipfile.ZIP_DEFLATED)
        content_entry = zipfile.ZipInfo("content.xml", now)
        content_entry.compress_type = zipfile.ZIP_DEFLATED
        # A big base's content passes the 2 GB an ordinary zip entry may hold: 100,000
        # clients with their purchases make 1 GB of it.
        with (
            package.open(content_entry, "w", force_zip64=True) as entry,
            io.TextIOWrapper(entry, encoding="utf-8") as content,
        ):
            _write_content(content, [fitted(sheet) for sheet in sheets], language)


def _write_content(out: IO[str], sheets: Sequence[Sheet], language: str) -> None:
    out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NAMESPACES}>')
    out.write("<office:automatic-styles>")
    out.write(
        '<style:style style:name="header" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
    )
    out.write(_date_style(english=language == "en"))
    number_styles = {
        number_format: f"numbercell{index}" for index, number_format in enumerate(NUMBER_FORMATS)
    }
    for number_format, (decimals, thousands) in NUMBER_FORMATS.items():
        name = number_styles[number_format]
        out.write(
            f'<number:number-style style:name="{name}n"><number:number '
            f'number:decimal-places="{decimals}" number:min-integer-digits="1" '
            f'number:grouping="{str(thousands).lower()}"/></number:number-style>'
            f'<style:style style:name="{name}" style:family="table-cell" '
            f'style:data-style-name="{name}n"/>'
        )
    for number, sheet in enumerate(sheets, start=1):
        for index, column in enumerate(sheet.columns):
            width = column.width * CM_A_CHARACTER
            out.write(
                f'<style:style style:name="s{number}col{index}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width:.2f}cm"/>'
                "</style:style>"
            )
    out.write("</office:automatic-styles><office:body><office:spreadsheet>")
    for number, sheet in enumerate(sheets, start=1):
        out.write(f"<table:table table:name={quoteattr(sheet.name)}>")
        for index in range(len(sheet.columns)):
            out.write(f'<table:table-column table:style-name="s{number}col{index}"/>')
        out.write("<table:table-row>")
        for column in sheet.columns:
            out.write(
                '<table:table-cell office:value-type="string" table:style-name="header">'
                f"{_paragraphs(column.title)}</table:table-cell>"
            )
        out.write("</table:table-row>")
        styles = [number_styles.get(column.number_format) for column in sheet.columns]
        _write_rows(out, sheet.rows, styles, language)
        out.write("</table:table>")
    out.write("</office:spreadsheet></office:body></office:document-content>")


def _date_style(english: bool) -> str:
    """dd.mm.yyyy, as dates are written in Russia; yyyy-mm-dd in English, as the .xlsx
    export writes them (see services.export_columns.DATE_FORMATS)."""
    day, month, year = ('<number:day number:style="long"/>',
                        '<number:month number:style="long"/>',
                        '<number:year number:style="long"/>')  # fmt: skip
    parts = (
        (year, "<number:text>-</number:text>", month, "<number:text>-</number:text>", day)
        if english
        else (day, "<number:text>.</number:text>", month, "<number:text>.</number:text>", year)
    )
    return (
        f'<number:date-style style:name="exportdate">{"".join(parts)}</number:date-style>'
        '<style:style style:name="date" style:family="table-cell" '
        'style:data-style-name="exportdate"/>'
    )


def _write_rows(
    out: IO[str],
    rows: Iterable[Sequence[object]],
    styles: Sequence[str | None],
    language: str,
) -> None:
    english = language == "en"
    unstyled = len(styles)
    for values in rows:
        cells = ["<table:table-row>"]
        for index, value in enumerate(values):
            # Text first, and by its exact type: most cells are text, and a million rows
            # of a purchases sheet make every test count.
            if type(value) is str:
                cells.append(_text_cell(value) if value else _EMPTY)
            elif value is None:
                cells.append(_EMPTY)
            elif isinstance(value, bool):
                cells.append(_text_cell(yes_no(value, language)))
            elif isinstance(value, date):
                shown = value.isoformat() if english else written_date(value)
                cells.append(
                    '<table:table-cell office:value-type="date" '
                    f'office:date-value="{value.isoformat()}" table:style-name="date">'
                    f"<text:p>{shown}</text:p></table:table-cell>"
                )
            elif isinstance(value, int | float | Decimal):
                style = styles[index] if index < unstyled else None
                styled = f' table:style-name="{style}"' if style else ""
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value}"{styled}>'
                    f"<text:p>{value}</text:p></table:table-cell>"
                )
            else:
                cells.append(_text_cell(str(value)))
        cells.append("</table:table-row>")
        out.write("".join(cells))


def _text_cell(text: str) -> str:
    # Always a string cell: ODS has no way to turn it into a formula.
    return f'<table:table-cell office:value-type="string">{_paragraphs(text)}</table:table-cell>'


def _paragraphs(text: str) -> str:
    """A cell's text, a paragraph a line. Characters XML 1.0 cannot hold would stand in the
    cell as «�», and a «\r» would come back as a second line break: plain_text drops them."""
    if text.isprintable():  # no line break, control or invisible character: most cells
        return f"<text:p>{escape(text)}</text:p>"
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in plain_text(text).split("\n"))
