"""The import wizard's list of the sheet's columns: each one's name, its first value, and
the field it goes to, a field that holds one value being one column's."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clientbase.exchange.header import Target, one_column_a_field
from clientbase.ui.import_targets import target_names

translate = QCoreApplication.translate

SAMPLE_COLUMN = 1
TARGET_COLUMN = 2


class ColumnMapping(QTableWidget):
    """One row a column of the sheet; `changed` when the person sets a column elsewhere."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([
            translate("ImportDialog", "Column in the file"),
            translate("ImportDialog", "First value"),
            translate("ImportDialog", "Goes to"),
        ])  # fmt: skip
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Each choice whole: a third of the table cut «Напоминание: перезвонить, следующий
        # визит» and «Родственник, питомец: имя (контактное лицо)» short.
        header.setSectionResizeMode(TARGET_COLUMN, QHeaderView.ResizeMode.ResizeToContents)

    def show_columns(
        self, names: Sequence[str], samples: Sequence[str], mapping: Sequence[Target]
    ) -> None:
        """The columns as the wizard names them, the first value each shows, and where
        each goes."""
        fields = target_names()
        self.setRowCount(len(names))
        for column, (name, sample) in enumerate(zip(names, samples, strict=True)):
            self.setItem(column, 0, QTableWidgetItem(name))
            self.setItem(column, SAMPLE_COLUMN, QTableWidgetItem(sample))
            combo = QComboBox()
            for target, field in fields.items():
                combo.addItem(field, target.value)
            combo.setCurrentIndex(combo.findData(mapping[column].value))
            combo.currentIndexChanged.connect(partial(self._chosen, column))
            self.setCellWidget(column, TARGET_COLUMN, combo)

    def mapping(self) -> list[Target]:
        targets = []
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, TARGET_COLUMN)
            assert isinstance(combo, QComboBox)
            targets.append(Target(combo.currentData()))
        return targets

    def _chosen(self, column: int, _index: int = 0) -> None:
        """A column set to a field another holds (one «Город»): the other goes to the notes,
        as the plan would read it, in sight."""
        for row, target in enumerate(one_column_a_field(self.mapping(), column)):
            combo = self.cellWidget(row, TARGET_COLUMN)
            if isinstance(combo, QComboBox) and combo.currentData() != target.value:
                combo.setCurrentIndex(combo.findData(target.value))  # calls this again
        self.changed.emit()
