"""Reminders: call back, congratulate, meet, do; one-off or repeating."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, Recurrence, ReminderKind
from clientbase.db.models import Client, Reminder
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services import audit
from clientbase.services.interactions import InteractionInput, insert_interaction
from clientbase.services.recurrence import next_after

ENTITY = "reminder"


@dataclass
class ReminderInput:
    due_at: datetime
    kind: ReminderKind
    title: str
    note: str = ""
    recurrence: Recurrence = Recurrence.NONE
    client_id: int | None = None
    repeat_until: date | None = None


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    data: ReminderInput
    done_at: datetime | None
    snoozed_until: datetime | None

    @property
    def effective_due(self) -> datetime:
        return self.snoozed_until or self.data.due_at


def _input_of(row: Reminder) -> ReminderInput:
    return ReminderInput(
        row.due_at, row.kind, row.title, row.note, row.recurrence, row.client_id, row.repeat_until
    )


def next_occurrence(row: Reminder) -> datetime | None:
    """The date a repeating reminder moves on to when done, or None when its series ended."""
    return next_after(row.repeat_from or row.due_at, row.recurrence, row.due_at, row.repeat_until)


def _record(row: Reminder) -> ReminderRecord:
    return ReminderRecord(row.id, _input_of(row), row.done_at, row.snoozed_until)


def _validate(data: ReminderInput) -> None:
    if not data.title.strip():
        raise ValidationError.single("title", "required")
    if data.repeat_until is not None and data.repeat_until < data.due_at.date():
        raise ValidationError.single(
            "repeat_until", "ends_before_start", value=data.repeat_until.strftime("%d.%m.%Y")
        )


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, data: ReminderInput) -> int:
        _validate(data)
        with self.db.transaction() as session:
            return self._insert(session, data)

    def add_for_clients(self, client_ids: Iterable[int], data: ReminderInput) -> int:
        """The same reminder for each of many clients («congratulate all VIP on 8 March»).

        All or none: one transaction. Returns how many were added.
        """
        _validate(data)
        count = 0
        with self.db.transaction() as session:
            for client_id in dict.fromkeys(client_ids):
                self._insert(session, replace(data, client_id=client_id))
                count += 1
        return count

    def _insert(self, session: Session, data: ReminderInput) -> int:
        if data.client_id is not None and session.get(Client, data.client_id) is None:
            raise NotFoundError("client", data.client_id)
        row = Reminder(created_at=datetime.now())
        self._apply(row, data)
        session.add(row)
        session.flush()
        audit.record(session, AuditAction.CREATE, ENTITY, row.id, row.title, after=data)
        return row.id

    def update(self, reminder_id: int, data: ReminderInput) -> None:
        _validate(data)
        with self.db.transaction() as session:
            row = self._load(session, reminder_id)
            before = _input_of(row)
            self._apply(row, data)
            row.snoozed_until = None
            audit.record(
                session, AuditAction.UPDATE, ENTITY, row.id, row.title, before=before, after=data
            )

    def complete(
        self,
        reminder_id: int,
        when: datetime | None = None,
        *,
        logged: InteractionInput | None = None,
        follow_up: ReminderInput | None = None,
    ) -> None:
        """Mark done; a repeating reminder moves on to its next date instead of closing.

        A done call can be written to the client's history (`logged`) and the next reminder
        set (`follow_up`), all in the same transaction.
        """
        done_at = (when or datetime.now()).replace(microsecond=0)
        if follow_up is not None:
            _validate(follow_up)

        def complete(row: Reminder, session: Session) -> None:
            following = next_occurrence(row)
            if following is None:
                row.done_at = done_at
            else:
                row.due_at = following
            row.snoozed_until = None
            if logged is not None and row.client_id is not None:
                insert_interaction(session, row.client_id, logged)
            if follow_up is not None:
                self._insert(session, follow_up)

        self._change(reminder_id, complete)

    def snooze(self, reminder_id: int, until: datetime) -> None:
        def snooze(row: Reminder, _session: Session) -> None:
            row.snoozed_until = until.replace(microsecond=0)

        self._change(reminder_id, snooze)

    def _change(self, reminder_id: int, change: Callable[[Reminder, Session], None]) -> None:
        with self.db.transaction() as session:
            row = self._load(session, reminder_id)
            before = _record(row)
            change(row, session)
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
        due = data.due_at.replace(second=0, microsecond=0)
        repeating = data.recurrence is not Recurrence.NONE
        # An edit that keeps the date and the rhythm keeps the series' first date too.
        same_series = row.due_at == due and row.recurrence == data.recurrence
        if not repeating:
            row.repeat_from = None
        elif row.repeat_from is None or not same_series:
            row.repeat_from = due
        row.due_at = due
        row.kind = data.kind
        row.title = data.title.strip()
        row.note = data.note.strip()
        row.recurrence = data.recurrence
        row.client_id = data.client_id
        row.repeat_until = data.repeat_until if repeating else None

    @staticmethod
    def _load(session: Session, reminder_id: int) -> Reminder:
        row = session.get(Reminder, reminder_id)
        if row is None:
            raise NotFoundError(ENTITY, reminder_id)
        return row
