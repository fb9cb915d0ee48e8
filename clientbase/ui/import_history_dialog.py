"""The list of past imports, each of which can be taken back as a whole."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import OperationCancelled
from clientbase.services.import_batches import import_history
from clientbase.services.import_undo import later_work, undo_import
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.formatting import format_datetime
from clientbase.ui.labels import import_source
from clientbase.ui.record_tab import RecordIdRole


class ImportHistoryDialog(QDialog):
    undone = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Import history"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"), self.tr("File"), self.tr("New"), self.tr("Merged"),
                # Found in the base and brought nothing new: the same sheet imported again.
                self.tr("Unchanged"),
                # What a sales book brings, which the clients' counts do not show.
                self.tr("Purchases"), self.tr("State"),
            ]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The file's name takes what is left; the others are as wide as what they show, so a
        # time of import is not wrapped and cut off under its date.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.undo_button)
        layout.addWidget(buttons)
        self.resize(820, 400)
        self.reload()

    def reload(self) -> None:
        batches = import_history(self.workspace.db)
        self.table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            state = (
                self.tr("undone %1").replace("%1", format_datetime(batch.undone_at))
                if batch.undone_at
                else self.tr("in the base")
            )
            values = [
                format_datetime(batch.imported_at),
                import_source(batch.file_name, batch.sheet),
                str(batch.counts.get("new", 0)),
                self._merged(batch.counts),
                str(batch.counts.get("unchanged", 0)),
                str(batch.counts.get("purchases", 0)),
                state,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(RecordIdRole, batch.id if batch.undone_at is None else None)
                self.table.setItem(row, column, item)
        self.undo_button.setEnabled(bool(batches))

    def _merged(self, counts: dict[str, int]) -> str:
        """«12», or «12 (3 updated)» where the file's values replaced the cards' (an update)."""
        merged, updated = counts.get("merge", 0), counts.get("update", 0)
        if not updated:
            return str(merged)
        return self.tr("%1 (%2 updated)").replace("%1", str(merged)).replace("%2", str(updated))

    def undo_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        batch_id = item.data(RecordIdRole) if item is not None else None
        if batch_id is None:
            return
        db = self.workspace.db
        try:
            worked_on = run_with_progress(
                self, self.tr("Looking at the import…"), lambda p: later_work(db, batch_id, p)
            )
        except OperationCancelled:
            return
        keep: list[int] = []
        if worked_on:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                self.tr(
                    "%n client(s) of this import were worked on after it: a card edited, or "
                    "purchases, calls or reminders added. Undoing the whole import would "
                    "remove them or give them back their old cards, and that work with them.",
                    "",
                    len(worked_on),
                ),
                parent=self,
            )
            keep_button = box.addButton(
                self.tr("Undo, keep those clients"), QMessageBox.ButtonRole.AcceptRole
            )
            all_button = box.addButton(
                self.tr("Undo all the same"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(keep_button)
            box.exec()
            if box.clickedButton() is keep_button:
                keep = worked_on
            elif box.clickedButton() is not all_button:
                return
        else:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Undo this import? The clients it added are removed and the clients it "
                    "merged get back their cards as they were before it."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        settings = self.workspace.settings
        try:
            run_with_progress(
                self,
                self.tr("Undoing the import…"),
                lambda p: undo_import(db, settings, batch_id, keep=keep, progress=p),
            )
        except OperationCancelled:
            return  # the undo's transaction was rolled back: the import stays
        self.reload()
        self.undone.emit()
