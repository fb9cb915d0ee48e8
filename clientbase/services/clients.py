"""Creating, editing, archiving, restoring and deleting clients."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.models import (
    Client,
    Tag,
    client_tag,
)
from clientbase.errors import EditConflict, NotFoundError, ValidationError
from clientbase.services import audit
from clientbase.services.client_data import (
    ClientInput,
    ClientRecord,
    ClientSummary,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_rows import apply, drop_unused_tags
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.dates import birthday_text
from clientbase.services.email_typos import mistyped_emails
from clientbase.services.settings import Settings

ENTITY = "client"


def client_input(client: Client) -> ClientInput:
    """The card's view of a stored client."""
    return ClientInput(
        kind=client.kind,
        last_name=client.last_name,
        first_name=client.first_name,
        middle_name=client.middle_name,
        organization=client.organization,
        phones=[PhoneInput(p.raw, p.label) for p in client.phones],
        emails=[EmailInput(e.address, e.label) for e in client.emails],
        messengers=[MessengerInput(m.kind, m.handle) for m in client.messengers],
        birthday=birthday_text(client.birthday_day, client.birthday_month, client.birthday_year),
        region=client.region,
        city=client.city,
        street=client.street,
        postcode=client.postcode,
        preferred_channel=client.preferred_channel,
        call_time=client.call_time,
        status=client.status,
        is_vip=client.is_vip,
        tags=[t.name for t in client.tags],
        source=client.source,
        referred_by_id=client.referred_by_id,
        responsible=client.responsible,
        discount_percent=client.discount_percent,
        loyalty_card=client.loyalty_card,
        client_code=client.client_code,
        notes=client.notes,
        marketing_consent=client.marketing_consent,
        marketing_consent_date=client.marketing_consent_date,
        inn=client.inn,
        kpp=client.kpp,
        ogrn=client.ogrn,
        bank_name=client.bank_name,
        bank_bik=client.bank_bik,
        bank_account=client.bank_account,
        correspondent_account=client.correspondent_account,
        contact_persons=[
            ContactPersonInput(
                p.name,
                p.position,
                p.phone,
                p.email,
                birthday_text(p.birthday_day, p.birthday_month, p.birthday_year),
            )
            for p in client.contact_persons
        ],
    )


_WHOLE_CARD = (
    selectinload(Client.phones),
    selectinload(Client.emails),
    selectinload(Client.messengers),
    selectinload(Client.contact_persons),
    selectinload(Client.tags),
)


def load_client(session: Session, client_id: int) -> Client:
    client = session.scalar(select(Client).where(Client.id == client_id).options(*_WHOLE_CARD))
    if client is None:
        raise NotFoundError(ENTITY, client_id)
    return client


def load_clients(session: Session, client_ids: Sequence[int]) -> dict[int, Client]:
    """Many clients with all their cards' parts, in six queries rather than six each (an
    import merging into thousands of the base's clients)."""
    found = session.scalars(select(Client).where(Client.id.in_(client_ids)).options(*_WHOLE_CARD))
    return {client.id: client for client in found}


