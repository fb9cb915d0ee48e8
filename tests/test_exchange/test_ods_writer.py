import tracemalloc
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import pytest
from python_calamine import CalamineWorkbook

from clientbase.exchange.ods_writer import MIMETYPE, write_ods
from clientbase.exchange.sheet_column import Sheet, SheetColumn

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"

CLIENTS = [
    SheetColumn("ФИО", 30),
    SheetColumn("Дата рождения", 12, "dd.mm.yyyy"),
    SheetColumn("Сумма", 14, "#,##0.00"),
    SheetColumn("VIP", 6),
    SheetColumn("Заметки", 40),
]


def read_back(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_an_ods_holds_each_value_as_written_and_the_sheets_in_order(tmp_path: Path) -> None:
    path = tmp_path / "clients.ods"
    rows = [
        ["Иванов Иван", date(1980, 2, 1), Decimal("1234.50"), True, "первая\nвторая"],
        ["=1+2", None, 0, False, "<b>Tom & «Jerry»</b>"],
        ['ООО "Ромашка"', date(1760, 6, 5), 12.5, None, ""],
    ]
    purchases = Sheet("Покупки", [SheetColumn("Клиент", 30), SheetColumn("Кол-во", 8)],
                      [["Иванов Иван", 3]])  # fmt: skip
    write_ods(path, [Sheet("Клиенты", CLIENTS, rows), purchases])

    sheets = read_back(path)
    assert list(sheets) == ["Клиенты", "Покупки"]
    assert sheets["Клиенты"] == [
        ["ФИО", "Дата рождения", "Сумма", "VIP", "Заметки"],
        ["Иванов Иван", date(1980, 2, 1), 1234.5, "Да", "первая\nвторая"],
        ["=1+2", "", 0.0, "Нет", "<b>Tom & «Jerry»</b>"],  # text, never a formula
        ['ООО "Ромашка"', date(1760, 6, 5), 12.5, "", ""],
    ]
    assert sheets["Покупки"] == [["Клиент", "Кол-во"], ["Иванов Иван", 3.0]]


def test_an_ods_is_a_package_libreoffice_knows_with_widths_and_a_bold_header(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clients.ods"
    write_ods(path, [Sheet("Clients", CLIENTS, [["Smith Jane", date(1985, 3, 14), 5, True, ""]])],
              language="en")  # fmt: skip
    with zipfile.ZipFile(path) as package:
        first = package.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert package.read("mimetype").decode() == MIMETYPE
        content = ElementTree.fromstring(package.read("content.xml"))
    widths = [
        element.get(f"{STYLE}column-width")
        for element in content.iter(f"{STYLE}table-column-properties")
    ]
    # Fitted, at 0.2 cm a character: to «Smith Jane», and each name with room beside it.
    assert widths == ["2.20cm", "3.80cm", "2.00cm", "1.60cm", "2.40cm"]
    header = next(content.iter(f"{TABLE}table-row"))
    assert {cell.get(f"{TABLE}style-name") for cell in header} == {"header"}
    assert read_back(path)["Clients"][1] == ["Smith Jane", date(1985, 3, 14), 5.0, "Yes", ""]


def test_an_ods_is_written_as_its_rows_are_read_not_held_whole(tmp_path: Path) -> None:
    """odfpy built the whole document first: 100,000 clients and their purchases took
    18 GB. Rows now go into the file as they come, so the memory does not grow with them."""

    def rows(count: int) -> Iterator[Sequence[object]]:
        for number in range(count):
            yield [f"Клиент {number}", date(1980, 1, 1 + number % 28), Decimal(number), True,
                   "заметка " * 5]  # fmt: skip

    def peak(count: int) -> int:
        tracemalloc.start()
        try:
            write_ods(tmp_path / f"{count}.ods", [Sheet("Клиенты", CLIENTS, rows(count))])
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(1_000), peak(20_000)
    assert large < small * 2  # twenty times the rows, not twenty times the memory
    assert len(read_back(tmp_path / "20000.ods")["Клиенты"]) == 20_001


def test_a_failure_while_rows_are_read_reaches_the_caller(tmp_path: Path) -> None:
    # The export writes beside the target and removes that file on any failure.
    def failing() -> Iterator[Sequence[object]]:
        yield ["Иванов Иван", None, 1, False, ""]
        raise OSError("No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_ods(tmp_path / "half.ods", [Sheet("Клиенты", CLIENTS, failing())])
