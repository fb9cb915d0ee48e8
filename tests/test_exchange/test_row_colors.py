"""The colours a shop marks its clients' rows with in Excel come in as tags."""

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Color, PatternFill

from clientbase.exchange.row_colors import color_name, xlsx_row_colors
from clientbase.exchange.table_file import read_table
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.workspace import Workspace
from tests.test_exchange.test_cell_comments import import_file, imported_cards

YELLOW = PatternFill("solid", fgColor="FFFFFF00")
RED = PatternFill("solid", fgColor="FFFF0000")
GREY = PatternFill("solid", fgColor="FFD9D9D9")
# The theme's third accent (green in openpyxl's Office theme), lightened as Excel's palette's
# second row is; and Excel's old indexed yellow.
THEME_GREEN = PatternFill("solid", fgColor=Color(theme=6, tint=0.6))
INDEXED_YELLOW = PatternFill("solid", fgColor=Color(indexed=13))


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((1.0, 1.0, 0.0), "yellow"),
        ((1.0, 0.0, 0.0), "red"),
        ((1.0, 0.78, 0.81), "red"),  # Excel's «Плохой» style: light red
        ((0.57, 0.82, 0.31), "green"),
        ((1.0, 0.75, 0.0), "orange"),
        ((0.0, 0.69, 0.94), "light blue"),
        ((0.0, 0.44, 0.75), "blue"),
        ((0.44, 0.19, 0.63), "purple"),
        ((0.85, 0.85, 0.85), "grey"),
        ((1.0, 1.0, 1.0), None),  # white marks nothing
    ],
)
def test_a_fill_is_named_as_a_shop_would_say_it(rgb: tuple[float, float, float], name: str) -> None:
    assert color_name(rgb) == name


def sheet(
    path: Path, fills: list[PatternFill | None], header_fill: PatternFill | None = GREY
) -> Path:
    workbook = openpyxl.Workbook()
    rows = workbook.active
    assert rows is not None
    rows.title = "Клиенты"
    rows.append(["ФИО", "Телефон", "Заметки"])
    for cell in rows[1]:
        cell.fill = header_fill or PatternFill()
    for number, fill in enumerate(fills, start=1):
        rows.append([f"Клиентов Клиент{number}", f"+7916111{number:04d}", None])
        if fill is not None:
            for cell in rows[number + 1][:2]:  # the cells with values, not the empty notes
                cell.fill = fill
    workbook.save(path)
    return path


def test_the_rows_a_shop_filled_are_read_with_their_colours(tmp_path: Path) -> None:
    fills = [None, YELLOW, RED, None, THEME_GREEN, INDEXED_YELLOW, None, None, None, None]
    path = sheet(tmp_path / "clients.xlsx", fills)
    table = read_table(path)
    # The grey header is one row of eleven: a mark like the rest, though on no client.
    assert table.marks.colors == {
        1: "grey", 3: "yellow", 4: "red", 6: "green", 7: "yellow"
    }  # fmt: skip


def test_a_colour_on_many_rows_is_the_sheets_look_not_a_mark(tmp_path: Path) -> None:
    zebra = sheet(tmp_path / "zebra.xlsx", [GREY, None] * 5, header_fill=None)
    assert read_table(zebra).marks.colors == {}
    filled = sheet(tmp_path / "filled.xlsx", [YELLOW] * 9 + [RED], header_fill=None)
    assert read_table(filled).marks.colors == {11: "red"}


def test_a_file_without_fills_or_a_broken_one_has_no_colours(tmp_path: Path) -> None:
    plain = sheet(tmp_path / "plain.xlsx", [None] * 3, header_fill=None)
    assert xlsx_row_colors(plain, "Клиенты", read_table(plain).rows) == {}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a package")
    assert xlsx_row_colors(broken, "Клиенты", []) == {}


