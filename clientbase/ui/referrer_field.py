"""The card's «Рекомендовал(а)»: the client who brought this one, picked by typing a name or
a phone, or cleared."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from clientbase.ui.filter_bar import TYPING_PAUSE_MS

# Clients matching what was typed: (id, «Иванова Анна Сергеевна, +7 916 123-45-67»).
Search = Callable[[str], list[tuple[int, str]]]


class ReferrerField(QWidget):
    """A line to type a client's name or phone in, with the matching clients to pick from.
    Text that picks no one goes back to the client chosen before; an emptied line is nobody.
    An import sets the field too (import_referrers), and here it is changed or cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: int | None = None
        self._label = ""
        self._search: Search | None = None
        self._found: dict[str, int] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a client's name or phone"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.edit)
        # The base has looked the words up already: the list shows what it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)  # the text of the line picked
        self.edit.setCompleter(completer)
        # Looked up once typing pauses, as the table's search is: a letter's search of a
        # large base on each key would stall the card.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._look_up)
        self.edit.textEdited.connect(self._typing.start)
        self.edit.editingFinished.connect(self._settle)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Nobody referred this client"))
        self.clear_button.clicked.connect(lambda: self.set_client(None, ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)

    def set_search(self, search: Search) -> None:
        self._search = search

    def set_client(self, client_id: int | None, label: str) -> None:
        self.client_id, self._label = client_id, label if client_id is not None else ""
        self.edit.setText(self._label)

    def _look_up(self) -> None:
        text = self.edit.text().strip()
        found = self._search(text) if self._search and text else []
        self._found = {label: client_id for client_id, label in found}
        self._names.setStringList(list(self._found))
        if self._found and self.edit.hasFocus():
            self.edit.completer().complete()

    def _picked(self, label: str) -> None:
        if label in self._found:
            self.set_client(self._found[label], label)

    def _settle(self) -> None:
        """Typing done: an empty line is nobody, the one client found is that client, and
        anything else shows the client chosen before again."""
        if self._typing.isActive():  # typing just paused by leaving the field
            self._typing.stop()
            self._look_up()
        text = self.edit.text().strip()
        if text == self._label:
            return
        if not text:
            self.set_client(None, "")
        elif text in self._found:
            self._picked(text)
        elif len(self._found) == 1:
            self._picked(next(iter(self._found)))
        else:
            self.edit.setText(self._label)
