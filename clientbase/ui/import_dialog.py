"""The import wizard: sheet, column mapping, preview of what will happen, then all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import ClientBaseError, ImportFileError, OperationCancelled
from clientbase.exchange.header import Target
from clientbase.exchange.header_row import header_cells
from clientbase.exchange.table_file import ACCESS_BASES, DOCUMENTS, TableData
from clientbase.exchange.values import text_of
from clientbase.services.blank_cells import says_nothing
from clientbase.services.client_query import ClientRow, load_rows
from clientbase.services.import_plan import (
    SAMPLE_ROWS,
    DuplicateRule,
    ImportPlan,
    hidden_rows_below,
    mapping_for,
    plan_import,
    read_plan_source,
    with_fixes,
    without_hidden_rows,
)
from clientbase.services.importing import commit_import
from clientbase.services.report_groups import report_groups
from clientbase.services.row_readings import SheetReadings
from clientbase.services.sheet_sections import heading_tag
from clientbase.services.sheet_shapes import with_header_row
from clientbase.services.workspace import Workspace
from clientbase.ui.area_code_field import AreaCodeField
from clientbase.ui.background import Progress, run_with_progress
from clientbase.ui.column_mapping import ColumnMapping
from clientbase.ui.formatting import locale_language, shown_cell
from clientbase.ui.import_joining import joined_sheets, joined_text, offer_joining
from clientbase.ui.import_preview import (
    ACTION_COLUMN,
    DecisionDelegate,
    ImportPreviewModel,
    worth_a_look,
)
from clientbase.ui.import_problems import (
    FIX_ROLE,
    VALUE_COLUMN,
    column_name,
    show_problems,
)
from clientbase.ui.import_summary import (
    import_again_question,
    imported_before_text,
    summary_text,
)
from clientbase.ui.labels import error_text, file_error_text, sheet_label
from clientbase.ui.summary_line import SummaryLine


@dataclass(frozen=True)
class SourceNames:
    """How the wizard names what it reads, where that is not a file the person chose (rows
    pasted from the clipboard): in the import history, and after «from» in its sentences."""

    listed: str
    after_from: str

    @staticmethod
    def of_file(path: Path) -> SourceNames:
        return SourceNames(path.name, path.name)


class ImportDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        path: Path,
        parent: QWidget | None = None,
        sheet: str | None = None,
        offered: bool = False,
        source: SourceNames | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path = path
        self.source = source or SourceNames.of_file(path)
        # The sheet to read first; None: the reader picks the first one with anything in it.
        self._first_sheet = sheet
        # A sheet offered after another, not chosen: one that holds no list (Excel's empty
        # «Лист2», a sheet of notes) is passed over without a message; `passed_over` says so.
        self._offered = offered
        self.passed_over = False
        self.table_data: TableData | None = None
        # The sheet read, while the other sheets of its columns are joined to it.
        self._single: TableData | None = None
        self.header_line = 0
        self.plan: ImportPlan | None = None
        # Cells retyped in the list of problems: (sheet line, column) → text.
        self.fixes: dict[tuple[int, int], str] = {}
        # What the person chose for single rows in the preview (a duplicate merged, kept apart
        # or skipped; another row skipped): sheet line → rule.
        self.decisions: dict[int, DuplicateRule] = {}
        # Rows read and checked once, so a choice in the preview plans again in a moment.
        self.readings = SheetReadings()
        self._fixed: tuple[TableData, tuple[object, ...], TableData] | None = None
        self.batch_id: int | None = None
        self.setWindowTitle(self.tr("Import clients from %1").replace("%1", self.source.after_from))

        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setSpecialValueText(self.tr("none"))  # 0: a list without column names
        self.header_row.setMaximumWidth(90)
        self.header_row.setToolTip(self.tr("The row of the sheet that holds the column names"))
        self.rule = QComboBox()
        self.rule.addItem(
            self.tr("Merge into the client already in the base"), DuplicateRule.MERGE.value
        )
        self.rule.addItem(self.tr("Update the card from the file"), DuplicateRule.UPDATE.value)
        self.rule.addItem(self.tr("Skip the row"), DuplicateRule.SKIP.value)
        self.rule.addItem(self.tr("Add as another client"), DuplicateRule.KEEP.value)
        tip = Qt.ItemDataRole.ToolTipRole
        self.rule.setItemData(
            0,
            self.tr(
                "The card keeps its values; the file fills what it lacks and adds phones and "
                "e-mails, and what the file says otherwise goes to the card's notes."
            ),
            tip,
        )
        self.rule.setItemData(1, self.tr(
            "The file's values replace the card's: a list exported, corrected in Excel and "
            "imported back. Empty cells change nothing; the card's other phones and e-mails "
            "stay after the file's."), tip)  # fmt: skip
        self.columns = ColumnMapping()
        self.columns.changed.connect(self._plan_outdated)
        self.summary_line = SummaryLine()
        self.summary = self.summary_line.label
        self.summary_line.to_clients_above.clicked.connect(self._rows_to_clients_above)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Why it is left out")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.problems.setToolTip(
            self.tr(
                "Type a corrected value into the Value column, then Check. A client's value "
                "left out is kept in the client's notes."
            )
        )
        self.problems.itemChanged.connect(self._value_fixed)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.preview_model = ImportPreviewModel(self)
        self.preview_model.decided.connect(self._decided)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        # A row a line: the notes, last, end in «…» where the window is too narrow for them.
        self.preview.setWordWrap(False)
        self.preview.setItemDelegateForColumn(ACTION_COLUMN, DecisionDelegate(self.preview))
        # One click opens a row's choices; walking the rows with the arrow keys must not,
        # or the keys would change the choices on the way.
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.preview.clicked.connect(self._open_choices)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.results = QTabWidget()
        self.results.addTab(self.preview, self.tr("Rows as they will be saved"))
        # Among thousands of rows, the few with something to decide.
        self.only_worth_a_look = QCheckBox()
        self._count_worth_a_look(0)
        self.only_worth_a_look.toggled.connect(self.preview_model.show_only_worth_a_look)
        self.results.setCornerWidget(self.only_worth_a_look, Qt.Corner.TopRightCorner)
        self.results.addTab(self.problems, self.tr("Values left out"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        # An Access base or a Word document holds tables, not sheets.
        tables = self.path.suffix.lower() in ACCESS_BASES | DOCUMENTS
        self.sheet_caption = QLabel(self.tr("Table") if tables else self.tr("Sheet"))
        form.addRow(self.sheet_caption, self.sheet)
        # Shown for a workbook of other sheets: a sales book of a sheet a month.
        self.join_sheets = QCheckBox()
        self.join_sheets.setVisible(False)
        self.join_sheets.toggled.connect(self._join_toggled)
        form.addRow(self.join_sheets)
        form.addRow(self.tr("Column names are in row"), self.header_row)
        form.addRow(self.tr("When the client is already in the base"), self.rule)
        # Shown only for a sheet that hides rows: a filter left on, or clients hidden by hand.
        self.skip_hidden = QCheckBox()
        self.skip_hidden.setVisible(False)
        self.skip_hidden.toggled.connect(self._plan_outdated)
        form.addRow(self.skip_hidden)
        self.area_code = AreaCodeField()  # shown for a sheet of local numbers without a code
        self.area_code.given.connect(self._rule_changed)
        form.addRow(self.area_code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What each column holds:")))
        layout.addWidget(self.columns, 2)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary_line)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.buttons)
        self.resize(900, 760)

        # The list of sheets is filled by the first reading of the file (load_sheet), which
        # runs in the background: a spreadsheet is read in a process of its own.
        self.sheet.currentIndexChanged.connect(self.load_sheet)
        self.header_row.valueChanged.connect(self._header_changed)
        self.rule.currentIndexChanged.connect(self._rule_changed)

    def load_sheet(self) -> bool:
        """Read the chosen sheet and propose the mapping; False (with a message) if it can't."""
        sheet = self.sheet.currentData() if self.table_data is not None else self._first_sheet
        language = locale_language()  # of a .vcf's column names and labels
        try:
            table, header_line, mapping = run_with_progress(
                self, self.tr("Reading %1…").replace("%1", self.source.after_from),
                lambda progress: read_plan_source(
                    self.path, sheet, self.workspace.db, require_names=False, progress=progress,
                    language=language,
                ),
            )  # fmt: skip
        except OperationCancelled:
            self._show_sheet_read()  # another sheet's reading stopped: the shown one stays
            return False
        except ImportFileError as error:
            if self._offered and self.table_data is None:
                self.passed_over = True
                return False
            QMessageBox.warning(self, self.windowTitle(), self._file_error_text(error))
            return False
        self.table_data, self.header_line, self._single = table, header_line, None
        self._show_sheet_read()
        offer_joining(self.join_sheets, self.path, table, header_line)
        self.header_row.setEnabled(True)
        # Retyped cells and choices belong to the sheet they were made on.
        self.fixes.clear()
        self.decisions.clear()
        self.header_row.blockSignals(True)
        self.header_row.setRange(0, len(table.rows))  # 0: the sheet has no column names
        self.header_row.setValue(header_line + 1)
        self.header_row.blockSignals(False)
        self._show_columns(mapping)
        return True

    def _file_error_text(self, error: ImportFileError) -> str:
        # The reader names the file it read; pasted rows, as the person knows them.
        if error.detail == self.path.name:
            error = ImportFileError(error.code, self.source.listed, **error.counts)
        return file_error_text(error)

    def _show_sheet_read(self) -> None:
        """The list of sheets (filled at the first reading) on the sheet read."""
        if self.table_data is None:
            return
        table = self.table_data
        self.sheet.blockSignals(True)
        if self.sheet.count() == 0:
            for name in table.sheets or (table.sheet,):
                shown = sheet_label(name)
                if name in table.hidden:
                    shown = self.tr("%1 (hidden sheet)").replace("%1", shown)
                self.sheet.addItem(shown, name)
        found = self.sheet.findData(table.sheet)
        if table.sheet != self.sheet.currentData() and found >= 0:
            self.sheet.setCurrentIndex(found)
        self.sheet.blockSignals(False)

    def _header_changed(self, row: int) -> None:
        """The person says the column names are in another row: propose the mapping anew."""
        if self.table_data is None:
            return
        # The sheet shaped for the row chosen (a months sheet's purchases under its second
        # row of names), not for the one found: 3 s for 100,000 rows of months, in the
        # background as the first reading was.
        shaped, language = self.table_data, locale_language()

        def reshape(progress: Progress) -> TableData:
            table = with_header_row(shaped, row - 1, language, date.today())
            progress(0, 0)  # Cancel: the row stays the one before
            return table

        try:
            table = run_with_progress(
                self, self.tr("Reading %1…").replace("%1", self.source.after_from), reshape
            )
        except OperationCancelled:
            self.header_row.blockSignals(True)
            self.header_row.setValue(self.header_line + 1)
            self.header_row.blockSignals(False)
            return
        try:
            mapping = mapping_for(table, row - 1, self.source.listed, self.workspace.db)
        except ImportFileError as error:
            self.columns.setRowCount(0)
            self._plan_outdated()
            self.check_button.setEnabled(False)
            self.summary.setText(self._file_error_text(error))
            return
        if table.rows is not self.table_data.rows:
            self.fixes.clear()  # retyped cells belong to the rows of the shape they were on
        self.table_data, self.header_line = table, row - 1
        self.decisions.clear()
        offer_joining(self.join_sheets, self.path, self.table_data, self.header_line)
        self._show_columns(mapping)

    def _join_toggled(self, checked: bool) -> None:
        """The other sheets of the same column names taken with this one, or left again."""
        single = self._single or self.table_data
        if single is None:
            return
        mapping = self.mapping()
        if not checked:
            self.table_data, self._single = single, None
            offer_joining(self.join_sheets, self.path, single, self.header_line)
            mapping = mapping[: len(header_cells(single.rows, self.header_line))]
        elif (joined := joined_sheets(self, self.path, single, self.header_line)) is None:
            offer_joining(self.join_sheets, self.path, single, self.header_line)  # unticked again
            return
        else:
            self.table_data, self._single = joined.table, single
            self.join_sheets.setText(joined_text(self.path, joined))
            # A later sheet's value past the named columns widens the list.
            db, name = self.workspace.db, self.source.listed
            mapping += mapping_for(joined.table, self.header_line, name, db)[len(mapping) :]
        # Each sheet's row of column names was found on it: the first's stays as it is.
        self.header_row.setEnabled(not checked)
        self.fixes.clear()
        self.decisions.clear()
        self._show_columns(mapping)

    def _show_columns(self, mapping: list[Target]) -> None:
        assert self.table_data is not None
        rows, header_line = self.table_data.rows, self.header_line
        headers = header_cells(rows, header_line)
        groups = report_groups(rows, header_line, mapping)
        start = header_line + 1 + (len(groups.stacked) if groups is not None else 0)
        # Under a 1C report's groupings, if any, and not a heading between the rows («А»).
        body = [row for row in rows[start : start + SAMPLE_ROWS] if heading_tag(row) is None]
        hidden = len(hidden_rows_below(self.table_data, header_line))
        self.skip_hidden.setText(
            self.tr("Leave out the %n row(s) the sheet hides (by a filter or by hand)", "", hidden)
        )
        self.skip_hidden.setVisible(hidden > 0)
        names, samples = [], []
        for column, header in enumerate(headers):
            name = text_of(header) or column_name(column)
            if column in self.table_data.formats.hidden:
                name = self.tr("%1 (hidden column)").replace("%1", name)
            names.append(name)
            # The first value the column has: on an orders sheet a row often leaves the
            # client's name or phone out. A «нет» or «—» says less than a value below it.
            values = [row[column] for row in body if column < len(row) and row[column] is not None]
            sample = next((v for v in values if not says_nothing(v)), values[0] if values else None)
            samples.append(shown_cell(sample, self.table_data.formats, column))
        self.columns.show_columns(names, samples, mapping)
        self.check_button.setEnabled(True)
        self._plan_outdated()

    def mapping(self) -> list[Target]:
        return self.columns.mapping()

    def _count_worth_a_look(self, count: int) -> None:
        self.only_worth_a_look.setText(
            self.tr("Only the rows to look at (%1)").replace("%1", str(count))
        )

    def _plan_outdated(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Press Check to see what the import will do."))
        self.problems.setRowCount(0)
        self.preview_model.show_plan(None, {})
        self._count_worth_a_look(0)
        self.summary_line.offer_clients_above(0)

    def _open_choices(self, index: QModelIndex) -> None:
        if index.column() == ACTION_COLUMN and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.preview.edit(index)

    def _rule_changed(self) -> None:
        # With the rows already read (SheetReadings), a shown preview follows the rule at once.
        if self.plan is not None:
            self.check()
        else:
            self._plan_outdated()

    def _decided(self, line: int, rule: str) -> None:
        """A duplicate row decided in the preview: plan again, and stay at that row.

        After the list in the cell has closed: planning anew resets the preview, which
        would pull the list away from under its own signal."""
        self.decisions[line] = DuplicateRule(rule)
        at = self.preview.currentIndex().row()
        QTimer.singleShot(0, lambda: self._plan_again_at(at))

    def _rows_to_clients_above(self) -> None:
        if self.plan is not None:
            self.decisions.update(self.plan.to_clients_above())
            self.check()

    def _plan_again_at(self, at: int) -> None:
        self.check()
        if 0 <= at < self.preview_model.rowCount():
            where = self.preview_model.index(at, ACTION_COLUMN)
            self.preview.scrollTo(where)
            self.preview.selectionModel().setCurrentIndex(
                where, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def check(self) -> None:
        if self.table_data is None:
            return
        table = self._fixed_table(self.table_data)
        header_line, mapping = self.header_line, self.mapping()
        rule = DuplicateRule(self.rule.currentData())
        decisions, local_area = dict(self.decisions), self.area_code.code()
        db = self.workspace.db
        # What the import writes on its own (a visit's entry, a colour's tag) in the words
        # the person reads.
        language = locale_language()

        def planned(progress: Progress) -> tuple[ImportPlan, list[ClientRow]]:
            plan = plan_import(
                db, self.workspace.settings, table, header_line, mapping, self.source.listed, rule,
                progress=progress, decisions=decisions, once=self.readings,
                language=language, local_area=local_area,
            )  # fmt: skip
            # The base clients the rows match, by name: read here too, off the GUI thread
            # (a sheet imported again matches every row).
            ids = sorted({r.client_id for r in plan.rows if r.client_id and not r.same_as_line})
            return plan, load_rows(db, ids)

        try:
            self.plan, matched = run_with_progress(self, self.tr("Checking the rows…"), planned)
        except OperationCancelled:
            return
        except ImportFileError as error:
            QMessageBox.warning(self, self.windowTitle(), self._file_error_text(error))
            return
        # A client in the archive is said to be there: the row goes to that card, which stays
        # in the archive.
        in_archive = self.tr("%1 (in the archive)")
        names = {
            row.id: in_archive.replace("%1", row.display_name) if row.archived else row.display_name
            for row in matched
        }
        details = {row.id: [row.phone, row.email, row.city] for row in matched}
        self._show_plan(self.plan, names, details)

    def _fixed_table(self, table: TableData) -> TableData:
        """The sheet with the retyped cells, and without its hidden rows where the person
        leaves them out: the same object while these stay the same (the rows read once are
        kept for it)."""
        skip = not self.skip_hidden.isHidden() and self.skip_hidden.isChecked()
        key = (dict(self.fixes), skip, self.header_line)
        if self._fixed is None or self._fixed[0] is not table or self._fixed[1] != key:
            fixed = with_fixes(table, self.fixes)
            if skip:
                fixed = without_hidden_rows(fixed, self.header_line)
            self._fixed = (table, key, fixed)
        return self._fixed[2]

    def _show_plan(
        self, plan: ImportPlan, names: dict[int, str], details: dict[int, list[str]]
    ) -> None:
        """`names`: the names of the base clients that rows match; `details`: their phone,
        e-mail and city."""
        self.preview_model.show_plan(plan, names, self.workspace.settings.phone_region, details)
        self.preview.resizeColumnsToContents()
        # With a column more or fewer than before (a sheet's «Метки», «Клиент с»), the last
        # one kept its old width instead of filling the rest: stretched anew. Unless its
        # text needs more than the rest (the notes): then it keeps it, and the view scrolls.
        header = self.preview.horizontalHeader()
        header.setStretchLastSection(False)
        self.preview.resizeColumnToContents(header.count() - 1)  # stretched, it was not
        wanted = sum(header.sectionSize(column) for column in range(header.count()))
        header.setStretchLastSection(wanted <= self.preview.viewport().width())
        self._count_worth_a_look(sum(1 for row in plan.rows if worth_a_look(row)))
        self.summary_line.offer_clients_above(len(plan.to_clients_above()))
        self.area_code.offer(any(p.code == "phone_local" for p in plan.problems()))
        counts = plan.counts()
        text = summary_text(counts, plan.whole_cards)
        if plan.imported_before is not None:
            # Said first, on a line of its own: the counts read otherwise for a list
            # imported twice.
            text = imported_before_text(plan.imported_before) + "\n" + text
        self.summary.setText(text)
        rows = self._fixed_table(self.table_data).rows if self.table_data is not None else []
        show_problems(self.problems, plan, rows)
        # A till's sales of clients of the base bring purchases alone, and are worth it.
        self.import_button.setEnabled(counts["new"] + counts["merge"] + counts["purchases"] > 0)

    def _value_fixed(self, item: QTableWidgetItem) -> None:
        where = item.data(FIX_ROLE)
        if item.column() != VALUE_COLUMN or where is None:
            return
        line, column = where
        self.fixes[(line, column)] = item.text()
        # The preview no longer says what will happen; the list stays so more can be fixed.
        self.plan = None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Press Check to see what the import will do."))
        self.summary_line.offer_clients_above(0)

    def later_sheets(self) -> list[str]:
        """The file's sheets after the one read, to import next: a workbook's «Покупки»
        after its «Клиенты», a sales book's «Февраль» after its «Январь». Not one the
        workbook hides (the lists its drop-down cells offer)."""
        table = self.table_data
        if table is None or table.sheet not in table.sheets:
            return []
        later = table.sheets[table.sheets.index(table.sheet) + 1 :]
        taken = {part.sheet for part in table.parts}  # imported with it, as one list
        return [sheet for sheet in later if sheet not in table.hidden and sheet not in taken]

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not self._import_again(plan):
            return
        try:
            self.batch_id = run_with_progress(
                self, self.tr("Importing…"),
                lambda progress: commit_import(
                    self.workspace.db, self.workspace.settings, plan, progress
                ),
            )  # fmt: skip
        except OperationCancelled:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("The import was cancelled; nothing was changed.")
            )
            return
        except ClientBaseError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.accept()

    def _import_again(self, plan: ImportPlan) -> bool:
        """Whether rows imported already are to add clients once more: asked, with No the
        default, as a list opened twice from the downloads folder would bring its clients
        known by name alone a second time."""
        new = plan.counts()["new"]
        if plan.imported_before is None or not new:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            import_again_question(plan.imported_before, new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
