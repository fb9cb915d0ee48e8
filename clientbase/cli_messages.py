"""The command line's word on bad input: in English here, as the services word it; in the
language of the user's system through ui.system_language, which the installed command uses.
"""

from __future__ import annotations

from clientbase.errors import ClientBaseError
from clientbase.exchange.sheet_cells import column_letter
from clientbase.services.import_batches import BatchSummary
from clientbase.services.read_row import CellProblem


class Messages:
    """In English, as the services word them: for a process with a Qt application of its
    own, whose language is not the command line's to change (the tests')."""

    def error(self, error: ClientBaseError) -> str:
        return one_line(str(error))

    def left_out(self, problem: CellProblem, line: str = "") -> str:
        """One value an import leaves out, with its code for scripts to look for. `line`:
        its row as the person finds it (ImportPlan.where), where not just its number."""
        return (
            f"row {line or problem.line}, {column_of(problem)}: «{problem.value}» left out "
            f"({problem.code})"
        )

    def without_name(self, line: str, held: str, above: str | None) -> str:
        """A row without a name, left out: what it holds, and, under a client's row (a
        second phone written below), how to add it to that client."""
        text = f"row {line}: no name, not imported (it holds: {held})"
        if above is not None:
            text += f"; --rows-without-name above adds it to the client in row {above}"
        return text + " (no_name)"

    def imported_before(self, before: BatchSummary) -> str:
        """That the rows were imported already (ImportPlan.imported_before): when, from
        what, and the import's number for `clientbase-cli undo-import`."""
        return (
            f"these rows were imported already, on {before.imported_at:%Y-%m-%d %H:%M} from "
            f"{before.file_name} ({before.sheet}), import {before.id}"
        )

    def worked_on_since(self, count: int, batch: int) -> str:
        """That `count` clients of the import were worked on since, and what to add."""
        clients, were = ("1 client", "was") if count == 1 else (f"{count} clients", "were")
        return (
            f"{clients} of import {batch} {were} worked on since (edited, or given purchases, "
            "calls or reminders); undoing would remove or reset them with that work. Add "
            "--keep-worked-on to keep them as they are, or --all to take them back too"
        )

    def password_prompt(self, again: bool = False) -> str:
        return "Repeat the password: " if again else "Backup password: "

    def passwords_differ(self) -> str:
        return "the passwords differ"

    def password_needed(self, variable: str) -> str:
        return f"--encrypt needs a password (set ${variable})"


def column_of(problem: CellProblem) -> str:
    return problem.column or column_letter(problem.index or 0)


def one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class SystemLanguage(Messages):
    """In the system's language, as the window words it (ui.system_language). That loads Qt,
    so it is imported at the first word: a command that works never loads it."""

    def __init__(self) -> None:
        self._words: Messages | None = None

    def error(self, error: ClientBaseError) -> str:
        return self._speaker().error(error)

    def left_out(self, problem: CellProblem, line: str = "") -> str:
        return self._speaker().left_out(problem, line)

    def without_name(self, line: str, held: str, above: str | None) -> str:
        return self._speaker().without_name(line, held, above)

    def imported_before(self, before: BatchSummary) -> str:
        return self._speaker().imported_before(before)

    def worked_on_since(self, count: int, batch: int) -> str:
        return self._speaker().worked_on_since(count, batch)

    def password_prompt(self, again: bool = False) -> str:
        return self._speaker().password_prompt(again)

    def passwords_differ(self) -> str:
        return self._speaker().passwords_differ()

    def password_needed(self, variable: str) -> str:
        return self._speaker().password_needed(variable)

    def _speaker(self) -> Messages:
        if self._words is None:
            from clientbase.ui.system_language import WindowWords

            self._words = WindowWords()
        return self._words
