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

from clientbase.db.enums import AuditAction
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
    qtbot, workspace: Workspace, shop: dict[str, int], accept_dialogs: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    card = ClientCard(workspace, shop["Богатова"])
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


def test_a_new_card_has_nothing_to_print(qtbot, workspace: Workspace) -> None:
    card = ClientCard(workspace, None)
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
