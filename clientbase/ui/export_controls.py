"""Exports from the main window: the file, the base's export policy, mailing lists, and
clients copied to paste into a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from clientbase.errors import ClientBaseError, OperationCancelled
from clientbase.services.client_query import SortKey
from clientbase.services.exporting import ExportFormat, copied_clients, export_clients
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.clients_model import ClientsModel
from clientbase.ui.export_dialog import ExportDialog, Scope
from clientbase.ui.file_places import dated_name, last_folder, remember_folder
from clientbase.ui.formatting import locale_language
from clientbase.ui.labels import error_text
from clientbase.ui.privacy_dialogs import export_permission

OPEN_AFTER_KEY = "export/open_after"


class ExportControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        model: ClientsModel,
        selected: Callable[[], list[int]],
        visible_columns: Callable[[], list[SortKey]],
        current_cell: Callable[[], str],
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.workspace = workspace
        self.model = model
        self.selected = selected
        self.visible_columns = visible_columns
        self.export_action = QAction(self.tr("&Export clients…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export())
        self.mailing_action = QAction(self.tr("Export &mailing list…"), window)
        self.mailing_action.triggered.connect(lambda: self.export(mailing_list=True))
        window.addAction(self.export_action)
        # Ctrl+C in the clients' table (the window adds it there).
        self.copy_action = QAction(self.tr("Cop&y"), window)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.triggered.connect(self.copy)
        self.current_cell = current_cell

    def export(self, mailing_list: bool = False) -> None:
        """Export the table's list (its filter and order), the selected clients, or all; every
        field or the table's columns; with the options the file's format has."""
        allowed, password = export_permission(
            self.window, self.workspace.db, self.tr("Export clients")
        )
        if not allowed:
            return
        selected = self.selected()
        title = self.tr("Export mailing list") if mailing_list else self.tr("Export clients")
        target = self._choose_file(title, mailing_list)
        if target is None:
            return
        self.model.finish_loading()
        listed = [self.model.client_id(row) for row in range(self.model.rowCount())]
        dialog = ExportDialog(
            ExportFormat(target.suffix.lower().lstrip(".")),
            len(listed),
            len(selected),
            mailing_list,
            self.window,
            open_after=bool(self.settings.value(OPEN_AFTER_KEY, True, bool)),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if not dialog.open_after.isHidden():
            self.settings.setValue(OPEN_AFTER_KEY, choice.open_after)
        ids = {Scope.TABLE: listed, Scope.SELECTED: selected, Scope.ALL: None}[choice.scope]
        columns = self.visible_columns() if choice.table_columns else None
        try:
            count = run_with_progress(
                self.window,
                self.tr("Exporting…"),
                lambda progress: export_clients(
                    self.workspace.db,
                    target,
                    ids=ids,
                    progress=progress,
                    password=password,
                    mailing_list=mailing_list,
                    table_columns=columns,
                    with_purchases=choice.with_purchases,
                    csv_options=choice.csv,
                    language=locale_language(),
                ),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(self.window, title, error_text(error))
            return
        message = self.tr("%n client(s) exported to %1", "", count).replace("%1", target.name)
        offered = len(ids) if ids is not None else count
        if mailing_list and count < offered:
            message += " · " + self.tr(
                "%n client(s) without consent to mailings left out", "", offered - count
            )
        if choice.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            message += " · " + self.tr("no program here opens %1 files").replace(
                "%1", target.suffix
            )
        self.window.statusBar().showMessage(message, 10000)

    def _choose_file(self, title: str, mailing_list: bool) -> Path | None:
        """The file to write, offered in the folder of the last export, named for today,
        in the format chosen last time."""
        job = "mailing" if mailing_list else "export"
        kinds = {
            ".xlsx": self.tr("Excel (*.xlsx)"),
            ".csv": self.tr("CSV for Excel (*.csv)"),
            ".ods": self.tr("LibreOffice (*.ods)"),
            ".vcf": self.tr("Contacts for phones (*.vcf)"),
        }
        suffix = str(self.settings.value(f"{job}/suffix", ".csv" if mailing_list else ".xlsx"))
        suffix = suffix if suffix in kinds else ".xlsx"
        stem = self.tr("Mailing list") if mailing_list else self.tr("Clients")
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(last_folder(self.settings, "export") / dated_name(stem, suffix)),
            ";;".join(kinds.values()),
            kinds[suffix],
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in kinds:
            given = next((s for s, name in kinds.items() if name == chosen), ".xlsx")
            target = target.with_name(target.name + given)
        remember_folder(self.settings, "export", target)
        self.settings.setValue(f"{job}/suffix", target.suffix.lower())
        return target

    def copy(self) -> None:
        """Several clients go as rows with the column names, to paste into a sheet; with
        one, the cell under the cursor (a phone for a messenger), as a table copies it."""
        ids = self.selected()
        if len(ids) > 1:
            self.copy_rows(ids)
        elif text := self.current_cell():
            QGuiApplication.clipboard().setText(text)

    def copy_rows(self, ids: list[int]) -> None:
        """The clients of `ids` to the clipboard, under the table's visible columns, to
        paste into Excel or another table."""
        title = self.tr("Copy clients")
        allowed, password = export_permission(self.window, self.workspace.db, title)
        if not allowed:
            return
        try:
            text = run_with_progress(
                self.window,
                self.tr("Copying…"),
                lambda progress: copied_clients(
                    self.workspace.db,
                    ids,
                    self.visible_columns(),
                    locale_language(),
                    password,
                    progress,
                ),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(self.window, title, error_text(error))
            return
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(
            self.tr("%n client(s) copied: paste them into Excel or another table", "", len(ids)),
            10000,
        )
