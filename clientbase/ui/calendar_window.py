"""The calendar: a month grid marked with reminders and birthdays, and the day, week and agenda."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbase.db.enums import ReminderKind
from clientbase.services.calendar import CalendarItem, DayMarks, items_between, marks_between
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from clientbase.ui.formatting import format_date, from_qdate, to_qdate
from clientbase.ui.labels import translate
from clientbase.ui.reminder_actions import ReminderButtons, edit_reminder

GRID_DAYS = 42
AGENDA_DAYS = 30
REMINDER_COLOUR = QColor("#1565c0")
BIRTHDAY_COLOUR = QColor("#d84315")
ITEM_ROLE = Qt.ItemDataRole.UserRole


def item_text(item: CalendarItem, with_name: bool = True) -> str:
    """One line for a reminder or a birthday, in the interface language.

    Lists with a client column leave a client's own name out of a birthday's line.
    """
    if not item.is_birthday:
        return item.title
    name = item.person or item.client_name
    if with_name or item.person:
        if item.age is None:
            text = translate("Calendar", "Birthday: %1").replace("%1", name)
        else:
            text = translate("Calendar", "Birthday: %1, %2 years").replace("%1", name)
            text = text.replace("%2", str(item.age))
    elif item.age is None:
        text = translate("Calendar", "Birthday")
    else:
        text = translate("Calendar", "Birthday, %1 years").replace("%1", str(item.age))
    if item.person and with_name:
        text += f" ({item.client_name})"
    return text


def grid_start(year: int, month: int, first_weekday: int) -> date:
    """The first day the month grid shows, as QCalendarWidget lays it out.

    The grid starts on the week holding the 1st, or a week earlier when the 1st falls on the
    first day of the week: Qt always shows a row of the month before.
    """
    first = date(year, month, 1)
    return first - timedelta(days=(first.isoweekday() - first_weekday) % 7 or 7)


class MarkedCalendar(QCalendarWidget):
    """A month grid with a blue count of reminders and an orange count of birthdays per day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMarks] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumSize(420, 320)

    def set_marks(self, marks: dict[date, DayMarks]) -> None:
        self.marks = marks
        self.updateCells()

    def visible_range(self) -> tuple[date, date]:
        start = grid_start(self.yearShown(), self.monthShown(), self.firstDayOfWeek().value)
        return start, start + timedelta(days=GRID_DAYS)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        marks = self.marks.get(from_qdate(qdate))
        if marks is None:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        height = painter.fontMetrics().height()
        bottom = QRect(rect.left() + 3, rect.bottom() - height - 1, rect.width() - 6, height)
        if marks.reminders:
            painter.setPen(REMINDER_COLOUR)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, f"● {marks.reminders}")
        if marks.birthdays:
            painter.setPen(BIRTHDAY_COLOUR)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, f"♥ {marks.birthdays}")
        painter.restore()