def test_a_marked_client_comes_in_tagged_with_the_colour(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Жёлтые — ждут заказ»: the sheet's only record of it was the colour, dropped."""
    path = sheet(tmp_path / "clients.xlsx", [YELLOW, None, RED, None, None])
    tags = {name: card.tags for name, card in imported_cards(workspace, path).items()}
    assert tags["Клиентов Клиент1"] == ["выделен жёлтым"]
    assert tags["Клиентов Клиент3"] == ["выделен красным"]
    assert tags["Клиентов Клиент2"] == []


def test_on_a_sales_sheet_the_colour_and_the_notes_are_the_sales(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Красные — не оплачены»: on a sheet of sales the row is the sale, not the client; and
    each item row's own comment is kept, not only the first's."""
    from openpyxl.comments import Comment

    workbook = openpyxl.Workbook()
    rows = workbook.active
    assert rows is not None
    rows.append(["Дата", "№ заказа", "Клиент", "Товар", "Цена", "Комментарий"])
    rows.append(["05.03.2026", 101, "Иванов Иван", "Плед", 3490, None])
    rows.append([None, None, None, "Свеча", 650, "подарочная упаковка"])
    rows.append(["06.03.2026", 102, "Петрова Анна", "Чай", 500, None])
    rows.append(["07.03.2026", 103, "Петрова Анна", "Мёд", 700, None])
    rows.append(["08.03.2026", 104, "Орлов Олег", "Кофе", 300, None])
    for cell in rows[4]:
        cell.fill = RED
    rows["E2"].comment = Comment("в рассрочку", "Ольга")
    workbook.save(path := tmp_path / "sales.xlsx")
    import_file(workspace, path)
    said = {}
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        card = workspace.clients.get(client_id)
        assert card.data.tags == [] and card.data.notes == ""
        for purchase in workspace.purchases.list_for(client_id):
            said[purchase.data.number] = purchase.data.comment
    assert said == {
        "101": "Примечание к «Цена»: в рассрочку\nподарочная упаковка",
        "102": "строка выделена красным",
        "103": "",
        "104": "",
    }


def test_libreoffices_coloured_rows_in_an_ods_too(tmp_path: Path) -> None:
    """A cell style with a background of its own, and one that takes LibreOffice's named
    «Bad» style (light red) from styles.xml."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    bad = Style(name="Bad", family="table-cell")
    bad.addElement(TableCellProperties(backgroundcolor="#ffcccc"))
    document.styles.addElement(bad)
    yellow = Style(name="ce1", family="table-cell")
    yellow.addElement(TableCellProperties(backgroundcolor="#ffff00"))
    document.automaticstyles.addElement(yellow)
    document.automaticstyles.addElement(
        Style(name="ce2", family="table-cell", parentstylename="Bad")
    )
    table = Table(name="Клиенты")
    for number, style in enumerate([None, None, "ce1", None, "ce2", None], start=1):
        row = TableRow()
        for value in (f"Клиентов Клиент{number}", f"+7916111{number:04d}"):
            cell = TableCell(valuetype="string", **({"stylename": style} if style else {}))
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path := tmp_path / "clients.ods"))
    assert read_table(path).marks.colors == {3: "yellow", 5: "red"}


def test_an_old_excel_files_notes_and_coloured_rows_come_in(
    workspace: Workspace,
) -> None:
    """An .xls, read by calamine, has its notes and fills read by xlrd: tests/data/
    marked_clients.xls, saved by LibreOffice (see make_samples.marked_xls)."""
    path = Path(__file__).parents[1] / "data" / "marked_clients.xls"
    table = read_table(path)
    assert table.marks.colors == {3: "yellow", 5: "red"}
    assert table.marks.comments == {2: [(1, "звонить после 18:00")]}
    cards = {
        name: (card.tags, card.notes) for name, card in imported_cards(workspace, path).items()
    }
    assert cards["Клиентов Клиент1"] == ([], "Примечание к «Телефон»: звонить после 18:00")
    assert cards["Клиентов Клиент2"] == (["выделен жёлтым"], "")
    assert cards["Клиентов Клиент4"] == (["выделен красным"], "")


def test_an_xls_xlrd_cannot_read_so_has_no_marks(tmp_path: Path) -> None:
    from clientbase.exchange.row_strikes import Strikes
    from clientbase.exchange.xls_marks import xls_marks

    broken = tmp_path / "broken.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert xls_marks(broken, "Клиенты", []) == ({}, {}, frozenset(), frozenset(), Strikes())
