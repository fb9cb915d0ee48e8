"""The Contacts tab of the client card: every field of a client, read from and into ClientInput."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clientbase.db.enums import Channel, ClientKind, ClientSource, ClientStatus, MessengerKind
from clientbase.errors import Problem
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.text_limits import CARD_LIMITS, HANDLE_LIMIT
from clientbase.ui.formatting import (
    date_format,
    from_qdate,
    shown_birthday,
    to_qdate,
    typed_birthday,
)
from clientbase.ui.labels import label, problem_text
from clientbase.ui.referrer_field import ReferrerField
from clientbase.ui.row_editor import RowEditor

E = TypeVar("E", bound=StrEnum)
_LIST_FIELD = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
INVALID_STYLE = "background-color: #fde2e2;"


def _combo(values: list[StrEnum], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


class ClientForm(QScrollArea):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)

        self.person_button = QRadioButton(label(ClientKind.PERSON))
        self.company_button = QRadioButton(label(ClientKind.COMPANY))
        self.person_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.person_button)
        self.kind_group.addButton(self.company_button)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.middle_name = QLineEdit()
        self.organization = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(
            self.tr("%1 or %2")
            .replace("%1", shown_birthday("01.02.1980"))
            .replace("%2", shown_birthday("01.02"))
        )

        self.phones = RowEditor(
            [self.tr("Phone"), self.tr("Note")], self.tr("Add phone"), rows=2, widths=[130]
        )
        self.emails = RowEditor(
            [self.tr("E-mail"), self.tr("Note")], self.tr("Add e-mail"), rows=1, widths=[130]
        )
        self.telegram = QLineEdit()
        self.whatsapp = QLineEdit()
        self.vk = QLineEdit()
        self.instagram = QLineEdit()
        self.preferred_channel = _combo(list(Channel), self.tr("Not set"))
        self.call_time = QLineEdit()
        self.call_time.setPlaceholderText(self.tr("e.g. weekdays after 18:00"))

        self.region = QLineEdit()
        self.city = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()

        self.status = _combo(list(ClientStatus))
        self.is_vip = QCheckBox(self.tr("VIP client"))
        self.source = _combo(list(ClientSource), self.tr("Not set"))
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.referrer = ReferrerField()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. wholesale, birthday"))
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 100)
        self.discount.setDecimals(2)
        self.discount.setSuffix(" %")
        self.loyalty_card = QLineEdit()
        self.client_code = QLineEdit()
        self.client_code.setToolTip(
            self.tr(
                "The number your earlier program or sheet gave the client; orders imported"
                " from there find the client by it"
            )
        )
        self.marketing_consent = QCheckBox(self.tr("Agreed to receive offers"))
        self.consent_date = QDateEdit()
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat(date_format())
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setEnabled(False)
        self.marketing_consent.toggled.connect(self.consent_date.setEnabled)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Interests, preferences, anything worth remembering"))

        self.inn = QLineEdit()
        self.kpp = QLineEdit()
        self.ogrn = QLineEdit()
        self.bank_name = QLineEdit()
        self.bank_bik = QLineEdit()
        self.bank_account = QLineEdit()
        self.correspondent_account = QLineEdit()
        self.contacts = RowEditor(
            [
                self.tr("Name"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Birthday"),
            ],
            self.tr("Add contact person"),
            rows=2,
        )

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person_button)
        kind_row.addWidget(self.company_button)
        kind_row.addStretch()
        name_box = QGroupBox(self.tr("Client"))
        name_form = QFormLayout(name_box)
        name_form.addRow(self.tr("Type"), kind_row)
        name_form.addRow(self.tr("Last name"), self.last_name)
        name_form.addRow(self.tr("First name"), self.first_name)
        name_form.addRow(self.tr("Middle name"), self.middle_name)
        name_form.addRow(self.tr("Organization"), self.organization)
        name_form.addRow(self.tr("Birthday"), self.birthday)
        self._name_form = name_form

        contact_box = QGroupBox(self.tr("Contacts"))
        contact_form = QFormLayout(contact_box)
        contact_form.addRow(self.phones)
        contact_form.addRow(self.emails)
        contact_form.addRow(self.tr("Telegram"), self.telegram)
        contact_form.addRow(self.tr("WhatsApp"), self.whatsapp)
        contact_form.addRow(self.tr("VK"), self.vk)
        contact_form.addRow(self.tr("Instagram"), self.instagram)
        contact_form.addRow(self.tr("Preferred channel"), self.preferred_channel)
        contact_form.addRow(self.tr("Convenient time"), self.call_time)

        address_box = QGroupBox(self.tr("Address"))
        address_form = QFormLayout(address_box)
        address_form.addRow(self.tr("Region"), self.region)
        address_form.addRow(self.tr("City"), self.city)
        address_form.addRow(self.tr("Street, house"), self.street)
        address_form.addRow(self.tr("Postcode"), self.postcode)

        relation_box = QGroupBox(self.tr("Relationship"))
        relation_form = QFormLayout(relation_box)
        relation_form.addRow(self.tr("Status"), self.status)
        relation_form.addRow("", self.is_vip)
        relation_form.addRow(self.tr("Tags"), self.tags)
        relation_form.addRow(self.tr("Source"), self.source)
        relation_form.addRow(self.tr("Responsible"), self.responsible)
        relation_form.addRow(self.tr("Referred by"), self.referrer)
        relation_form.addRow(self.tr("Discount"), self.discount)
        relation_form.addRow(self.tr("Loyalty card"), self.loyalty_card)
        relation_form.addRow(self.tr("Client code"), self.client_code)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.marketing_consent)
        consent_row.addWidget(self.consent_date)
        relation_form.addRow(self.tr("Marketing"), consent_row)

        self.company_box = QGroupBox(self.tr("Company details"))
        company_form = QFormLayout()
        company_form.addRow(self.tr("INN"), self.inn)
        company_form.addRow(self.tr("KPP"), self.kpp)
        company_form.addRow(self.tr("OGRN"), self.ogrn)
        company_form.addRow(self.tr("Bank"), self.bank_name)
        company_form.addRow(self.tr("BIK"), self.bank_bik)
        company_form.addRow(self.tr("Account"), self.bank_account)
        company_form.addRow(self.tr("Corr. account"), self.correspondent_account)
        # Contact persons have five columns: they get the wider half of the box.
        company_layout = QHBoxLayout(self.company_box)
        company_layout.addLayout(company_form, 2)
        company_layout.addWidget(self.contacts, 3)

        notes_box = QGroupBox(self.tr("Notes and interests"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()

        grid = QGridLayout(body)
        grid.addWidget(self.problems_label, 0, 0, 1, 2)
        grid.addWidget(name_box, 1, 0)
        grid.addWidget(contact_box, 2, 0)
        grid.addWidget(address_box, 3, 0)
        grid.addWidget(relation_box, 1, 1)
        grid.addWidget(notes_box, 2, 1, 2, 1)
        grid.addWidget(self.company_box, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)

        self.company_button.toggled.connect(self._show_kind)
        self._show_kind()
        self._connect_edits()

    def _connect_edits(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.edited)
        for check in (self.is_vip, self.marketing_consent, self.company_button):
            check.toggled.connect(self.edited)
        self.discount.valueChanged.connect(self.edited)
        self.consent_date.dateChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        # No more can be typed than the base keeps (PostgreSQL would refuse the save).
        for name, limit in CARD_LIMITS.items():
            widget = getattr(self, name)
            line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            assert isinstance(line, QLineEdit), name
            line.setMaxLength(limit)
        for edit in (self.telegram, self.whatsapp, self.vk, self.instagram):
            edit.setMaxLength(HANDLE_LIMIT)
        for editor in (self.phones, self.emails, self.contacts):
            editor.edited.connect(self.edited)

    def _show_kind(self) -> None:
        company = self.company_button.isChecked()
        for widget, visible in (
            (self.last_name, not company),
            (self.first_name, not company),
            (self.middle_name, not company),
            (self.organization, company),
            (self.birthday, not company),
        ):
            self._name_form.setRowVisible(widget, visible)
        self.company_box.setVisible(company)

    def set_suggestions(self, tags: list[str], responsible: list[str]) -> None:
        completer = QCompleter(tags, self.tags)
        self.tags.setCompleter(completer)
        current = self.responsible.currentText()
        self.responsible.clear()
        self.responsible.addItems(["", *responsible])
        self.responsible.setCurrentText(current)

    def set_value(self, data: ClientInput) -> None:
        self.blockSignals(True)
        (self.company_button if data.kind is ClientKind.COMPANY else self.person_button).setChecked(
            True
        )
        for name in (
            "last_name", "first_name", "middle_name", "organization", "call_time",
            "region", "city", "street", "postcode", "loyalty_card", "client_code", "inn", "kpp",
            "ogrn",
            "bank_name", "bank_bik", "bank_account", "correspondent_account",
        ):  # fmt: skip
            getattr(self, name).setText(getattr(data, name))
        self.birthday.setText(shown_birthday(data.birthday))
        self.phones.set_rows([[p.raw, p.label] for p in data.phones])
        self.emails.set_rows([[e.address, e.label] for e in data.emails])
        handles = {m.kind: m.handle for m in data.messengers}
        self.telegram.setText(handles.get(MessengerKind.TELEGRAM, ""))
        self.whatsapp.setText(handles.get(MessengerKind.WHATSAPP, ""))
        self.vk.setText(handles.get(MessengerKind.VK, ""))
        self.instagram.setText(handles.get(MessengerKind.INSTAGRAM, ""))
        _select(self.preferred_channel, data.preferred_channel)
        _select(self.status, data.status)
        _select(self.source, data.source)
        self.is_vip.setChecked(data.is_vip)
        self.responsible.setCurrentText(data.responsible)
        self.tags.setText(", ".join(data.tags))
        self.discount.setValue(float(data.discount_percent))
        self.marketing_consent.setChecked(data.marketing_consent)
        self.consent_date.setDate(
            to_qdate(data.marketing_consent_date)
            if data.marketing_consent_date
            else QDate.currentDate()
        )
        self.notes.setPlainText(data.notes)
        self.contacts.set_rows(
            [
                [c.name, c.position, c.phone, c.email, shown_birthday(c.birthday)]
                for c in data.contact_persons
            ]
        )
        self.blockSignals(False)
        self.show_problems([])

    def value(self, referred_by_id: int | None = None) -> ClientInput:
        company = self.company_button.isChecked()
        messengers = [
            MessengerInput(kind, edit.text().strip())
            for kind, edit in (
                (MessengerKind.TELEGRAM, self.telegram),
                (MessengerKind.WHATSAPP, self.whatsapp),
                (MessengerKind.VK, self.vk),
                (MessengerKind.INSTAGRAM, self.instagram),
            )
            if edit.text().strip()
        ]
        consent = self.marketing_consent.isChecked()
        return ClientInput(
            kind=ClientKind.COMPANY if company else ClientKind.PERSON,
            last_name="" if company else self.last_name.text().strip(),
            first_name="" if company else self.first_name.text().strip(),
            middle_name="" if company else self.middle_name.text().strip(),
            organization=self.organization.text().strip() if company else "",
            phones=[PhoneInput(raw, note) for raw, note in self.phones.rows()],
            emails=[EmailInput(address, note) for address, note in self.emails.rows()],
            messengers=messengers,
            birthday="" if company else typed_birthday(self.birthday.text()),
            region=self.region.text().strip(),
            city=self.city.text().strip(),
            street=self.street.text().strip(),
            postcode=self.postcode.text().strip(),
            preferred_channel=_chosen(self.preferred_channel, Channel),
            call_time=self.call_time.text().strip(),
            status=_chosen(self.status, ClientStatus) or ClientStatus.NEW,
            is_vip=self.is_vip.isChecked(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            source=_chosen(self.source, ClientSource),
            referred_by_id=referred_by_id,
            responsible=self.responsible.currentText().strip(),
            discount_percent=Decimal(f"{self.discount.value():.2f}"),
            loyalty_card=self.loyalty_card.text().strip(),
            client_code=self.client_code.text().strip(),
            notes=self.notes.toPlainText().strip(),
            marketing_consent=consent,
            marketing_consent_date=from_qdate(self.consent_date.date()) if consent else None,
            inn=self.inn.text().strip() if company else "",
            kpp=self.kpp.text().strip() if company else "",
            ogrn=self.ogrn.text().strip() if company else "",
            bank_name=self.bank_name.text().strip() if company else "",
            bank_bik=self.bank_bik.text().strip() if company else "",
            bank_account=self.bank_account.text().strip() if company else "",
            correspondent_account=self.correspondent_account.text().strip() if company else "",
            contact_persons=[
                ContactPersonInput(name, position, phone, email, typed_birthday(birthday))
                for name, position, phone, email, birthday in self.contacts.rows()
            ]
            if company
            else [],
        )

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark each refused field and list the reasons above the form."""
        for edit in self.findChildren(QLineEdit):
            edit.setStyleSheet("")
            edit.setToolTip("")
        for editor in (self.phones, self.emails, self.contacts):
            editor.clear_marks()
        if not problems:
            self.problems_label.hide()
            return
        lines = []
        first_widget: QWidget | None = None
        for problem in problems:
            text = problem_text(problem)
            lines.append(f"• {self._field_title(problem.field)}: {text}")
            widget = self._mark(problem.field, text)
            first_widget = first_widget or widget
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()
        self.ensureVisible(0, 0)
        if first_widget is not None:
            first_widget.setFocus()

    def _mark(self, field: str, text: str) -> QWidget | None:
        match = _LIST_FIELD.match(field)
        if match and match.group(1) == "messengers":
            kinds = [m.kind for m in self.value().messengers]
            index = int(match.group(2))
            field = kinds[index].value if index < len(kinds) else "telegram"
        elif match and match.group(1) == "tags":
            field = "tags"
        elif match:
            name, index, part = match.group(1), int(match.group(2)), match.group(3)
            editor = {"phones": self.phones, "emails": self.emails}.get(name, self.contacts)
            column = {"label": 1, "position": 1, "phone": 2, "email": 3, "birthday": 4}
            editor.mark_invalid(index, column.get(part or "", 0), text)
            return editor.table
        widget = self.referrer.edit if field == "referred_by_id" else getattr(self, field, None)
        if isinstance(widget, QLineEdit):
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(text)
            return widget
        return widget if isinstance(widget, QWidget) else None

    def _field_title(self, field: str) -> str:
        titles = {
            "last_name": self.tr("Last name"),
            "organization": self.tr("Organization"),
            "birthday": self.tr("Birthday"),
            "phones": self.tr("Phone"),
            "emails": self.tr("E-mail"),
            "discount_percent": self.tr("Discount"),
            "marketing_consent_date": self.tr("Marketing"),
            "inn": self.tr("INN"),
            "kpp": self.tr("KPP"),
            "ogrn": self.tr("OGRN"),
            "bank_bik": self.tr("BIK"),
            "bank_account": self.tr("Account"),
            "correspondent_account": self.tr("Corr. account"),
            "contact_persons": self.tr("Contact person"),
            "referred_by_id": self.tr("Referred by"),
        }
        key = field.split("[", 1)[0]
        return titles.get(key, key)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(getattr(value, "value", None)) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _chosen(combo: QComboBox, enum: type[E]) -> E | None:
    data = combo.currentData()
    return enum(data) if data else None
