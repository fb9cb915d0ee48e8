"""The import wizard's line of counts, and beside it, where the list has rows without a
name under a client's, the button that adds them all to the clients above."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class _WrappedLabel(QLabel):
    """A word-wrapped label that keeps the height of all its lines. The wizard's counts
    (three lines where a sheet has many columns) were cut to one and a half: the mapping
    above and the preview below, both stretching, took the room a wrapped QLabel does not
    claim by itself."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setMinimumHeight(self.heightForWidth(max(self.width(), 1)))


class SummaryLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = _WrappedLabel()
        self.label.setObjectName("summary")
        self.label.setWordWrap(True)
        # A hand-kept list writes a client's second phone or a note in the row below, its
        # name cell empty: dozens of such rows are not to be added one by one.
        self.to_clients_above = QPushButton()
        self.to_clients_above.setToolTip(
            self.tr(
                "Each row without a name right under a client's row (a second phone or a note "
                "written in the row below) adds its phones, e-mails and notes to that client. "
                "Any of them can be left out again in its own list of choices."
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.to_clients_above, 0, Qt.AlignmentFlag.AlignTop)
        self.offer_clients_above(0)

    def offer_clients_above(self, rows: int) -> None:
        """Show the button for these rows without a name, or hide it for none."""
        self.to_clients_above.setText(
            self.tr("Add the rows without a name to the clients above (%1)").replace(
                "%1", str(rows)
            )
        )
        self.to_clients_above.setVisible(rows > 0)
