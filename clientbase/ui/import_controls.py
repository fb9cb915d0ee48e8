"""File → Import clients, Import from the clipboard and Import history: the wizard on a
file, sheet after sheet, or on rows copied in a spreadsheet."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, QTimer
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from clientbase.services.pasted_table import is_pasted_list, write_pasted
from clientbase.services.workspace import Workspace
from clientbase.ui.file_places import last_folder, remember_folder
from clientbase.ui.import_dialog import ImportDialog, SourceNames
from clientbase.ui.import_history_dialog import ImportHistoryDialog
from clientbase.ui.labels import sheet_label

# In the order the file dialog lists them: spreadsheets first.
_READ = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".xml", ".csv", ".txt", ".tsv", ".vcf",
         ".vcard", ".mdb", ".accdb", ".htm", ".html", ".docx", ".docm", ".odt")  # fmt: skip
IMPORTABLE = frozenset(_READ)
IMPORT_PATTERNS = " ".join(f"*{suffix}" for suffix in _READ)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The files of a drag (from Explorer or another file manager) that the import reads."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMPORTABLE]


class ImportControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        refresh: Callable[[], None],
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.workspace = workspace
        self.refresh = refresh
        self.import_action = QAction(self.tr("&Import clients…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_clients)
        # Ctrl+V in the clients' table (the window adds it there: in the search box, Ctrl+V
        # pastes into the box).
        self.paste_action = QAction(self.tr("Import from the c&lipboard…"), window)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.triggered.connect(self.import_pasted)
        self.history_action = QAction(self.tr("Import &history…"), window)
        self.history_action.triggered.connect(self.show_history)
        window.addAction(self.import_action)

    def import_clients(self) -> None:
        readable = self.tr("Tables, Access bases and contacts")
        anything = self.tr("All files")
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import clients"),
            str(last_folder(self.settings, "import")),
            f"{readable} ({IMPORT_PATTERNS});;{anything} (*)",
        )
        if path:
            remember_folder(self.settings, "import", Path(path))
            self.open_import(Path(path))

    def take_pasted_lists(self, widget: QWidget) -> None:
        """Ctrl+V of copied rows into `widget` (the search box, where the window starts)
        imports them, as in the table: a list of clients is never what one searches for,
        and the box would keep only its first line. A single value pastes as ever."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
            and is_pasted_list(QGuiApplication.clipboard().text())
        ):
            self.import_pasted()
            return True
        return super().eventFilter(watched, event)

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropped(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        # After the drop, not in it: the wizard's own event loop would hold Explorer's drag
        # (on Windows, its window) until the wizard closed.
        QTimer.singleShot(0, lambda: self.import_dropped(paths))

    def import_dropped(self, paths: list[Path]) -> None:
        """The wizard on each file dropped on the window, in turn."""
        for path in paths:
            self.open_import(path)

    def import_pasted(self) -> None:
        """The wizard on the rows copied in Excel, LibreOffice or Google Sheets."""
        text = QGuiApplication.clipboard().text()
        if not is_pasted_list(text):
            QMessageBox.information(
                self.window,
                self.tr("Import from the clipboard"),
                self.tr(
                    "The clipboard holds no list of clients. Select the rows in Excel or "
                    "another table, with the row of column names, copy them (Ctrl+C) and "
                    "paste them here (Ctrl+V)."
                ),
            )
            return
        listed = self.tr("Clipboard")
        source = SourceNames(listed, self.tr("the clipboard", "after «from», «Reading»"))
        # On Windows a file still held (an antivirus scanning it) cannot be removed: left
        # in the temporary folder rather than failing an import that went through.
        with tempfile.TemporaryDirectory(
            prefix="clientbase-", ignore_cleanup_errors=True
        ) as folder:
            self.open_import(write_pasted(text, Path(folder), listed), source=source)

    def open_import(
        self, path: Path, sheet: str | None = None, source: SourceNames | None = None
    ) -> None:
        """The wizard on `path` (on `sheet`, or the first sheet with anything in it); once a
        sheet is imported, the next one that holds a list is offered: a workbook of a
        sheet a month, or an export's «Клиенты» then its «Покупки», need not be picked and
        chosen again. `source` names what was read where it is not the file the person
        chose."""
        source = source or SourceNames.of_file(path)
        first = ImportDialog(self.workspace, path, self.window, sheet, source=source)
        if not first.load_sheet():
            return
        dialog: ImportDialog | None = first
        while dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            counts = dialog.plan.counts() if dialog.plan is not None else {}
            self.window.statusBar().showMessage(
                self.tr("Imported from %1: new clients %2, merged %3, purchases %4.")
                .replace("%1", source.after_from)
                .replace("%2", str(counts.get("new", 0)))
                .replace("%3", str(counts.get("merge", 0)))
                .replace("%4", str(counts.get("purchases", 0))),
                15000,
            )
            dialog = self._next_sheet(path, dialog.later_sheets())
            if dialog is not None and not self._import_next(dialog.sheet.currentData()):
                return

    def _next_sheet(self, path: Path, sheets: list[str]) -> ImportDialog | None:
        """The wizard on the first of these sheets that holds a list, read; None if none
        does, or the person cancelled the reading."""
        for sheet in sheets:
            dialog = ImportDialog(self.workspace, path, self.window, sheet, offered=True)
            if dialog.load_sheet():
                return dialog
            if not dialog.passed_over:
                return None
        return None

    def _import_next(self, sheet: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Import clients"),
            self.tr("The file has another sheet, «%1». Import it too?").replace(
                "%1", sheet_label(sheet)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_history(self) -> None:
        dialog = ImportHistoryDialog(self.workspace, self.window)
        dialog.undone.connect(self.refresh)
        dialog.exec()
