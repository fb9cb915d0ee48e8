"""Parts of a cell's text struck through, as an .xlsx keeps them: in runs of the shared
strings or of an inline string."""

from __future__ import annotations

import io
import zipfile

from clientbase.exchange.row_strikes import STRUCK, with_parts
from clientbase.exchange.struck_text import ods_struck_parts, struck_strings, xlsx_struck_parts

SHARED = (
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>Телефон</t></si>"
    '<si><r><rPr><sz val="11"/></rPr><t xml:space="preserve">8 916 123-45-67 &amp; </t></r>'
    "<r><rPr><strike/></rPr><t>8 903 111-22-33 «старый»</t></r></si>"
    '<si><r><rPr><strike val="0"/></rPr><t>a@b.ru</t></r><r><t>, c@d.ru</t></r></si>'
    "<si/>"
    '<si><x:r><x:rPr><x:strike val="true"/></x:rPr><x:t>old@mail.ru</x:t></x:r></si>'
    "</sst>"
)


def package(strings: str | None) -> zipfile.ZipFile:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as written:
        if strings is not None:
            written.writestr("xl/sharedStrings.xml", strings)
    return zipfile.ZipFile(data)


def test_the_struck_runs_of_shared_strings_are_found_in_their_cells() -> None:
    sheet = (
        b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        b'<row r="2"><c r="B2" s="3" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>'
        b'<c r="D2"><v>1</v></c><c r="AA2" t="s"><v>4</v></c></row></sheetData>'
    )
    # A number 1 in D2 is no string; «strike val=0» strikes nothing; an entity is read as
    # the character it stands for; a prefixed run too.
    shared = struck_strings(package(SHARED))
    assert shared is not None
    assert xlsx_struck_parts(sheet, shared) == {
        (1, 1): ("8 903 111-22-33 «старый»",),
        (1, 26): ("old@mail.ru",),
    }


def test_inline_runs_struck_one_after_another_are_one_part() -> None:
    sheet = (
        b'<row r="3"><c r="B3" t="inlineStr"><is><r><t>89161234567; </t></r>'
        b"<r><rPr><strike/></rPr><t>8 (903) </t></r><r><rPr><strike/></rPr><t>111-22-33</t></r>"
        b"<r><t>; 84951234567</t></r><r><rPr><strike/></rPr><t>, 84957654321</t></r></is></c>"
        b'<c r="C3" t="inlineStr"><is><t>Strike Ltd</t></is></c></row>'
    )
    assert struck_strings(package(None)) == {}  # no shared strings: the text is inline
    assert xlsx_struck_parts(sheet, {}) == {
        (2, 1): ("8 (903) 111-22-33", ", 84957654321"),
    }


def test_a_workbook_of_shared_strings_none_struck_has_no_struck_text() -> None:
    assert struck_strings(package("<sst><si><t>strike</t></si></sst>")) is None


ODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:automatic-styles>
 <style:style style:name="T1" style:family="text">
  <style:text-properties style:text-line-through-style="solid"/></style:style>
 <style:style style:name="T2" style:family="text">
  <style:text-properties style:text-line-through-type="none"/></style:style>
 <style:style style:name="T3" style:family="text"><style:text-properties/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Клиенты">
 <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
 <table:table-row>
  <table:table-cell table:number-columns-repeated="2"/>
  <table:table-cell><text:p>89161234567;<text:s/><text:span text:style-name="T1">8<text:s
   text:c="2"/>903 <text:span text:style-name="T3">111-22-33</text:span></text:span></text:p>
  </table:table-cell>
  <table:table-cell><text:p><text:span text:style-name="T1">all struck</text:span></text:p>
  </table:table-cell>
  <table:table-cell><text:p>old@mail.ru<text:span text:style-name="T2">, new@mail.ru</text:span>
  </text:p></table:table-cell>
 </table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_an_ods_cells_spans_strike_or_unstrike_their_text() -> None:
    # Row 3: in C3, a span struck (its inner span saying nothing strikes with it); D3 all
    # struck by its span; E3 struck by its cell's style but a span.
    found = ods_struck_parts(ODS.encode(), "Клиенты", {2: {4: "struck"}})
    assert found == {
        (2, 2): ("8  903 111-22-33",), (2, 3): ("all struck",), (2, 4): ("old@mail.ru",),
    }  # fmt: skip
    assert ods_struck_parts(ODS.encode(), "Другой", {}) == {}


def test_a_text_struck_whole_by_its_runs_is_a_struck_cell_of_its_row() -> None:
    """A row whose names and phone are struck by their runs is a client crossed out, as one
    struck by the cells' font; a part struck stays a part, and takes the cell's mark off."""
    rows = [
        ["ФИО", "Телефон", "Город"],
        ["Петров Пётр", "8 916 111-22-33, 8 903 222-33-44", "Тула"],
    ]
    parts = {(1, 0): ("Петров ", "Пётр"), (1, 1): ("8 903 222-33-44",)}
    found = with_parts({1: {1: STRUCK}}, parts, rows)
    assert (found.cells, found.parts) == ({1: frozenset({0})}, {(1, 1): ("8 903 222-33-44",)})
    whole = with_parts({}, {(1, 0): ("Петров Пётр",), (1, 1): (str(rows[1][1]),)}, rows)
    assert (whole.rows, whole.parts) == (frozenset({1}), {})
