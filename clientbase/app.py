"""Start the desktop program: settings, translations, the base, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from clientbase import __version__
from clientbase.errors import ClientBaseError
from clientbase.ui.i18n import SUPPORTED, icon_path, install_translations
from clientbase.ui.preferences import language

if TYPE_CHECKING:
    from clientbase.ui.controller import Controller


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clientbase", description="ClientBase")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="database file or URL to open")
    parser.add_argument("--demo", action="store_true", help="open the demo base")
    parser.add_argument("--lang", choices=SUPPORTED, help="interface language")
    # For the installers' smoke test: start, show the main window, paint it, and quit with 0.
    parser.add_argument("--check-start", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def install_error_reporting() -> None:
    """A service error that escapes a slot is told to the person instead of lost in a log."""
    previous = sys.excepthook

    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, ClientBaseError):
            from PySide6.QtWidgets import QMessageBox

            from clientbase.ui.labels import error_text

            QMessageBox.warning(QApplication.activeWindow(), "ClientBase", error_text(error))
            return
        previous(kind, error, trace)

    sys.excepthook = report


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ClientBase")
    app.setApplicationName("ClientBase")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))
    settings = QSettings()
    install_translations(app, args.lang or language(settings) or None)

    from clientbase.ui.controller import Controller

    install_error_reporting()

    controller = Controller(settings)
    if not controller.start(args.db, args.demo):
        return 2
    if args.check_start:
        return check_start(app, controller)
    return app.exec()


def check_start(app: QApplication, controller: Controller) -> int:
    """Paint the main window once, say what it shows, and quit: 0 when it showed a base."""
    from PySide6.QtCore import QTimer

    from clientbase.services.client_query import count_clients

    window = controller.window
    if window is None or not window.isVisible():
        return 3
    QTimer.singleShot(500, app.quit)
    app.exec()
    clients = count_clients(window.workspace.db)
    if sys.stdout is not None:  # a windowed program on Windows has no console to print to
        print(f"ClientBase {__version__}: «{window.windowTitle()}», {clients} clients", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
