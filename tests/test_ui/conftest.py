from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, so no test sees another's remembered state."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def type_into(widget: QWidget, text: str) -> None:
    """Type text key by key, Cyrillic included (QTest.keyClicks handles only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
