"""Printing is an export on paper: the base's export policy covers it and the audit log
records it, whether the PDF then goes to a printer or is saved."""

from __future__ import annotations

from pathlib import Path

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.services import audit
from clientbase.services.privacy import current_user, require_export


def allow_print(db: Database, password: str | None) -> None:
    """Raise ExportRestricted when the base's policy does not let this print go ahead."""
    require_export(db, password)


def record_print(db: Database, report: str, rows: int, path: Path | None = None) -> None:
    with db.transaction() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "print",
            0,
            f"Report «{report}» prepared for printing ({rows} rows)",
            after={
                "report": report,
                "rows": rows,
                "file": str(path) if path else "",
                "user": current_user(),
            },
        )
