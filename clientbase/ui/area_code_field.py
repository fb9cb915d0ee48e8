"""The import wizard's area code of the shop's town, shown where the sheet has local numbers
written without one («52-34-56»): given, they become whole numbers, +7 4822 52-34-56."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from clientbase.services.phones import area_code


class AreaCodeField(QWidget):
    given = Signal()  # the code typed, or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\(?[\d ]{0,7}\)?"), self.edit)
        )
        self.edit.setPlaceholderText(self.tr("e.g. 4822"))
        self.edit.setMaximumWidth(120)
        self.edit.setToolTip(
            self.tr(
                "Numbers of five to seven digits without an area code are dialled with this "
                "one. A «Код города» column of the sheet wins over it."
            )
        )
        self.edit.editingFinished.connect(self._finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Area code of local numbers:")))
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setVisible(False)
        self._last = ""

    def code(self) -> str:
        """The digits typed, "" for none or what is no area code."""
        try:
            return area_code(self.edit.text())
        except ValueError:
            return ""

    def offer(self, local_numbers: bool) -> None:
        """Shown while the rows hold local numbers, or a code is given."""
        self.setVisible(local_numbers or bool(self.code()))

    def _finished(self) -> None:
        if self.code() != self._last:
            self._last = self.code()
            self.given.emit()
