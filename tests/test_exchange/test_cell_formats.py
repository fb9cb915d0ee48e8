"""What a spreadsheet shows beyond its values. Birthdays typed into Excel as «15.03»: Excel
stores them as dates of the year they were typed in and shows them without it; they came in
as clients born that year. Discounts formatted as «5%»: the cell holds 0.05; they came in
as discounts of 0.05 %."""

import subprocess
import sys
import warnings
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from clientbase.exchange.cell_formats import ColumnFormats, shows_no_year, xlsx_column_formats
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace


@pytest.mark.parametrize(
    ("number_format", "yearless"),
    [
        ("DD.MM", True),
        ("[$-419]d mmmm;@", True),  # «15 марта»
        ("d-mmm", True),
        ("dd.mm.yyyy", False),
        ('d mmmm yyyy "г."', False),
        ("mm-dd-yy", False),
        ("h:mm", False),  # a time: no day
        ("General", False),
    ],
)
def test_a_format_shows_the_year_or_not(number_format: str, yearless: bool) -> None:
    assert shows_no_year(number_format) is yearless


def birthdays_sheet(path: Path, birthday_format: str = "DD.MM") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", "День рождения", "Дата визита"])
    rows = [
        ("Иванов Иван", datetime(2023, 3, 15)),
        ("Петрова Анна", datetime(2023, 7, 1)),
        # A year typed in, hidden by the format: long before the sheet, so a birth year.
        ("Сидоров Пётр", datetime(1980, 2, 1)),
    ]
    for number, (name, birthday) in enumerate(rows):
        sheet.append([name, f"8 916 111-22-3{number}", birthday, datetime(2023, 5, 5)])
        sheet.cell(sheet.max_row, 3).number_format = birthday_format
        sheet.cell(sheet.max_row, 4).number_format = "DD.MM.YYYY"
    workbook.save(path)
    return path


def test_the_columns_showing_dates_without_a_year_are_found(tmp_path: Path) -> None:
    path = birthdays_sheet(tmp_path / "clients.xlsx")
    assert xlsx_column_formats(path, "Sheet").yearless_dates == frozenset({2})
    assert xlsx_column_formats(path, "No such sheet") == ColumnFormats()
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    assert xlsx_column_formats(tmp_path / "broken.xlsx", "Sheet") == ColumnFormats()


@pytest.mark.parametrize("birthday_format", ["DD.MM", "d-mmm", "[$-419]d mmmm;@"])
def test_a_yearless_format_is_found_whether_built_in_or_written(
    tmp_path: Path, birthday_format: str
) -> None:
    # «d-mmm» is Excel's built-in format 16: the file names it by its number alone.
    path = birthdays_sheet(tmp_path / "clients.xlsx", birthday_format)
    assert xlsx_column_formats(path, "Sheet").yearless_dates == frozenset({2})


def test_a_sheet_whose_styles_show_nothing_so_is_read_without_openpyxl(tmp_path: Path) -> None:
    """openpyxl's import alone cost the reading process a tenth of a second for each file:
    most sheets' styles show neither a yearless date nor a percentage, and say so."""
    plain = birthdays_sheet(tmp_path / "plain.xlsx", "DD.MM.YYYY")
    yearless = birthdays_sheet(tmp_path / "yearless.xlsx")
    script = (
        "import sys; from pathlib import Path;"
        "from clientbase.exchange.spreadsheet_file import read_sheet;"
        "formats = read_sheet(Path(sys.argv[1]), None, 100)[4];"
        "print(sorted(formats.yearless_dates), 'openpyxl' in sys.modules)"
    )
    loaded = [
        subprocess.run(
            [sys.executable, "-c", script, str(path)], check=True, capture_output=True, text=True
        ).stdout.split()
        for path in (plain, yearless)
    ]
    assert loaded == [["[]", "False"], ["[2]", "True"]]


