"""Make the sample files the import tests read: `python tests/data/make_samples.py`.

They imitate what shops really send: a title above the table, a merged group heading,
phones and dates written every way, a client listed twice, a bad row and a totals row.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def messy_sheet() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["Клиенты магазина «Уют»"])
    sheet.merge_cells("A1:G1")
    sheet.append(["на 01.11.2026"])
    sheet.append([])
    sheet.append([None, "Контакты", None, None, None, None, None])
    sheet.merge_cells("B4:C4")
    sheet.append(["ФИО", "Контакт", "E-mail", "ДР", "Город", "Комментарий", "Карта"])
    rows = [
        ["Иванов Иван Иванович", "8 916 123-45-67", "IVANOV@mail.ru", datetime.date(1980, 2, 1),
         "Москва", "любит чай", 1001],
        ["Петрова Анна Сергеевна", 79161112233, "anna@yandex.ru", "1.2.85", "Тула", None, None],
        ["Иванов И.И.", "+7 (916) 123-45-67", None, "01.02.1980", "Москва", "звонить вечером",
         None],
        ["Сидоров Пётр", "12-34", "sidorov@", "31.02.1990", "Калуга", None, None],
        ["ООО «Ромашка»", "8 495 123-45-67, 8 495 765-43-21", "info@romashka.ru", None, "Москва",
         "опт", None],
        ["Смирнова Ольга", "8-903-555-66-77", None, 29252, "Ярославль", None, None],
        ["Кузнецов Олег Петрович", None, "oleg@kuznetsov.ru", "5 марта 1975", None, None, "=1+1"],
        [None, "8 903 000-00-00", None, None, None, None, None],
        ["Итого", 6, None, None, None, None, None],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    workbook.save(HERE / "messy_clients.xlsx")


def cp1251_csv() -> None:
    text = (
        "Фамилия;Имя;Отчество;Телефон;Дата рождения;Любимые цвета\r\n"
        'Орлова;Мария;Ивановна;+7 921 111-22-33;03.04.1990;"синий, белый"\r\n'
        "Зайцев;Игорь;;8 (911) 222-33-44;1987-12-31;зелёный\r\n"
        'Белова;Нина;Петровна;89113334455;;"бордовый\r\nи золотой"\r\n'
    )
    (HERE / "clients_cp1251.csv").write_bytes(text.encode("cp1251"))


def bitrix24_export() -> None:
    """Bitrix24's «Экспорт в Excel» of its contacts, laid out as its crm.contact.list
    excel.php template writes it: a web page under .xls, begun by its <meta>, in the
    windows-1251 of a boxed Bitrix on an old server."""
    headers = [
        "ID",
        "Обращение",
        "Имя",
        "Отчество",
        "Фамилия",
        "Дата рождения",
        "Должность",
        "Компания",
        "Мобильный телефон",
        "Рабочий телефон",
        "Рабочий e-mail",
        "Адрес",
        "Комментарий",
        "Источник",
        "Ответственный",
        "Дата создания",
    ]
    contacts = [
        ["17", "Г-жа", "Анна", "Сергеевна", "Иванова", "01.02.1980", "Директор",
         "ООО &quot;Ромашка&quot;", "+7 916 111-22-33", "8 (495) 123-45-67",
         "anna@romashka.ru", "г. Москва, ул. Ленина, 5", "Любит розы &amp; тюльпаны<br>"
         "перезвонить в мае", "Звонок", "Петров Пётр", "12.03.2024 10:15:00"],
        ["18", "", "Олег", "", "Смирнов", "", "", "", "89031112233, 89261112233", "", "",
         "", "", "Сайт", "Петров Пётр", "13.03.2024 11:00:00"],
    ]  # fmt: skip
    cells = "".join(f"<th>{header}</th>" for header in headers)
    lines = [
        '<meta http-equiv="Content-type" content="text/html;charset=windows-1251" />',
        '\t\t<table border="1">\n\t\t<thead>\n\t\t\t<tr>' + cells + "</tr>\n\t\t</thead>",
        "\t\t<tbody>"
        + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in contacts)
        + "</tbody></table>",
    ]
    (HERE / "bitrix24_contacts.xls").write_bytes("\n".join(lines).encode("cp1251"))


EXCEL_2003_XML = """<?xml version="1.0" encoding="windows-1251"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>Администратор</Author>
  <Version>16.00</Version>
 </DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Calibri" ss:Size="11"/></Style>
  <Style ss:ID="s21"><NumberFormat ss:Format="Short Date"/></Style>
 </Styles>
 <Worksheet ss:Name="Лист1">
  <Table ss:ExpandedColumnCount="1" ss:ExpandedRowCount="1" x:FullColumns="1" x:FullRows="1"/>
 </Worksheet>
 <Worksheet ss:Name="Клиенты">
  <Table ss:ExpandedColumnCount="5" ss:ExpandedRowCount="6" x:FullColumns="1" x:FullRows="1">
   <Row>
    <Cell ss:MergeAcross="4"><Data ss:Type="String">Клиенты салона «Лада»</Data></Cell>
   </Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">ФИО</Data></Cell>
    <Cell><Data ss:Type="String">Телефон</Data></Cell>
    <Cell><Data ss:Type="String">Дата рождения</Data></Cell>
    <Cell><Data ss:Type="String">Город</Data></Cell>
    <Cell><Data ss:Type="String">Комментарий</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">Иванова Анна Сергеевна</Data><Comment ss:Author="Admin"><ss:Data
       xmlns="http://www.w3.org/TR/REC-html40"><B>VIP</B></ss:Data></Comment></Cell>
    <Cell><Data ss:Type="Number">79161112233</Data></Cell>
    <Cell ss:StyleID="s21"><Data ss:Type="DateTime">1980-02-01T00:00:00.000</Data></Cell>
    <Cell ss:MergeDown="1"><Data ss:Type="String">Тула</Data></Cell>
    <Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Важно:</B><Font
       html:Color="#FF0000"> звонить&#10;после 18</Font></ss:Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">Смирнов Олег</Data></Cell>
    <Cell ss:Formula="=&quot;8 903 &quot;&amp;&quot;111-22-33&quot;"><Data
      ss:Type="String">8 903 111-22-33</Data></Cell>
    <Cell ss:Index="5"><Data ss:Type="Error">#N/A</Data></Cell>
   </Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Selected/>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
