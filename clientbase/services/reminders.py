"""Reminders: call back, congratulate, meet, do; one-off or repeating."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, Recurrence, ReminderKind
from clientbase.db.models import Client, Reminder
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services import audit

ENTITY = "reminder"


@dataclass
class ReminderInput:
    due_at: datetime
    kind: ReminderKind
    title: str
    note: str = ""
    recurrence: Recurrence = Recurrence.NONE
    client_id: int | None = None


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    data: ReminderInput
    done_at: datetime | None
    snoozed_until: datetime | None

    @property
    def effective_due(self) -> datetime:
        return self.snoozed_until or self.data.due_at


def _add_months(moment: datetime, months: int) -> datetime:
    """Same day next month, or the month's last day when it is shorter (31 Jan → 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def next_occurrence(due: datetime, recurrence: Recurrence) -> datetime | None:
    match recurrence:
        case Recurrence.NONE:
            return None
        case Recurrence.DAILY:
            return due + timedelta(days=1)
        case Recurrence.WEEKLY:
            return due + timedelta(weeks=1)
        case Recurrence.MONTHLY:
            return _add_months(due, 1)
        case Recurrence.YEARLY:
            return _add_months(due, 12)


def _input_of(row: Reminder) -> ReminderInput:
    return ReminderInput(row.due_at, row.kind, row.title, row.note, row.recurrence, row.client_id)


def _record(row: Reminder) -> ReminderRecord:
    return ReminderRecord(row.id, _input_of(row), row.done_at, row.snoozed_until)


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, data: ReminderInput) -> int:
        if not data.title.strip():
            raise ValidationError.single("title", "required")
        with self.db.transaction() as session:
            if data.client_id is not None and session.get(Client, data.client_id) is None:
                raise NotFoundError("client", data.client_id)
            row = Reminder(created_at=datetime.now())
            self._apply(row, data)
            session.add(row)
            session.flush()
            audit.record(session, AuditAction.CREATE, ENTITY, row.id, row.title, after=data)
            return row.id

    def update(self, reminder_id: int, data: ReminderInput) -> None:
        if not data.title.strip():
            raise ValidationError.single("title", "required")
        with self.db.transaction() as session:
            row = self._load(session, reminder_id)
            before = _input_of(row)
            self._apply(row, data)
            row.snoozed_until = None
            audit.record(
                session, AuditAction.UPDATE, ENTITY, row.id, row.title, before=before, after=data
            )

    def complete(self, reminder_id: int, when: datetime | None = None) -> None:
        """Mark done; a repeating reminder moves on to its next date instead of closing."""
        done_at = (when or datetime.now()).replace(microsecond=0)

        def complete(row: Reminder) -> None:
            following = next_occurrence(row.due_at, row.recurrence)
            if following is None:
                row.done_at = done_at
            else:
                row.due_at = following
            row.snoozed_until = None

        self._change(reminder_id, complete)

    def snooze(self, reminder_id: int, until: datetime) -> None:
        def snooze(row: Reminder) -> None:
            row.snoozed_until = until.replace(microsecond=0)

        self._change(reminder_id, snooze)

    def _change(self, reminder_id: int, change: Callable[[Reminder], None]) -> None:
        with self.db.transaction() as session:
            row = self._load(session, reminder_id)
            before = _record(row)
            change(row)
            audit.record(
                session,
                AuditAction.UPDATE,
                ENTITY,
                row.id,
                row.title,
                before=before,
                after=_record(row),
            )

    def delete(self, reminder_id: int) -> None:
        with self.db.transaction() as session:
            row = self._load(session, reminder_id)
            audit.record(
                session, AuditAction.DELETE, ENTITY, row.id, row.title, before=_input_of(row)
            )
            session.delete(row)

    def get(self, reminder_id: int) -> ReminderRecord:
        with self.db.reading() as session:
            return _record(self._load(session, reminder_id))

    def list_for(self, client_id: int, include_done: bool = True) -> list[ReminderRecord]:
        with self.db.reading() as session:
            query = select(Reminder).where(Reminder.client_id == client_id)
            if not include_done:
                query = query.where(Reminder.done_at.is_(None))
            rows = session.scalars(query.order_by(Reminder.done_at.is_not(None), Reminder.due_at))
            return [_record(r) for r in rows]

    @staticmethod
    def _apply(row: Reminder, data: ReminderInput) -> None:
        row.due_at = data.due_at.replace(second=0, microsecond=0)
        row.kind = data.kind
        row.title = data.title.strip()
        row.note = data.note.strip()
        row.recurrence = data.recurrence
        row.client_id = data.client_id

    @staticmethod
    def _load(session: Session, reminder_id: int) -> Reminder:
        row = session.get(Reminder, reminder_id)
        if row is None:
            raise NotFoundError(ENTITY, reminder_id)
        return row
