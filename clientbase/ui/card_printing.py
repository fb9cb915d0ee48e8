"""The Print menu of a client's card: the card itself, an invoice, a greeting letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from clientbase.errors import ClientBaseError
from clientbase.reports.client_card import write_client_card
from clientbase.reports.documents import write_greeting, write_invoice
from clientbase.services.documents import read_profile
from clientbase.services.workspace import Workspace
from clientbase.ui.card_tabs import PurchasesTab
from clientbase.ui.file_places import file_name
from clientbase.ui.formatting import locale_language
from clientbase.ui.print_controls import ReportJob, client_name, show_report
from clientbase.ui.print_preview import PrintPreview


class CardPrinting(QObject):
    def __init__(
        self, card: QWidget, workspace: Workspace, settings: QSettings, purchases: PurchasesTab
    ) -> None:
        super().__init__(card)
        self.card = card
        self.workspace = workspace
        self.settings = settings
        self.purchases = purchases
        self.client_id: int | None = None
        self.preview: PrintPreview | None = None
        self.button = QPushButton(self.tr("&Print"))
        self.button.setObjectName("print")
        menu = QMenu(self.button)
        self.card_action = menu.addAction(self.tr("Client &card"), self.print_card)
        self.invoice_action = menu.addAction(
            self.tr("&Invoice for the selected purchase"), self.print_invoice
        )
        self.letter_action = menu.addAction(self.tr("&Greeting letter"), self.print_letter)
        self.button.setMenu(menu)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.button.setEnabled(client_id is not None)

    def print_card(self) -> PrintPreview | None:
        client = self.client_id
        if client is None:
            return None
        title = self.tr("Client card")
        return self._show(title, self._name(title, client),
                          lambda path, _p: self._write_card(path, client))  # fmt: skip

    def print_invoice(self) -> PrintPreview | None:
        purchase = self.purchases.selected_id()
        if purchase is None:
            QMessageBox.information(
                self.card,
                self.tr("Invoice"),
                self.tr("Choose a purchase on the Purchases tab first."),
            )
            return None
        if not read_profile(self.workspace.db).name:
            QMessageBox.information(
                self.card,
                self.tr("Invoice"),
                self.tr(
                    "The shop's details are not filled in, so the invoice names no seller. "
                    "Fill them in under File → Shop details and templates."
                ),
            )
        return self._show(self.tr("Invoice"), self._invoice_name(purchase),
                          lambda path, _p: self._write_invoice(path, purchase))  # fmt: skip

    def print_letter(self) -> PrintPreview | None:
        client = self.client_id
        if client is None:
            return None
        title = self.tr("Greeting letter")
        return self._show(title, self._name(title, client),
                          lambda path, _p: self._write_letter(path, client))  # fmt: skip

    def _name(self, what: str, client_id: int) -> str:
        """«Карточка клиента — Сидоров Иван Петрович.pdf»."""
        return file_name(what, client_name(self.workspace, client_id), suffix=".pdf")

    def _invoice_name(self, purchase_id: int) -> str:
        """«Счёт 17 — Сидоров Иван Петрович.pdf», by the purchase's own number if it has one,
        as the invoice is headed."""
        try:
            purchase = self.workspace.purchases.get(purchase_id)
        except ClientBaseError:
            return file_name(self.tr("Invoice"), suffix=".pdf")
        number = purchase.data.number or str(purchase_id)
        what = self.tr("Invoice %1").replace("%1", number)
        return file_name(what, client_name(self.workspace, purchase.client_id), suffix=".pdf")

    def _write_card(self, path: Path, client_id: int) -> int:
        write_client_card(self.workspace, client_id, path, locale_language())
        return 1

    def _write_invoice(self, path: Path, purchase_id: int) -> int:
        write_invoice(self.workspace, purchase_id, path, locale_language())
        return 1

    def _write_letter(self, path: Path, client_id: int) -> int:
        write_greeting(self.workspace, client_id, path, locale_language())
        return 1

    def _show(self, title: str, name: str, job: ReportJob) -> PrintPreview | None:
        self.preview = show_report(self.card, self.workspace, self.settings, title, name, job)
        return self.preview
