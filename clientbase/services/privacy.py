"""Privacy of the base: the program's password, locking when idle, and export restrictions.

The settings are stored in the base itself (base_setting), so they travel with it and its
backups. The password is kept only as a salted scrypt hash. This guards the program, not the
file: whoever can copy the file can read it with other tools, which is why backups can be
encrypted and the base file is readable by its owner alone.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.models import BaseSetting
from clientbase.errors import ExportRestricted, ValidationError
from clientbase.services import audit
from clientbase.services.base_settings import get_setting, put_setting

MIN_PASSWORD = 4
SCRYPT = {"n": 1 << 14, "r": 8, "p": 1}
PASSWORD_KEY = "program_password"
LOCK_KEY = "lock_after_minutes"
EXPORT_KEY = "export_policy"


class ExportPolicy(StrEnum):
    ALLOWED = "allowed"
    PASSWORD = "password"
    DISABLED = "disabled"


@dataclass(frozen=True)
class Privacy:
    has_password: bool = False
    lock_after_minutes: int = 0  # 0: never
    export_policy: ExportPolicy = ExportPolicy.ALLOWED


def current_user() -> str:
    """Who is at the computer, as the operating system knows them, for the audit log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, maxmem=64 << 20, **SCRYPT)


def _matches(stored: Any, password: str) -> bool:
    if not isinstance(stored, dict):
        return False
    salt = base64.b64decode(stored["salt"])
    return hmac.compare_digest(_hash(password, salt), base64.b64decode(stored["hash"]))


def read_privacy(db: Database) -> Privacy:
    with db.reading() as session:
        policy = get_setting(session, EXPORT_KEY)
        return Privacy(
            has_password=get_setting(session, PASSWORD_KEY) is not None,
            lock_after_minutes=int(get_setting(session, LOCK_KEY) or 0),
            export_policy=ExportPolicy(policy) if policy else ExportPolicy.ALLOWED,
        )


def check_password(db: Database, password: str) -> bool:
    """True when the base has no password or `password` is it."""
    with db.reading() as session:
        stored = get_setting(session, PASSWORD_KEY)
    return stored is None or _matches(stored, password)


def _require_current(session: Session, current: str | None) -> None:
    stored = get_setting(session, PASSWORD_KEY)
    if stored is not None and not _matches(stored, current or ""):
        raise ValidationError.single("current_password", "wrong_password")


def set_password(db: Database, new: str | None, current: str | None = None) -> None:
    """Set, change (`current` must match) or remove (`new` None) the program's password.

    Removing it also lifts the export restriction that depends on it.
    """
    if new is not None and len(new) < MIN_PASSWORD:
        raise ValidationError.single("password", "password_too_short", count=MIN_PASSWORD)
    with db.transaction() as session:
        _require_current(session, current)
        if new is None:
            setting = session.get(BaseSetting, PASSWORD_KEY)
            if setting is not None:
                session.delete(setting)
            if get_setting(session, EXPORT_KEY) == ExportPolicy.PASSWORD.value:
                put_setting(session, EXPORT_KEY, ExportPolicy.ALLOWED.value)
            summary = "Program password removed"
        else:
            salt = os.urandom(16)
            put_setting(
                session,
                PASSWORD_KEY,
                {
                    "kdf": "scrypt",
                    **SCRYPT,
                    "salt": base64.b64encode(salt).decode("ascii"),
                    "hash": base64.b64encode(_hash(new, salt)).decode("ascii"),
                },
            )
            summary = "Program password set"
        audit.record(
            session, AuditAction.SETTING, "privacy", 0, summary, after={"user": current_user()}
        )


def set_privacy(
    db: Database, lock_after_minutes: int, export_policy: ExportPolicy, password: str | None
) -> None:
    """Change the idle lock and the export policy; with a password set, it must be given."""
    with db.transaction() as session:
        _require_current(session, password)
        if export_policy is not ExportPolicy.ALLOWED and get_setting(session, PASSWORD_KEY) is None:
            raise ValidationError.single("export_policy", "password_needed_first")
        before = {
            "lock_after_minutes": get_setting(session, LOCK_KEY),
            "export_policy": get_setting(session, EXPORT_KEY),
        }
        after = {
            "lock_after_minutes": max(0, lock_after_minutes),
            "export_policy": export_policy.value,
        }
        put_setting(session, LOCK_KEY, after["lock_after_minutes"])
        put_setting(session, EXPORT_KEY, after["export_policy"])
        audit.record(
            session, AuditAction.SETTING, "privacy", 0, "Privacy settings changed",
            before=before, after={**after, "user": current_user()},
        )  # fmt: skip


def require_export(db: Database, password: str | None) -> None:
    """Raise ExportRestricted unless the base's policy lets this export or print go ahead."""
    privacy = read_privacy(db)
    if privacy.export_policy is ExportPolicy.DISABLED:
        raise ExportRestricted("disabled")
    if privacy.export_policy is ExportPolicy.PASSWORD:
        if not password:
            raise ExportRestricted("password_required")
        if not check_password(db, password):
            raise ExportRestricted("wrong_password")
