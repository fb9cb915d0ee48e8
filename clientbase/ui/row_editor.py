"""A small editable table with Add / Remove buttons, for phones, e-mails, contact persons, items."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

INVALID_BACKGROUND = QColor("#fde2e2")


class RowEditor(QWidget):
    edited = Signal()

    def __init__(
        self,
        headers: list[str],
        add_text: str,
        parent: QWidget | None = None,
        rows: int = 3,
        widths: list[int] | None = None,
    ) -> None:
        """`widths` fixes the width of every column but the first, which takes the rest."""
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        if widths:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column, width in enumerate(widths, start=1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        row_height = self.table.verticalHeader().defaultSectionSize()
        # A fixed height: the lists scroll inside instead of stretching the form around them.
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows * row_height + 4
        )
        self.table.itemChanged.connect(lambda _item: self.edited.emit())

        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_empty_row)
        self.remove_button.clicked.connect(self.remove_current_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_empty_row(self) -> None:
        self.add_row([""] * self.table.columnCount())
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def add_row(self, values: list[str]) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.edited.emit()

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[list[str]]:
        """Every row as text; rows left entirely empty are not returned."""
        result = []
        for row in range(self.table.rowCount()):
            values = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                values.append(item.text().strip() if item else "")
            if any(values):
                result.append(values)
        return result

    def mark_invalid(self, row: int, column: int, message: str) -> None:
        """Paint a refused cell; `row` counts only the non-empty rows, as rows() does."""
        table_row = self._table_row(row)
        if table_row < 0:
            return
        item = self.table.item(table_row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(table_row, column, item)
        self.table.blockSignals(True)
        item.setBackground(QBrush(INVALID_BACKGROUND))
        item.setToolTip(message)
        self.table.blockSignals(False)

    def clear_marks(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        self.table.blockSignals(False)

    def _table_row(self, filled_row: int) -> int:
        seen = -1
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
            if any(cell is not None and cell.text().strip() for cell in cells):
                seen += 1
                if seen == filled_row:
                    return row
        return -1
