"""Interface language: Qt's own texts and ours, chosen by the system locale or a setting."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clientbase.ui.labels import forget_translations

SUPPORTED = ("ru", "en")


def translations_dir() -> Path:
    return Path(str(files("clientbase.resources") / "translations"))


def icon_path() -> Path:
    return Path(str(files("clientbase.resources") / "icons" / "clientbase.svg"))


def install_translations(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Load the translations for `language` ("ru", "en") or the system's; return the locale."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.name().split("_")[0] not in SUPPORTED:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    for translator in getattr(app, "_clientbase_translators", []):
        app.removeTranslator(translator)
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("clientbase", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    app._clientbase_translators = installed  # type: ignore[attr-defined]
    forget_translations()
    return locale
