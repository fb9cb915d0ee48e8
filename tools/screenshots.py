"""Make the screenshots of the README and the user guide from a fresh demo base.

Usage: python tools/screenshots.py [ru|en] [OUTPUT_DIR]
Runs on Qt's offscreen platform, so it needs no display; the pictures stay current with the
code because they are made by it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from clientbase.db.open import open_database
from clientbase.services.backups import create_backup, read_backup
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.documents import ShopProfile, save_profile
from clientbase.services.segments import SegmentRules
from clientbase.services.workspace import Workspace
from clientbase.ui.backup_dialogs import (
    BackupSettingsDialog,
    CreateBackupDialog,
    RestoreDialog,
    load_schedule,
)
from clientbase.ui.client_card import ClientCard
from clientbase.ui.dashboard_window import RulesDialog
from clientbase.ui.documents_dialog import DocumentsDialog
from clientbase.ui.i18n import install_translations
from clientbase.ui.import_dialog import ImportDialog
from clientbase.ui.main_window import MainWindow
from clientbase.ui.print_dialogs import ListPrintDialog
from clientbase.ui.privacy_dialogs import PrivacyDialog
from clientbase.ui.settings_dialog import Preferences, SettingsDialog


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "ru"
    output = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    output.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, language)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(open_database(Path(folder) / "demo.sqlite"))
        fill_demo(workspace.db, workspace.settings, clients=300)
        # The invoice names a seller; without one the program asks first (a modal box).
        save_profile(
            workspace.db,
            ShopProfile(
                name="ИП Смирнова Е. А., магазин «Уют»", inn="770123456789",
                address="г. Москва, ул. Ленина, д. 1", phone="+7 495 123-45-67",
                bank_name="ПАО Сбербанк", bank_bik="044525225",
                bank_account="40802810938000012345",
                correspondent_account="30101810400000000225",
            ),
        )  # fmt: skip
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(workspace, settings)
        window.resize(1280, 760)
        window.show()
        window.model.finish_loading()
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(output / f"main-window-{language}.png"))

        window.filters.search.setText("петров")
        window.filters.flush()
        app.processEvents()
        window.grab().save(str(output / f"search-{language}.png"))

        client_id = find_client_ids(workspace.db, ClientQuery(search="петров"))[0]
        card = ClientCard(workspace, client_id, window)
        card.show()
        app.processEvents()
        card.grab().save(str(output / f"card-contacts-{language}.png"))
        card.tabs.setCurrentIndex(1)
        app.processEvents()
        card.grab().save(str(output / f"card-purchases-{language}.png"))
        card.hide()
        card.tabs.setCurrentIndex(0)

        sample = Path(__file__).resolve().parents[1] / "tests" / "data" / "messy_clients.xlsx"
        importing = ImportDialog(workspace, sample, window)
        importing.load_sheet()
        importing.show()
        importing.check()
        app.processEvents()
        importing.grab().save(str(output / f"import-{language}.png"))
        importing.hide()

        window.reminders.show_calendar()
        calendar = window.reminders.calendar_window
        assert calendar is not None
        app.processEvents()
        calendar.grab().save(str(output / f"calendar-{language}.png"))
        calendar.hide()
        window.today.show()
        app.processEvents()
        window.grab().save(str(output / f"today-{language}.png"))

        dashboard = window.show_dashboard()
        while dashboard.board is None:
            app.processEvents()
        app.processEvents()
        dashboard.grab().save(str(output / f"analytics-{language}.png"))
        dashboard.hide()

        window.filters.search.clear()
        window.filters.flush()
        QDialog.exec = lambda self: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        previews = {
            "print-list": lambda: window.prints.print_list(),
            "print-card": lambda: window.prints.print_card(client_id),
            "print-invoice": lambda: card.printing.print_invoice(),
        }
        card.purchases.table.selectRow(0)
        for name, make in previews.items():
            preview = make()
            assert preview is not None
            preview.resize(900, 760)
            preview.fit_page()
            # QtPdf renders pages on a thread of its own: give it time to draw them.
            for _ in range(40):
                app.processEvents()
                time.sleep(0.05)
            preview.grab().save(str(output / f"{name}-{language}.png"))
            preview.close()
        del QDialog.exec  # the class's own exec again

        backup_folder = Path(folder) / "backups"
        made = create_backup(workspace.db, backup_folder, password="demo")
        dialogs = {
            "backup-create": CreateBackupDialog(backup_folder, window),
            "backup-restore": RestoreDialog(read_backup(made.path), window),
            "backup-settings": BackupSettingsDialog(load_schedule(settings), backup_folder, window),
            "privacy": PrivacyDialog(workspace.db, window),
            "print-options": ListPrintDialog(8, 0, window),
            "segment-rules": RulesDialog(SegmentRules(), window),
            "documents": DocumentsDialog(workspace, window),
            "settings": SettingsDialog(
                Preferences(language, workspace.settings, 7),
                str(workspace.db.path),
                window.backups.summary,
                parent=window,
            ),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(output / f"{name}-{language}.png"))
            dialog.hide()
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
