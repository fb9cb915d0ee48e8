"""The search box and filter controls above the clients table."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientbase.db.enums import ClientStatus
from clientbase.services.client_query import ArchiveFilter, ClientQuery, ConsentFilter
from clientbase.services.segments import (
    ABC_SEGMENTS,
    FREQUENCY_SEGMENTS,
    RFM_SEGMENTS,
    Segment,
    SegmentRules,
)
from clientbase.ui.labels import label, month_names, segment_label

# The search runs in a few milliseconds; the pause only spares work while a name is typed fast.
TYPING_PAUSE_MS = 120

# (days, bought within them?) for the purchases filter; None is «any».
PURCHASE_PERIODS: list[tuple[int, bool] | None] = [
    None,
    (30, True),
    (90, True),
    (365, True),
    (90, False),
    (180, False),
    (365, False),
]


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, phone, e-mail, city, notes…"))

        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in ClientStatus:
            self.status.addItem(label(status), status.value)

        self.vip = QCheckBox(self.tr("VIP only"))

        self.segment = QComboBox()
        self.segment.setObjectName("segment")
        self.segment.addItem(self.tr("Any segment"), None)
        for group in (ABC_SEGMENTS, RFM_SEGMENTS, FREQUENCY_SEGMENTS, (Segment.CHURNED,)):
            self.segment.insertSeparator(self.segment.count())
            for segment in group:
                self.segment.addItem(segment_label(segment), segment.value)
        # The shop's own churn and regularity rules, set from the analytics window.
        self.segment_rules = SegmentRules()

        self.tag = QComboBox()
        self.city = QComboBox()
        self.set_choices([], [])

        self.birthday = QComboBox()
        self.birthday.addItem(self.tr("Any birthday"), None)
        for number, name in enumerate(month_names(), start=1):
            self.birthday.addItem(self.tr("Birthday in %1").replace("%1", name), number)

        self.purchases = QComboBox()
        for period in PURCHASE_PERIODS:
            self.purchases.addItem(self._period_text(period), period)

        self.consent = QComboBox()
        self.consent.setObjectName("consent")
        self.consent.addItem(self.tr("Any consent"), ConsentFilter.ANY.value)
        self.consent.addItem(self.tr("Agreed to mailings"), ConsentFilter.GIVEN.value)
        self.consent.addItem(self.tr("No mailing consent"), ConsentFilter.MISSING.value)

        self.archive = QComboBox()
        self.archive.addItem(self.tr("Active clients"), ArchiveFilter.ACTIVE.value)
        self.archive.addItem(self.tr("Archive"), ArchiveFilter.ARCHIVED.value)
        self.archive.addItem(self.tr("Active and archive"), ArchiveFilter.ALL.value)

        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Reset filters"))
        self.reset_button.clicked.connect(self.reset)

        # The search box gets a row of its own: it is what people use most.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        # Which clients (working or archived) sits by the search: it changes the whole list.
        search_row.addWidget(self.archive)
        search_row.addWidget(self.reset_button)
        filter_row = QHBoxLayout()
        for widget in (
            self.segment,
            self.status,
            self.vip,
            self.tag,
            self.city,
            self.birthday,
            self.purchases,
            self.consent,
        ):
            filter_row.addWidget(widget)
        # The lists share the row's width instead of each taking its longest item's: the row
        # then fits beside the Today panel on a 1366-pixel screen (a long choice is elided).
        for combo in (
            self.segment,
            self.status,
            self.tag,
            self.city,
            self.birthday,
            self.purchases,
            self.consent,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._apply_now)
        for combo in (
            self.segment,
            self.status,
            self.tag,
            self.city,
            self.birthday,
            self.purchases,
            self.consent,
            self.archive,
        ):
            combo.currentIndexChanged.connect(self.changed)
        self.vip.toggled.connect(self.changed)

    def _period_text(self, period: tuple[int, bool] | None) -> str:
        if period is None:
            return self.tr("Any purchases")
        days, bought = period
        if bought:
            return self.tr("Bought in the last %n day(s)", "", days)
        return self.tr("No purchases for %n day(s)", "", days)

    def _apply_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Apply typed text at once (used by tests and before reading the query)."""
        if self._typing.isActive():
            self._apply_now()

    def set_choices(self, tags: list[str], cities: list[str]) -> None:
        """Fill the tag and city lists from the base, keeping what was chosen."""
        for combo, everything, values in (
            (self.tag, self.tr("Any tag"), tags),
            (self.city, self.tr("Any city"), cities),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def query(self, base: ClientQuery) -> ClientQuery:
        """The query these controls describe, keeping the sort order of `base`."""
        status = self.status.currentData()
        segment = self.segment.currentData()
        period = self.purchases.currentData()
        purchased_since = not_purchased_since = None
        if period is not None:
            days, bought = period
            since = date.today() - timedelta(days=days)
            if bought:
                purchased_since = since
            else:
                not_purchased_since = since
        return ClientQuery(
            search=self.search.text(),
            status=ClientStatus(status) if status else None,
            vip_only=self.vip.isChecked(),
            tag=self.tag.currentData() or "",
            city=self.city.currentData() or "",
            birthday_month=self.birthday.currentData(),
            purchased_since=purchased_since,
            not_purchased_since=not_purchased_since,
            archive=ArchiveFilter(self.archive.currentData()),
            consent=ConsentFilter(self.consent.currentData()),
            segment=Segment(segment) if segment else None,
            segment_rules=self.segment_rules,
            sort=base.sort,
            descending=base.descending,
        )

    def show_segment(self, segment: str) -> None:
        """Show only the clients of `segment`, with the other filters cleared."""
        self.blockSignals(True)
        self.reset()
        if segment == Segment.VIP.value:
            self.vip.setChecked(True)
        else:
            self.segment.setCurrentIndex(max(self.segment.findData(segment), 0))
        self.blockSignals(False)
        self.changed.emit()

    def describe(self) -> str:
        """The filters in force, in words, for the heading of a printed list."""
        parts = []
        if self.search.text().strip():
            parts.append(self.tr("Search: «%1»").replace("%1", self.search.text().strip()))
        for combo in (self.segment, self.status, self.tag, self.city, self.birthday,
                      self.purchases, self.consent, self.archive):  # fmt: skip
            if combo.currentIndex() > 0:
                parts.append(combo.currentText())
        if self.vip.isChecked():
            parts.append(self.vip.text())
        return "; ".join(parts) or self.tr("All clients")

    def reset(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        self._typing.stop()
        for combo in (
            self.segment, self.status, self.tag, self.city, self.birthday, self.purchases,
            self.consent,
        ):  # fmt: skip
            combo.setCurrentIndex(0)
        self.archive.setCurrentIndex(0)
        self.vip.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()

    def save(self, settings: QSettings) -> None:
        settings.setValue("filters/search", self.search.text())
        for name, combo in self._fixed_combos().items():
            settings.setValue(f"filters/{name}", combo.currentIndex())
        # Tags and cities come from the base, so they are remembered by name, not position.
        settings.setValue("filters/tag", self.tag.currentData() or "")
        settings.setValue("filters/city", self.city.currentData() or "")
        settings.setValue("filters/vip", self.vip.isChecked())

    def restore(self, settings: QSettings) -> None:
        self.blockSignals(True)
        self.search.setText(str(settings.value("filters/search", "")))
        self._typing.stop()
        for name, combo in self._fixed_combos().items():
            index = _int(settings.value(f"filters/{name}", 0))
            combo.setCurrentIndex(index if 0 <= index < combo.count() else 0)
        for name, combo in (("tag", self.tag), ("city", self.city)):
            combo.setCurrentIndex(
                max(combo.findData(str(settings.value(f"filters/{name}", ""))), 0)
            )
        self.vip.setChecked(str(settings.value("filters/vip", "false")).lower() == "true")
        self.blockSignals(False)

    def _fixed_combos(self) -> dict[str, QComboBox]:
        return {
            "segment": self.segment,
            "status": self.status,
            "birthday": self.birthday,
            "purchases": self.purchases,
            "consent": self.consent,
            "archive": self.archive,
        }

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
