"""A client list kept as a table in a Word or Writer document: each table a sheet."""

from __future__ import annotations

import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from clientbase.errors import ImportFileError
from clientbase.exchange.document_tables import read_document_tables
from clientbase.exchange.table_file import Kind, file_kind, read_table, sheet_names

DATA = Path(__file__).parents[1] / "data"

_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WRITER = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)
# The rows of tests/data/clients_word.*, as Word and Writer show them.
SALON = [
    ["№", "ФИО", "Контакты", None, "Дата рождения", "Примечание"],
    [None, None, "Телефон", "E-mail", None, None],
    ["1", "Иванова Мария Петровна", "8 916 123-45-67\n8 495 123-45-67 (раб.)",
     "ivanova@mail.ru", "15.03.1985", "постоянная, скидка 5%"],
    ["2", "Петров Пётр Сергеевич", "+7 926 222-33-44", None, "1.2.80", None],
    ["3", "Сидорова Анна", "89163334455", "anna@yandex.ru", "31.02.1990", "любит ранние записи"],
    ["4", "Иванова Мария Петровна", "8 (916) 123-45-67", None, None, "записана дважды"],
    ["5", "Кузнецова Елена", "+7 903 555-66-77", "e.kuznetsova@gmail.com", "7 ноября 1979",
     "VIP"],
]  # fmt: skip


def word_file(path: Path, body: str) -> Path:
    """A .docx of the given body, as Word lays its package out."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_WORD}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return path


def writer_file(path: Path, body: str) -> Path:
    """An .odt of the given body text."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_WRITER}>'
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>",
        )
    return path


def cell(text: str, properties: str = "") -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.split("|"))
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs}</w:tc>"


def row(*cells: str, properties: str = "") -> str:
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>"


@pytest.mark.parametrize("name", ["clients_word.docx", "clients_word.odt"])
def test_a_list_saved_from_writer_reads_as_word_and_writer_show_it(name: str) -> None:
    [table] = read_document_tables(DATA / name)
    assert table.rows == SALON
    # The two-row header's merged cells, by which header_row finds it.
    assert sorted(table.merged) == [
        ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (1, 4)), ((0, 5), (1, 5)),
    ]  # fmt: skip


def test_words_merged_cells_keep_the_columns_in_place(tmp_path) -> None:
    # An order's date and client merged down over its two items, a heading over two
    # columns, and a row that starts a column in (gridBefore).
    path = word_file(
        tmp_path / "orders.docx",
        "<w:tbl>"
        + row(cell("Дата"), cell("Клиент"), cell("Покупка", '<w:gridSpan w:val="2"/>'))
        + row(
            cell("01.03.2026", '<w:vMerge w:val="restart"/>'),
            cell("Орлова Вера", '<w:vMerge w:val="restart"/>'),
            cell("Чай"),
            cell("100"),
        )
        + row(
            cell("", "<w:vMerge/>"),
            cell("", '<w:vMerge w:val="continue"/>'),
            cell("Кофе"),
            cell("200"),
        )
        + row(cell("Итого"), cell("300"), properties='<w:gridBefore w:val="2"/>')
        + "</w:tbl>",
    )
    [table] = read_document_tables(path)
    assert table.rows == [
        ["Дата", "Клиент", "Покупка", None],
        ["01.03.2026", "Орлова Вера", "Чай", "100"],
        [None, None, "Кофе", "200"],
        [None, None, "Итого", "300"],
    ]
    assert sorted(table.merged) == [((0, 2), (0, 3)), ((1, 0), (2, 0)), ((1, 1), (2, 1))]
    # The merged-down date and client fill the order's second row, as on a sheet.
    data = read_table(path)
    assert data.rows[2][:2] == ["01.03.2026", "Орлова Вера"]


def test_a_cell_is_the_text_word_shows(tmp_path) -> None:
    # Its paragraphs are its lines; a line break is one; a tab stop defined in the
    # paragraph's style, a text box, deleted text and a field's code are not its text.
    phone = (
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        "<w:r><w:t>8 916</w:t></w:r><w:r><w:tab/><w:t>123-45-67</w:t></w:r>"
        "<w:r><w:br/><w:t>раб.</w:t></w:r></w:p>"
    )
    name = (
        '<w:p><w:r><w:t xml:space="preserve">Иванова </w:t></w:r>'
        "<w:del><w:r><w:delText>Анна</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>Мария</w:t></w:r></w:ins>"
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r>"
        "<w:t>надпись</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>надпись</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "</w:p><w:p/><w:p><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>"
        "<w:r><w:t>Петровна</w:t></w:r></w:p>"
    )
    path = word_file(
        tmp_path / "list.docx",
        "<w:p><w:r><w:t>Клиенты</w:t></w:r></w:p><w:tbl>"
        + row(cell("ФИО"), cell("Телефон"))
        + f"<w:tr><w:tc>{name}</w:tc><w:tc>{phone}</w:tc></w:tr></w:tbl>",
    )
    [table] = read_document_tables(path)
    assert table.rows == [["ФИО", "Телефон"], ["Иванова Мария\nПетровна", "8 916 123-45-67\nраб."]]


def test_a_table_inside_a_cell_is_a_table_of_its_own(tmp_path) -> None:
    inner = "<w:tbl>" + row(cell("вложенная")) + "</w:tbl>"
    path = word_file(
        tmp_path / "list.docx",
        "<w:tbl>"
        + row(cell("ФИО"), cell("Заметка"))
        + f"<w:tr>{cell('Орлова Вера')}<w:tc>{inner}<w:p><w:r><w:t>звонить</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl>",
    )
    outer, nested = read_document_tables(path)
    assert outer.rows == [["ФИО", "Заметка"], ["Орлова Вера", "звонить"]]
    assert nested.rows == [["вложенная"]]


