"""The import wizard's choice to take a workbook's other sheets of the same columns with the
one read, as one list (services.joined_sheets): a sales book of a sheet a month."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from clientbase.errors import ImportFileError, OperationCancelled
from clientbase.exchange.table_file import ACCESS_BASES, DOCUMENTS, TableData
from clientbase.services.joined_sheets import JoinedSheets, join_sheets, sheets_to_join
from clientbase.ui.background import run_with_progress
from clientbase.ui.formatting import locale_language
from clientbase.ui.labels import file_error_text, sheet_label

# The sheets named on the check box, before «…»: a year's book has twelve.
_NAMED = 4

translate = QCoreApplication.translate


def offer_joining(box: QCheckBox, path: Path, table: TableData, header_line: int) -> None:
    """The check box, unticked, shown where the file has other sheets to take and the list
    has column names to tell them by."""
    box.blockSignals(True)
    box.setChecked(False)
    box.blockSignals(False)
    box.setText(
        translate("ImportDialog", "Also the other tables with the same column names, as one list")
        if _of_tables(path)
        else translate(
            "ImportDialog", "Also the other sheets with the same column names, as one list"
        )
    )
    box.setToolTip(
        translate(
            "ImportDialog",
            "A sales book of a sheet a month, clients kept a sheet a kind: the sheets whose "
            "column names are this one's (in any order, a column more or less) are checked "
            "and imported together with it, as one import.",
        )
    )
    box.setVisible(header_line >= 0 and bool(sheets_to_join(table)))


def joined_sheets(
    parent: QWidget, path: Path, table: TableData, header_line: int
) -> JoinedSheets | None:
    """The other sheets read and joined to `table`; None, with a word to the person where
    none has the same column names, the file cannot be read, or the reading is cancelled."""
    title = parent.windowTitle()
    try:
        joined = run_with_progress(
            parent,
            translate("ImportDialog", "Reading the other sheets…"),
            lambda progress: join_sheets(
                path, table, header_line, lambda: progress(0, 0), locale_language()
            ),
        )
    except OperationCancelled:
        return None
    except ImportFileError as error:
        QMessageBox.warning(parent, title, file_error_text(error))
        return None
    if joined.table is table:
        none = (
            translate("ImportDialog", "No other table of the file has the same column names.")
            if _of_tables(path)
            else translate("ImportDialog", "No other sheet of the file has the same column names.")
        )
        QMessageBox.information(parent, title, none)
        return None
    return joined


def joined_text(path: Path, joined: JoinedSheets) -> str:
    """What the check box says once ticked: which sheets are taken, and which are not."""
    text = (
        translate("ImportDialog", "Together with the tables %1")
        if _of_tables(path)
        else translate("ImportDialog", "Together with the sheets %1")
    ).replace("%1", _named(joined.joined[1:]))
    if joined.other:
        text += " " + translate("ImportDialog", "(not taken, of other columns: %1)").replace(
            "%1", _named(joined.other)
        )
    return text


def _of_tables(path: Path) -> bool:
    """An Access base or a Word document holds tables, not sheets."""
    return path.suffix.lower() in ACCESS_BASES | DOCUMENTS


def _named(sheets: tuple[str, ...]) -> str:
    named = ", ".join(f"«{sheet_label(name)}»" for name in sheets[:_NAMED])
    return named + ", …" if len(sheets) > _NAMED else named
