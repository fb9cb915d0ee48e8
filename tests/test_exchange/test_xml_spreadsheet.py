"""Excel 2003's XML Spreadsheet, as .xml or under an .xls name."""

from datetime import datetime
from pathlib import Path

import pytest

from clientbase.errors import ImportFileError
from clientbase.exchange.table_file import Kind, file_kind, read_table, sheet_names

DATA = Path(__file__).parents[1] / "data"
HEAD = (
    '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
)


def workbook(tmp_path: Path, body: str, name: str = "list.xml", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes((HEAD + body + "</Workbook>").encode(encoding))
    return path


def test_excels_2003_xml_sheet_reads_as_excel_shows_it() -> None:
    path = DATA / "excel2003_clients.xls"
    assert file_kind(path) is Kind.XML_SPREADSHEET
    assert sheet_names(path) == ["Лист1", "Клиенты"]
    table = read_table(path)  # the first sheet is empty: the one after it
    assert table.sheet == "Клиенты"
    assert table.rows == [
        ["Клиенты салона «Лада»", None, None, None, None],
        [],  # the row ss:Index skipped
        ["ФИО", "Телефон", "Дата рождения", "Город", "Комментарий"],
        # The comment's «VIP» is not the cell's; rich text is its words.
        ["Иванова Анна Сергеевна", 79161112233.0, datetime(1980, 2, 1), "Тула",
         "Важно: звонить\nпосле 18"],
        # A formula's value as Excel saved it; the city merged down; #N/A holds nothing.
        ["Смирнов Олег", "8 903 111-22-33", None, "Тула", None],
    ]  # fmt: skip


def test_a_named_sheet_and_one_that_is_not_there(tmp_path) -> None:
    path = workbook(
        tmp_path,
        '<Worksheet ss:Name="А"><Table><Row><Cell><Data ss:Type="String">ФИО</Data></Cell></Row>'
        '<Row><Cell><Data ss:Type="String">Орлова</Data></Cell></Row></Table></Worksheet>'
        '<Worksheet ss:Name="Б"><Table><Row><Cell><Data ss:Type="Boolean">1</Data></Cell>'
        '<Cell ss:Index="3"><Data ss:Type="Number">oops</Data></Cell></Row></Table></Worksheet>',
    )
    assert read_table(path, "Б").rows == [[True, None, "oops"]]
    with pytest.raises(ImportFileError) as error:
        read_table(path, "В")
    assert error.value.code == "sheet_not_found"


def test_utf16_as_excel_may_save_it(tmp_path) -> None:
    body = '<Worksheet ss:Name="Лист"><Table><Row><Cell><Data ss:Type="String">Ёлкина</Data>'
    path = tmp_path / "list.xls"
    xml = (HEAD + body + "</Cell></Row></Table></Worksheet></Workbook>").replace(
        'version="1.0"', 'version="1.0" encoding="UTF-16"'
    )
    path.write_bytes(xml.encode("utf-16"))
    assert read_table(path).rows == [["Ёлкина"]]


@pytest.mark.parametrize(
    "body",
    [
        # Cut short, as by a broken download.
        '<Worksheet ss:Name="А"><Table><Row><Cell><Data ss:Type="String">Орл',
        # A row placed before the one above it.
        '<Worksheet ss:Name="А"><Table><Row ss:Index="5"/><Row ss:Index="2"/></Table>',
    ],
)
def test_a_damaged_workbook_is_refused(tmp_path, body: str) -> None:
    path = tmp_path / "list.xls"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "cannot_read"


def with_entities(path: Path, entities: str, cell: str) -> Path:
    """A workbook whose DOCTYPE declares `entities` and whose one cell holds `cell`."""
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE Workbook [{entities}]>'
        + HEAD.split("\n", 1)[1]
        + f'<Worksheet ss:Name="А"><Table><Row><Cell><Data ss:Type="String">{cell}</Data>'
        "</Cell></Row></Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    return path


def test_entity_tricks_are_refused_without_expanding_or_reading_anything(tmp_path) -> None:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    bomb = with_entities(tmp_path / "bomb.xls", f'<!ENTITY l0 "ха">{laughs}', "&l9;")
    secret = tmp_path / "secret.txt"
    secret.write_text("пароль", encoding="utf-8")
    outside = with_entities(
        tmp_path / "outside.xls", f'<!ENTITY s SYSTEM "{secret.as_uri()}">', "&s;"
    )
    # 10⁹ copies of «ха» if expanded; the secret file's text if fetched.
    for path in (bomb, outside):
        with pytest.raises(ImportFileError) as error:
            read_table(path)
        assert error.value.code == "cannot_read"


def test_more_rows_than_an_import_takes_are_refused_while_reading(tmp_path, monkeypatch) -> None:
    from clientbase.exchange import table_file

    monkeypatch.setattr(table_file, "MAX_ROWS", 3)
    row = '<Row><Cell><Data ss:Type="String">Орлова</Data></Cell></Row>'
    path = workbook(tmp_path, f'<Worksheet ss:Name="А"><Table>{row * 4}</Table></Worksheet>')
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "too_many_rows"


def test_other_xml_is_named_as_no_spreadsheet(tmp_path) -> None:
    path = tmp_path / "statement.xml"
    path.write_text('<?xml version="1.0"?><Выписка><Строка/></Выписка>', encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_table(path)
    assert error.value.code == "save_as_xlsx"
