"""Printing from the main window: the client list of the view, birthdays, calls, a card.

Every printout goes the same way: the export policy is checked (a password asked if the
base wants one), the PDF is made off the GUI thread with a progress bar, the print is
written to the audit log, and the preview opens.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTableView, QWidget

from clientbase.errors import ClientBaseError, OperationCancelled
from clientbase.reports.client_card import write_client_card
from clientbase.reports.client_list import ListOptions, write_client_list
from clientbase.reports.day_lists import write_birthday_list, write_call_list
from clientbase.services.client_query import SortKey
from clientbase.services.printing import allow_print, record_print
from clientbase.services.workspace import Workspace
from clientbase.ui.background import Progress, run_with_progress
from clientbase.ui.clients_model import COLUMNS, ClientsModel
from clientbase.ui.file_places import dated_name, file_name
from clientbase.ui.filter_bar import FilterBar
from clientbase.ui.formatting import locale_language
from clientbase.ui.labels import error_text
from clientbase.ui.print_dialogs import DayDialog, ListPrintDialog, MonthDialog
from clientbase.ui.print_preview import PrintPreview
from clientbase.ui.privacy_dialogs import export_permission

# Makes the PDF at the path given and returns how many rows it holds.
ReportJob = Callable[[Path, Progress], int]


def show_report(
    parent: QWidget,
    workspace: Workspace,
    settings: QSettings,
    title: str,
    name: str,
    job: ReportJob,
) -> PrintPreview | None:
    """Check the policy, make the PDF in the background, log it, open the preview.

    `name` is the file name «Save as PDF» offers and the audit log records: in the
    window's language, as file_places.file_name makes it."""
    allowed, password = export_permission(parent, workspace.db, title)
    if not allowed:
        return None
    folder = Path(tempfile.mkdtemp(prefix="clientbase-print-"))
    path = folder / name

    def make(progress: Progress) -> int:
        allow_print(workspace.db, password)
        rows = job(path, progress)
        record_print(workspace.db, name, rows)
        return rows

    try:
        label = QCoreApplication.translate("Printing", "Preparing the printout…")
        run_with_progress(parent, label, make)
    except OperationCancelled:
        return None
    except ClientBaseError as error:
        QMessageBox.warning(parent, title, error_text(error))
        return None
    preview = PrintPreview(path, title, name, settings, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.destroyed.connect(lambda: _remove(folder))
    preview.show()
    return preview


def client_name(workspace: Workspace, client_id: int) -> str:
    """The client's name for a file name; none for a client deleted meanwhile (the printout
    then says so itself)."""
    try:
        return workspace.clients.get(client_id).display_name
    except ClientBaseError:
        return ""


def _remove(folder: Path) -> None:
    for child in folder.iterdir():
        child.unlink(missing_ok=True)
    folder.rmdir()


class PrintControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: QSettings,
        model: ClientsModel,
        table: QTableView,
        filters: FilterBar,
        selected: Callable[[], list[int]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.model = model
        self.table = table
        self.filters = filters
        self.selected = selected
        self.preview: PrintPreview | None = None
        self.list_action = QAction(self.tr("&Print client list…"), window)
        self.list_action.setShortcut(QKeySequence.StandardKey.Print)
        self.list_action.triggered.connect(lambda: self.print_list())
        self.birthdays_action = QAction(self.tr("Print &birthdays…"), window)
        self.birthdays_action.triggered.connect(lambda: self.print_birthdays())
        self.calls_action = QAction(self.tr("Print &call list…"), window)
        self.calls_action.triggered.connect(lambda: self.print_calls())
        self.card_action = QAction(self.tr("Print client &card"), window)
        self.card_action.triggered.connect(lambda: self.print_card())
        window.addAction(self.list_action)

    @property
    def language(self) -> str:
        return locale_language()

    def visible_columns(self) -> list[SortKey]:
        """The table's shown columns, in the order the person arranged them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [COLUMNS[i] for i in logical if not header.isSectionHidden(i)]

    def print_list(self, dialog: ListPrintDialog | None = None) -> PrintPreview | None:
        columns = self.visible_columns()
        selected = self.selected()
        dialog = dialog or ListPrintDialog(len(columns), len(selected), self.window)
        if not dialog.exec():
            return None
        self.model.finish_loading()
        if dialog.only_selected.isChecked() and len(selected) > 1:
            ids = selected
        else:
            ids = [self.model.client_id(row) for row in range(self.model.rowCount())]
        options = ListOptions(
            columns=columns,
            title=dialog.title.text().strip(),
            subtitle=self.filters.describe(),
            landscape=dialog.landscape.isChecked(),
            language=self.language,
            currency=self.workspace.settings.currency,
        )
        title = options.title or self.tr("Client list")
        return self._show(
            title,
            dated_name(title, ".pdf"),
            lambda path, progress: self._client_list(path, ids, options, progress),
        )

    def _client_list(
        self, path: Path, ids: list[int], options: ListOptions, progress: Progress
    ) -> int:
        write_client_list(self.workspace.db, path, ids, options, progress)
        return len(ids)

    def print_birthdays(self, dialog: MonthDialog | None = None) -> PrintPreview | None:
        dialog = dialog or MonthDialog(date.today(), self.window)
        if not dialog.exec():
            return None
        start, end = dialog.period()
        return self._show(
            self.tr("Birthdays"),
            file_name(f"{self.tr('Birthdays')} {start:%Y-%m}", suffix=".pdf"),
            lambda path, _progress: write_birthday_list(
                self.workspace.db, path, start, end, self.language
            ),
        )

    def print_calls(self, dialog: DayDialog | None = None) -> PrintPreview | None:
        dialog = dialog or DayDialog(date.today(), self.window)
        if not dialog.exec():
            return None
        day = dialog.chosen()
        return self._show(
            self.tr("Call list"),
            dated_name(self.tr("Call list"), ".pdf", day),
            lambda path, _progress: write_call_list(self.workspace.db, path, day, self.language),
        )

    def print_card(self, client_id: int | None = None) -> PrintPreview | None:
        if client_id is None:
            selected = self.selected()
            if not selected:
                return None
            client_id = selected[0]
        chosen = client_id
        return self._show(
            self.tr("Client card"),
            file_name(self.tr("Client card"), client_name(self.workspace, chosen), suffix=".pdf"),
            lambda path, _progress: self._card(path, chosen),
        )

    def _card(self, path: Path, client_id: int) -> int:
        write_client_card(self.workspace, client_id, path, self.language)
        return 1

    def _show(self, title: str, name: str, job: ReportJob) -> PrintPreview | None:
        self.preview = show_report(self.window, self.workspace, self.settings, title, name, job)
        return self.preview
