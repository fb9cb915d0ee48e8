"""What the client list says while the base holds no client: how to bring the old sheet in.

A new user who chose an empty base otherwise faced a blank table, with the import behind
the File menu; this is the first minute the program has to win.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

MARGIN = 40
READABLE_WIDTH = 560


class EmptyBaseHint(QLabel):
    def __init__(self, table: QAbstractScrollArea) -> None:
        super().__init__(table.viewport())
        self.area = table.viewport()
        self.setObjectName("empty_base_hint")
        self.setText(
            self.tr(
                "No clients yet.\n\n"
                "Bring in your Excel sheet: File → Import clients (Ctrl+I), drag the file "
                "onto this window, or copy its rows in Excel and press Ctrl+V here.\n\n"
                "Or add a client by hand: Ctrl+N."
            )
        )
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Clicks go to the table beneath: Ctrl+V then lands there.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.area.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.area:
            self._fit()
        return False

    def _fit(self) -> None:
        # Lines a reader's eye can follow, in the middle of the list however wide it is.
        area = self.area.rect()
        width = min(area.width() - 2 * MARGIN, READABLE_WIDTH)
        self.setGeometry(area.x() + (area.width() - width) // 2, area.y(), width, area.height())

    def show_for(self, clients: int) -> None:
        """Shown while the base has no client at all, archived ones included."""
        if clients == 0:
            self._fit()
        self.setVisible(clients == 0)
