"""The command line's word on bad input, in the language of the user's system.

The services' errors carry English text; the window names them through its Qt translations
(labels). The installed command does the same when it has something to tell, in the
language the system speaks (LANG on Linux, the display language on Windows), so a Russian
shop's nightly backup log says «файл повреждён» rather than «the file is damaged». The
command line imports this module only then: a command that works never loads Qt.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from clientbase.cli_messages import Messages, column_of, one_line
from clientbase.errors import ClientBaseError
from clientbase.services.import_batches import BatchSummary
from clientbase.services.read_row import CellProblem
from clientbase.ui.formatting import format_datetime
from clientbase.ui.i18n import install_translations
from clientbase.ui.labels import error_text, import_source, problem_code_text


class WindowWords(Messages):
    """As the window would say it, in the system's language, each on one line."""

    def error(self, error: ClientBaseError) -> str:
        self._speak()
        return one_line(error_text(error))

    def left_out(self, problem: CellProblem, line: str = "") -> str:
        self._speak()
        why = problem_code_text(problem.code, problem.value, problem.count)
        return QCoreApplication.translate(
            "CommandLine", "row {line}, {column}: {why} ({code})"
        ).format(
            line=line or problem.line, column=column_of(problem), why=one_line(why),
            code=problem.code,
        )  # fmt: skip

    def without_name(self, line: str, held: str, above: str | None) -> str:
        self._speak()
        if above is None:
            text = QCoreApplication.translate(
                "CommandLine", "row {line}: no name, not imported (it holds: {held})"
            )
        else:
            text = QCoreApplication.translate(
                "CommandLine",
                "row {line}: no name, not imported (it holds: {held}); --rows-without-name "
                "above adds it to the client in row {above}",
            )
        return text.format(line=line, held=held, above=above) + " (no_name)"

    def imported_before(self, before: BatchSummary) -> str:
        self._speak()
        return QCoreApplication.translate(
            "CommandLine", "these rows were imported already, on {at} from {file}, import {batch}"
        ).format(
            at=format_datetime(before.imported_at),
            file=import_source(before.file_name, before.sheet),
            batch=before.id,
        )

    def worked_on_since(self, count: int, batch: int) -> str:
        self._speak()
        # A count, not a plural: lupdate finds no plural in QCoreApplication.translate.
        return QCoreApplication.translate(
            "CommandLine",
            "clients of import {batch} worked on since (edited, or given purchases, calls or "
            "reminders): {count}; undoing would remove or reset them with that work. Add "
            "--keep-worked-on to keep them as they are, or --all to take them back too",
        ).format(batch=batch, count=count)

    def password_prompt(self, again: bool = False) -> str:
        self._speak()
        if again:
            return QCoreApplication.translate("CommandLine", "Repeat the password: ")
        return QCoreApplication.translate("CommandLine", "Backup password: ")

    def passwords_differ(self) -> str:
        self._speak()
        return QCoreApplication.translate("CommandLine", "the passwords differ")

    def password_needed(self, variable: str) -> str:
        self._speak()
        return QCoreApplication.translate(
            "CommandLine", "--encrypt needs a password (set ${variable})"
        ).format(variable=variable)

    @staticmethod
    def _speak() -> None:
        """Make the Qt application a translation needs, in the system's language. Only in
        a process of the command line's own: one showing windows makes a QApplication."""
        if QCoreApplication.instance() is None:
            install_translations(QCoreApplication(sys.argv[:1]))