STYLES = (
    '<styleSheet xmlns="{namespace}"><numFmts count="1">'
    '<numFmt numFmtId="164" formatCode="{code}"/></numFmts>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="{used}"/></cellXfs></styleSheet>'
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@pytest.mark.parametrize(
    ("namespace", "code", "used", "may_show"),
    [
        (MAIN, "dd.mm.yyyy", 164, False),
        (MAIN, "dd.mm.yyyy", 14, False),  # Excel's own short date
        (MAIN, "DD.MM", 164, True),
        (MAIN, "0.0%", 164, True),
        (MAIN, "dd.mm.yyyy", 16, True),  # Excel's own «d-mmm»
        (MAIN, "dd.mm.yyyy", 9, True),  # Excel's own «0%»
        ("http://purl.oclc.org/ooxml/spreadsheetml/main", "dd.mm.yyyy", 164, True),
    ],
)
def test_a_workbooks_styles_tell_whether_its_cells_are_looked_at(
    tmp_path: Path, namespace: str, code: str, used: int, may_show: bool
) -> None:
    # Strict Open XML names its parts otherwise: openpyxl is asked, as before.
    from clientbase.exchange.cell_formats import _styles_may_show

    path = tmp_path / "clients.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("xl/styles.xml", STYLES.format(namespace=namespace, code=code, used=used))
    assert _styles_may_show(path) is may_show
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")
    assert _styles_may_show(path) is True  # no styles part where it is looked for


def test_a_date_out_of_excels_range_is_read_without_a_warning(tmp_path: Path) -> None:
    """openpyxl warned of it on stderr, where a person sees nothing of use; the value is
    calamine's to give and the import's to name."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "День рождения"])
    sheet.append(["Иванов Иван", 2994626])
    sheet.cell(2, 2).number_format = "DD.MM.YYYY"
    workbook.save(tmp_path / "clients.xlsx")
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        assert xlsx_column_formats(tmp_path / "clients.xlsx", "Sheet") == ColumnFormats()
    assert warned == []


def test_a_birthday_typed_without_a_year_comes_in_without_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = birthdays_sheet(tmp_path / "clients.xlsx")
    table, header, mapping = read_plan_source(path)
    assert table.formats.yearless_dates == frozenset({2})
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        today=date(2026, 12, 3),
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    birthdays = {
        record.display_name: record.data.birthday
        for record in map(workspace.clients.get, find_client_ids(workspace.db, ClientQuery()))
    }
    assert birthdays == {
        "Иванов Иван": "15.03",
        "Петрова Анна": "01.07",
        "Сидоров Пётр": "01.02.1980",
    }


def ods_sheet(path: Path) -> Path:
    """An .ods as LibreOffice Calc writes «15.03» typed in a cell: a date of the year it
    was typed in, and beside it the text shown."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Клиенты")
    rows = [
        ["ФИО", "Телефон", "День рождения", "Скидка"],
        ["Иванов Иван", "8 916 111-22-30", ("2023-03-15", "15.03"), 0.05],
        ["Петрова Анна", "8 916 111-22-31", ("2023-07-01", "01.07"), 0.1],
        ["Сидоров Пётр", "8 916 111-22-32", ("1980-02-01", "01.02"), 0],
    ]
    for values in rows:
        row = TableRow()
        for value in values:
            if isinstance(value, tuple):
                cell = TableCell(valuetype="date", datevalue=value[0])
                cell.addElement(P(text=value[1]))
            elif isinstance(value, float | int):
                cell = TableCell(valuetype="percentage", value=value)
                cell.addElement(P(text=f"{value:.0%}"))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def test_an_ods_showing_birthdays_without_a_year_and_percentages_gives_them_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = ods_sheet(tmp_path / "clients.ods")
    table, header, mapping = read_plan_source(path)
    assert table.formats == ColumnFormats(frozenset({2}), frozenset({3}))
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        today=date(2026, 12, 3),
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    ids = find_client_ids(workspace.db, ClientQuery())
    cards = sorted(
        (card.birthday, str(card.discount_percent))
        for card in (workspace.clients.get(i).data for i in ids)
    )
    assert cards == [("01.02.1980", "0.00"), ("01.07", "10.00"), ("15.03", "5.00")]


def test_a_discount_shown_as_a_percentage_comes_in_as_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    from tests.test_services.test_importing import write_sheet

    path = write_sheet(
        tmp_path / "discounts.xlsx",
        [
            ["ФИО", "Скидка", "Скидка до"],
            ["Иванов Иван", 0.05, 5],
            ["Петрова Анна", 0.155, 10],
        ],
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["B2"].number_format = "0%"
    sheet["B3"].number_format = "0.0%"
    workbook.save(path)
    table, header, mapping = read_plan_source(path)
    assert table.formats.percents == frozenset({1})  # not the plain numbers beside
    commit_import(
        workspace.db, workspace.settings,
        plan_import(workspace.db, workspace.settings, table, header, mapping, path.name),
    )  # fmt: skip
    discounts = sorted(
        workspace.clients.get(i).data.discount_percent
        for i in find_client_ids(workspace.db, ClientQuery())
    )
    assert [str(discount) for discount in discounts] == ["5.00", "15.50"]


def test_discounts_as_fractions_of_one_are_percentages_without_formats_too() -> None:
    # An .xls keeps its formats out of reach: 0.05 and 0.1 in a «Скидка» column are 5 and
    # 10 %; a column with a whole number among them is of percents already.
    from clientbase.exchange.header import Target
    from clientbase.services.import_columns import fraction_columns

    mapping = [Target.FULL_NAME, Target.DISCOUNT]
    assert fraction_columns([["Иванов", 0.05], ["Петров", 0.1], ["Орлов", None]], mapping) == {1}
    assert fraction_columns([["Иванов", 0.5], ["Петров", 5]], mapping) == frozenset()
    assert fraction_columns([["Иванов", "5%"], ["Петров", 0]], mapping) == frozenset()


def test_a_discount_typed_with_its_word_is_read(workspace: Workspace, tmp_path: Path) -> None:
    # «скидка 10%» was named as no number, and the discount went to the notes.
    path = tmp_path / "discounts.csv"
    path.write_text(
        "ФИО;Скидка\nИванов Иван;скидка 10%\nПетров Олег;5 %\nОрлов Ян;Скидка: 7\n"
        "Смирнов Ян;постоянная\n",
        encoding="utf-8",
    )
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (5, "постоянная", "not_a_number")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    discounts = {
        workspace.clients.get(i).display_name: workspace.clients.get(i).data.discount_percent
        for i in find_client_ids(workspace.db, ClientQuery())
    }
    assert discounts == {"Иванов Иван": 10, "Петров Олег": 5, "Орлов Ян": 7, "Смирнов Ян": 0}
