"""The shop's details (the seller on an invoice) and the texts of letters and invoices."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import DatabaseError
from clientbase.services.documents import (
    DEFAULT_TEMPLATES,
    FIELD_NAMES,
    DocumentTemplates,
    ShopProfile,
    read_profile,
    read_templates,
    save_profile,
    save_templates,
)
from clientbase.services.workspace import Workspace
from clientbase.ui.dialog_parts import hint_label, ok_cancel, stack
from clientbase.ui.formatting import locale_language
from clientbase.ui.labels import database_error_text


class DocumentsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = locale_language()
        self.setWindowTitle(self.tr("Shop details and document templates"))
        profile = read_profile(workspace.db)
        titles = {
            "name": self.tr("Shop or company name:"),
            "inn": self.tr("INN:"),
            "kpp": self.tr("KPP:"),
            "address": self.tr("Address:"),
            "phone": self.tr("Phone:"),
            "bank_name": self.tr("Bank:"),
            "bank_bik": self.tr("BIK:"),
            "bank_account": self.tr("Account:"),
            "correspondent_account": self.tr("Correspondent account:"),
            "director": self.tr("Signs invoices:"),
        }
        self.profile_fields: dict[str, QLineEdit] = {}
        shop = QWidget()
        form = QFormLayout(shop)
        for item in fields(ShopProfile):
            edit = QLineEdit(getattr(profile, item.name))
            edit.setObjectName(item.name)
            self.profile_fields[item.name] = edit
            form.addRow(titles[item.name], edit)

        templates = read_templates(workspace.db, self.language)
        self.greeting = QPlainTextEdit(templates.greeting)
        self.greeting.setObjectName("greeting")
        self.invoice_note = QPlainTextEdit(templates.invoice_note)
        self.invoice_note.setObjectName("invoice_note")
        index = 0 if self.language == "ru" else 1
        names = ", ".join("{" + pair[index] + "}" for pair in FIELD_NAMES.values())
        texts = QWidget()
        text_layout = QVBoxLayout(texts)
        text_layout.addWidget(hint_label(self.tr("Greeting letter:")))
        text_layout.addWidget(self.greeting, 2)
        text_layout.addWidget(hint_label(self.tr("Note under an invoice:")))
        text_layout.addWidget(self.invoice_note, 1)
        text_layout.addWidget(
            hint_label(self.tr("Fields filled in from the client's card: %1").replace("%1", names))
        )
        restore_text = self.tr("Restore the standard texts")
        restore = hint_label(f"<a href='#'>{restore_text}</a>")
        restore.linkActivated.connect(self.restore_defaults)
        text_layout.addWidget(restore)

        tabs = QTabWidget()
        tabs.addTab(shop, self.tr("Shop"))
        tabs.addTab(texts, self.tr("Texts"))
        stack(self, tabs, ok_cancel(self))
        self.resize(640, 560)

    def restore_defaults(self) -> None:
        default = DEFAULT_TEMPLATES[self.language]
        self.greeting.setPlainText(default.greeting)
        self.invoice_note.setPlainText(default.invoice_note)

    def accept(self) -> None:
        profile = ShopProfile(**{k: e.text().strip() for k, e in self.profile_fields.items()})
        templates = DocumentTemplates(self.greeting.toPlainText(), self.invoice_note.toPlainText())
        try:
            save_profile(self.workspace.db, profile)
            save_templates(self.workspace.db, templates)
        except DatabaseError as error:
            QMessageBox.critical(self, self.windowTitle(), database_error_text(error))
            return
        super().accept()
