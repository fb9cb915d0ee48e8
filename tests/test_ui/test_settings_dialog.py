"""File → Settings: what is chosen there is used at once and remembered for the next start."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from clientbase.errors import ValidationError
from clientbase.services.client_query import SortKey
from clientbase.services.purchases import PurchaseInput
from clientbase.services.settings import Settings
from clientbase.services.workspace import Workspace
from clientbase.ui.clients_model import COLUMNS
from clientbase.ui.main_window import MainWindow
from clientbase.ui.preferences import load_settings
from clientbase.ui.settings_dialog import Preferences, SettingsDialog
from tests.conftest import person


@pytest.fixture
def window(qtbot, workspace: Workspace, qsettings: QSettings) -> MainWindow:
    client = workspace.clients.create(person("Абаев", "Ерлан"))
    workspace.purchases.add(client, PurchaseInput(date(2026, 5, 1), total=Decimal("1500")))
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def choose(monkeypatch, **changes) -> list[SettingsDialog]:
    """Make the next settings window answer OK with these choices made in its fields."""
    opened: list[SettingsDialog] = []

    def exec_(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        for name, value in changes.items():
            if name == "birthday_lead":
                dialog.birthday_lead.setValue(value)
            else:
                combo = getattr(dialog, name)
                combo.setCurrentIndex(combo.findData(value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    return opened


def total_shown(window: MainWindow) -> str:
    window.model.finish_loading()
    column = COLUMNS.index(SortKey.TOTAL_SPENT)
    return window.model.index(0, column).data()


def test_the_region_and_currency_are_used_at_once_and_remembered(
    window: MainWindow, workspace: Workspace, qsettings: QSettings, monkeypatch
) -> None:
    assert "₽" in total_shown(window)
    minsk = person("Ковалёва", "Янина", phones=("29 123-45-67",))
    with pytest.raises(ValidationError):
        workspace.clients.validate(minsk)  # not a Russian number
    choose(monkeypatch, region="BY", currency="BYN", birthday_lead=3)
    window.edit_settings()

    assert "Br" in total_shown(window)
    assert load_settings(qsettings) == Settings(phone_region="BY", currency="BYN")
    assert window.reminders.birthday_lead_days() == 3
    # A phone typed without its country code is now read as a Belarusian number.
    assert workspace.clients.validate(minsk).phones[0].e164 == "+375291234567"


def test_before_anything_is_chosen_the_region_and_currency_are_the_computers(
    qsettings: QSettings,
) -> None:
    # A shop in London started with Russian phones and roubles: «020 7946 0958» in its
    # sheet came in as a number of Russia, or not at all.
    from PySide6.QtCore import QLocale

    assert load_settings(qsettings, QLocale("en_GB")) == Settings("GB", "GBP")
    assert load_settings(qsettings, QLocale("en_US")) == Settings("US", "USD")
    assert load_settings(qsettings, QLocale("kk_KZ")) == Settings("KZ", "KZT")
    # A locale that names no country the program knows, or none at all: Russia's.
    assert load_settings(qsettings, QLocale("fr_FR")) == Settings("RU", "RUB")
    assert load_settings(qsettings, QLocale.c()) == Settings("RU", "RUB")
    qsettings.setValue("data/phone_region", "BY")  # what was chosen stays chosen
    assert load_settings(qsettings, QLocale("en_GB")).phone_region == "BY"


def test_a_new_language_is_kept_for_the_next_start_and_said_so(qtbot, qsettings: QSettings) -> None:
    dialog = SettingsDialog(Preferences("", Settings(), 7), "/tmp/base.sqlite", lambda: "Every 4 h")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_hint.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_hint.isVisible()
    assert dialog.preferences().language == "en"
    assert dialog.backups.text() == "Every 4 h"


def test_the_settings_show_where_the_base_and_its_backups_are(
    window: MainWindow, workspace: Workspace, monkeypatch
) -> None:
    opened = choose(monkeypatch)
    window.edit_settings()
    assert str(workspace.db.path or workspace.db.url) in opened[0].location.text()
    assert opened[0].backups.text() == window.backups.summary()
    if workspace.db.path is not None:
        assert str(workspace.db.path.parent / "backups") in opened[0].backups.text()
    else:
        assert "server" in opened[0].backups.text()


def test_about_names_the_version_base_and_schema(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about()
    assert "0.1.0" in shown[0]
    assert str(window.workspace.db.path or window.workspace.db.url) in shown[0]
    from clientbase.db.migrate import head_revision

    assert f"Schema version: {head_revision()}" in shown[0]


def test_a_server_base_offers_how_often_to_show_others_changes(qtbot) -> None:
    on_file = SettingsDialog(Preferences("", Settings(), 7), "/tmp/base.sqlite", lambda: "")
    on_server = SettingsDialog(
        Preferences("", Settings(), 7, 45), "postgresql://shop@server/clientbase", lambda: "",
        on_server=True,
    )  # fmt: skip
    for dialog in (on_file, on_server):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not on_file.refresh.isVisible()
    assert on_server.refresh.isVisible() and on_server.preferences().refresh_seconds == 45
