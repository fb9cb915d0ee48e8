"""Where the file dialogs open: the folder the same job used last (a shop exports to one
folder, imports from Downloads), else Documents; and the names they offer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pathvalidate import sanitize_filename
from PySide6.QtCore import QSettings, QStandardPaths

# Characters of a name offered for a file, before its extension: a client's card is saved
# under the client's name, and a temporary folder's path plus the name must stay within
# Windows' 260.
NAME_LIMIT = 100


def last_folder(settings: QSettings, job: str) -> Path:
    """The folder `job` («import», «export») last used, while it is there; else Documents."""
    remembered = str(settings.value(f"{job}/folder", "", str))
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: QSettings, job: str, chosen: Path) -> None:
    settings.setValue(f"{job}/folder", str(chosen.parent))


def dated_name(stem: str, suffix: str, day: date | None = None) -> str:
    """«Клиенты 2026-12-05.xlsx»: today's export beside yesterday's rather than over it
    (which Windows refuses while yesterday's is open in Excel)."""
    return file_name(f"{stem} {(day or date.today()).isoformat()}", suffix=suffix)


def file_name(*parts: str, suffix: str) -> str:
    """«Карточка клиента — ООО Рога-Копыта.pdf»: the parts joined by a dash, as a name
    Windows, macOS and Linux all take; a slash (a client «Рога/Копыта») becomes a hyphen,
    the other characters Windows refuses in a name (: ? * " < > |) are left out."""
    stem = " — ".join(part.strip() for part in parts if part.strip())
    stem = stem.replace("/", "-").replace("\\", "-")[:NAME_LIMIT]
    stem = sanitize_filename(stem, platform="universal").strip()
    return f"{stem or 'ClientBase'}{suffix}"
