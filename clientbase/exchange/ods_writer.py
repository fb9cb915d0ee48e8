"""Writing a sheet as OpenDocument (.ods) through odfpy, for LibreOffice users."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from odf.number import DateStyle, Day, Month, Number, NumberStyle, Text, Year
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

from clientbase.exchange.choices import yes_no
from clientbase.exchange.sheet_cells import plain_text
from clientbase.exchange.sheet_column import SheetColumn

# The .xlsx number formats the export uses, as ODF number styles: (decimals, thousands).
# Others (such as the quantity's «0.###») are left to LibreOffice's general format.
NUMBER_FORMATS = {"#,##0.00": (2, True), "0.00": (2, False), "0": (0, False)}


# A column's width is given in characters; about 0.2 cm a character.
CM_A_CHARACTER = 0.2


class OdsSheet:
    """Sheets written row by row, their columns as wide and their numbers formatted as the
    .xlsx export makes them."""

    def __init__(self, name: str, columns: Sequence[SheetColumn], language: str = "ru") -> None:
        self.document = OpenDocumentSpreadsheet()
        self.english = language == "en"
        self._number_styles: dict[str, Style] = {}
        bold = Style(name="header", family="table-cell")
        bold.addElement(TextProperties(fontweight="bold"))
        self.document.automaticstyles.addElement(bold)
        # dd.mm.yyyy, as dates are written in Russia; yyyy-mm-dd in English, as the .xlsx
        # export writes them (see services.export_columns.DATE_FORMATS).
        date_style = DateStyle(name="exportdate")
        parts = [Day(style="long"), Text(text="."), Month(style="long"), Text(text="."),
                 Year(style="long")]  # fmt: skip
        if self.english:
            parts = [Year(style="long"), Text(text="-"), Month(style="long"), Text(text="-"),
                     Day(style="long")]  # fmt: skip
        for part in parts:
            date_style.addElement(part)
        self.document.automaticstyles.addElement(date_style)
        self.date_cell = Style(name="date", family="table-cell", datastylename="exportdate")
        self.document.automaticstyles.addElement(self.date_cell)
        self.bold = bold
        self.tables: list[Table] = []
        self.add_sheet(name, columns)

    def add_sheet(self, name: str, columns: Sequence[SheetColumn]) -> None:
        """Start another sheet of the same file; rows from now on go into it."""
        self.column_number_styles = [self._number_style(c.number_format) for c in columns]
        self.table = Table(name=name)
        self.tables.append(self.table)
        for index, column in enumerate(columns):
            width = column.width * CM_A_CHARACTER
            column_style = Style(name=f"s{len(self.tables)}col{index}", family="table-column")
            column_style.addElement(TableColumnProperties(columnwidth=f"{width:.2f}cm"))
            self.document.automaticstyles.addElement(column_style)
            self.table.addElement(TableColumn(stylename=column_style))
        header = TableRow()
        for column in columns:
            cell = TableCell(valuetype="string", stylename=self.bold)
            cell.addElement(P(text=column.title))
            header.addElement(cell)
        self.table.addElement(header)

    def _number_style(self, number_format: str) -> Style | None:
        if number_format not in NUMBER_FORMATS:
            return None
        if number_format not in self._number_styles:
            decimals, thousands = NUMBER_FORMATS[number_format]
            index = len(self._number_styles)
            number_style = NumberStyle(name=f"number{index}")
            number_style.addElement(
                Number(decimalplaces=decimals, minintegerdigits=1, grouping=thousands)
            )
            self.document.automaticstyles.addElement(number_style)
            cell_style = Style(
                name=f"numbercell{index}", family="table-cell", datastylename=f"number{index}"
            )
            self.document.automaticstyles.addElement(cell_style)
            self._number_styles[number_format] = cell_style
        return self._number_styles[number_format]

    def add_row(self, values: Iterable[object]) -> None:
        row = TableRow()
        styles = self.column_number_styles
        for index, value in enumerate(values):
            row.addElement(self._cell(value, styles[index] if index < len(styles) else None))
        self.table.addElement(row)

    def _cell(self, value: object, number_style: Style | None = None) -> TableCell:
        if value is None or value == "":
            return TableCell()
        if isinstance(value, bool):
            value = yes_no(value, "en" if self.english else "ru")
        if isinstance(value, date):
            cell = TableCell(
                valuetype="date", datevalue=value.isoformat(), stylename=self.date_cell
            )
            shown = value.isoformat() if self.english else value.strftime("%d.%m.%Y")
            cell.addElement(P(text=shown))
            return cell
        if isinstance(value, int | float | Decimal):
            cell = TableCell(valuetype="float", value=str(value))
            if number_style is not None:
                cell.setAttribute("stylename", number_style)
            cell.addElement(P(text=str(value)))
            return cell
        # Always a string cell: ODS has no way to turn it into a formula.
        cell = TableCell(valuetype="string")
        # Characters XML 1.0 cannot hold would stand in the cell as «�», and a «\r» comes
        # back as a second line break.
        text = plain_text(str(value))
        for line in text.split("\n"):
            cell.addElement(P(text=line))
        return cell

    def save(self, path: Path) -> None:
        for table in self.tables:
            self.document.spreadsheet.addElement(table)
        with path.open("wb") as file:
            self.document.write(file)
