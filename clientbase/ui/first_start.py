"""The offer made once, on an empty base: look around in a demo base, or start empty."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStartChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = FirstStartChoice.EMPTY
        self.setWindowTitle(self.tr("Welcome to ClientBase"))
        text = QLabel(
            self.tr(
                "<h3>Welcome!</h3>"
                "<p>Your client base is empty. You can look around in a demo base first: "
                "a few hundred made-up clients with purchases and reminders. "
                "Your own base stays empty and untouched.</p>"
                "<p>Later: <i>File → Open database</i> switches between bases.</p>"
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo base"))
        self.empty_button = QPushButton(self.tr("Start with an empty base"))
        self.demo_button.clicked.connect(lambda: self._choose(FirstStartChoice.DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(FirstStartChoice.EMPTY))
        self.empty_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        self.setMinimumWidth(460)

    def _choose(self, choice: FirstStartChoice) -> None:
        self.choice = choice
        self.accept()
