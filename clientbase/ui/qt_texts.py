"""Texts of Qt's own dialogs that Qt's Russian translation lacks, translated in ours.

Qt 6 writes the file dialog's «Look in:» and «Files of type:» with an accelerator
(«&Look in:»), and the Russian qtbase translation that ships with PySide6 has them only
without one: the save and open dialogs (Qt's own, on Linux without a desktop's file
dialog) said «Look in:» in an otherwise Russian window. lupdate collects these markers into
clientbase_ru.ts; our translator is installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
