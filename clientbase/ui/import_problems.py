"""The import wizard's tab of values left out: each with its row, column, value and why, to
retype; and each row without a name, with what it holds, to type the name into."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from clientbase.exchange.header import Target
from clientbase.exchange.sheet_cells import column_letter
from clientbase.services.import_plan import ImportPlan
from clientbase.services.planned_rows import held_text
from clientbase.ui.labels import problem_code_text

VALUE_COLUMN = 2
FIX_ROLE = Qt.ItemDataRole.UserRole + 1  # (sheet line, column) of a value to retype
# The most a column of the values left out takes before the reason beside it (pixels).
_PROBLEM_COLUMN_MOST = 240
_VALUE_COLUMN_LEAST = 160
# Where a name typed for a row without one goes: the whole name's column first.
_NAME_ORDER = (Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME, Target.ORGANIZATION)

translate = QCoreApplication.translate


def column_name(index: int | None) -> str:
    """A column of a sheet without column names, as the spreadsheet shows it: «Column C»."""
    if index is None:
        return ""
    return translate("ImportDialog", "Column %1").replace("%1", column_letter(index))


def show_problems(table: QTableWidget, plan: ImportPlan, rows: Sequence[Sequence[object]]) -> None:
    """Fill the tab from the plan; `rows`: the sheet's, as planned (what a row without a
    name holds is read there)."""
    problems = plan.problems()
    missing_name = [r for r in plan.rows if r.reason == "no_name"]
    table.blockSignals(True)
    table.setRowCount(len(problems) + len(missing_name))
    for index, problem in enumerate(problems):
        values = [
            plan.where(problem.line),
            problem.column or column_name(problem.index),
            problem.value,
            problem_code_text(problem.code, problem.value, problem.count),
        ]
        fix = (problem.line, problem.index) if problem.index is not None else None
        _fill_row(table, index, values, fix)
    # A row without a name shows what it holds, and takes a name typed into its value
    # cell, in the column of names: a client's second phone in the row below.
    name_column = next(
        (c for target in _NAME_ORDER for c, t in enumerate(plan.mapping) if t is target), None
    )
    for offset, row in enumerate(missing_name, start=len(problems)):
        values = [
            plan.where(row.line),
            plan.headers[name_column] if name_column is not None else "",
            "",
            translate(
                "ImportDialog", "no name: type it in to import the row, which holds: %1"
            ).replace("%1", held_text(rows, row.line)),
        ]
        fix = (row.line, name_column) if name_column is not None else None
        _fill_row(table, offset, values, fix)
    table.blockSignals(False)
    _fit_columns(table)


def _fill_row(
    table: QTableWidget, index: int, values: list[str], fix: tuple[int, int] | None
) -> None:
    """One row of the tab; only its value can be typed over, where `fix` says where the
    typed value goes."""
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column == VALUE_COLUMN and fix is not None:
            item.setData(FIX_ROLE, fix)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(index, column, item)


def _fit_columns(table: QTableWidget) -> None:
    """Row, column and value as wide as they are written, so that «Дата рождения» is not
    wrapped under «Столбец»; a long value is cut short rather than leave the reason, the
    last column, no room."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        width = min(table.columnWidth(column), _PROBLEM_COLUMN_MOST)
        if column == VALUE_COLUMN:  # room to type a value in, a name for a row without
            width = max(width, _VALUE_COLUMN_LEAST)
        table.setColumnWidth(column, width)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)
