"""Texts of Qt's own dialogs that Qt's Russian translation lacks, translated in ours.

Qt 6 writes some labels with an accelerator («&Look in:», «Page &Set:»), and the Russian
qtbase translation that ships with PySide6 has them only without one: the file dialog and
the print dialog (Qt's own on Linux) said «Look in:» or «Pages per sheet:» in an otherwise
Russian window. lupdate collects these markers into clientbase_ru.ts; our translator is
installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
PRINT_DIALOG = (
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)