"""


def excel_2003_xml() -> None:
    """Excel's «XML Spreadsheet 2003» as old programs export it under .xls, in
    windows-1251: an empty first sheet, a title merged across, a skipped row, a comment,
    rich text, a formula's cached value, a merged-down city and an #N/A."""
    (HERE / "excel2003_clients.xls").write_bytes(EXCEL_2003_XML.encode("cp1251"))


def sales_report_1c() -> None:
    """1C's «Продажи по контрагентам» saved to Excel: a title, the groupings stacked in the
    header's first column (the other names merged down over them), each client's row over
    its documents and each document's over its items, a return, and the totals row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "TDSheet"
    for row in [
        ["Продажи по контрагентам"],
        ["Период: 01.03.2026 - 31.03.2026"],
        [],
        ["Контрагент", "Количество", "Сумма"],
        ["Документ", None, None],
        ["Номенклатура", None, None],
        ["Иванов Иван Иванович", 3, 4500.5],
        ["Реализация товаров и услуг 0000-000012 от 12.03.2026 14:22:01", 3, 4500.5],
        ['Шампунь "Чистая линия" 400 мл', 1, 1500.25],
        ["Крем для рук", 2, 3000.25],
        ['ООО "Ромашка"', 4, 800],
        ["Реализация товаров и услуг 0000-000013 от 13.03.2026 10:00:00", 5, 1000],
        ["Маска для волос", 5, 1000],
        ["Возврат товаров от клиента 0000-000002 от 20.03.2026 12:00:00", -1, -200],
        ["Маска для волос", -1, -200],
        ["Итого", 7, 5300.5],
    ]:
        sheet.append(row)
    sheet.merge_cells("B4:B6")
    sheet.merge_cells("C4:C6")
    workbook.save(HERE / "sales_report_1c.xlsx")


def lookup_sheet_first() -> None:
    """A shop's workbook whose first sheet, hidden, holds the lists its drop-down cells
    offer (cities, statuses), before the clients' sheet and a «Покупки» sheet."""
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    lists = workbook.active
    assert lists is not None
    lists.title = "Справочник"
    for row in [["Город", "Статус"], ["Москва", "Новый"], ["Тверь", "Постоянный"]]:
        lists.append(row)
    lists.sheet_state = "hidden"
    clients = workbook.create_sheet("Клиенты")
    for row in [
        ["ФИО", "Телефон", "Город", "Статус"],
        ["Иванова Мария Петровна", "+7 916 111-22-33", "Москва", "Постоянный"],
        ["Петров Олег", "8 916 222-33-44", "Тверь", "Новый"],
    ]:
        clients.append(row)
    cities = DataValidation(type="list", formula1="Справочник!$A$2:$A$3")
    clients.add_data_validation(cities)
    cities.add("C2:C100")
    sales = workbook.create_sheet("Покупки")
    for row in [["Дата", "Клиент", "Товар", "Сумма"], ["12.03.2026", "Петров Олег", "Плед", 3490]]:
        sales.append(row)
    workbook.active = 1
    workbook.save(HERE / "lookup_sheet_first.xlsx")


