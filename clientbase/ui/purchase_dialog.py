"""Adding or editing one purchase: date, number, status, items and the total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientbase.db.enums import PaymentState, PurchaseStatus
from clientbase.errors import Problem, ValidationError
from clientbase.services.money import parse_decimal
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.text_limits import ORDER_NUMBER_LIMIT
from clientbase.ui.formatting import (
    date_format,
    format_money,
    from_qdate,
    to_qdate,
    writes_decimal_point,
)
from clientbase.ui.labels import error_text, label
from clientbase.ui.row_editor import RowEditor


def _format_number(value: Decimal) -> str:
    """A quantity or price to edit, with the window's decimal mark and no thousands."""
    text = f"{value.normalize():f}"
    return text if writes_decimal_point() else text.replace(".", ",")


class PurchaseDialog(QDialog):
    def __init__(
        self, data: PurchaseInput | None, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purchase") if data else self.tr("New purchase"))
        self.currency = currency
        self.result_value: PurchaseInput | None = None

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMaximumDate(QDate.currentDate())
        self.number = QLineEdit()
        self.number.setMaxLength(ORDER_NUMBER_LIMIT)
        self.status = QComboBox()
        for status in PurchaseStatus:
            self.status.addItem(label(status), status.value)
        self.payment = QComboBox()
        for state in PaymentState:
            self.payment.addItem(label(state), state.value)
        self.items = RowEditor(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Price")],
            self.tr("Add item"),
            rows=6,
            widths=[80, 110],
        )
        self.total = QLineEdit()
        self.total.setPlaceholderText(self.tr("sum, if no items are listed"))
        self.total_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Payment"), self.payment)
        form.addRow(self.items)
        form.addRow(self.tr("Total"), self.total)
        form.addRow(self.tr("To pay"), self.total_label)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

        self.items.edited.connect(self._update_total)
        self.total.textChanged.connect(self._update_total)
        # A sale noted at the counter is usually done and paid.
        self._load(
            data
            or PurchaseInput(
                date=date.today(), status=PurchaseStatus.DONE, payment_state=PaymentState.PAID
            )
        )

    def _load(self, data: PurchaseInput) -> None:
        self.date.setDate(to_qdate(data.date))
        self.number.setText(data.number)
        self.status.setCurrentIndex(self.status.findData(data.status.value))
        self.payment.setCurrentIndex(self.payment.findData(data.payment_state.value))
        self.items.set_rows(
            [[i.name, _format_number(i.quantity), _format_number(i.price)] for i in data.items]
        )
        if not data.items and data.total:
            self.total.setText(_format_number(data.total))
        self.comment.setPlainText(data.comment)
        self._update_total()

    def value(self) -> PurchaseInput:
        """The purchase as entered; raise ValidationError naming a cell that is not a number."""
        items = []
        problems = []
        for index, (name, quantity, price) in enumerate(self.items.rows()):
            numbers = []
            for part, text, default in (("quantity", quantity, "1"), ("price", price, "0")):
                try:
                    # A price has no thousandths: «1,200» is twelve hundred; a
                    # quantity is read so only where the window writes a decimal point.
                    groups = part == "price" or writes_decimal_point()
                    numbers.append(parse_decimal(text or default, comma_groups=groups))
                except ValueError:
                    problems.append(
                        Problem(f"items[{index}].{part}", "not_a_number", {"value": text})
                    )
            if len(numbers) == 2:
                items.append(PurchaseItemInput(name, numbers[0], numbers[1]))
        total = Decimal("0")
        if self.total.text().strip():
            try:
                total = parse_decimal(self.total.text(), comma_groups=True)
            except ValueError:
                problems.append(Problem("total", "not_a_number", {"value": self.total.text()}))
        if problems:
            raise ValidationError(problems)
        return PurchaseInput(
            date=from_qdate(self.date.date()),
            number=self.number.text().strip(),
            status=PurchaseStatus(self.status.currentData()),
            payment_state=PaymentState(self.payment.currentData()),
            items=[i for i in items if i.name],
            total=total,
            comment=self.comment.toPlainText().strip(),
        )

    def _update_total(self) -> None:
        try:
            value = self.value()
        except ValidationError:
            self.total_label.setText("—")
            return
        self.total.setEnabled(not value.items)
        self.total_label.setText(format_money(value.computed_total, self.currency))

    def accept(self) -> None:
        try:
            value = self.value()
        except ValidationError as error:
            self.show_error(error)
            return
        self.result_value = value
        super().accept()

    def show_error(self, error: ValidationError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
