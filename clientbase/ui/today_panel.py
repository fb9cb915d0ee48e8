"""The «Today» panel beside the clients table: overdue, today, and the next days."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbase.services.calendar import CalendarItem, DueSummary, due_summary
from clientbase.services.workspace import Workspace
from clientbase.ui.calendar_window import BIRTHDAY_COLOUR, ITEM_ROLE, item_text
from clientbase.ui.formatting import day_and_month
from clientbase.ui.reminder_actions import ReminderButtons

DAYS_AHEAD = 7
SECTION_SHOWN = 100


class TodayPanel(QDockWidget):
    changed = Signal()
    open_client = Signal(int)
    calendar_requested = Signal()

    def __init__(
        self, workspace: Workspace, birthday_lead_days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("today_panel")
        self.setWindowTitle(self.tr("Today"))
        self.workspace = workspace
        self.birthday_lead_days = birthday_lead_days
        self.summary = DueSummary([], [], [])
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(6)
        self.tree.setColumnWidth(0, 96)
        self.tree.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_current_client())
        self.actions_ = ReminderButtons(self, workspace, self.current_item, self._after_change)
        self.done_button = self.actions_.done_button
        self.later_button = self.actions_.later_button
        calendar_button = QPushButton(self.tr("Calendar"))
        calendar_button.clicked.connect(self.calendar_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch()
        buttons.addWidget(calendar_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(300)
        # The first read waits until the main window is painted, so it never delays the
        # start; then the panel shows itself if something is due.
        self._first_load = QTimer(self)
        self._first_load.setSingleShot(True)
        self._first_load.setInterval(0)
        self._first_load.timeout.connect(self._load_at_start)
        self._first_load.start()
        self.ready = False

    def _load_at_start(self) -> None:
        self.reload()
        self.ready = True
        self.setVisible(self.summary.count_due > 0)

    def reload(self) -> None:
        now = datetime.now()
        self.summary = due_summary(self.workspace.db, now, DAYS_AHEAD, self.birthday_lead_days)
        self.tree.clear()
        summary = self.summary
        sections = (
            (self.tr("Overdue"), summary.overdue, summary.overdue_total, QColor("#b00020")),
            (self.tr("Today"), summary.today, len(summary.today), None),
            (
                self.tr("Next %n day(s)", "", DAYS_AHEAD),
                summary.upcoming,
                len(summary.upcoming),
                None,
            ),
        )
        for title, items, total, colour in sections:
            heading = QTreeWidgetItem(self.tree, [f"{title} ({total})"])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            if colour is not None and items:
                heading.setForeground(0, colour)
            # A panel is for the first things to do; the calendar lists the rest.
            for item in items[:SECTION_SHOWN]:
                self._add(heading, item, now)
            heading.setExpanded(True)
        self._update_buttons()

    def _add(self, heading: QTreeWidgetItem, item: CalendarItem, now: datetime) -> None:
        if item.is_birthday:
            when = day_and_month(item.day)
        elif item.day == now.date():
            when = item.when.strftime("%H:%M")
        else:
            when = f"{day_and_month(item.day)} {item.when:%H:%M}"
        text = item_text(item)
        if item.client_name and not item.is_birthday:
            text += f" — {item.client_name}"
        row = QTreeWidgetItem(heading, [when, text])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(1, text)
        if item.is_birthday:
            row.setForeground(1, BIRTHDAY_COLOUR)

    def current_item(self) -> CalendarItem | None:
        row = self.tree.currentItem()
        value = row.data(0, ITEM_ROLE) if row is not None else None
        return value if isinstance(value, CalendarItem) else None

    def _update_buttons(self) -> None:
        self.actions_.update()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def open_current_client(self) -> None:
        item = self.current_item()
        if item is not None and item.client_id is not None:
            self.open_client.emit(item.client_id)
