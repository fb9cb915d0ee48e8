"""The import's preview: every row of the sheet as it will be saved, and what becomes of it.

A model, not a table of items: a sheet of 100,000 rows shows at once, each cell made when
it is painted. The «What happens» cell of a row with a card is a choice: for a duplicate,
merge, keep as another client, or skip; for any other row, import or skip (a row with bad
values, say). The dialog plans the import again with the choice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from clientbase.db.enums import PurchaseStatus, Recurrence
from clientbase.errors import ValidationError
from clientbase.exchange.values import with_note
from clientbase.services.client_data import ContactPersonInput
from clientbase.services.client_rows import display_name
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.import_plan import DuplicateRule, ImportPlan, PlannedRow, RowAction
from clientbase.services.phones import display_phone
from clientbase.services.purchases import PurchaseInput
from clientbase.services.text import clipped
from clientbase.ui.formatting import (
    format_date,
    format_datetime,
    format_money,
    shown_birthday,
)
from clientbase.ui.import_targets import field_names
from clientbase.ui.labels import label

translate = QCoreApplication.translate
ACTION_COLUMN = 1
# The choices of a row's «What happens» cell: [(DuplicateRule value, text)].
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def choices_of(row: PlannedRow, where: Callable[[int], str] = str) -> list[tuple[str, str]]:
    if row.reason == "duplicate":
        return [
            *_merge_choices(row),
            (DuplicateRule.KEEP.value, translate("ImportPreview", "Add as another client")),
            (DuplicateRule.SKIP.value, translate("ImportPreview", "Skip")),
        ]
    if row.reason in ("shared_contact", "namesake"):
        # Another first name at the same phone: a family's, or the same client after all;
        # the same name with another phone: a namesake, or the client's new number, which
        # an update puts first on the card.
        return [
            (DuplicateRule.KEEP.value, translate("ImportPreview", "Add as another client")),
            *_merge_choices(row),
            (DuplicateRule.SKIP.value, translate("ImportPreview", "Skip")),
        ]
    if row.reason == "heading":
        # Taken for a heading by how it is written: it may be a client after all.
        return [
            (DuplicateRule.SKIP.value, translate("ImportPreview", "Skip")),
            (DuplicateRule.KEEP.value, translate("ImportPreview", "Import as a client")),
        ]
    if row.above_line is not None and row.reason != "further":
        # A row without a name: its phones and notes may be the client's above.
        above = translate("ImportPreview", "Add to the client in row %1")
        return [
            (DuplicateRule.MERGE.value, above.replace("%1", where(row.above_line))),
            (DuplicateRule.KEEP.value, translate("ImportPreview", "Do not import")),
        ]
    if row.data is None:
        return []  # a row without a name or a totals row: nothing to import
    return [
        (DuplicateRule.KEEP.value, translate("ImportPreview", "Import")),
        (DuplicateRule.SKIP.value, translate("ImportPreview", "Skip")),
    ]


def _merge_choices(row: PlannedRow) -> list[tuple[str, str]]:
    """Merge, and for a client of the base (not an earlier row, which has no card yet)
    Update: the file's values into the card."""
    merge = [(DuplicateRule.MERGE.value, translate("ImportPreview", "Merge"))]
    if row.same_as_line is None:
        merge.append((DuplicateRule.UPDATE.value, translate("ImportPreview", "Update")))
    return merge


def _with_details(name: str, details: list[str]) -> str:
    """«Иванова Мария (+7 916 111-22-33, Москва)»."""
    shown = ", ".join(detail for detail in details if detail)
    return f"{name} ({shown})" if shown else name


def worth_a_look(row: PlannedRow) -> bool:
    """Whether a row has something to decide or to know: a duplicate, a namesake, another
    name at a shared phone, values left out, a row skipped or taken for a heading, a row
    without a name. Not a merge that changes nothing: a list imported again is all such."""
    if row.unchanged:
        return False
    return (
        row.reason in ("duplicate", "shared_contact", "namesake", "decided", "heading")
        or bool(row.problems)
        or (row.above_line is not None and row.reason != "further")
        or row.action is RowAction.ERROR
    )


def decision_of(row: PlannedRow) -> DuplicateRule:
    """What was decided for a row, read back from its planned action."""
    if row.updates:
        return DuplicateRule.UPDATE
    if row.action in (RowAction.MERGE, RowAction.MERGE_IN_FILE):
        return DuplicateRule.MERGE
    if row.action is RowAction.SKIP:
        return DuplicateRule.SKIP
    return DuplicateRule.KEEP


