"""The program's icons: SVG files in resources/icons, drawn in one palette and line width."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(str(files("clientbase.resources") / "icons"))


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg; an empty icon (text only) if the file is missing."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
