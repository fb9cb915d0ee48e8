"""Settings stored in the base itself (base_setting): they travel with it and its backups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from clientbase.db.models import BaseSetting


def get_setting(session: Session, key: str) -> Any:
    setting = session.get(BaseSetting, key)
    return None if setting is None else setting.value


def put_setting(session: Session, key: str, value: Any) -> None:
    setting = session.get(BaseSetting, key)
    if setting is None:
        session.add(BaseSetting(key=key, value=value, updated_at=datetime.now()))
    else:
        setting.value = value
        setting.updated_at = datetime.now()
