"""File → Settings: language, phone region, currency, the base, backups and reminders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbase.services.locale_format import CURRENCY_SIGNS
from clientbase.services.settings import Settings
from clientbase.ui.dialog_parts import hint_label, ok_cancel, stack
from clientbase.ui.preferences import CURRENCIES

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Preferences:
    """What the dialog edits; the base's own settings (privacy, templates) live elsewhere."""

    language: str  # "ru", "en", or "" for the system's
    data: Settings
    birthday_lead_days: int
    refresh_seconds: int = 30  # how often the table re-reads a server base


def region_names() -> dict[str, str]:
    return {
        "RU": translate("Settings", "Russia"),
        "BY": translate("Settings", "Belarus"),
        "KZ": translate("Settings", "Kazakhstan"),
        "UZ": translate("Settings", "Uzbekistan"),
        "KG": translate("Settings", "Kyrgyzstan"),
        "AM": translate("Settings", "Armenia"),
        "AZ": translate("Settings", "Azerbaijan"),
        "GE": translate("Settings", "Georgia"),
        "MD": translate("Settings", "Moldova"),
        "UA": translate("Settings", "Ukraine"),
        "DE": translate("Settings", "Germany"),
        "US": translate("Settings", "United States"),
        "GB": translate("Settings", "United Kingdom"),
    }


def currency_names() -> dict[str, str]:
    return {
        "RUB": translate("Settings", "Russian rouble"),
        "BYN": translate("Settings", "Belarusian rouble"),
        "KZT": translate("Settings", "Kazakhstani tenge"),
        "UZS": translate("Settings", "Uzbekistani som"),
        "KGS": translate("Settings", "Kyrgyzstani som"),
        "AMD": translate("Settings", "Armenian dram"),
        "UAH": translate("Settings", "Ukrainian hryvnia"),
        "EUR": translate("Settings", "Euro"),
        "USD": translate("Settings", "US dollar"),
        "GBP": translate("Settings", "Pound sterling"),
    }


class SettingsDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        base_location: str,
        backup_summary: Callable[[], str],
        on_server: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._backup_summary = backup_summary

        self.language = QComboBox()
        for code, name in (
            ("", self.tr("As the system")),
            ("ru", "Русский"),
            ("en", "English"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.region = QComboBox()
        for code, name in region_names().items():
            prefix = phonenumbers.country_code_for_region(code)
            self.region.addItem(f"{name} (+{prefix})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(preferences.data.phone_region)))
        self.currency = QComboBox()
        names = currency_names()
        for code in CURRENCIES:
            self.currency.addItem(f"{names[code]} ({CURRENCY_SIGNS.get(code, code)})", code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(preferences.data.currency)))
        general = QFormLayout()
        general.addRow(self.tr("Language:"), self.language)
        general.addRow(self.tr("Phones without a country code are from:"), self.region)
        general.addRow(self.tr("Currency:"), self.currency)
        general_box = QGroupBox(self.tr("General"))
        general_box.setLayout(general)

        self.location = QLabel(base_location)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_base_button = QPushButton(self.tr("Open another base…"))
        base_row = QHBoxLayout()
        base_row.addWidget(self.location, 1)
        base_row.addWidget(self.open_base_button)
        self.refresh = QSpinBox()
        self.refresh.setRange(0, 3600)
        self.refresh.setValue(preferences.refresh_seconds)
        self.refresh.setSpecialValueText(self.tr("only on F5"))
        self.refresh.setSuffix(self.tr(" s"))
        refresh_form = QFormLayout()
        refresh_form.addRow(self.tr("Show changes from other PCs every:"), self.refresh)
        base_layout = QVBoxLayout()
        base_layout.addLayout(base_row)
        if on_server:
            base_layout.addLayout(refresh_form)
        base_box = QGroupBox(self.tr("Database"))
        base_box.setLayout(base_layout)

        self.backups = QLabel(backup_summary())
        self.backups.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Change…"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backups, 1)
        backup_row.addWidget(self.backup_button)
        backup_box = QGroupBox(self.tr("Backups"))
        backup_box.setLayout(backup_row)

        self.birthday_lead = QSpinBox()
        self.birthday_lead.setRange(0, 60)
        self.birthday_lead.setValue(preferences.birthday_lead_days)
        self.birthday_lead.setSuffix(self.tr(" days ahead"))
        reminders = QFormLayout()
        reminders.addRow(self.tr("Show birthdays in the Today panel:"), self.birthday_lead)
        reminders_box = QGroupBox(self.tr("Reminders"))
        reminders_box.setLayout(reminders)

        self.language_hint = hint_label(
            self.tr("A new language is used from the next start of the program.")
        )
        self.language_hint.setVisible(False)
        self._initial_language = preferences.language
        self.language.currentIndexChanged.connect(
            lambda: self.language_hint.setVisible(
                self.language.currentData() != self._initial_language
            )
        )
        stack(
            self, general_box, self.language_hint, base_box, backup_box, reminders_box,
            ok_cancel(self),
        )  # fmt: skip
        self.setMinimumWidth(560)

    def refresh_backup_summary(self) -> None:
        self.backups.setText(self._backup_summary())

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            data=Settings(
                phone_region=str(self.region.currentData()),
                currency=str(self.currency.currentData()),
            ),
            birthday_lead_days=self.birthday_lead.value(),
            refresh_seconds=self.refresh.value(),
        )
