"""Parts of a cell's text struck through, as an .xlsx keeps them: in runs of the shared
strings or of an inline string."""

from __future__ import annotations

import io
import zipfile

from clientbase.exchange.struck_text import struck_strings, xlsx_struck_parts

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
