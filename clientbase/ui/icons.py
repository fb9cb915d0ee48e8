"""The program's icons: SVG files in resources/icons, drawn in one palette and line width."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar

ICONS = Path(str(files("clientbase.resources") / "icons"))


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg; an empty icon (text only) if the file is missing."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon_toolbar(title: str, groups: list[list[tuple[QAction, str]]]) -> QToolBar:
    """A fixed toolbar of actions with their icons and words, the groups set apart."""
    toolbar = QToolBar(title)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action, name in group:
            action.setIcon(icon(name))
            toolbar.addAction(action)
    return toolbar
