"""The audit log: every change written with when, what, and the record before and after."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.enums import AuditAction
from clientbase.db.models import AuditEntry

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_json(value: Any) -> Any:
    """Plain JSON values from dataclasses, Decimal, dates and enums (money kept exact as text)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if hasattr(kind, "__dataclass_fields__"):
        # Field names cached per class: an import writes an audit entry for every client.
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        return {name: to_json(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def entry(
    action: AuditAction,
    entity: str,
    entity_id: int,
    summary: str,
    before: Any = None,
    after: Any = None,
) -> dict[str, Any]:
    """An audit row as plain values, for one insert or many at once."""
    return {
        "at": datetime.now(),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "summary": summary[:400],
        "before": to_json(before) if before is not None else None,
        "after": to_json(after) if after is not None else None,
    }


def record(
    session: Session,
    action: AuditAction,
    entity: str,
    entity_id: int,
    summary: str,
    before: Any = None,
    after: Any = None,
) -> None:
    session.add(AuditEntry(**entry(action, entity, entity_id, summary, before, after)))


@dataclasses.dataclass(frozen=True)
class AuditView:
    at: datetime
    action: AuditAction
    entity: str
    entity_id: int
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(session: Session, entity: str, entity_id: int) -> list[AuditView]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id)
    )
    return [
        AuditView(r.at, r.action, r.entity, r.entity_id, r.summary, r.before, r.after) for r in rows
    ]


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only what differs, so an entry reads «phone: A → B» rather than the whole card twice."""
    return {k: after.get(k) for k in after if before.get(k) != after.get(k)}
