"""The notes a shop keeps on an Excel sheet's cells come in with the clients they are on."""

import zipfile
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from clientbase.exchange.cell_comments import ods_comments, xlsx_comments, xlsx_links
from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace

THREAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/'
    'threadedcomments"><threadedComment ref="D4" id="{1}" personId="{9}">'
    "<text>Перезвонить в пятницу</text></threadedComment>"
    '<threadedComment ref="D4" id="{2}" parentId="{1}" personId="{9}">'
    "<text>Договорились на 12:00</text></threadedComment></ThreadedComments>"
)
THREAD_RELATION = (
    '<Relationship Id="rIdThread" Target="../threadedComments/threadedComment1.xml" '
    'Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"/>'
)


def import_file(workspace: Workspace, path: Path) -> None:
    """Import the file as the wizard proposes it."""
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)


def imported_cards(workspace: Workspace, path: Path) -> dict[str, ClientInput]:
    """The file imported; the cards by the clients' names."""
    import_file(workspace, path)
    return {
        card.display_name: card.data
        for card in map(workspace.clients.get, find_client_ids(workspace.db, ClientQuery()))
    }


def sheet_with_notes(path: Path) -> Path:
    """A list that starts at C3, as a hand-kept one often does, with Excel's notes: one on a
    phone (written, as Excel writes it, after its author's name), one on a name, one on a
    column name."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet["C3"], sheet["D3"] = "ФИО", "Телефон"
    sheet["C4"], sheet["D4"] = "Иванова Мария", "+79161112233"
    sheet["C5"], sheet["D5"] = "Петров Олег", "+79162223344"
    sheet["D4"].comment = Comment("Ольга:\nзвонить после 18:00", "Ольга")
    sheet["C5"].comment = Comment("любит скидки", "Ольга")
    sheet["C3"].comment = Comment("как в паспорте", "Ольга")
    workbook.create_sheet("Прочее")["A1"] = "x"
    workbook.save(path)
    return path


def with_thread(path: Path) -> Path:
    """The same workbook as Excel 365 saves a threaded comment on D4 with a reply."""
    threaded = path.with_name("threaded.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(threaded, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/_rels/sheet1.xml.rels":
                data = data.replace(
                    b"</Relationships>", THREAD_RELATION.encode() + b"</Relationships>"
                )
            target.writestr(item, data)
        target.writestr("xl/threadedComments/threadedComment1.xml", THREAD)
    return threaded


def test_the_notes_on_a_sheets_cells_are_read_where_they_stand(tmp_path: Path) -> None:
    path = sheet_with_notes(tmp_path / "clients.xlsx")
    assert xlsx_comments(path, "Клиенты") == {
        (2, 2): "как в паспорте",
        (3, 3): "звонить после 18:00",  # not «Ольга:», who wrote it
        (4, 2): "любит скидки",
    }
    assert xlsx_comments(path, "Прочее") == {}
    # A thread and its reply, as Excel 365 keeps them beside the notes.
    assert xlsx_comments(with_thread(path), "Клиенты")[(3, 3)] == (
        "Перезвонить в пятницу\nДоговорились на 12:00"
    )


def test_a_package_that_does_not_say_where_its_notes_are_has_none(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a package")
    assert xlsx_comments(broken, "Клиенты") == {}
    assert xlsx_comments(tmp_path / "missing.xlsx", "Клиенты") == {}


def test_the_notes_come_in_with_the_clients_they_are_on(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Excel's notes on a client's cells were dropped without a word; the one on a column
    name is about the column, not a client."""
    path = sheet_with_notes(tmp_path / "clients.xlsx")
    notes = {name: card.notes for name, card in imported_cards(workspace, path).items()}
    assert notes == {
        "Иванова Мария": "Примечание к «Телефон»: звонить после 18:00",
        "Петров Олег": "Примечание к «ФИО»: любит скидки",
    }


def ods_with_notes(path: Path) -> Path:
    """LibreOffice's comments (annotations, with their author) in an .ods, its list at B3
    under two empty rows written as one repeated row."""
    from odf.dc import Creator
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Клиенты")

    def add_row(values: list[str], notes: dict[int, str], repeated: int = 1) -> None:
        row = TableRow(numberrowsrepeated=repeated) if repeated > 1 else TableRow()
        for column, value in enumerate(values):
            cell = TableCell(valuetype="string") if value else TableCell()
            if column in notes:
                annotation = Annotation()
                annotation.addElement(Creator(text="Ольга"))
                annotation.addElement(P(text=notes[column]))
                cell.addElement(annotation)
            if value:
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)

    add_row([""], {}, repeated=2)
    add_row(["", "ФИО", "Телефон"], {})
    add_row(["", "Иванова Мария", "+79161112233"], {2: "звонить после 18:00"})
    add_row(["", "Петров Олег", "+79162223344"], {1: "любит скидки"})
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def test_libreoffices_comments_in_an_ods_come_in_too(workspace: Workspace, tmp_path: Path) -> None:
    path = ods_with_notes(tmp_path / "clients.ods")
    assert ods_comments(path, "Клиенты") == {
        (3, 2): "звонить после 18:00",  # not «Ольга», its author
        (4, 1): "любит скидки",
    }
    notes = sorted(card.notes for card in imported_cards(workspace, path).values())
    assert notes == [
        "Примечание к «Телефон»: звонить после 18:00",
        "Примечание к «ФИО»: любит скидки",
    ]


def test_a_link_behind_a_cells_text_comes_in_where_the_text_does_not_show_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«страница» linking to the client's VK page: the page was dropped, the word kept."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["ФИО", "Телефон", "Страница", "E-mail"])
    sheet.append(["Иванова Мария", "+79161112233", "страница", "maria@mail.ru"])
    sheet["C2"].hyperlink = "https://vk.com/id123"
    sheet["D2"].hyperlink = "mailto:maria@mail.ru"  # the address it shows: nothing to add
    sheet.append(["Петров Олег", "+79162223344", "https://vk.com/petrov", None])
    sheet["C3"].hyperlink = "https://vk.com/petrov"
    workbook.save(path := tmp_path / "links.xlsx")
    assert xlsx_links(path, "Клиенты") == {
        (1, 2): "https://vk.com/id123",
        (1, 3): "mailto:maria@mail.ru",
        (2, 2): "https://vk.com/petrov",
    }
    notes = {name: card.notes for name, card in imported_cards(workspace, path).items()}
    assert notes["Иванова Мария"].endswith("Примечание к «Страница»: ссылка https://vk.com/id123")
    assert "ссылка" not in notes["Петров Олег"]
