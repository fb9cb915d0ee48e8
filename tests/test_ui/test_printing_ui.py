"""Printing from the windows: what the table shows goes to the preview, then to paper or PDF."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from clientbase.db.enums import AuditAction, ClientKind
from clientbase.db.models import AuditEntry
from clientbase.services.documents import read_profile, read_templates
from clientbase.services.privacy import ExportPolicy, set_password, set_privacy
from clientbase.services.purchases import PurchaseInput
from clientbase.services.segments import Segment
from clientbase.services.workspace import Workspace
from clientbase.ui.client_card import ClientCard
from clientbase.ui.documents_dialog import DocumentsDialog
from clientbase.ui.main_window import MainWindow
from clientbase.ui.print_dialogs import ListPrintDialog
from tests.conftest import person
from tests.test_reports.pdf_text import pages_text
from tests.test_ui.conftest import type_into


@pytest.fixture
def shop(workspace: Workspace) -> dict[str, int]:
    today = date.today()
    ids = {}
    for name, spent in (("Богатова", 9000), ("Середнякова", 800), ("Скромнова", 200)):
        ids[name] = workspace.clients.create(person(name, "Анна", city="Тула"))
        workspace.purchases.add(
            ids[name], PurchaseInput(today - timedelta(days=3), total=Decimal(spent))
        )
    ids["Новенькая"] = workspace.clients.create(person("Новенькая", "Ольга", city="Москва"))
    return ids


@pytest.fixture
def window(qtbot, workspace: Workspace, shop: dict[str, int], qsettings: QSettings) -> MainWindow:
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def accept_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The option dialogs before a printout answer OK with what they propose."""
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


def test_printed_list_holds_what_the_table_shows(
    qtbot, window: MainWindow, accept_dialogs: None, tmp_path: Path
) -> None:
    type_into(window.filters.search, "Тула")
    window.filters.flush()
    preview = window.prints.print_list()
    assert preview is not None and preview.page_count == 1
    qtbot.addWidget(preview)
    saved = preview.save_to(tmp_path / "list.pdf")
    assert saved is not None
    text = pages_text(saved)[0]
    assert "Богатова Анна" in text and "Скромнова Анна" in text
    assert "Новенькая" not in text  # filtered out in the table, so not on paper
    assert "«Тула»" in text  # the heading says which clients these are
    with window.workspace.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "print")).one()
    assert entry.action is AuditAction.EXPORT and entry.after["rows"] == 3


def test_preview_prints_every_page_to_a_printer(
    qtbot, window: MainWindow, accept_dialogs: None, tmp_path: Path
) -> None:
    preview = window.prints.print_list()
    assert preview is not None
    qtbot.addWidget(preview)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_landscape_is_proposed_for_a_wide_table(qtbot) -> None:
    wide = ListPrintDialog(columns=8, selected=0)
    narrow = ListPrintDialog(columns=3, selected=5)
    qtbot.addWidget(wide)
    qtbot.addWidget(narrow)
    assert wide.landscape.isChecked() and narrow.portrait.isChecked()
    assert narrow.only_selected.isChecked()


def test_printing_obeys_the_export_policy(
    qtbot, window: MainWindow, accept_dialogs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_password(window.workspace.db, "секрет")
    set_privacy(window.workspace.db, 0, ExportPolicy.DISABLED, "секрет")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert window.prints.print_list() is None
    assert window.prints.preview is None
    assert warnings and "turned off" in warnings[0]


def test_segment_filter_shows_the_a_clients(window: MainWindow, shop: dict[str, int]) -> None:
    combo = window.filters.segment
    combo.setCurrentIndex(combo.findData(Segment.ABC_A.value))
    window.model.finish_loading()
    names = [window.model.row(r).display_name for r in range(window.model.rowCount())]
    # 9000 of 10,000 is over 80 %: Богатова alone is an «A».
    assert names == ["Богатова Анна"]
    assert "A: 80% of revenue" in window.filters.describe()


def test_dashboard_opens_and_a_segment_click_filters_the_table(
    qtbot, window: MainWindow, accept_dialogs: None
) -> None:
    dashboard = window.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.board is not None)
    board = dashboard.board
    assert board is not None and board.buyers == 3 and board.active_clients == 4
    assert dashboard.top.rowCount() == 3
    assert dashboard.top.item(0, 0).text() == "Богатова Анна"
    assert len(dashboard.segments.series()) == 1
    window.show_segment(Segment.ABC_C.value)
    window.model.finish_loading()
    assert window.model.rowCount() == 1
    preview = dashboard.print_board()
    assert preview is not None and preview.page_count >= 1
    qtbot.addWidget(preview)


