"""Privacy in the GUI: asking for the program's password, and the privacy settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from clientbase.db.database import Database
from clientbase.errors import ExportRestricted, ValidationError
from clientbase.services.privacy import (
    ExportPolicy,
    read_privacy,
    set_password,
    set_privacy,
)
from clientbase.ui.backup_dialogs import PasswordPair
from clientbase.ui.dialog_parts import hint_label, ok_cancel, problem_label, stack
from clientbase.ui.labels import error_text


class PasswordPrompt(QDialog):
    """One password field; `check` decides, and a wrong password keeps the dialog open."""

    def __init__(
        self,
        title: str,
        text: str,
        check: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.check = check
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = problem_label()
        stack(self, hint_label(text), self.password, self.problem, ok_cancel(self))
        self.setMinimumWidth(380)

    def accept(self) -> None:
        if not self.check(self.password.text()):
            self.problem.setText(self.tr("The password is wrong"))
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed by the person (not checked here), or None when they cancel."""
    prompt = PasswordPrompt(title, text, lambda _typed: True, parent)
    return prompt.password.text() if prompt.exec() else None


def export_permission(parent: QWidget, db: Database, title: str) -> tuple[bool, str | None]:
    """Whether an export or print may go on under the base's policy, and the password it
    needs (asked for here). The service checks the password again; this spares a wasted job.
    """
    policy = read_privacy(db).export_policy
    if policy is ExportPolicy.DISABLED:
        QMessageBox.warning(parent, title, error_text(ExportRestricted("disabled")))
        return False, None
    if policy is ExportPolicy.PASSWORD:
        prompt = QCoreApplication.translate(
            "Privacy", "Exports and printing need the program password:"
        )
        password = ask_password(parent, title, prompt)
        return password is not None, password
    return True, None


class NewPasswordDialog(QDialog):
    """Set or change the program's password: the current one (if any) and the new one twice."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.has_password = read_privacy(db).has_password
        self.setWindowTitle(self.tr("Program password"))
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = PasswordPair()
        self.problem = problem_label()
        form = QFormLayout()
        if self.has_password:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        hint = hint_label(
            self.tr(
                "The password is asked for when the program starts and after it locks itself. "
                "It cannot be recovered: write it down and keep it safe."
            )
        )
        stack(self, form, hint, self.problem, ok_cancel(self))
        self.setMinimumWidth(440)

    def accept(self) -> None:
        if not self.new.matches():
            self.problem.setText(self.tr("The two passwords differ"))
            return
        try:
            set_password(self.db, self.new.password() or "", self.current.text() or None)
        except ValidationError as error:
            self.problem.setText(error_text(error))
            return
        super().accept()


class PrivacyDialog(QDialog):
    """The program's password, the idle lock and what exports and printing need."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Privacy"))
        privacy = read_privacy(db)

        self.password_state = QLabel()
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.change_password)
        self.remove_button = QPushButton(self.tr("Remove password…"))
        self.remove_button.clicked.connect(self.remove_password)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_state, 1)
        password_row.addWidget(self.set_button)
        password_row.addWidget(self.remove_button)
        password_box = QGroupBox(self.tr("Program password"))
        password_box.setLayout(password_row)

        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 600)
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setValue(privacy.lock_after_minutes)
        self.exports = QComboBox()
        self.exports.addItem(self.tr("Allowed"), ExportPolicy.ALLOWED.value)
        self.exports.addItem(self.tr("Only with the password"), ExportPolicy.PASSWORD.value)
        self.exports.addItem(self.tr("Turned off"), ExportPolicy.DISABLED.value)
        self.exports.setCurrentIndex(self.exports.findData(privacy.export_policy.value))
        form = QFormLayout()
        form.addRow(self.tr("Lock when idle for:"), self.lock_after)
        form.addRow(self.tr("Exports and printing:"), self.exports)
        hint = hint_label(
            self.tr(
                "Every export is written to the change log: who, when, which file and how many "
                "clients. The lock and the restrictions need a program password."
            )
        )
        self.problem = problem_label()
        stack(self, password_box, form, hint, self.problem, ok_cancel(self))
        self.setMinimumWidth(520)
        self._show_password_state()

    def _show_password_state(self) -> None:
        has_password = read_privacy(self.db).has_password
        self.password_state.setText(
            self.tr("A password is set.") if has_password else self.tr("No password is set.")
        )
        self.set_button.setText(
            self.tr("Change password…") if has_password else self.tr("Set password…")
        )
        self.remove_button.setEnabled(has_password)
        self.lock_after.setEnabled(has_password)
        self.exports.setEnabled(has_password)

    def change_password(self) -> None:
        NewPasswordDialog(self.db, self).exec()
        self._show_password_state()

    def remove_password(self) -> None:
        current = ask_password(
            self, self.tr("Remove password"), self.tr("Enter the current password:")
        )
        if current is None:
            return
        try:
            set_password(self.db, None, current)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Remove password"), error_text(error))
        self._show_password_state()

    def accept(self) -> None:
        policy = ExportPolicy(self.exports.currentData())
        privacy = read_privacy(self.db)
        if (self.lock_after.value(), policy) != (privacy.lock_after_minutes, privacy.export_policy):
            password = None
            if privacy.has_password:
                password = ask_password(
                    self, self.tr("Privacy"), self.tr("Enter the program password to confirm:")
                )
                if password is None:
                    return
            try:
                set_privacy(self.db, self.lock_after.value(), policy, password)
            except ValidationError as error:
                self.problem.setText(error_text(error))
                return
        super().accept()
