"""The main window: the clients table with search and filters, menus, toolbar and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbase.services.client_query import ArchiveFilter, count_clients
from clientbase.services.workspace import Workspace
from clientbase.ui.about import show_about
from clientbase.ui.backup_controls import BackupControls
from clientbase.ui.client_card import ClientCard
from clientbase.ui.clients_model import COLUMNS, ClientsModel
from clientbase.ui.dashboard_window import DashboardWindow, read_rules
from clientbase.ui.documents_dialog import DocumentsDialog
from clientbase.ui.empty_base_hint import EmptyBaseHint
from clientbase.ui.export_controls import ExportControls
from clientbase.ui.filter_bar import FilterBar
from clientbase.ui.icons import icon_toolbar
from clientbase.ui.idle_lock import IdleLock
from clientbase.ui.import_controls import ImportControls
from clientbase.ui.preferences import LANGUAGE_KEY, language, save_settings
from clientbase.ui.print_controls import PrintControls
from clientbase.ui.privacy_dialogs import PrivacyDialog
from clientbase.ui.reminder_controls import ReminderControls
from clientbase.ui.server_controls import ServerControls, refresh_seconds
from clientbase.ui.settings_dialog import Preferences, SettingsDialog

# Columns hidden until the user asks for them: the table opens uncluttered.
HIDDEN_BY_DEFAULT = {8, 9}


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    open_demo_requested = Signal()
    restore_requested = Signal(str, str)
    closed = Signal()

    def __init__(self, workspace: Workspace, settings: QSettings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or QSettings()
        self.model = ClientsModel(workspace, self)
        self.model.loaded.connect(self._list_loaded)
        self.model.modelAboutToBeReset.connect(self._before_reset)

        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filters)

        self.table = QTableView()
        self.table.setObjectName("clients")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.setAcceptDrops(True)
        self.empty_hint = EmptyBaseHint(self.table)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.backups = BackupControls(self, workspace, self.settings)
        self.imports = ImportControls(self, workspace, self.refresh, self.settings)
        self.exports = ExportControls(
            self,
            workspace,
            self.model,
            self.selected_ids,
            lambda: self.prints.visible_columns(),
            self._current_cell,
            self.settings,
        )
        self.prints = PrintControls(
            self, workspace, self.settings, self.model, self.table, self.filters, self.selected_ids
        )
        self.filters.segment_rules = read_rules(self.settings)
        self.dashboard: DashboardWindow | None = None
        self.idle_lock = IdleLock(self, workspace.db)
        self.reminders = ReminderControls(
            self, workspace, self.settings, self.selected_ids, self._open_card
        )
        self.today = self.reminders.today
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.today)
        # Shown by the panel itself once it has read what is due; until then it waits.
        self.today.hide()
        self.backups.restore_requested.connect(self.restore_requested)
        self.server = ServerControls(self, workspace, self.settings, self.refresh)
        self.server.open_requested.connect(self.open_database_requested)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.backups.warning)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)

        self._active = self._archived = 0
        self._keep_selected: list[int] = []
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts)

        self._create_actions()
        self._create_menus()
        self.setWindowTitle(f"{workspace.db.name} — ClientBase")
        self.resize(1280, 760)
        self.reload_choices()
        self._restore_state()
        self.model.set_query(self.filters.query(self.model.query), refresh=False)
        # Turning sorting on asks the model to sort by the remembered column: the first query.
        self._count_base()
        self.table.setSortingEnabled(True)

    # --- actions -----------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list[QKeySequence], slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _table_only(self, *actions: QAction) -> None:
        """Enter, Del, Ctrl+V and Ctrl+C mean «open», «archive», «import the copied rows» and
        «copy these clients» in the table, not while typing a search."""
        for action in actions:
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)

    def _focus_results(self) -> None:
        """Enter in the search box goes to the first client found."""
        if self.model.rowCount():
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _create_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(
            self.tr("&New client"), [key("Ctrl+N"), key(Qt.Key.Key_Insert)], self.new_client
        )
        self.open_action = self._action(
            self.tr("&Open card"),
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)],
            self.open_selected,
        )
        self.archive_action = self._action(
            self.tr("&Archive"), [key(Qt.Key.Key_Delete)], self.archive_selected
        )
        self.restore_action = self._action(
            self.tr("&Restore from archive"), [], self.restore_selected
        )
        self.delete_action = self._action(
            self.tr("Delete permanently…"), [key("Shift+Del")], self.delete_selected
        )
        self.find_action = self._action(
            self.tr("&Find"), [key(key.StandardKey.Find)], self.filters.focus_search
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"), [key(key.StandardKey.Refresh)], self.refresh
        )
        self.reset_filters_action = self._action(self.tr("Reset &filters"), [], self.filters.reset)
        self.open_db_action = self._action(
            self.tr("&Open database…"), [key(key.StandardKey.Open)], self.choose_database
        )
        self.new_db_action = self._action(
            self.tr("New &empty database…"), [], self.choose_new_database
        )
        self.demo_action = self._action(
            self.tr("Open &demo database"), [], self.open_demo_requested.emit
        )
        self.import_action = self.imports.import_action
        self.export_action = self.exports.export_action
        self.mailing_action = self.exports.mailing_action
        self.privacy_action = self._action(self.tr("&Privacy and password…"), [], self.edit_privacy)
        self.import_history_action = self.imports.history_action
        self.quit_action = self._action(self.tr("&Quit"), [key(key.StandardKey.Quit)], self.close)
        self.about_action = self._action(self.tr("&About ClientBase"), [], self.about)
        self.settings_action = self._action(
            self.tr("&Settings…"), [key(key.StandardKey.Preferences), key("Ctrl+,")],
            self.edit_settings,
        )  # fmt: skip
        self.analytics_action = self._action(
            self.tr("&Analytics"), [key("Ctrl+Shift+A")], self.show_dashboard
        )
        self.documents_action = self._action(
            self.tr("Shop details and &templates…"), [], self.edit_documents
        )
        self.paste_action = self.imports.paste_action
        self.imports.take_pasted_lists(self.filters.search)
        self.copy_action = self.exports.copy_action
        self._table_only(
            self.open_action,
            self.archive_action,
            self.delete_action,
            self.paste_action,
            self.copy_action,
        )
        self.filters.search.returnPressed.connect(self._focus_results)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.server.connect_action)
        file_menu.addAction(self.server.move_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.import_history_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.mailing_action)
        file_menu.addAction(self.reminders.ics_action)
        file_menu.addSeparator()
        file_menu.addAction(self.prints.list_action)
        file_menu.addAction(self.prints.birthdays_action)
        file_menu.addAction(self.prints.calls_action)
        file_menu.addAction(self.documents_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addAction(self.backups.settings_action)
        file_menu.addAction(self.backups.check_action)
        file_menu.addAction(self.privacy_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        client_menu = self.menuBar().addMenu(self.tr("&Clients"))
        for action in (
            self.new_action,
            self.open_action,
            None,
            self.archive_action,
            self.restore_action,
            self.delete_action,
        ):
            if action is None:
                client_menu.addSeparator()
            else:
                client_menu.addAction(action)

        client_menu.addSeparator()
        client_menu.addAction(self.reminders.remind_selected_action)
        client_menu.addAction(self.prints.card_action)
        client_menu.addAction(self.copy_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.reminders.calendar_action)
        view_menu.addAction(self.analytics_action)
        view_menu.addAction(self.today.toggleViewAction())
        view_menu.addAction(self.reminders.lead_action)
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.reset_filters_action)
        view_menu.addAction(self.refresh_action)
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        self.addToolBar(
            icon_toolbar(
                self.tr("Main toolbar"),
                [
                    [(self.new_action, "client-new"), (self.open_action, "client-open"),
                     (self.archive_action, "client-archive"),
                     (self.restore_action, "client-restore")],
                    [(self.import_action, "import"), (self.prints.list_action, "print")],
                    [(self.reminders.calendar_action, "calendar"),
                     (self.backups.backup_action, "backup")],
                ],
            )
        )  # fmt: skip

    # --- table -------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_query(self.filters.query(self.model.query))

    def _before_reset(self) -> None:
        # Whatever re-reads the list (filter, sort, edit), the selected clients stay selected.
        if not self._keep_selected:
            self._keep_selected = self.selected_ids()

    def _list_loaded(self) -> None:
        self._select(self._keep_selected)
        self._keep_selected = []
        self._show_counts()
        self._update_actions()

    def refresh(self) -> None:
        self.reload_choices()
        self._count_base()
        self.model.refresh()

    def reload_choices(self) -> None:
        self.filters.set_choices(
            self.workspace.clients.tag_names(), self.workspace.clients.cities()
        )

    def _current_cell(self) -> str:
        current = self.table.currentIndex()
        return str(self.model.data(current) or "") if current.isValid() else ""

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.client_id(row) for row in rows if row < self.model.rowCount()]

    def _select(self, client_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        # Re-selecting row by row is slow in Qt; past a few hundred it is not worth it.
        for position, row in enumerate(self.model.rows_of(client_ids[:200])):
            index = self.model.index(row, 0)
            if position == 0:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
            selection.select(index, flags)

    def _count_base(self) -> None:
        """Recount the base (after a change); filtering only changes what is shown."""
        self._active = count_clients(self.workspace.db)
        self._archived = count_clients(self.workspace.db, archived=True)

    def _show_counts(self) -> None:
        shown, active, archived = self.model.rowCount(), self._active, self._archived
        text = (
            self.tr("Shown: %1 of %2 clients")
            .replace("%1", f"{shown:n}")
            .replace("%2", f"{active:n}")
        )
        if archived:
            text += " · " + self.tr("in archive: %1").replace("%1", f"{archived:n}")
        self.counts.setText(text)
        self.empty_hint.show_for(active + archived)

    def _update_actions(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        in_archive = self.model.query.archive is ArchiveFilter.ARCHIVED
        self.open_action.setEnabled(has_selection)
        self.archive_action.setEnabled(has_selection and not in_archive)
        self.restore_action.setEnabled(
            has_selection and self.model.query.archive is not ArchiveFilter.ACTIVE
        )
        self.delete_action.setEnabled(has_selection)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _fill_columns_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.columns_menu
        menu.clear()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The name column stays: without it the table says nothing.
            action.setEnabled(column != 0)
            action.toggled.connect(
                lambda visible, c=column: header.setSectionHidden(c, not visible)
            )

    # --- client operations -------------------------------------------------------------------

    def new_client(self) -> None:
        self._open_card(None)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open_card(ids[0])

    def _open_card(self, client_id: int | None) -> None:
        card = ClientCard(self.workspace, client_id, self.settings, self)
        card.saved.connect(self._card_saved)
        card.exec()

    def _card_saved(self, client_id: int) -> None:
        self._keep_selected = [client_id]
        self.reload_choices()
        self._count_base()
        self.model.refresh()

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = self.workspace.clients.archive(ids)
        self.refresh()
        self.statusBar().showMessage(self.tr("%n client(s) moved to the archive", "", count), 5000)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = self.workspace.clients.restore(ids)
        self.refresh()
        self.statusBar().showMessage(self.tr("%n client(s) restored", "", count), 5000)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete permanently"),
            self.tr(
                "Delete %n client(s) with their purchases and history for good?\n"
                "Archiving keeps them and can be undone; deleting cannot.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workspace.clients.delete_many(ids)
        self.refresh()

    def export_clients(self) -> None:
        self.exports.export()

    def edit_privacy(self) -> None:
        PrivacyDialog(self.workspace.db, self).exec()
        self.idle_lock.configure()

    # --- databases and help ------------------------------------------------------------------

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self.workspace.db.path.parent if self.workspace.db.path else Path.home()),
            self.tr("ClientBase databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_requested.emit(path)

    def choose_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path.home() / "clientbase.sqlite"),
            self.tr("ClientBase databases (*.sqlite)"),
        )
        if path:
            self.open_database_requested.emit(path)

    def show_dashboard(self) -> DashboardWindow:
        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.workspace, self.settings, self)
            self.dashboard.segment_chosen.connect(self.show_segment)
            self.dashboard.rules_changed.connect(self._rules_changed)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard

    def show_segment(self, segment: str) -> None:
        """A segment clicked in the analytics: the table shows its clients."""
        self.filters.show_segment(segment)
        self.bring_to_front()

    def _rules_changed(self) -> None:
        self.filters.segment_rules = read_rules(self.settings)
        self.apply_filters()

    def edit_documents(self) -> None:
        DocumentsDialog(self.workspace, self).exec()

    def about(self) -> None:
        show_about(self, self.workspace)

    def edit_settings(self) -> None:
        current = Preferences(
            language(self.settings),
            self.workspace.settings,
            self.reminders.birthday_lead_days(),
            refresh_seconds(self.settings),
        )
        location = str(self.workspace.db.path or self.workspace.db.url)
        dialog = SettingsDialog(
            current, location, self.backups.summary, self.workspace.db.path is None, self
        )

        def open_base() -> None:
            dialog.reject()
            self.choose_database()

        def change_backups() -> None:
            self.backups.edit_settings()
            dialog.refresh_backup_summary()

        dialog.open_base_button.clicked.connect(open_base)
        dialog.backup_button.clicked.connect(change_backups)
        if dialog.exec():
            self.apply_preferences(dialog.preferences())

    def apply_preferences(self, chosen: Preferences) -> None:
        self.settings.setValue(LANGUAGE_KEY, chosen.language)
        save_settings(self.settings, chosen.data)
        self.workspace.use_settings(chosen.data)
        self.reminders.set_birthday_lead(chosen.birthday_lead_days)
        self.server.apply_refresh(chosen.refresh_seconds)
        self.refresh()  # sums in the new currency

    # --- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = self.table.horizontalHeader()
        state = self.settings.value("window/columns")
        restored = isinstance(state, QByteArray) and header.restoreState(state)
        if not restored:
            widths = [280, 150, 210, 140, 110, 100, 120, 90, 120, 100]
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
                header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
        if not restored or not 0 <= header.sortIndicatorSection() < len(COLUMNS):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.filters.restore(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/columns", self.table.horizontalHeader().saveState())
        self.filters.save(self.settings)
        self.settings.sync()

    # A sheet dragged from Explorer onto the window opens the import wizard on it.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.dropped(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.idle_lock.stop()
        self.reminders.stop()
        self.backups.backup_on_exit()
        super().closeEvent(event)
        self.closed.emit()

    def bring_to_front(self) -> None:
        """Another start asked for this base: show this window instead of a second one."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