def libreoffice_copies(
    name: str = "messy_clients", targets: tuple[str, ...] = ("ods", "xls", "html")
) -> None:
    """The same sheet as .ods, .xls and a web page, saved by LibreOffice (when it is
    installed)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: .ods and .xls samples left as they are")
        return
    for target in targets:
        subprocess.run(
            [soffice, "--headless", "--convert-to", target, "--outdir", str(HERE),
             str(HERE / f"{name}.xlsx")],
            check=True,
            capture_output=True,
        )  # fmt: skip


def marked_xls() -> None:
    """An old Excel .xls whose shop marked its clients beside the values: a note on a
    phone, rows filled yellow and red. Made as an .xlsx by openpyxl, saved as .xls by
    LibreOffice."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: marked_clients.xls left as it is")
        return
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["ФИО", "Телефон"])
    for number in range(1, 7):
        sheet.append([f"Клиентов Клиент{number}", f"+7916111{number:04d}"])
    # LibreOffice keeps no author in an .xls note (it writes a space): the text alone.
    sheet["B2"].comment = Comment("звонить после 18:00", "Ольга")
    for row, colour in ((3, "FFFFFF00"), (5, "FFFF0000")):
        for cell in sheet[row]:
            cell.fill = PatternFill("solid", fgColor=colour)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "marked_clients.xlsx"
        workbook.save(source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "xls", "--outdir", str(HERE), str(source)],
            check=True,
            capture_output=True,
        )


def hidden_helper_columns() -> None:
    """A list whose owner hid the columns of her own checks: a «Ключ» of the name and phone
    run together, an «Возраст» worked out from the birthday and a «Проверка» (C, D and G,
    the first two hidden as one range), and a second phone (E) hidden too; and saved it with
    a filter on «Город» left on, which hides the client from Тула (row 3). Saved by
    LibreOffice as .ods and .xls as well."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["ФИО", "Телефон", "Ключ", "Возраст", "Телефон 2", "Город", "Проверка"])
    sheet.append(["Иванова Мария", "89161234567", "Иванова Мария89161234567", 41,
                  "84951234567", "Москва", "ДУБЛЬ"])  # fmt: skip
    sheet.append(["Петров Пётр", "89162223344", "Петров Пётр89162223344", 35, None, "Тула",
                  "ок"])  # fmt: skip
    sheet.append(["Сидорова Анна", "89163334455", "Сидорова Анна89163334455", 29, None,
                  "Москва", "ок"])  # fmt: skip
    sheet.auto_filter.ref = "A1:G4"
    sheet.auto_filter.add_filter_column(5, ["Москва"])
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions.group("C", "D", hidden=True)
    for column in "EG":
        sheet.column_dimensions[column].hidden = True
    workbook.save(HERE / "hidden_columns.xlsx")


def struck_clients() -> None:
    """A list whose owner struck out the clients who left rather than delete them (row 3,
    and row 5 but for its empty cells), and one old phone alone (row 4's). Saved by
    LibreOffice as .ods and .xls as well."""
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["ФИО", "Телефон", "Город", "Заметки"])
    sheet.append(["Иванова Мария", "89161234567", "Москва", "постоянная"])
    sheet.append(["Петров Пётр", "89162223344", "Тула", "уехал"])
    sheet.append(["Сидорова Анна", "89163334455", "Москва", None])
    sheet.append(["Орлов Олег", "89164445566", None, None])
    struck = Font(strike=True)
    for row, columns in ((3, "ABCD"), (4, "B"), (5, "AB")):
        for column in columns:
            sheet[f"{column}{row}"].font = struck
    workbook.save(HERE / "struck_clients.xlsx")


def struck_parts() -> None:
    """Old numbers and addresses crossed out inside a cell, beside the ones in use, saved
    by LibreOffice (which keeps each cell's runs in the shared strings, as Excel does):
    row 2 an old phone after the new one, row 3 an old e-mail before the new one, row 4 a
    whole phone struck by its run and a run whose strike is turned off."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: struck_parts.xlsx left as it is")
        return
    struck, plain = InlineFont(strike=True), InlineFont(strike=False)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Клиенты"
    sheet.append(["ФИО", "Телефон", "E-mail"])
    sheet.append(["Иванова Мария",
                  CellRichText("8 916 123-45-67, ", TextBlock(struck, "8 903 111-22-33")),
                  "maria@mail.ru"])  # fmt: skip
    emails = CellRichText(TextBlock(struck, "petrov@old.ru"), "; petrov@mail.ru")
    sheet.append(["Петров Пётр", "8 916 222-33-44", emails])
    sheet.append(["Сидорова Анна", CellRichText(TextBlock(struck, "8 916 333-44-55")),
                  CellRichText(TextBlock(plain, "anna@mail.ru"))])  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "openpyxl" / "struck_parts.xlsx"
        source.parent.mkdir()
        workbook.save(source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "xlsx", "--outdir", str(HERE), str(source)],
            check=True,
            capture_output=True,
        )


