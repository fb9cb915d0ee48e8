"""The command line's word on bad input, in the language of the user's system.

The services' errors carry English text; the window names them through its Qt translations
(ui.labels). The installed command does the same when it has something to tell, in the
language the system speaks (LANG on Linux, the display language on Windows), so a Russian
shop's nightly backup log says «файл повреждён» rather than «the file is damaged». Qt is
loaded only then: a command that works never pays for it.
"""

from __future__ import annotations

import sys

from clientbase.errors import ClientBaseError
from clientbase.exchange.sheet_cells import column_letter
from clientbase.services.read_row import CellProblem


class Messages:
    """In English, as the services word them: for a process with a Qt application of its
    own, whose language is not the command line's to change (the tests')."""

    def error(self, error: ClientBaseError) -> str:
        return " ".join(str(error).split("\n"))

    def left_out(self, problem: CellProblem) -> str:
        """One value an import leaves out, with its code for scripts to look for."""
        return (
            f"row {problem.line}, {_column(problem)}: «{problem.value}» left out ({problem.code})"
        )


class SystemLanguage(Messages):
    """As the window would say it, in the system's language, each on one line."""

    def error(self, error: ClientBaseError) -> str:
        from clientbase.ui.labels import error_text

        self._speak()
        return _one_line(error_text(error))

    def left_out(self, problem: CellProblem) -> str:
        from PySide6.QtCore import QCoreApplication

        from clientbase.ui.labels import problem_code_text

        self._speak()
        why = problem_code_text(problem.code, problem.value, problem.count)
        return QCoreApplication.translate(
            "CommandLine", "row {line}, {column}: {why} ({code})"
        ).format(line=problem.line, column=_column(problem), why=_one_line(why), code=problem.code)

    @staticmethod
    def _speak() -> None:
        """Make the Qt application a translation needs, in the system's language. Only in
        a process of the command line's own: one showing windows makes a QApplication."""
        from PySide6.QtCore import QCoreApplication

        from clientbase.ui.i18n import install_translations

        if QCoreApplication.instance() is None:
            install_translations(QCoreApplication(sys.argv[:1]))


def _column(problem: CellProblem) -> str:
    return problem.column or column_letter(problem.index or 0)


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
