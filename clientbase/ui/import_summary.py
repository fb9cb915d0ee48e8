"""The import wizard's summary of a plan: what the import would do, in one paragraph."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from clientbase.services.import_batches import BatchSummary
from clientbase.ui.formatting import format_datetime
from clientbase.ui.labels import import_source

translate = QCoreApplication.translate


def summary_text(counts: Mapping[str, int], whole_cards: bool = False) -> str:
    """«Rows: 9. New clients: 6; …», then a sentence for each of what only some sheets
    bring (purchases known already, reminders, calls, rows to decide on), where there are
    any. `whole_cards`: the file is the program's own full export (ImportPlan.whole_cards),
    whose updates also clear what was deleted in it."""
    text = (
        translate(
            "ImportDialog",
            "Rows: %1. New clients: %2; merged into clients in the base: %3; "
            "listed twice in the file: %4; skipped: %5; rows without a name: %6. "
            "Values left out: %7. Purchases: %8.",
        )
        .replace("%1", str(counts["rows"]))
        .replace("%2", str(counts["new"]))
        .replace("%3", _merged_text(counts))
        .replace("%4", str(counts["listed_twice"]))
        .replace("%5", str(counts["skip"] - counts["sale_only"]))
        .replace("%6", str(counts["error"]))
        .replace("%7", str(counts["problems"]))
        .replace("%8", str(counts["purchases"]))
    )
    sometimes = {
        "sale_only": translate(
            "ImportDialog", "Sales of clients in the base, whose cards stay as they are: %1."
        ),
        "purchases_in_base": translate(
            "ImportDialog", "Purchases in the base already, not added again: %1."
        ),
        "reminders": translate("ImportDialog", "Reminders: %1."),
        "calls": translate("ImportDialog", "Entries to the history: %1."),
        "shared_contact": translate(
            "ImportDialog", "Another name at the same phone, e-mail, card or code: %1."
        ),
        "namesake": translate(
            "ImportDialog",
            "The name of another client, other contacts: %1 (added apart; "
            "choose “Merge” where it is one person).",
        ),
    }
    for count, sentence in sometimes.items():
        if counts[count]:
            text += " " + sentence.replace("%1", str(counts[count]))
    if counts["merge"] > counts["unchanged"] and not counts.get("update"):
        # Merges that change cards keep the cards' values: a list corrected in Excel needs
        # the other rule, which a person re-importing it would not know to look for.
        text += " " + translate(
            "ImportDialog",
            "If the file is newer than the base (corrected in Excel), choose “Update the card "
            "from the file” to put its values into the cards.",
        )
    if whole_cards and counts.get("update"):
        # Unlike any other list's, this file's empty cells clear the cards' fields: the
        # person is told before a deleted cell deletes a phone.
        text += " " + translate(
            "ImportDialog",
            "The file is a ClientBase export: the cards it updates become what it says, and "
            "what was deleted in it (a phone, an address) is deleted from them too.",
        )
    return text


def imported_before_text(before: BatchSummary) -> str:
    """The sentence that says the rows were imported already: when, and from what, as the
    import history lists it."""
    return _imported_before(
        before,
        translate(
            "ImportDialog",
            "These rows were imported already, on %1 from %2 (File → Import history).",
        ),
    )


def import_again_question(before: BatchSummary, new: int) -> str:
    return _imported_before(
        before,
        translate(
            "ImportDialog",
            "These rows were imported already, on %1 from %2. Import them again? New clients: %3.",
        ),
    ).replace("%3", str(new))


def _imported_before(before: BatchSummary, sentence: str) -> str:
    return sentence.replace("%1", format_datetime(before.imported_at)).replace(
        "%2", import_source(before.file_name, before.sheet)
    )


def _merged_text(counts: Mapping[str, int]) -> str:
    """«120», «120 (100 of them unchanged)» (the same list imported again), or «120 (20 of
    them updated from the file, 100 unchanged)»."""
    merged, updated, unchanged = counts["merge"], counts.get("update", 0), counts["unchanged"]
    if updated:
        text = (
            translate("ImportDialog", "%1 (%2 of them updated from the file, %3 unchanged)")
            if unchanged
            else translate("ImportDialog", "%1 (%2 of them updated from the file)")
        )
        return (
            text.replace("%1", str(merged))
            .replace("%2", str(updated))
            .replace("%3", str(unchanged))
        )
    if unchanged:
        return (
            translate("ImportDialog", "%1 (%2 of them unchanged)")
            .replace("%1", str(merged))
            .replace("%2", str(unchanged))
        )
    return str(merged)
