"""The history of a client: calls, meetings, messages, e-mails and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, InteractionKind
from clientbase.db.models import Client, Interaction
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services import audit

ENTITY = "interaction"


@dataclass
class InteractionInput:
    happened_at: datetime
    kind: InteractionKind
    text: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class InteractionRecord:
    id: int
    client_id: int
    data: InteractionInput


def _validate(data: InteractionInput) -> None:
    if not data.text.strip() and not data.outcome.strip():
        raise ValidationError.single("text", "required")


def _input_of(row: Interaction) -> InteractionInput:
    return InteractionInput(row.happened_at, row.kind, row.text, row.outcome)


def insert_interaction(session: Session, client_id: int, data: InteractionInput) -> int:
    """Add an interaction inside a caller's transaction (a completed call logs one)."""
    _validate(data)
    if session.get(Client, client_id) is None:
        raise NotFoundError("client", client_id)
    row = Interaction(client_id=client_id)
    InteractionService._apply(row, data)
    session.add(row)
    session.flush()
    audit.record(session, AuditAction.CREATE, ENTITY, row.id, data.kind.value, after=data)
    return row.id


class InteractionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, client_id: int, data: InteractionInput) -> int:
        with self.db.transaction() as session:
            return insert_interaction(session, client_id, data)

    def update(self, interaction_id: int, data: InteractionInput) -> None:
        _validate(data)
        with self.db.transaction() as session:
            row = self._load(session, interaction_id)
            before = _input_of(row)
            self._apply(row, data)
            audit.record(
                session,
                AuditAction.UPDATE,
                ENTITY,
                row.id,
                data.kind.value,
                before=before,
                after=data,
            )

    def delete(self, interaction_id: int) -> None:
        with self.db.transaction() as session:
            row = self._load(session, interaction_id)
            audit.record(
                session, AuditAction.DELETE, ENTITY, row.id, row.kind.value, before=_input_of(row)
            )
            session.delete(row)

    def get(self, interaction_id: int) -> InteractionRecord:
        with self.db.reading() as session:
            row = self._load(session, interaction_id)
            return InteractionRecord(row.id, row.client_id, _input_of(row))

    def list_for(self, client_id: int) -> list[InteractionRecord]:
        with self.db.reading() as session:
            rows = session.scalars(
                select(Interaction)
                .where(Interaction.client_id == client_id)
                .order_by(Interaction.happened_at.desc(), Interaction.id.desc())
            )
            return [InteractionRecord(r.id, r.client_id, _input_of(r)) for r in rows]

    @staticmethod
    def _apply(row: Interaction, data: InteractionInput) -> None:
        row.happened_at = data.happened_at.replace(microsecond=0)
        row.kind = data.kind
        row.text = data.text.strip()
        row.outcome = data.outcome.strip()

    @staticmethod
    def _load(session: Session, interaction_id: int) -> Interaction:
        row = session.get(Interaction, interaction_id)
        if row is None:
            raise NotFoundError(ENTITY, interaction_id)
        return row
