"""A card tab listing one kind of record (purchases, history, reminders) with its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import DatabaseError, ValidationError
from clientbase.ui.labels import database_error_text

RecordIdRole = Qt.ItemDataRole.UserRole + 1


class RecordTab(QWidget):
    """Subclasses fill the table in `reload` and open their dialog in `add` / `edit`."""

    changed = Signal()

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Open"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel()

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch()
        self.buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.setEnabled(client_id is not None)
        self.reload()

    def fill(self, rows: list[tuple[int, list[str]]], right_aligned: tuple[int, ...] = ()) -> None:
        self.table.setRowCount(len(rows))
        for row, (record_id, values) in enumerate(rows):
            for column, value in enumerate(values):
                lines = [line.strip() for line in value.splitlines() if line.strip()]
                # A history entry of several lines («Запись отменена: Педикюр», its price,
                # its master) showed two of them, cut off: on one line, whole on hover.
                item = QTableWidgetItem(" · ".join(lines))
                if len(lines) > 1:
                    item.setToolTip(value)
                item.setData(RecordIdRole, record_id)
                if column in right_aligned:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        has_rows = bool(rows)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(RecordIdRole) if item is not None else None

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.edit(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete the selected record? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(record_id)
            self.reload()
            self.changed.emit()

    def run_dialog(
        self,
        dialog: QDialog,
        save: Callable[[], object],
        show_error: Callable[[ValidationError], None],
    ) -> bool:
        """Show the dialog until what it holds is saved (True) or it is cancelled (False).

        A refused save keeps the dialog open with the reasons shown, so nothing typed is lost.
        """
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                save()
            except ValidationError as error:
                show_error(error)
                continue
            except DatabaseError as error:
                QMessageBox.critical(self, dialog.windowTitle(), database_error_text(error))
                continue
            self.reload()
            self.changed.emit()
            return True
        return False

    def reload(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def edit(self, record_id: int) -> None:
        raise NotImplementedError

    def delete(self, record_id: int) -> None:
        raise NotImplementedError