class ItemList(QTreeWidget):
    """Items grouped under their days (or one day without a heading)."""

    def __init__(self, grouped: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grouped = grouped
        self.setHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Client")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setColumnWidth(0, 90 if not grouped else 150)
        self.setColumnWidth(1, 260)

    def show_items(self, items: list[CalendarItem], now: datetime) -> None:
        self.clear()
        parent: QTreeWidget | QTreeWidgetItem = self
        current_day = None
        for item in items:
            if self.grouped and item.day != current_day:
                current_day = item.day
                heading = QTreeWidgetItem(self, [format_date(item.day)])
                heading.setFirstColumnSpanned(True)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setExpanded(True)
                parent = heading
            time_text = "" if item.is_birthday else item.when.strftime("%H:%M")
            row = QTreeWidgetItem(parent, [time_text, item_text(item, False), item.client_name])
            row.setData(0, ITEM_ROLE, item)
            if item.is_birthday:
                row.setForeground(1, BIRTHDAY_COLOUR)
            elif item.when < now:
                row.setForeground(0, QColor("#b00020"))
                row.setToolTip(0, self.tr("overdue"))
        if self.grouped:
            self.expandAll()
        if not items:
            QTreeWidgetItem(self, ["", self.tr("Nothing planned")])

    def current_item(self) -> CalendarItem | None:
        row = self.currentItem()
        value = row.data(0, ITEM_ROLE) if row is not None else None
        return value if isinstance(value, CalendarItem) else None


class CalendarWindow(QWidget):
    """Opened from View → Calendar; changes made here are announced with `changed`."""

    changed = Signal()
    open_client = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Calendar — %1").replace("%1", workspace.db.name))
        self.calendar = MarkedCalendar()
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload_marks())
        self.calendar.selectionChanged.connect(self.reload_lists)
        legend = QLabel(
            self.tr("<span style='color:#1565c0'>● reminders</span> · "
                    "<span style='color:#d84315'>♥ birthdays</span>")
        )  # fmt: skip
        today_button = QPushButton(self.tr("Today"))
        today_button.clicked.connect(self.go_today)
        new_button = QPushButton(self.tr("New reminder…"))
        new_button.clicked.connect(self.new_reminder)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.calendar, 1)
        left_layout.addWidget(legend)
        row = QHBoxLayout()
        row.addWidget(today_button)
        row.addWidget(new_button)
        row.addStretch()
        left_layout.addLayout(row)

        self.day_list = ItemList(grouped=False)
        self.week_list = ItemList(grouped=True)
        self.agenda_list = ItemList(grouped=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.day_list, self.tr("Day"))
        self.tabs.addTab(self.week_list, self.tr("Week"))
        self.tabs.addTab(self.agenda_list, self.tr("Next 30 days"))
        self.tabs.currentChanged.connect(lambda _index: self.reload_lists())
        for tree in self.lists():
            tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_current())
            tree.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        self.actions_ = ReminderButtons(self, workspace, self.current_item, self._after_change)
        self.done_button = self.actions_.done_button
        self.later_button = self.actions_.later_button
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.client_button = QPushButton(self.tr("Open client"))
        self.client_button.clicked.connect(self.open_current_client)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.later_button, self.edit_button, self.client_button):
            buttons.addWidget(button)
        buttons.addStretch()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1060, 560)
        self.reload()

    def lists(self) -> tuple[ItemList, ItemList, ItemList]:
        return self.day_list, self.week_list, self.agenda_list

    def selected_day(self) -> date:
        return from_qdate(self.calendar.selectedDate())

    def go_today(self) -> None:
        self.calendar.setSelectedDate(to_qdate(date.today()))
        self.calendar.showSelectedDate()

    def reload(self) -> None:
        self.reload_marks()
        self.reload_lists()

    def reload_marks(self) -> None:
        start, end = self.calendar.visible_range()
        self.calendar.set_marks(marks_between(self.workspace.db, start, end))

    def reload_lists(self) -> None:
        """Fill the list on show; the others wait until their tab is chosen."""
        day = self.selected_day()
        now = datetime.now()
        tree = self.tabs.currentWidget()
        if tree is self.day_list:
            start, end = day, day + timedelta(days=1)
        elif tree is self.week_list:
            start = day - timedelta(days=day.isoweekday() - 1)
            end = start + timedelta(days=7)
        else:
            start, end = date.today(), date.today() + timedelta(days=AGENDA_DAYS)
        if isinstance(tree, ItemList):
            tree.show_items(items_between(self.workspace.db, start, end), now)
        self._update_buttons()

    def current_item(self) -> CalendarItem | None:
        tree = self.tabs.currentWidget()
        return tree.current_item() if isinstance(tree, ItemList) else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.actions_.update()
        self.edit_button.setEnabled(item is not None and item.reminder_id is not None)
        self.client_button.setEnabled(item is not None and item.client_id is not None)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def new_reminder(self) -> None:
        when = datetime.combine(self.selected_day(), datetime.min.time()).replace(hour=10)
        if edit_reminder(self, self.workspace, None, ReminderInput(when, ReminderKind.CALL, "")):
            self._after_change()

    def edit_current(self) -> None:
        item = self.current_item()
        if (
            item is not None
            and item.reminder_id is not None
            and edit_reminder(self, self.workspace, item.reminder_id)
        ):
            self._after_change()

    def open_current_client(self) -> None:
        item = self.current_item()
        if item is not None and item.client_id is not None:
            self.open_client.emit(item.client_id)
