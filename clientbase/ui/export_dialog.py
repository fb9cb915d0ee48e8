"""What an export holds: which clients, which columns, the purchases sheet, CSV's form."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientbase.services.exporting import CSV_DELIMITERS, CSV_ENCODINGS, CsvOptions, ExportFormat
from clientbase.ui.dialog_parts import ok_cancel, stack
from clientbase.ui.formatting import locale_language
from clientbase.ui.labels import encoding_name


class Scope(StrEnum):
    TABLE = "table"  # the table's list: its filter and its order
    SELECTED = "selected"
    ALL = "all"  # every active client, whatever the filter


@dataclass(frozen=True)
class ExportChoice:
    scope: Scope
    table_columns: bool
    with_purchases: bool
    csv: CsvOptions
    open_after: bool = False


class ExportDialog(QDialog):
    def __init__(
        self,
        fmt: ExportFormat,
        listed: int,
        selected: int,
        mailing_list: bool = False,
        parent: QWidget | None = None,
        open_after: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Export mailing list") if mailing_list else self.tr("Export clients")
        )
        self.scopes = QButtonGroup(self)
        self.scope_buttons: dict[Scope, QRadioButton] = {
            Scope.TABLE: QRadioButton(self.tr("The table's list: %n client(s)", "", listed)),
            Scope.SELECTED: QRadioButton(self.tr("The %n selected client(s)", "", selected)),
            Scope.ALL: QRadioButton(self.tr("All clients of the base, whatever the filter")),
        }
        clients = QVBoxLayout()
        for scope, button in self.scope_buttons.items():
            button.setObjectName(f"scope_{scope.value}")
            self.scopes.addButton(button)
            clients.addWidget(button)
        self.scope_buttons[Scope.SELECTED].setVisible(selected > 1)
        self.scope_buttons[Scope.SELECTED if selected > 1 else Scope.TABLE].setChecked(True)

        self.every_field = QRadioButton(self.tr("Every field (the file imports back)"))
        self.table_columns = QRadioButton(self.tr("The table's columns, as shown"))
        self.every_field.setChecked(True)
        columns = QVBoxLayout()
        columns.addWidget(self.every_field)
        columns.addWidget(self.table_columns)
        # A vCard has its own fields: the choice of columns means nothing there.
        for button in (self.every_field, self.table_columns):
            button.setVisible(fmt is not ExportFormat.VCF)
        self.every_field.setObjectName("every_field")
        self.table_columns.setObjectName("table_columns")

        self.offers_purchases = fmt in (ExportFormat.XLSX, ExportFormat.ODS) and not mailing_list
        self.with_purchases = QCheckBox(self.tr("Purchases on a second sheet"))
        self.with_purchases.setChecked(True)

        self.delimiter = QComboBox()
        delimiter_names = {
            ";": self.tr("Semicolon ; (Excel in Russia)"),
            ",": self.tr("Comma ,"),
            "\t": self.tr("Tab"),
        }
        for delimiter in CSV_DELIMITERS:
            self.delimiter.addItem(delimiter_names[delimiter], delimiter)
        # The file's columns are named in the window's language, and English Excel splits a
        # CSV at commas.
        if locale_language() == "en":
            self.delimiter.setCurrentIndex(CSV_DELIMITERS.index(","))
        self.encoding = QComboBox()
        for encoding in CSV_ENCODINGS:
            self.encoding.addItem(encoding_name(encoding), encoding)

        # A shop exports to look at the list, print it or send it: Excel opens it at once.
        # (A .vcf would open the system's contacts import instead.)
        self.open_after = QCheckBox(self.tr("Open the file when it is written"))
        self.open_after.setChecked(open_after)
        self.open_after.setVisible(fmt is not ExportFormat.VCF)

        form = QFormLayout()
        form.addRow(self.tr("Clients:"), clients)
        if fmt is not ExportFormat.VCF:
            form.addRow(self.tr("Columns:"), columns)
        if self.offers_purchases:
            form.addRow("", self.with_purchases)
        else:
            self.with_purchases.hide()
        if fmt is ExportFormat.CSV:
            form.addRow(self.tr("Separator:"), self.delimiter)
            form.addRow(self.tr("Encoding:"), self.encoding)
        if fmt is not ExportFormat.VCF:
            form.addRow("", self.open_after)
        stack(self, form, ok_cancel(self, self.tr("Export")))

    def choice(self) -> ExportChoice:
        scope = next(s for s, b in self.scope_buttons.items() if b.isChecked())
        return ExportChoice(
            scope=scope,
            table_columns=self.table_columns.isChecked(),
            with_purchases=self.offers_purchases and self.with_purchases.isChecked(),
            csv=CsvOptions(self.delimiter.currentData(), self.encoding.currentData()),
            open_after=not self.open_after.isHidden() and self.open_after.isChecked(),
        )
