"""Help → About: the program's version, the open base and its schema, Qt and Python."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from clientbase import __version__
from clientbase.services.stats import schema_version
from clientbase.services.workspace import Workspace

translate = QCoreApplication.translate


def about_text(workspace: Workspace) -> str:
    db = workspace.db
    return (
        translate(
            "About",
            "ClientBase %1\nClients, purchases and reminders of a small shop.\n\n"
            "Database: %2\nSchema version: %3\nQt %4, Python %5",
        )
        .replace("%1", __version__)
        .replace("%2", str(db.path or db.url))
        .replace("%3", schema_version(db))
        .replace("%4", qVersion())
        .replace("%5", platform.python_version())
    )


def show_about(parent: QWidget, workspace: Workspace) -> None:
    QMessageBox.about(parent, translate("About", "About ClientBase"), about_text(workspace))
