"""Web pages saved as .xls: each table a sheet, laid out as a browser and Excel show it."""

from pathlib import Path

import pytest

from clientbase.errors import ImportFileError
from clientbase.exchange.html_table import read_html_tables
from clientbase.exchange.table_file import Kind, file_kind, read_table, sheet_names


def page(tmp_path: Path, html: str, encoding: str = "utf-8", name: str = "list.xls") -> Path:
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return path


def test_cells_keep_their_line_breaks_and_entities_and_lose_the_markup(tmp_path) -> None:
    path = page(
        tmp_path,
        "<table><tr><th>ФИО</th><th>Комментарий</th></tr>"
        "<tr><td> Иванова\n\t Анна </td><td>Любит &lt;розы&gt; &amp; <b>тюльпаны</b><br>"
        "перезвонить&nbsp;в мае<p>после 18</p></td></tr></table>",
    )
    [table] = read_html_tables(path)
    assert table.rows == [
        ["ФИО", "Комментарий"],
        ["Иванова Анна", "Любит <розы> & тюльпаны\nперезвонить в мае\nпосле 18"],
    ]


def test_spanned_cells_keep_the_columns_in_place(tmp_path) -> None:
    # A header cell over two columns, and a date over an order's two rows.
    path = page(
        tmp_path,
        "<table><tr><th rowspan=2>Дата</th><th colspan=2>Покупка</th><th>Клиент</th></tr>"
        "<tr><th>Товар</th><th>Сумма</th><th></th></tr>"
        "<tr><td rowspan='2'>01.03.2024</td><td>Чай</td><td>100</td><td>Орлова</td></tr>"
        "<tr><td>Кофе</td><td>200</td><td>Орлова</td></tr></table>",
    )
    [table] = read_html_tables(path)
    assert table.rows == [
        ["Дата", "Покупка", None, "Клиент"],
        [None, "Товар", "Сумма", None],
        ["01.03.2024", "Чай", "100", "Орлова"],
        [None, "Кофе", "200", "Орлова"],
    ]
    assert table.merged == [((0, 0), (1, 0)), ((0, 1), (0, 2)), ((2, 0), (3, 0))]
    # As a sheet's merged cells: the date fills its order's rows, the header stays.
    assert [row[0] for row in read_table(path).rows] == ["Дата", None, "01.03.2024", "01.03.2024"]


def test_unclosed_cells_nested_tables_and_scripts(tmp_path) -> None:
    # Old exporters leave <td> and <tr> open; a table inside a cell is a table of its own.
    path = page(
        tmp_path,
        "<html><head><title>Клиенты</title><style>td {mso-number-format:\\@}</style></head>"
        "<body><script>var x = '<td>';</script><table><tr><td>ФИО<td>Телефон"
        "<tr><td>Орлова<td>8 916 111-22-33<table><tr><td>вложенная</table>"
        "</table><table><tr><td></td></tr></table></body></html>",
    )
    outer, inner = read_html_tables(path)  # the empty third table is no sheet
    assert outer.rows == [["ФИО", "Телефон"], ["Орлова", "8 916 111-22-33"]]
    assert inner.rows == [["вложенная"]]


@pytest.mark.parametrize(
    ("html", "encoding"),
    [
        ('<meta http-equiv="Content-type" content="text/html;charset=windows-1251" />', "cp1251"),
        ('<meta charset="utf-8">', "utf-8"),
        ("", "cp1251"),  # no charset named: guessed as a CSV's code page is
        ('<meta charset="x-no-such-code">', "utf-8"),
        # Declared one way, written another, as old PHP sites do.
        ('<meta charset="windows-1251">', "utf-8"),
        ('<meta charset="utf-8">', "cp1251"),
    ],
)
def test_the_page_is_read_in_its_code_page(tmp_path, html: str, encoding: str) -> None:
    path = page(tmp_path, html + "<table><tr><td>Ёлкина Дарья</td></tr></table>", encoding)
    assert read_html_tables(path)[0].rows == [["Ёлкина Дарья"]]


BITRIX = (
    '<meta http-equiv="Content-type" content="text/html;charset=UTF-8" />\n'
    '\t\t<table border="1">\n\t\t<thead>\n\t\t\t<tr><th>ID</th><th>Имя</th><th>Фамилия</th>'
    "<th>Мобильный телефон</th></tr>\n\t\t</thead>\n\t\t<tbody><tr><td>17</td><td>Анна</td>"
    "<td>Иванова</td><td>+7 916 111-22-33</td></tr></tbody></table>"
)


def test_bitrix24s_excel_export_is_a_sheet(tmp_path) -> None:
    # It begins with its <meta>, not <html>: it was read as a CSV and refused as headless.
    path = page(tmp_path, BITRIX, name="CONTACT_20240312.xls")
    assert file_kind(path) is Kind.WEB_PAGE
    assert sheet_names(path) == ["CONTACT_20240312"]
    table = read_table(path)
    assert table.rows == [
        ["ID", "Имя", "Фамилия", "Мобильный телефон"],
        ["17", "Анна", "Иванова", "+7 916 111-22-33"],
    ]


def test_a_page_of_several_tables_offers_each_as_a_sheet(tmp_path) -> None:
    path = page(
        tmp_path,
        "<table><tr><td>Отчёт за март</td></tr></table>"
        "<table><tr><td>ФИО</td></tr><tr><td>Орлова</td></tr><tr><td>Зайцев</td></tr></table>",
        name="report.html",
    )
    assert sheet_names(path) == ["report (1)", "report (2)"]
    assert read_table(path).sheet == "report (2)"  # the longest, not the page's title
    assert read_table(path, "report (1)").rows == [["Отчёт за март"]]
    with pytest.raises(ImportFileError) as error:
        read_table(path, "report (3)")
    assert error.value.code == "sheet_not_found"


def test_a_page_without_a_table_is_empty(tmp_path) -> None:
    path = page(tmp_path, "<html><body><p>Ничего не найдено</p></body></html>")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "empty"


def test_a_number_shown_rounded_is_read_from_the_value_the_page_keeps(tmp_path) -> None:
    # Excel's «Save as Web Page» (x:num) and LibreOffice's (sdval) keep the number itself
    # beside what the narrow column showed; a date keeps its text.
    path = page(
        tmp_path,
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook/></xml><![endif]-->"
        "<table><tr><td>ФИО</td><td>Телефон</td><td>Дата</td></tr>"
        '<tr><td>Орлова</td><td x:num="79161112233">7,92E+10</td>'
        '<td x:num="29252">01.02.1980</td></tr>'
        '<tr><td>Зайцев</td><td sdval="79031112233" sdnum="1049;0;0,00E+00">7,90E+10</td>'
        '<td x:num="oops">1,5E+3</td></tr>'
        "<![if supportMisalignedColumns]><tr><td></td></tr><![endif]></table>",
        name="list.htm",
    )
    [table] = read_html_tables(path)
    assert table.rows[1:3] == [
        ["Орлова", "79161112233", "01.02.1980"],
        ["Зайцев", "79031112233", "1,5E+3"],
    ]


def test_more_rows_than_an_import_takes_are_refused(tmp_path, monkeypatch) -> None:
    from clientbase.exchange import table_file

    monkeypatch.setattr(table_file, "MAX_ROWS", 3)
    path = page(tmp_path, "<table>" + "<tr><td>Орлова</td></tr>" * 4 + "</table>")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "too_many_rows"
