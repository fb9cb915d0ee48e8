"""How an exported sheet looks in Excel and LibreOffice and prints from them: each column as
wide as its name (beside the autofilter's button) and its values, and printed across the
page with the column names atop every page."""

import re
import zipfile
from pathlib import Path

import openpyxl

from clientbase.services.client_query import SortKey
from clientbase.services.exporting import export_clients
from clientbase.services.workspace import Workspace
from tests.conftest import person

TWO_PHONES = "8 (925) 730-55-98 (мобильный), +7 903 170-28-63 (рабочий)"
VIEW = [SortKey.NAME, SortKey.PHONE, SortKey.BIRTHDAY, SortKey.TOTAL_SPENT, SortKey.CITY]


def shop(workspace: Workspace) -> None:
    workspace.clients.create(
        person("Константинопольская", "Александра", phones=tuple(TWO_PHONES.split(", ")),
               birthday="01.02.1980", city="Ростов-на-Дону", notes="позвонить\n" + "я" * 200)
    )  # fmt: skip
    workspace.clients.create(person("Ли", "Ян"))


def test_each_column_is_as_wide_as_its_name_and_values(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Дата рождения» was cut under the autofilter's button, and the two phones ran under
    the column beside them: the widths were a set guess per field."""
    shop(workspace)
    path = tmp_path / "view.xlsx"
    export_clients(workspace.db, path, table_columns=VIEW, with_purchases=False)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    widths = {
        sheet.cell(1, column).value: sheet.column_dimensions[letter].width
        for column, letter in enumerate("ABCDE", start=1)
    }
    assert widths["Клиент"] > len("Константинопольская Александра")
    assert widths["Телефон"] > len(TWO_PHONES)
    # The bold name and the autofilter's button beside it.
    assert widths["Дата рождения"] >= len("Дата рождения") + 3
    assert widths["Сумма покупок"] >= len("Сумма покупок") + 3


def test_a_long_note_does_not_widen_its_column_across_the_screen(
    workspace: Workspace, tmp_path: Path
) -> None:
    shop(workspace)
    path = tmp_path / "all.xlsx"
    export_clients(workspace.db, path, with_purchases=False)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    titles = [cell.value for cell in sheet[1]]
    notes = sheet.column_dimensions[openpyxl.utils.get_column_letter(titles.index("Заметки") + 1)]
    assert notes.width is not None and notes.width <= 61


def test_the_ods_columns_are_fitted_too(workspace: Workspace, tmp_path: Path) -> None:
    shop(workspace)
    path = tmp_path / "view.ods"
    export_clients(workspace.db, path, table_columns=VIEW, with_purchases=False)
    content = zipfile.ZipFile(path).read("content.xml").decode()
    widths = [float(w) for w in re.findall(r'style:column-width="([\d.]+)cm"', content)]
    # About 0.2 cm a character: the phones' column holds both numbers with their notes.
    assert widths[1] >= len(TWO_PHONES) * 0.2


def test_the_sheet_prints_across_the_page_with_its_column_names_on_each(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Printed from Excel, 40 clients came out on 35 portrait pages, the column names and
    the clients' names on the first one only."""
    shop(workspace)
    view, everything = tmp_path / "view.xlsx", tmp_path / "all.xlsx"
    export_clients(workspace.db, view, table_columns=VIEW)
    export_clients(workspace.db, everything)
    for path in (view, everything):
        for sheet in openpyxl.load_workbook(path).worksheets:
            assert sheet.page_setup.orientation == "landscape"
            assert sheet.print_title_rows == "$1:$1"
            assert sheet.oddFooter.center.text == "&P / &N"
    # The view's few columns fit one page's width; the full export's forty go on across.
    listed = openpyxl.load_workbook(view)["Клиенты"]
    assert listed.sheet_properties.pageSetUpPr.fitToPage
    # One page wide (Excel's default, which the file leaves unwritten), as many long as it takes.
    assert (listed.page_setup.fitToWidth or 1, listed.page_setup.fitToHeight) == (1, 0)
    full = openpyxl.load_workbook(everything)["Клиенты"]
    assert not (full.sheet_properties.pageSetUpPr and full.sheet_properties.pageSetUpPr.fitToPage)
