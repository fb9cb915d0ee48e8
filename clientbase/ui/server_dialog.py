"""Where a server base is: host, port, database, user and password (kept in the keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QSpinBox, QWidget

from clientbase.services.server_bases import DEFAULT_PORT, ServerAddress
from clientbase.ui.dialog_parts import hint_label, ok_cancel, problem_label, stack


class ServerDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        known: ServerAddress | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.host = QLineEdit(known.host if known else "")
        self.host.setPlaceholderText(self.tr("server name or address, e.g. 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.database = QLineEdit(known.database if known else "clientbase")
        self.user = QLineEdit(known.user if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        self.problem = problem_label()
        stack(self, hint_label(explanation), form, self.problem, ok_cancel(self))
        self.setMinimumWidth(480)
        (self.password if known else self.host).setFocus()

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.problem.setText(self.tr("Name the server and the database."))
            return
        super().accept()