def test_writers_covered_cells_repeats_spaces_and_comments(tmp_path) -> None:
    path = writer_file(
        tmp_path / "list.odt",
        '<table:table table:name="Клиенты"><table:table-header-rows><table:table-row>'
        "<table:table-cell><text:p>ФИО</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-spanned="2"><text:p>Контакты</text:p>'
        "</table:table-cell><table:covered-table-cell/></table:table-row>"
        "</table:table-header-rows><table:table-row>"
        '<table:table-cell table:number-rows-spanned="2"><text:p>Орлова<text:s text:c="2"/>'
        "Вера<office:annotation><text:p>проверить</text:p></office:annotation></text:p>"
        "</table:table-cell><table:table-cell><text:p>8 916 111-22-33<text:line-break/>"
        "раб.</text:p></table:table-cell><table:table-cell><text:h>vera@mail.ru</text:h>"
        "</table:table-cell></table:table-row>"
        "<table:table-row><table:covered-table-cell/>"
        '<table:table-cell table:number-columns-repeated="2"><text:p>—</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/>'
        '<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
        "</table:table><text:p>Итого: 1</text:p>",
    )
    [table] = read_document_tables(path)
    assert table.rows == [
        ["ФИО", "Контакты", None],
        ["Орлова  Вера", "8 916 111-22-33\nраб.", "vera@mail.ru"],
        [None, "—", "—"],
        [None, None, None],
    ]
    assert table.merged == [((0, 1), (0, 2)), ((1, 0), (2, 0))]


def test_each_table_is_a_sheet_and_the_longest_is_first_offered(tmp_path) -> None:
    path = word_file(
        tmp_path / "клиенты.docx",
        "<w:tbl>" + row(cell("Салон"), cell("Лилия")) + "</w:tbl>"
        "<w:tbl>" + row(cell("")) + "</w:tbl>"  # a layout table of nothing: not a sheet
        "<w:tbl>"
        + row(cell("ФИО"), cell("Телефон"))
        + row(cell("Орлова Вера"), cell("8 916 111-22-33"))
        + "</w:tbl>",
    )
    assert sheet_names(path) == ["клиенты (1)", "клиенты (2)"]
    table = read_table(path)
    assert table.sheet == "клиенты (2)"
    assert table.rows == [["ФИО", "Телефон"], ["Орлова Вера", "8 916 111-22-33"]]
    assert read_table(path, "клиенты (1)").rows == [["Салон", "Лилия"]]


def test_a_document_is_known_by_its_parts_not_its_name(tmp_path) -> None:
    assert file_kind(DATA / "clients_word.docx") is Kind.DOCUMENT
    assert file_kind(DATA / "clients_word.odt") is Kind.DOCUMENT
    renamed = tmp_path / "клиенты.xlsx"
    shutil.copy(DATA / "clients_word.docx", renamed)
    assert read_table(renamed).rows[2][1] == "Иванова Мария Петровна"
    workbook = tmp_path / "клиенты.docx"
    shutil.copy(DATA / "messy_clients.xlsx", workbook)
    assert file_kind(workbook) is Kind.SPREADSHEET
    ods = tmp_path / "клиенты.odt"
    shutil.copy(DATA / "messy_clients.ods", ods)
    assert file_kind(ods) is Kind.SPREADSHEET
    page = tmp_path / "клиенты.doc"  # a web service's «Word» export: a page named .doc
    page.write_text("<html><body><table><tr><td>ФИО</td></tr></table></body></html>")
    assert file_kind(page) is Kind.WEB_PAGE


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("clients_word.doc", None, "save_as_docx"),  # Word 97's own format, from Writer
        ("clients.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "save_as_docx"),
        ("clients.doc", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "save_as_docx"),
        ("clients.docx", "encrypted", "encrypted"),  # Word keeps it in OLE, as Excel does
        ("clients.docx", b"PK\x03\x04 cut short", "cannot_read"),
        ("clients.odt", b"", "empty"),
    ],
)
def test_a_document_the_import_cannot_read_is_named_for_what_it_is(
    tmp_path, name: str, content: bytes | str | None, code: str
) -> None:
    path = DATA / name if content is None else tmp_path / name
    if content == "encrypted":
        shutil.copy(DATA / "encrypted_clients.xlsx", path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == code


def test_a_document_pythons_zipfile_refuses_is_named_damaged(tmp_path) -> None:
    # A damaged byte in the zip's directory («zip file version 18.6»): calamine reads such
    # a workbook, and no reader here reads such a document.
    data = bytearray((DATA / "clients_word.docx").read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        struct.pack_into("<H", data, entry + 6, 186)
        entry = data.find(b"PK\x01\x02", entry + 4)
    path = tmp_path / "clients.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "cannot_read"


def test_a_document_without_a_table_asks_for_one(tmp_path) -> None:
    path = word_file(tmp_path / "list.docx", "<w:p><w:r><w:t>Орлова Вера 8 916</w:t></w:r></w:p>")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "no_document_tables"


def test_a_table_longer_than_an_import_takes_is_refused_as_it_is_read(tmp_path) -> None:
    path = word_file(tmp_path / "list.docx", "<w:tbl>" + row(cell("a")) * 6 + "</w:tbl>")
    with pytest.raises(ImportFileError) as error:
        read_document_tables(path, max_rows=5)
    assert error.value.code == "too_many_rows"