def test_card_prints_itself_an_invoice_and_a_letter(
    qtbot, qsettings: QSettings, workspace: Workspace, shop: dict[str, int], accept_dialogs: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    card = ClientCard(workspace, shop["Богатова"], qsettings)
    qtbot.addWidget(card)
    preview = card.printing.print_card()
    assert preview is not None
    qtbot.addWidget(preview)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    assert card.printing.print_invoice() is None and told  # no purchase chosen yet
    card.purchases.table.selectRow(0)
    invoice = card.printing.print_invoice()
    assert invoice is not None
    qtbot.addWidget(invoice)
    letter = card.printing.print_letter()
    assert letter is not None
    qtbot.addWidget(letter)


def test_a_new_card_has_nothing_to_print(qtbot, qsettings: QSettings, workspace: Workspace) -> None:
    card = ClientCard(workspace, None, qsettings)
    qtbot.addWidget(card)
    assert not card.printing.button.isEnabled()


def test_shop_details_and_templates_are_saved(qtbot, workspace: Workspace) -> None:
    dialog = DocumentsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.profile_fields["name"].setText("Чайная лавка")
    dialog.greeting.setPlainText("Привет, {Имя}!")
    dialog.accept()
    assert read_profile(workspace.db).name == "Чайная лавка"
    assert read_templates(workspace.db, "ru").greeting == "Привет, {Имя}!"


def test_save_as_pdf_offers_the_printouts_name_in_the_folder_saved_to_last(
    qtbot, window: MainWindow, shop: dict[str, int], accept_dialogs: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qapp,
) -> None:  # fmt: skip
    """It offered «clients.pdf» in the home folder, in English, to a Russian shop; a card
    was «client-17.pdf»."""
    from PySide6.QtWidgets import QFileDialog

    from clientbase.ui.i18n import install_translations

    offered: list[str] = []
    folder = tmp_path / "Документы магазина"
    folder.mkdir()
    answers = [str(folder / "на обзвон"), ""]

    def save_as(_parent, _title, suggested, *_args):
        offered.append(suggested)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    try:
        install_translations(qapp, "ru")
        listed = window.prints.print_list()
        assert listed is not None
        qtbot.addWidget(listed)
        assert listed.save_as() == folder / "на обзвон.pdf"
        card = window.prints.print_card(shop["Богатова"])
        assert card is not None
        qtbot.addWidget(card)
        assert card.save_as() is None
    finally:
        install_translations(qapp, "en")
    assert pages_text(folder / "на обзвон.pdf")[0].count("Анна") == 3
    assert Path(offered[0]).name == f"Список клиентов {date.today().isoformat()}.pdf"
    assert Path(offered[0]).parent != folder
    assert offered[1] == str(folder / "Карточка клиента — Богатова Анна.pdf")


def test_a_cards_printouts_are_named_after_the_client(
    qtbot, workspace: Workspace, qsettings: QSettings, accept_dialogs: None
) -> None:
    from clientbase.ui.file_places import file_name

    shop_name = "ООО «Рога/Копыта»: опт"
    company = workspace.clients.create(
        person("", "", kind=ClientKind.COMPANY, organization=shop_name)
    )
    workspace.purchases.add(company, PurchaseInput(date.today(), total=Decimal(500), number="А-17"))
    card = ClientCard(workspace, company, qsettings)
    qtbot.addWidget(card)
    card.purchases.table.selectRow(0)
    names = []
    for printout in (card.printing.print_card, card.printing.print_invoice,
                     card.printing.print_letter):  # fmt: skip
        preview = printout()
        assert preview is not None
        qtbot.addWidget(preview)
        names.append(preview.suggested_name)
    # Windows refuses «/» and «:» in a name, so they cannot reach the save dialog.
    assert names == [
        "Client card — ООО «Рога-Копыта» опт.pdf",
        "Invoice А-17 — ООО «Рога-Копыта» опт.pdf",
        "Greeting letter — ООО «Рога-Копыта» опт.pdf",
    ]
    assert file_name("CON", suffix=".pdf") == "CON_.pdf"
    assert file_name("Иванов И. И.", suffix=".pdf") == "Иванов И. И.pdf"
    assert len(file_name("Я" * 300, suffix=".pdf")) <= 104
