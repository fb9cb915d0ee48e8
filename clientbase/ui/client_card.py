"""The client card: Contacts, Purchases, History and Reminders in tabs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import DatabaseError, EditConflict, NotFoundError, ValidationError
from clientbase.services.client_data import ClientInput, ClientRecord
from clientbase.services.client_query import client_choices
from clientbase.services.workspace import Workspace
from clientbase.ui.card_printing import CardPrinting
from clientbase.ui.card_tabs import HistoryTab, PurchasesTab, RemindersTab
from clientbase.ui.client_form import ClientForm
from clientbase.ui.edit_conflicts import ConflictChoice, ask_about_conflict
from clientbase.ui.formatting import format_date, format_money
from clientbase.ui.labels import database_error_text


class ClientCard(QDialog):
    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        client_id: int | None,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.client_id = client_id
        self._saved_value = ClientInput()
        # The card as read from the base; None after «save mine over it», so no check.
        self._record: ClientRecord | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")

        self.form = ClientForm()
        self.form.set_suggestions(
            workspace.clients.tag_names(), workspace.clients.responsible_people()
        )
        self.form.referrer.set_search(
            lambda text: client_choices(workspace.db, text, leave_out=self.client_id)
        )
        self.purchases = PurchasesTab(workspace)
        self.history = HistoryTab(workspace)
        self.reminders = RemindersTab(workspace)
        self.purchases.changed.connect(self._refresh_summary)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("&Contacts"))
        self.tabs.addTab(self.purchases, self.tr("&Purchases"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.reminders, self.tr("&Reminders"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.printing = CardPrinting(self, workspace, settings, self.purchases)
        self.buttons.addButton(self.printing.button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)
        self._load()

    def _load(self) -> None:
        if self.client_id is None:
            self._saved_value = ClientInput()
            self.form.set_value(self._saved_value)
            self.form.referrer.set_client(None, "")
            self.setWindowTitle(self.tr("New client"))
            self.heading.setText(self.tr("New client"))
            self.summary.setText(
                self.tr("Save the client to add purchases, history and reminders.")
            )
        else:
            record = self.workspace.clients.get(self.client_id)
            self._record = record
            self._saved_value = record.data
            self.form.set_value(record.data)
            self.form.referrer.set_client(record.data.referred_by_id, record.referred_by_name)
            self._show_record(record)
        for tab in (self.purchases, self.history, self.reminders):
            tab.set_client(self.client_id)
        self.printing.set_client(self.client_id)
        self.form.last_name.setFocus()

    def _show_record(self, record: ClientRecord) -> None:
        self.setWindowTitle(record.display_name)
        archived = f" — {self.tr('in archive')}" if record.is_archived else ""
        self.heading.setText(record.display_name + archived)
        summary = record.summary
        parts = [
            self.tr("Total spent: %1").replace(
                "%1", format_money(summary.total_spent, self.workspace.settings.currency)
            ),
            self.tr("%n purchase(s)", "", summary.purchase_count),
        ]
        if summary.last_purchase:
            parts.append(self.tr("last on %1").replace("%1", format_date(summary.last_purchase)))
        if record.referred_by_name:
            parts.append(self.tr("referred by %1").replace("%1", record.referred_by_name))
        # Since when the shop knows the client: the day it was added, or the one an import's
        # «Дата регистрации» gave.
        parts.append(
            self.tr("client since %1").replace("%1", format_date(record.created_at.date()))
        )
        self.summary.setText(" · ".join(parts))

    def _refresh_summary(self) -> None:
        if self.client_id is not None:
            self._show_record(self.workspace.clients.get(self.client_id))
            self.saved.emit(self.client_id)

    def is_dirty(self) -> bool:
        return self.form.value(self.form.referrer.client_id) != self._saved_value

    def save(self) -> bool:
        """Save the Contacts tab; on refusal mark the fields and keep the card open."""
        value = self.form.value(self.form.referrer.client_id)
        try:
            if self.client_id is None:
                self.client_id = self.workspace.clients.create(value)
            else:
                self.workspace.clients.update(self.client_id, value, since=self._record)
        except EditConflict as error:
            return self._after_conflict(value, error)
        except ValidationError as error:
            self.tabs.setCurrentWidget(self.form)
            self.form.show_problems(error.problems)
            return False
        except NotFoundError:
            QMessageBox.warning(
                self,
                self.tr("Client"),
                self.tr("This client was deleted meanwhile; the card cannot be saved."),
            )
            return False
        except DatabaseError as error:
            # A full disk or a read-only file: the card stays open with everything typed.
            QMessageBox.critical(self, self.tr("Client"), database_error_text(error))
            return False
        self._load()
        self.saved.emit(self.client_id)
        return True

    def _after_conflict(self, value: ClientInput, error: EditConflict) -> bool:
        """Another PC saved this client meanwhile: the person decides; nothing is lost unasked."""
        choice = ask_about_conflict(self, error, self.windowTitle())
        if choice == ConflictChoice.RELOAD:
            self._load()
            return False
        if choice == ConflictChoice.OVERWRITE and self.client_id is not None:
            self._record = None
            return self.save()
        return False

    def reject(self) -> None:
        """Close, but never lose typed changes without asking.

        Close, Esc and the window's X all arrive here (QDialog turns a close into reject).
        """
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The card has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter inside a form field must not close the card as a dialog default would.
            return
        super().keyPressEvent(event)