class ImportPreviewModel(QAbstractTableModel):
    decided = Signal(int, str)  # sheet line, DuplicateRule value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlannedRow] = []  # those shown: all, or the ones worth a look
        self._all: list[PlannedRow] = []
        self.only_worth_a_look = False
        self.base_names: dict[int, str] = {}
        # The phone, e-mail and city of those clients, shown beside a namesake's row.
        self.base_details: dict[int, list[str]] = {}
        self._by_line: dict[int, PlannedRow] = {}
        # «4», or «4 (Февраль)» of a workbook's sheets read as one list.
        self._where: Callable[[int], str] = str
        self.region = "RU"
        self._made: dict[int, list[str]] = {}
        self.with_messengers = False
        self.with_tags = False
        self.with_people = False
        self.with_referrers = False
        self.with_since = False
        self.with_reminders = False
        self.with_calls = False
        self.with_notes = False
        self._notes_column: int | None = None
        self.headers = self._headers(with_purchases=False)

    def _headers(self, with_purchases: bool) -> list[str]:
        headers = [
            self.tr("Row"), self.tr("What happens"), self.tr("Client"), self.tr("Phones"),
            self.tr("E-mail"), self.tr("Birthday"), self.tr("City"),
        ]  # fmt: skip
        if self.with_messengers:
            # «Instagram: @anna_nails»: a sheet's handles, which the card shows apart.
            headers.append(self.tr("Messengers"))
        if self.with_tags:
            # A «Метки» column, or what the sheet marks rows with: «выделен жёлтым».
            headers.append(self.tr("Tags"))
        if self.with_people:
            # A company's contacts, a client's children: «Петя (сын, 12.05.2015)».
            headers.append(self.tr("Contact persons"))
        if self.with_referrers:
            # «Кто порекомендовал»: the client found by that name or phone.
            headers.append(self.tr("Referred by"))
        if self.with_since:
            # The sheet says since when the shop knows each client: the card's «Added».
            headers.append(self.tr("Client since"))
        if self.with_reminders:
            headers.append(self.tr("Reminder"))  # a «Перезвонить» column's day
        if self.with_calls:
            headers.append(self.tr("To the history"))  # the last call or visit
        headers.append(self.tr("Same as"))
        self._notes_column = len(headers) if self.with_notes else None
        if self.with_notes:
            # What goes to the card's notes: a column kept as a note, a value left out, an
            # old number struck out in the sheet.
            headers.append(self.tr("Notes"))
        # An orders sheet: what each row adds to its client's purchases.
        return [*headers, self.tr("Purchase")] if with_purchases else headers

    def show_plan(
        self,
        plan: ImportPlan | None,
        base_names: dict[int, str],
        region: str = "RU",
        base_details: dict[int, list[str]] | None = None,
    ) -> None:
        """`base_names`: the names of the base's clients that rows are duplicates of;
        `region`: the phone region the import checks with; `base_details`: what else
        tells those clients apart (their phone, e-mail, city)."""
        self.beginResetModel()
        self._all = plan.rows if plan is not None else []
        self._where = plan.where if plan is not None else str
        self._by_line = {row.line: row for row in self._all}
        self.base_details = base_details or {}
        self.with_messengers = any(
            row.data is not None and row.data.messengers for row in self._all
        )
        self.with_tags = any(row.data is not None and row.data.tags for row in self._all)
        self.with_people = any(
            row.data is not None and row.data.contact_persons for row in self._all
        )
        self.with_referrers = any(_referred(row) for row in self._all)
        self.with_since = any(row.since for row in self._all)
        self.with_reminders = any(row.reminders() for row in self._all)
        self.with_calls = any(row.calls for row in self._all)
        self.with_notes = any(row.data is not None and row.data.notes for row in self._all)
        self.headers = self._headers(any(row.purchase for row in self._all))
        self.base_names = base_names
        self.region = region
        self._shown()
        self.endResetModel()

    def show_only_worth_a_look(self, only: bool) -> None:
        """Among thousands of rows, the few to decide on or to know about (see
        worth_a_look), or all of them again."""
        self.beginResetModel()
        self.only_worth_a_look = only
        self._shown()
        self.endResetModel()

    def _shown(self) -> None:
        self.rows = (
            [r for r in self._all if worth_a_look(r)] if self.only_worth_a_look else self._all
        )
        self._made = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == ACTION_COLUMN and choices_of(self.rows[index.row()], self._where):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == ACTION_COLUMN:
            if role == Qt.ItemDataRole.EditRole:
                return decision_of(row).value
            if role == CHOICES_ROLE:
                return choices_of(row, self._where)
            if role == Qt.ItemDataRole.ToolTipRole and choices_of(row, self._where):
                click = self.tr("Click to choose what becomes of this row")
                if row.updates and row.changes and not row.unchanged:
                    changes = self.tr("The file changes: %1").replace(
                        "%1", ", ".join(field_names(row.changes))
                    )
                    return f"{changes}\n{click}"
                return click
            # The rows where a choice matters show it, with an arrow as on a drop-down list:
            # duplicates, rows with values left out, and rows skipped by choice.
            has_choice = (
                row.data is not None or row.above_line is not None or row.reason == "heading"
            )
            if role == Qt.ItemDataRole.DecorationRole and has_choice and worth_a_look(row):
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        notes = index.column() == self._notes_column
        if role == Qt.ItemDataRole.ToolTipRole and notes and row.data is not None:
            return row.data.notes or None  # whole, where the cell shows its first words
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() not in self._made:
            self._made[index.row()] = self._cells(row)
        return self._made[index.row()][index.column()]

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self.rows[index.row()]
        rule = DuplicateRule(str(value))
        if rule is not decision_of(row):
            self.decided.emit(row.line, rule.value)
        return True

    def _cells(self, row: PlannedRow) -> list[str]:
        cells = [self._where(row.line), self._action(row)]
        valid = row.valid or self._checked(row)
        if valid is None:
            # An order row's purchase still names the client it goes to.
            cells += ["", "", "", "", ""] + [""] * (
                self.with_messengers
                + self.with_tags
                + self.with_people
                + self.with_referrers
                + self.with_since
                + self.with_reminders
                + self.with_calls
            )
            cells.append(self._same_as(row))
            cells += [""] * self.with_notes
        else:
            data = valid.data
            name = display_name(
                data.kind, data.last_name, data.first_name, data.middle_name, data.organization
            )
            cells += [
                name,
                # As the program understood them: «9161112233» is +7 916 111-22-33.
                ", ".join(with_note(display_phone(p.e164), p.label) for p in valid.phones),
                ", ".join(with_note(address, note) for address, note in valid.emails),
                shown_birthday(str(valid.birthday)) if valid.birthday else "",
                data.city,
            ]
            if self.with_messengers:
                cells.append("; ".join(f"{label(m.kind)}: {m.handle}" for m in data.messengers))
            if self.with_tags:
                cells.append(", ".join(valid.tags))
            if self.with_people:
                cells.append("; ".join(map(_person_shown, data.contact_persons)))
            if self.with_referrers:
                cells.append(self._referrer(row))
            if self.with_since:
                cells.append(format_date(row.since))
            if self.with_reminders:
                cells.append(self._reminder(row))
            if self.with_calls:
                cells.append(self._calls(row))
            cells.append(self._same_as(row))
            if self.with_notes:
                cells.append(_notes_shown(data.notes))
        if len(self.headers) > len(cells):
            purchase = self._purchase(row.purchase) if row.purchase else ""
            if row.purchase_in_base:
                purchase = self.tr("%1 (in the base already)").replace("%1", purchase)
            cells.append(purchase)
        return cells

    def _reminder(self, row: PlannedRow) -> str:
        """«Перезвонить 05.12.2026 10:00», on the row whose client it is added to; a yearly
        one said so: «Годовщина свадьбы 12.06.2027 10:00 (каждый год): 12.06.2005»."""
        if row.action not in (RowAction.NEW, RowAction.MERGE):
            return ""
        shown = []
        for reminder in row.reminders():
            text = f"{reminder.title} {format_datetime(reminder.due_at)}"
            if reminder.recurrence is not Recurrence.NONE:
                text += f" ({label(reminder.recurrence).lower()})"
            # A booking's note of several lines («Стоимость: 4500», «Сотрудник: Ольга») on
            # one, as the notes are: the row's height is one line, and the lines ran into the
            # next reminder.
            note = _notes_shown(reminder.note)
            shown.append(f"{text}: {note}" if note else text)
        return "; ".join(shown)

    def _referrer(self, row: PlannedRow) -> str:
        """The client the row's «Кто порекомендовал» found: a row of the sheet by the name
        it will have («+7 903 111-22-33» is «Петрова Мария»), a client of the base as
        written; "" where it found none (the notes keep it then)."""
        found = self._by_line.get(row.referrer_line or 0)
        if found is not None and found.data is not None:
            data = found.data
            return display_name(
                data.kind, data.last_name, data.first_name, data.middle_name, data.organization
            )
        return row.referrer if _referred(row) else ""

    def _calls(self, row: PlannedRow) -> str:
        """«20.11.2026: договорились на пятницу», on the row whose client it is added to; a
        visit called off with what the sheet says of it on one line."""
        if row.action not in (RowAction.NEW, RowAction.MERGE):
            return ""
        return "; ".join(
            f"{format_date(call.happened_at.date())}: {_notes_shown(call.text)}"
            for call in row.calls
        )

    def _purchase(self, purchase: PurchaseInput) -> str:
        """«05.03.2026 № 101: Плед, Свеча × 2 — 4 790,00 ₽», as the purchase will be saved."""
        when = format_date(purchase.date)  # as the card's purchases tab writes it
        if purchase.number:
            when += " " + self.tr("No. %1").replace("%1", purchase.number)
        items = ", ".join(
            item.name if item.quantity == 1 else f"{item.name} × {item.quantity.normalize():f}"
            for item in purchase.items
            if item.name.strip()
        )
        total = format_money(purchase.computed_total)
        text = f"{when}: {items} — {total}" if items else f"{when}: {total}"
        # A sale not done yet, or cancelled, which the client's total leaves out, says so.
        if purchase.status is not PurchaseStatus.DONE:
            text += f" ({label(purchase.status).lower()})"
        if purchase.comment:
            # «подарочная упаковка», «Мастер: Ольга»: what the sale's comment will keep.
            text += "; " + purchase.comment.replace("\n", "; ")
        return text

    def _checked(self, row: PlannedRow) -> ValidClient | None:
        # A row merged with a later one of the file is kept unchecked until it is saved.
        if row.data is None:
            return None
        try:
            return validate_client(row.data, self.region)
        except ValidationError:
            return None

    def _line(self, line: int | None) -> str:
        return "" if line is None else self._where(line)

    def _same_as(self, row: PlannedRow) -> str:
        """The row or client this row matches; beside a namesake or another name at a
        shared phone, with what tells them apart, as the other row may not be in view."""
        alike = row.reason in ("namesake", "shared_contact")
        if row.same_as_line is not None:
            other = self.tr("row %1").replace("%1", self._line(row.same_as_line))
            earlier = self._by_line.get(row.same_as_line)
            if alike and earlier is not None and earlier.data is not None:
                data = earlier.data
                told = [*(p.raw for p in data.phones), *(e.address for e in data.emails)]
                return _with_details(other, [*told, data.city])
            return other
        if row.client_id is not None:
            name = self.base_names.get(row.client_id, "")
            return _with_details(name, self.base_details.get(row.client_id, [])) if alike else name
        return ""

    def _action(self, row: PlannedRow) -> str:
        if row.returned_line is not None:
            # «-7 000» on a sales book: the sale of that row, taken back.
            return self.tr("A return of the purchase in row %1").replace(
                "%1", self._line(row.returned_line)
            )
        if row.returned_sale is not None:  # a sale of last month's book, imported then
            return self.tr("A return of the purchase of %1 in the base").replace(
                "%1", format_date(row.returned_sale.sold_on)
            )
        match row.action:
            case RowAction.NEW if row.reason == "duplicate":
                return self.tr("New client (added apart)")
            case RowAction.NEW if row.reason == "shared_contact":
                return self.tr("New client: another name, the same phone, e-mail, card or code")
            case RowAction.NEW if row.reason == "namesake":
                return self.tr("New client, though one of the same name is there")
            case RowAction.NEW if row.archived:
                return self.tr("New client, to the archive")
            case RowAction.NEW if row.problems:
                # Why the row has a choice: see the tab of values left out.
                return self.tr("New client, without %n value(s)", "", len(row.problems))
            case RowAction.NEW:
                return self.tr("New client")
            case RowAction.MERGE if row.unchanged:
                # The same list imported again: the card has all the row says.
                return self.tr("In the base already: the card does not change")
            case RowAction.MERGE if row.updates and row.changes:
                # What a person checks before the list overwrites the card: which fields,
                # the first two here (the column stays narrow), all of them in the tooltip.
                names = field_names(row.changes)
                text = self.tr("Updates the client in the base: %1").replace(
                    "%1", ", ".join(names[:2])
                )
                if len(names) > 2:
                    text += " " + self.tr("and %n more", "", len(names) - 2)
                return text
            case RowAction.MERGE if row.updates:
                return self.tr("Updates the client in the base")
            case RowAction.MERGE:
                return self.tr("Merged into the client in the base")
            case RowAction.MERGE_IN_FILE | RowAction.SKIP if (
                row.purchase_in_base and row.data is None
            ):
                # The sheet imported before: its sale is not added a second time.
                return self.tr("Skipped: the purchase is in the base already")
            case RowAction.MERGE_IN_FILE if row.reason in ("purchase_only", "report_purchase"):
                # An order row naming its client by phone, e-mail or card only; a document's
                # line in a grouped 1C report, a sale to the client above it.
                return self.tr("A purchase of the client in row %1").replace(
                    "%1", self._line(row.same_as_line)
                )
            case RowAction.SKIP if row.reason == "purchase_only":
                return self.tr("A purchase of the client in the base")
            case RowAction.MERGE_IN_FILE if row.reason == "order_line":
                # An item row under its order's first row, its date and client left blank.
                return self.tr("An item of the order in row %1").replace(
                    "%1", self._line(row.same_as_line)
                )
            case RowAction.ERROR | RowAction.SKIP if row.reason == "order_line":
                return self.tr("Not imported, as the order in row %1 is not").replace(
                    "%1", self._line(row.same_as_line)
                )
            case RowAction.MERGE_IN_FILE if row.reason in ("unnamed", "further"):
                return self.tr("Added to the client in row %1").replace(
                    "%1", self._line(row.same_as_line)
                )
            case RowAction.MERGE_IN_FILE:
                return self.tr("Merged into row %1").replace("%1", self._line(row.same_as_line))
            case RowAction.SKIP if row.reason == "totals":
                return self.tr("Skipped: a totals row")
            # МойСклад's «Розничный покупатель», 1C's «Частное лицо»: a sale to no one known.
            case RowAction.SKIP if row.reason == "anonymous":
                return self.tr("Skipped: an anonymous buyer, not a client")
            # A purchase row under its client whose day or sum is wrong: named to be fixed.
            case RowAction.SKIP if row.reason == "sale_unread":
                return self.tr("Not imported: a value of the purchase is wrong")
            # A list made for printing repeats its column names, and numbers its pages.
            case RowAction.SKIP if row.reason == "header_again":
                return self.tr("Skipped: the column names again")
            case RowAction.SKIP if row.reason == "page_number":
                return self.tr("Skipped: a page number")
            case RowAction.SKIP if row.reason == "heading" and row.tag:
                return self.tr("Skipped: a heading; the clients under it are tagged «%1»").replace(
                    "%1", row.tag
                )
            case RowAction.SKIP if row.reason == "heading":
                return self.tr("Skipped: a heading")
            case RowAction.SKIP if row.reason == "report_header":
                return self.tr("Skipped: the names of the report's groupings")
            case RowAction.SKIP if row.reason == "report_line":
                # An item or a document under a client's row in a grouped report.
                return self.tr("Skipped: a line of the report under the client in row %1").replace(
                    "%1", self._line(row.same_as_line)
                )
            case RowAction.SKIP if row.reason in ("decided", "shared_contact", "namesake"):
                return self.tr("Skipped, as you chose")
            case RowAction.SKIP:
                return self.tr("Skipped: already there")
            case _:
                return self.tr("Not imported: no name")


class DecisionDelegate(QStyledItemDelegate):
    """The choice for a row, as a list that commits as soon as one is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, name in index.data(CHOICES_ROLE) or []:
            editor.addItem(name, value)
        editor.activated.connect(lambda _: self.commitData.emit(editor))
        # The list opens at once: the click that opened the editor meant to choose.
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# The notes' first words in a cell of the preview: the whole of them is its tooltip.
_NOTES_SHOWN = 100


def _notes_shown(notes: str) -> str:
    """A card's notes on one line, «Телефон (зачёркнуто): 8 903 … · любит чай»."""
    text = " · ".join(line.strip() for line in notes.splitlines() if line.strip())
    return clipped(text, _NOTES_SHOWN)


def _person_shown(person: ContactPersonInput) -> str:
    """«Петя (сын, 12.05.2015)»: a contact person as the card will hold them."""
    said = ", ".join(filter(None, (person.position, shown_birthday(person.birthday))))
    return f"{person.name} ({said})" if said else person.name


def _referred(row: PlannedRow) -> bool:
    """Whether the row's «Кто порекомендовал» found its client (else the notes keep it)."""
    return row.referrer_line is not None or row.referrer_id is not None
