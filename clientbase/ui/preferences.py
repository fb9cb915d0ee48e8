"""The program's settings as kept in QSettings, turned into the services' typed Settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from clientbase.services.settings import Settings

LANGUAGE_KEY = "ui/language"
REGION_KEY = "data/phone_region"
CURRENCY_KEY = "data/currency"

# Regions a shop of the first users is likely in, first; each a phonenumbers region code.
REGIONS = ("RU", "BY", "KZ", "UZ", "KG", "AM", "AZ", "GE", "MD", "UA", "DE", "US", "GB")
CURRENCIES = ("RUB", "BYN", "KZT", "UZS", "KGS", "AMD", "UAH", "EUR", "USD", "GBP")


def system_defaults(system: QLocale | None = None) -> Settings:
    """The region and currency of the computer's own locale, where the program knows them:
    a shop in London whose sheet writes «020 7946 0958» gets British phones and pounds
    before it opens the settings. Russia's otherwise (a «C» locale says no country)."""
    system = system or QLocale.system()
    fallback = Settings()
    region = QLocale.territoryToCode(system.territory())
    currency = system.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return Settings(
        phone_region=region if region in REGIONS else fallback.phone_region,
        currency=currency if region in REGIONS and currency in CURRENCIES else fallback.currency,
    )


def load_settings(settings: QSettings, system: QLocale | None = None) -> Settings:
    """The settings kept, or for what was never set, those of the computer's locale."""
    default = system_defaults(system)
    region = str(settings.value(REGION_KEY, default.phone_region) or default.phone_region)
    currency = str(settings.value(CURRENCY_KEY, default.currency) or default.currency)
    return Settings(
        phone_region=region if region in REGIONS else default.phone_region,
        currency=currency if currency in CURRENCIES else default.currency,
    )


def save_settings(settings: QSettings, value: Settings) -> None:
    settings.setValue(REGION_KEY, value.phone_region)
    settings.setValue(CURRENCY_KEY, value.currency)


def language(settings: QSettings) -> str:
    """ "ru", "en", or "" for the system's language."""
    return str(settings.value(LANGUAGE_KEY, "") or "")
