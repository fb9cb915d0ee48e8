"""The analytics window: revenue and new clients by month, segments, the best clients and
where clients come from, as QtCharts charts. A click on a segment shows its clients."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QWidget,
)

from clientbase.reports.dashboard_pdf import write_dashboard
from clientbase.services.dashboard import Dashboard, read_dashboard
from clientbase.services.segments import (
    ABC_SEGMENTS,
    FREQUENCY_SEGMENTS,
    RFM_SEGMENTS,
    Segment,
    SegmentRules,
)
from clientbase.services.workspace import Workspace
from clientbase.ui.background import Progress
from clientbase.ui.dialog_parts import hint_label, ok_cancel, stack
from clientbase.ui.file_places import dated_name
from clientbase.ui.formatting import format_money, locale_language
from clientbase.ui.labels import label, month_names, segment_label
from clientbase.ui.print_controls import show_report
from clientbase.ui.print_preview import PrintPreview

SEGMENT_ORDER: tuple[Segment, ...] = (
    *ABC_SEGMENTS, *RFM_SEGMENTS, *FREQUENCY_SEGMENTS, Segment.CHURNED, Segment.VIP,
)  # fmt: skip
BLUE = QColor("#3d7cc9")
GREEN = QColor("#5aa469")


def read_rules(settings: QSettings) -> SegmentRules:
    """The shop's churn and regularity rules, kept with the program's other settings."""
    default = SegmentRules()

    def number(key: str, fallback: int) -> int:
        try:
            return max(1, int(str(settings.value(key, fallback))))
        except ValueError:
            return fallback

    return SegmentRules(
        churn_days=number("analytics/churn_days", default.churn_days),
        regular_days=number("analytics/regular_days", default.regular_days),
    )


class RulesDialog(QDialog):
    def __init__(self, rules: SegmentRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Segment rules"))
        self.churn = QSpinBox()
        self.churn.setObjectName("churn_days")
        self.churn.setRange(7, 3650)
        self.churn.setValue(rules.churn_days)
        self.churn.setSuffix(self.tr(" days"))
        self.regular = QSpinBox()
        self.regular.setObjectName("regular_days")
        self.regular.setRange(1, 365)
        self.regular.setValue(rules.regular_days)
        self.regular.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Churned after no purchase for:"), self.churn)
        form.addRow(self.tr("Regular: purchases at most this far apart:"), self.regular)
        hint = hint_label(
            self.tr(
                "ABC: A brings 80% of revenue, B the next 15%, C the rest. RFM scores recency, "
                "frequency and money from 1 to 5 against the other buyers."
            )
        )
        stack(self, form, hint, ok_cancel(self))

    def rules(self) -> SegmentRules:
        return SegmentRules(churn_days=self.churn.value(), regular_days=self.regular.value())


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(360, 240)
    return view


class DashboardWindow(QMainWindow):
    segment_chosen = Signal(str)
    rules_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.today = today
        self.board: Dashboard | None = None
        self.preview: PrintPreview | None = None
        self.setWindowTitle(self.tr("Analytics — %1").replace("%1", workspace.db.name))
        toolbar = QToolBar()
        toolbar.setObjectName("dashboard_toolbar")
        self.addToolBar(toolbar)
        self.refresh_action = self._action(toolbar, self.tr("&Refresh"), "F5", self.refresh)
        self.print_action = self._action(toolbar, self.tr("&Print…"), "Ctrl+P", self.print_board)
        self.rules_action = self._action(toolbar, self.tr("Segment &rules…"), "", self.edit_rules)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.revenue = _chart(self.tr("Revenue by month"))
        self.new_clients = _chart(self.tr("New clients by month"))
        self.segments = _chart(self.tr("Clients by segment (click a bar to see them)"))
        self.sources = _chart(self.tr("Where clients came from"))
        self.top = QTableWidget(0, 3)
        self.top.setObjectName("top_clients")
        self.top.setHorizontalHeaderLabels(
            [self.tr("Top 10 clients"), self.tr("Purchases"), self.tr("Revenue")]
        )
        self.top.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top.verticalHeader().setVisible(False)
        self.top.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(_view(self.revenue), 1, 0)
        grid.addWidget(_view(self.new_clients), 1, 1)
        grid.addWidget(_view(self.segments), 2, 0, 2, 1)
        grid.addWidget(self.top, 2, 1)
        grid.addWidget(_view(self.sources), 3, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        self.setCentralWidget(body)
        self.resize(1200, 860)
        # The figures are read after the window is on screen, so it opens at once.
        QTimer.singleShot(0, self.refresh)

    def _action(
        self, toolbar: QToolBar, text: str, key: str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    @property
    def rules(self) -> SegmentRules:
        return read_rules(self.settings)

    def refresh(self) -> None:
        self.board = read_dashboard(self.workspace.db, self.today(), self.rules)
        self._show(self.board)

    def _show(self, board: Dashboard) -> None:
        currency = self.workspace.settings.currency
        self.summary.setText(
            self.tr("Active clients: %1 · buyers: %2 · revenue in 12 months: %3")
            .replace("%1", f"{board.active_clients:,}".replace(",", "\u00a0"))
            .replace("%2", f"{board.buyers:,}".replace(",", "\u00a0"))
            .replace("%3", format_money(board.revenue_total, currency))
        )
        names = month_names()
        # Three letters fit under a bar; twelve months in a row never repeat a name.
        months = [names[m.month - 1][:3] for m in board.months]
        self._bars(self.revenue, months, [float(v) for v in board.revenue], BLUE)
        self._bars(self.new_clients, months, [float(v) for v in board.new_clients], GREEN)
        segments = [segment_label(s) for s in SEGMENT_ORDER]
        series = self._horizontal(
            self.segments, segments, [board.segments[s] for s in SEGMENT_ORDER]
        )
        series.clicked.connect(self._segment_clicked)
        sources = sorted(board.sources.items(), key=lambda item: -item[1])
        self._horizontal(
            self.sources,
            [label(s) if s else self.tr("Not given") for s, _ in sources],
            [n for _, n in sources],
        )
        self.top.setRowCount(len(board.top_clients))
        for row, client in enumerate(board.top_clients):
            cells = (
                client.name,
                str(client.purchase_count),
                format_money(client.total_spent, currency),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.top.setItem(row, column, item)

    @staticmethod
    def _reset(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _bars(
        self, chart: QChart, labels: list[str], values: Sequence[float], color: QColor
    ) -> None:
        self._reset(chart)
        bars = QBarSet("")
        bars.append(list(values))
        bars.setColor(color)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(0, max(max(values, default=0), 1))
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _horizontal(
        self, chart: QChart, labels: list[str], values: Sequence[int]
    ) -> QHorizontalBarSeries:
        self._reset(chart)
        bars = QBarSet("")
        # Qt draws the first category at the bottom; the list reads from the top.
        bars.append([float(v) for v in reversed(values)])
        bars.setColor(BLUE)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        # The count beside the name: bar labels of QtCharts are not drawn for every style.
        y.append([f"{name} ({count})" for name, count in zip(labels, values, strict=True)][::-1])
        x = QValueAxis()
        x.setRange(0, max(max(values, default=0), 1))
        x.applyNiceNumbers()
        x.setLabelFormat("%.0f")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        return series

    def _segment_clicked(self, index: int, _bars: QBarSet) -> None:
        segment = SEGMENT_ORDER[len(SEGMENT_ORDER) - 1 - index]
        self.segment_chosen.emit(segment.value)

    def edit_rules(self) -> None:
        dialog = RulesDialog(self.rules, self)
        if not dialog.exec():
            return
        rules = dialog.rules()
        self.settings.setValue("analytics/churn_days", rules.churn_days)
        self.settings.setValue("analytics/regular_days", rules.regular_days)
        self.rules_changed.emit()
        self.refresh()

    def print_board(self) -> PrintPreview | None:
        if self.board is None:
            self.refresh()
        board = self.board
        assert board is not None
        language = locale_language()
        currency = self.workspace.settings.currency

        def job(path: Path, _progress: Progress) -> int:
            write_dashboard(board, path, language, currency)
            return board.active_clients

        title = self.tr("Analytics")
        self.preview = show_report(
            self, self.workspace, self.settings, title, dated_name(title, ".pdf"), job
        )
        return self.preview