def word_documents() -> None:
    """A shop's list kept as a table in a text document, with a title above it, a header of
    two rows («Контакты» over «Телефон» and «E-mail»), two phones in one cell as two lines,
    a client listed twice and a total below: saved by LibreOffice Writer as .docx (as Word
    writes it), .odt and Word's older .doc."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: clients_word.docx/.odt/.doc left as they are")
        return
    rows = [
        ["1", "Иванова Мария Петровна", "8 916 123-45-67<br>8 495 123-45-67 (раб.)",
         "ivanova@mail.ru", "15.03.1985", "постоянная, скидка 5%"],
        ["2", "Петров Пётр Сергеевич", "+7 926 222-33-44", "", "1.2.80", ""],
        ["3", "Сидорова Анна", "89163334455", "anna@yandex.ru", "31.02.1990",
         "любит ранние записи"],
        ["4", "Иванова Мария Петровна", "8 (916) 123-45-67", "", "", "записана дважды"],
        ["5", "Кузнецова Елена", "+7 903 555-66-77", "e.kuznetsova@gmail.com", "7 ноября 1979",
         "VIP"],
    ]  # fmt: skip
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        "<h2>Список клиентов салона «Лилия»</h2><p>на 01.12.2026, вела Марина</p>"
        '<table border="1"><tr><th rowspan="2">№</th><th rowspan="2">ФИО</th>'
        '<th colspan="2">Контакты</th><th rowspan="2">Дата рождения</th>'
        '<th rowspan="2">Примечание</th></tr><tr><th>Телефон</th><th>E-mail</th></tr>'
        f"{body}</table><p>Итого: 5 клиентов</p></body></html>"
    )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "clients_word.html"
        source.write_text(page, encoding="utf-8")
        for target in ("docx:MS Word 2007 XML", "odt", "doc:MS Word 97"):
            subprocess.run(
                [soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target,
                 "--outdir", str(HERE), str(source)],
                check=True,
                capture_output=True,
            )  # fmt: skip


def encrypted_copy() -> None:
    """The sheet as Excel saves it with a password to open (1234), by msoffcrypto-tool (a
    tool for making this sample only: `pip install msoffcrypto-tool`)."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-not-found]
    except ImportError:
        print("msoffcrypto-tool not installed: encrypted_clients.xlsx left as it is")
        return
    plain_path, encrypted_path = HERE / "messy_clients.xlsx", HERE / "encrypted_clients.xlsx"
    with plain_path.open("rb") as plain, encrypted_path.open("wb") as encrypted:
        OOXMLFile(plain).encrypt("1234", encrypted)


if __name__ == "__main__":
    messy_sheet()
    cp1251_csv()
    bitrix24_export()
    excel_2003_xml()
    sales_report_1c()
    libreoffice_copies()
    libreoffice_copies("sales_report_1c")
    lookup_sheet_first()
    libreoffice_copies("lookup_sheet_first", ("ods", "xls"))
    marked_xls()
    hidden_helper_columns()
    libreoffice_copies("hidden_columns", ("ods", "xls"))
    struck_clients()
    libreoffice_copies("struck_clients", ("ods", "xls"))
    struck_parts()
    libreoffice_copies("struck_parts", ("ods", "xls"))
    word_documents()
    encrypted_copy()
