"""The Purchases, History and Reminders tabs of the client card."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QPushButton, QWidget

from clientbase.services.workspace import Workspace
from clientbase.ui.formatting import format_date, format_datetime, format_money
from clientbase.ui.labels import label
from clientbase.ui.purchase_dialog import PurchaseDialog
from clientbase.ui.record_dialogs import InteractionDialog, ReminderDialog
from clientbase.ui.record_tab import RecordTab


class PurchasesTab(RecordTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        super().__init__(
            [
                self.tr("Date"),
                self.tr("Number"),
                self.tr("Items"),
                self.tr("Total"),
                self.tr("Status"),
                self.tr("Payment"),
            ],
            self.tr("Add purchase"),
            parent,
        )

    def reload(self) -> None:
        if self.client_id is None:
            self.fill([])
            return
        records = self.workspace.purchases.list_for(self.client_id)
        currency = self.workspace.settings.currency
        self.fill(
            [
                (
                    r.id,
                    [
                        format_date(r.data.date),
                        r.data.number,
                        ", ".join(i.name for i in r.data.items),
                        format_money(r.total, currency),
                        label(r.data.status),
                        label(r.data.payment_state),
                    ],
                )
                for r in records
            ],
            right_aligned=(3,),
        )
        counted = [r for r in records if r.data.status.value != "cancelled"]
        total = sum((r.total for r in counted), Decimal("0"))
        self.summary.setText(
            self.tr("%n purchase(s), total %1", "", len(counted)).replace(
                "%1", format_money(total, currency)
            )
        )

    def add(self) -> None:
        self._open(None)

    def edit(self, record_id: int) -> None:
        self._open(record_id)

    def _open(self, purchase_id: int | None) -> None:
        assert self.client_id is not None
        data = self.workspace.purchases.get(purchase_id).data if purchase_id else None
        dialog = PurchaseDialog(data, self.workspace.settings.currency, self)
        client_id = self.client_id

        def save() -> None:
            assert dialog.result_value is not None
            if purchase_id is None:
                self.workspace.purchases.add(client_id, dialog.result_value)
            else:
                self.workspace.purchases.update(purchase_id, dialog.result_value)

        self.run_dialog(dialog, save, dialog.show_error)

    def delete(self, record_id: int) -> None:
        self.workspace.purchases.delete(record_id)


class HistoryTab(RecordTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        super().__init__(
            [self.tr("When"), self.tr("Kind"), self.tr("What was said"), self.tr("Outcome")],
            self.tr("Add entry"),
            parent,
        )

    def reload(self) -> None:
        records = self.workspace.interactions.list_for(self.client_id) if self.client_id else []
        self.fill(
            [
                (
                    r.id,
                    [
                        format_datetime(r.data.happened_at),
                        label(r.data.kind),
                        r.data.text,
                        r.data.outcome,
                    ],
                )
                for r in records
            ]
        )

    def add(self) -> None:
        self._open(None)

    def edit(self, record_id: int) -> None:
        self._open(record_id)

    def _open(self, interaction_id: int | None) -> None:
        assert self.client_id is not None
        existing = self.workspace.interactions.get(interaction_id).data if interaction_id else None
        dialog = InteractionDialog(existing, self)
        client_id = self.client_id

        def save() -> None:
            if interaction_id is None:
                self.workspace.interactions.add(client_id, dialog.value())
            else:
                self.workspace.interactions.update(interaction_id, dialog.value())

        self.run_dialog(dialog, save, dialog.show_error)

    def delete(self, record_id: int) -> None:
        self.workspace.interactions.delete(record_id)


class RemindersTab(RecordTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        super().__init__(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("What to do"),
                self.tr("Repeat"),
                self.tr("State"),
            ],
            self.tr("Add reminder"),
            parent,
        )
        self.done_button = QPushButton(self.tr("Done"))
        self.snooze_button = QPushButton(self.tr("Tomorrow"))
        self.snooze_button.setToolTip(self.tr("Remind again tomorrow"))
        self.buttons.insertWidget(3, self.done_button)
        self.buttons.insertWidget(4, self.snooze_button)
        self.done_button.clicked.connect(self.complete_selected)
        self.snooze_button.clicked.connect(self.snooze_selected)

    def reload(self) -> None:
        records = self.workspace.reminders.list_for(self.client_id) if self.client_id else []
        now = datetime.now()
        rows = []
        for r in records:
            if r.done_at is not None:
                state = self.tr("done %1").replace("%1", format_date(r.done_at.date()))
            elif r.effective_due < now:
                state = self.tr("overdue")
            else:
                state = self.tr("planned")
            rows.append(
                (
                    r.id,
                    [
                        format_datetime(r.effective_due),
                        label(r.data.kind),
                        r.data.title,
                        label(r.data.recurrence),
                        state,
                    ],
                )
            )
        self.fill(rows)
        self.done_button.setEnabled(bool(rows))
        self.snooze_button.setEnabled(bool(rows))

    def add(self) -> None:
        self._open(None)

    def edit(self, record_id: int) -> None:
        self._open(record_id)

    def _open(self, reminder_id: int | None) -> None:
        existing = self.workspace.reminders.get(reminder_id).data if reminder_id else None
        dialog = ReminderDialog(existing, self.client_id, self)

        def save() -> None:
            if reminder_id is None:
                self.workspace.reminders.add(dialog.value())
            else:
                self.workspace.reminders.update(reminder_id, dialog.value())

        self.run_dialog(dialog, save, dialog.show_error)

    def complete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.workspace.reminders.complete(record_id)
            self.reload()

    def snooze_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            tomorrow = (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0)
            self.workspace.reminders.snooze(record_id, tomorrow)
            self.reload()

    def delete(self, record_id: int) -> None:
        self.workspace.reminders.delete(record_id)
