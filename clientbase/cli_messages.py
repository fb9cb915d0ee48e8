"""The command line's word on bad input, in the language of the user's system.

The services' errors carry English text; the window names them through its Qt translations
(ui.labels.error_text). The installed command does the same when it has an error to print,
in the language the system speaks (LANG on Linux, the display language on Windows), so a
Russian shop's nightly backup log tells «файл повреждён» rather than «the file is damaged».
Qt is loaded only then: a command that works never pays for it.
"""

from __future__ import annotations

import sys

from clientbase.errors import ClientBaseError


def in_english(error: ClientBaseError) -> str:
    return " ".join(str(error).split("\n"))


def in_system_language(error: ClientBaseError) -> str:
    """`error` as the window would name it, on one line, for stderr.

    Only for a process of the command line's own: it makes the Qt application object, which
    a process showing windows must make itself, as a QApplication."""
    from PySide6.QtCore import QCoreApplication

    from clientbase.ui.i18n import install_translations
    from clientbase.ui.labels import error_text

    if QCoreApplication.instance() is None:
        install_translations(QCoreApplication(sys.argv[:1]))
    return " ".join(line.strip() for line in error_text(error).splitlines() if line.strip())