class ClientService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings

    def validate(self, data: ClientInput, stored_emails: Collection[str] = ()) -> ValidClient:
        """The card checked; a mistyped e-mail the card did not hold before is refused too."""
        typos = mistyped_emails(data, stored_emails)
        try:
            valid = validate_client(data, self.settings.phone_region)
        except ValidationError as error:
            raise ValidationError([*error.problems, *typos]) from None
        if typos:
            raise ValidationError(typos)
        return valid

    def create(self, data: ClientInput) -> int:
        valid = self.validate(data)
        with self.db.transaction() as session:
            self._check_referral(session, None, data.referred_by_id)
            now = datetime.now()
            client = Client(created_at=now, updated_at=now)
            session.add(client)
            apply(session, client, valid)
            session.flush()
            audit.record(
                session,
                AuditAction.CREATE,
                ENTITY,
                client.id,
                client.display_name,
                after=client_input(client),
            )
            return client.id

    def update(self, client_id: int, data: ClientInput, since: ClientRecord | None = None) -> bool:
        """Save an edited card; return False when nothing had changed (no audit entry then).

        `since` is the card as the editor read it: when another PC saved the client after
        that, EditConflict names the fields it changed and nothing is written.
        """
        with self.db.sessions() as session:
            self._check_referral(session, client_id, data.referred_by_id)
            client = load_client(session, client_id)
            valid = self.validate(data, {email.address.casefold() for email in client.emails})
            if since is not None and since.version and client.version != since.version:
                # A purchase or an archive counts as a save too; only a card changed in its
                # own fields is a conflict.
                theirs = audit.to_json(client_input(client))
                changed = audit.changed_fields(audit.to_json(since.data), theirs)
                if changed:
                    session.rollback()
                    raise EditConflict(client_id, sorted(changed), client.updated_at)
            before = audit.to_json(client_input(client))
            apply(session, client, valid)
            after = audit.to_json(client_input(client))
            if before == after:
                session.rollback()
                return False
            client.updated_at = datetime.now()
            audit.record(
                session,
                AuditAction.UPDATE,
                ENTITY,
                client_id,
                client.display_name,
                before=audit.changed_fields(after, before),
                after=audit.changed_fields(before, after),
            )
            try:
                session.commit()
            except StaleDataError as error:
                # The other PC saved between our read and our write, a moment ago.
                raise EditConflict(client_id, [], datetime.now()) from error
            return True

    def get(self, client_id: int) -> ClientRecord:
        with self.db.reading() as session:
            client = load_client(session, client_id)
            referred_by = (
                session.get(Client, client.referred_by_id) if client.referred_by_id else None
            )
            return ClientRecord(
                id=client.id,
                data=client_input(client),
                display_name=client.display_name,
                created_at=client.created_at,
                updated_at=client.updated_at,
                archived_at=client.archived_at,
                version=client.version,
                summary=ClientSummary(
                    client.total_spent,
                    client.purchase_count,
                    client.first_purchase,
                    client.last_purchase,
                ),
                referred_by_name=referred_by.display_name if referred_by else "",
            )

    def archive(self, client_ids: Iterable[int]) -> int:
        """Move clients out of the everyday list; nothing is lost and they can be restored."""
        return self._set_archived(list(client_ids), archived=True)

    def restore(self, client_ids: Iterable[int]) -> int:
        return self._set_archived(list(client_ids), archived=False)

    def _set_archived(self, client_ids: list[int], archived: bool) -> int:
        action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
        now = datetime.now()
        with self.db.transaction() as session:
            rows = session.execute(
                select(Client.id, Client.display_name, Client.archived_at).where(
                    Client.id.in_(client_ids)
                )
            ).all()
            changing = [row for row in rows if (row.archived_at is None) == archived]
            ids = [row.id for row in changing]
            if not ids:
                return 0
            session.execute(
                update(Client)
                .where(Client.id.in_(ids))
                .values(archived_at=now if archived else None, updated_at=now)
            )
            for row in changing:
                before = row.archived_at.isoformat() if row.archived_at else None
                audit.record(
                    session,
                    action,
                    ENTITY,
                    row.id,
                    row.display_name,
                    before={"archived_at": before},
                    after={"archived_at": now.isoformat() if archived else None},
                )
            return len(ids)

    def delete(self, client_id: int) -> None:
        """Remove a client for good, with its purchases and history; the audit log keeps a copy."""
        self.delete_many([client_id])

    def delete_many(self, client_ids: Sequence[int]) -> None:
        """Remove these clients for good, all or none: a failure leaves every one of them."""
        with self.db.transaction() as session:
            tag_ids: set[int] = set()
            for client_id in client_ids:
                client = load_client(session, client_id)
                tag_ids.update(tag.id for tag in client.tags)
                audit.record(
                    session,
                    AuditAction.DELETE,
                    ENTITY,
                    client_id,
                    client.display_name,
                    before=client_input(client),
                )
                session.execute(
                    update(Client)
                    .where(Client.referred_by_id == client_id)
                    .values(referred_by_id=None)
                )
                # Its tags' links go with it through the loaded list: deleted beforehand by
                # a statement of their own, they made the delete of any tagged client fail.
                session.delete(client)
            # Only its own: another window may be giving a client a tag no one has yet.
            drop_unused_tags(session, tag_ids)

    def tag_names(self) -> list[str]:
        with self.db.reading() as session:
            # A tag no client holds (taken off the last card) is no choice for the filter.
            held = select(client_tag.c.tag_id)
            names = session.scalars(select(Tag.name).where(Tag.id.in_(held)))
            return sorted(names, key=str.casefold)

    def cities(self) -> list[str]:
        with self.db.reading() as session:
            names = session.scalars(select(Client.city).distinct().where(Client.city != ""))
            return sorted(names, key=str.casefold)

    def responsible_people(self) -> list[str]:
        with self.db.reading() as session:
            names = session.scalars(
                select(Client.responsible).distinct().where(Client.responsible != "")
            )
            return sorted(names, key=str.casefold)

    @staticmethod
    def _check_referral(session: Session, client_id: int | None, referred_by: int | None) -> None:
        if referred_by is None:
            return
        if referred_by == client_id:
            raise ValidationError.single("referred_by_id", "self_referral")
        if session.get(Client, referred_by) is None:
            raise ValidationError.single("referred_by_id", "unknown_client")
