"""The clients table's Qt model: ordered ids from the services, rows read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from clientbase.db.enums import ClientKind
from clientbase.services.client_query import (
    NUMERIC_COLUMNS,
    TABLE_COLUMNS,
    ClientQuery,
    ClientRow,
    SortKey,
    find_client_ids,
    load_rows,
)
from clientbase.services.workspace import Workspace
from clientbase.ui.formatting import format_date, format_money, shown_birthday
from clientbase.ui.labels import label

PAGE_SIZE = 200
# Rows read before the table is first painted; more than any screen shows.
FIRST_SCREEN = 100
# Pages kept in memory; scrolling far away drops the oldest instead of growing without end.
MAX_PAGES = 50

ClientIdRole = Qt.ItemDataRole.UserRole + 1

COLUMNS = TABLE_COLUMNS


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    ClientIdRole,
}


@dataclass(frozen=True)
class _Page:
    rows: list[ClientRow]
    texts: list[list[str] | None]


def column_title(key: SortKey) -> str:
    titles = {
        SortKey.NAME: QCoreApplication.translate("ClientsModel", "Name"),
        SortKey.PHONE: QCoreApplication.translate("ClientsModel", "Phone"),
        SortKey.EMAIL: QCoreApplication.translate("ClientsModel", "E-mail"),
        SortKey.CITY: QCoreApplication.translate("ClientsModel", "City"),
        SortKey.STATUS: QCoreApplication.translate("ClientsModel", "Status"),
        SortKey.BIRTHDAY: QCoreApplication.translate("ClientsModel", "Birthday"),
        SortKey.TOTAL_SPENT: QCoreApplication.translate("ClientsModel", "Total spent"),
        SortKey.PURCHASE_COUNT: QCoreApplication.translate("ClientsModel", "Purchases"),
        SortKey.LAST_PURCHASE: QCoreApplication.translate("ClientsModel", "Last purchase"),
        SortKey.CREATED: QCoreApplication.translate("ClientsModel", "Added"),
    }
    return titles[key]


class ClientsModel(QAbstractTableModel):
    # The whole list of the current query is known: counts and selections can be read.
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._query = ClientQuery()
        self._ids: list[int] = []
        self._stale = True
        self._complete = True
        # A zero timer fires once the queued events, the repaint among them, are done;
        # QTimer.singleShot(0) would run before the repaint and make the user wait.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._load_rest)
        self._pages: dict[int, _Page] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery, refresh: bool = True) -> None:
        self._query = query
        self._stale = True
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        """Read the ids again (after an edit, a filter or a sort) and drop the cached pages.

        The first screen is read at once with LIMIT and shown; the full list follows on the
        turn of the event loop after the repaint, so a search that matches 10,000 clients
        shows its first rows as fast as one that matches ten. A newer refresh cancels it.
        """
        self._rest.stop()
        self.beginResetModel()
        self._stale = False
        self._ids = find_client_ids(self.workspace.db, self._query, limit=FIRST_SCREEN)
        self._pages.clear()
        self.endResetModel()
        self._complete = len(self._ids) < FIRST_SCREEN
        if self._complete:
            self.loaded.emit()
        else:
            self._rest.start()

    @property
    def is_complete(self) -> bool:
        return self._complete

    def finish_loading(self) -> None:
        """Read the rest of the list now instead of on the next turn of the event loop."""
        self._rest.stop()
        self._load_rest()

    def _load_rest(self) -> None:
        if self._complete:
            return
        ids = find_client_ids(self.workspace.db, self._query)
        self._complete = True
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            # The base changed in between (another window saved a client): start over.
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        elif len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.loaded.emit()

    def client_id(self, row: int) -> int:
        return self._ids[row]

    def rows_of(self, client_ids: list[int]) -> list[int]:
        """The rows of these clients, in the table's order; absent ones are left out.

        One pass over the list, however many are asked for (a selection can be hundreds).
        """
        wanted = set(client_ids)
        if not wanted:
            return []
        return [row for row, client_id in enumerate(self._ids) if client_id in wanted]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = replace(
            self._query,
            sort=COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        # The view may ask twice for one click (indicator change, then sortByColumn).
        if query != self._query or self._stale:
            self.set_query(query)

    def row(self, row: int) -> ClientRow | None:
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page.rows[offset] if offset < len(page.rows) else None

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            start = number * PAGE_SIZE
            rows = load_rows(self.workspace.db, self._ids[start : start + PAGE_SIZE])
            page = self._pages[number] = _Page(rows, [None] * len(rows))
        return page

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        number, offset = divmod(index.row(), PAGE_SIZE)
        page = self._page(number)
        if offset >= len(page.rows):
            return None
        column = index.column()
        row = page.rows[offset]
        if role == Qt.ItemDataRole.DisplayRole:
            # Formatted once per row: a repaint asks for every visible cell several times.
            texts = page.texts[offset]
            if texts is None:
                texts = page.texts[offset] = [self._display(row, key) for key in COLUMNS]
            return texts[column]
        key = COLUMNS[column]
        if role == ClientIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key is SortKey.NAME and row.is_vip:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and key is SortKey.NAME:
            kind = label(row.kind) if row.kind is ClientKind.COMPANY else ""
            vip = QCoreApplication.translate("ClientsModel", "VIP") if row.is_vip else ""
            return " · ".join(part for part in (row.display_name, kind, vip) if part)
        return None

    def _display(self, row: ClientRow, key: SortKey) -> str:
        match key:
            case SortKey.NAME:
                return ("★ " if row.is_vip else "") + row.display_name
            case SortKey.PHONE:
                return row.phone
            case SortKey.EMAIL:
                return row.email
            case SortKey.CITY:
                return row.city
            case SortKey.STATUS:
                return label(row.status)
            case SortKey.BIRTHDAY:
                return shown_birthday(row.birthday)
            case SortKey.TOTAL_SPENT:
                return format_money(row.total_spent, self.workspace.settings.currency)
            case SortKey.PURCHASE_COUNT:
                return str(row.purchase_count)
            case SortKey.LAST_PURCHASE:
                return format_date(row.last_purchase)
            case SortKey.CREATED:
                return format_date(row.created_at.date())
        return ""
