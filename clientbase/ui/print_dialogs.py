"""The few choices a printout needs before it is made: a title and page turn, a month, a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbase.reports.client_list import fits_portrait
from clientbase.ui.dialog_parts import ok_cancel, stack
from clientbase.ui.formatting import date_format, from_qdate, to_qdate
from clientbase.ui.labels import month_names

# With more columns than this the list is printed across the page by default.


class ListPrintDialog(QDialog):
    def __init__(self, columns: int, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print client list"))
        self.title = QLineEdit(self.tr("Client list"))
        self.title.setObjectName("title")
        self.portrait = QRadioButton(self.tr("Portrait"))
        self.landscape = QRadioButton(self.tr("Landscape"))
        (self.portrait if fits_portrait(columns) else self.landscape).setChecked(True)
        turn = QVBoxLayout()
        turn.addWidget(self.portrait)
        turn.addWidget(self.landscape)
        self.only_selected = QCheckBox(self.tr("Only the %n selected client(s)", "", selected))
        self.only_selected.setVisible(selected > 1)
        self.only_selected.setChecked(selected > 1)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Page:"), turn)
        form.addRow("", self.only_selected)
        stack(self, form, ok_cancel(self, self.tr("Preview")))


class MonthDialog(QDialog):
    """Which month's birthdays to print."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print birthdays"))
        self.month = QComboBox()
        self.month.addItems(month_names())
        self.month.setCurrentIndex(today.month - 1)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(today.year)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Year:"), self.year)
        stack(self, form, ok_cancel(self, self.tr("Preview")))

    def period(self) -> tuple[date, date]:
        year, month = self.year.value(), self.month.currentIndex() + 1
        end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date(year, month, 1), end


class DayDialog(QDialog):
    """Which day's calls to print."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print call list"))
        self.day = QDateEdit(to_qdate(today))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        stack(self, form, ok_cancel(self, self.tr("Preview")))

    def chosen(self) -> date:
        value: QDate = self.day.date()
        return from_qdate(value)
