"""SQLAlchemy models: the shape of the shop's data in the database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from clientbase.db.enums import (
    AuditAction,
    Channel,
    ClientKind,
    ClientSource,
    ClientStatus,
    InteractionKind,
    MessengerKind,
    PaymentState,
    PurchaseStatus,
    Recurrence,
    ReminderKind,
)

# Named constraints keep Alembic's batch mode on SQLite able to find and alter them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(12, 2, asdecimal=True)


def choice(enum: type[StrEnum]) -> Enum:
    """Store an enum by its value as a short string, portable across SQLite and PostgreSQL."""
    return Enum(
        enum,
        native_enum=False,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


client_tag = Table(
    "client_tag",
    Base.metadata,
    Column("client_id", ForeignKey("client.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Client(Base):
    __tablename__ = "client"
    # Every sortable column leads a covering index behind archived_at, so «all active clients
    # in this order» is read from the index alone: 100,000 ids in a few tens of milliseconds.
    __table_args__ = (
        Index("ix_client_by_name", "archived_at", "sort_name", "id"),
        Index("ix_client_by_total_spent", "archived_at", "total_spent", "id"),
        Index("ix_client_by_last_purchase", "archived_at", "last_purchase", "id"),
        Index("ix_client_by_purchase_count", "archived_at", "purchase_count", "total_spent", "id"),
        Index("ix_client_by_created_at", "archived_at", "created_at", "id"),
        Index("ix_client_by_city", "archived_at", "city", "sort_name", "id"),
        Index("ix_client_by_birthday", "archived_at", "birthday_month", "birthday_day", "id"),
        # Everything the segments read (services.segments), so the dashboard reads 100,000
        # clients from a narrow index instead of the wide rows.
        Index(
            "ix_client_segments",
            "archived_at",
            "total_spent",
            "purchase_count",
            "last_purchase",
            "first_purchase",
            "is_vip",
            "source",
        ),
        # What a search result needs to be filtered and sorted, reachable by id without
        # reading the wide client rows: see clientbase.db.text_search.
        Index(
            "ix_client_listing",
            "id",
            "archived_at",
            "sort_name",
            "total_spent",
            "last_purchase",
            "purchase_count",
            "created_at",
            "city",
            "status",
            "is_vip",
            "birthday_month",
            "birthday_day",
            "primary_phone",
            "primary_email",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ClientKind] = mapped_column(choice(ClientKind), default=ClientKind.PERSON)
    last_name: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")

    # A birthday may be known without its year ("01.02"), so the parts are kept apart.
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)

    region: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")

    preferred_channel: Mapped[Channel | None] = mapped_column(choice(Channel))
    call_time: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[ClientStatus] = mapped_column(choice(ClientStatus), default=ClientStatus.NEW)
    is_vip: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[ClientSource | None] = mapped_column(choice(ClientSource))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    responsible: Mapped[str] = mapped_column(String(100), default="")
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    loyalty_card: Mapped[str] = mapped_column(String(50), default="")
    # The number the shop's earlier program or sheet gave the client («Код клиента», an
    # Access CustomerID): what that program's orders name the client by.
    client_code: Mapped[str] = mapped_column(String(100), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    marketing_consent_date: Mapped[date | None] = mapped_column(Date)

    # Company requisites (empty for a person).
    inn: Mapped[str] = mapped_column(String(12), default="")
    kpp: Mapped[str] = mapped_column(String(9), default="")
    ogrn: Mapped[str] = mapped_column(String(15), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    bank_bik: Mapped[str] = mapped_column(String(9), default="")
    bank_account: Mapped[str] = mapped_column(String(20), default="")
    correspondent_account: Mapped[str] = mapped_column(String(20), default="")

    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)

    # Kept up to date by the services so that 100,000 rows sort and search without joins.
    display_name: Mapped[str] = mapped_column(String(400), default="")
    sort_name: Mapped[str] = mapped_column(String(400), default="")
    primary_phone: Mapped[str] = mapped_column(String(50), default="")
    primary_email: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Counts the saves of the card: a save from another PC that loaded an older version is
    # refused instead of overwriting (SQLAlchemy adds «AND version = :old» to each UPDATE).
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it once)
    total_spent: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    purchase_count: Mapped[int] = mapped_column(Integer, default=0)
    first_purchase: Mapped[date | None] = mapped_column(Date)
    last_purchase: Mapped[date | None] = mapped_column(Date)

    phones: Mapped[list[Phone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Phone.position"
    )
    emails: Mapped[list[Email]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Email.position"
    )
    messengers: Mapped[list[Messenger]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Messenger.id"
    )
    contact_persons: Mapped[list[ContactPerson]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ContactPerson.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tag, order_by="Tag.name")
    purchases: Mapped[list[Purchase]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[str] = mapped_column(String(50))
    e164: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(50), default="")

    client: Mapped[Client] = relationship(back_populates="phones")


class Email(Base):
    __tablename__ = "email"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(200), index=True)
    label: Mapped[str] = mapped_column(String(50), default="")

    client: Mapped[Client] = relationship(back_populates="emails")


class Messenger(Base):
    __tablename__ = "messenger"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MessengerKind] = mapped_column(choice(MessengerKind))
    handle: Mapped[str] = mapped_column(String(100))

    client: Mapped[Client] = relationship(back_populates="messengers")


class ContactPerson(Base):
    __tablename__ = "contact_person"
    __table_args__ = (Index("ix_contact_person_birthday", "birthday_month", "birthday_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    phone_e164: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_year: Mapped[int | None] = mapped_column(Integer)

    client: Mapped[Client] = relationship(back_populates="contact_persons")


class Purchase(Base):
    __tablename__ = "purchase"
    __table_args__ = (
        Index("ix_purchase_client_date", "client_id", "date"),
        # Revenue by month reads dates, statuses and sums from the index alone.
        Index("ix_purchase_by_date", "date", "status", "total"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(50), default="")
    status: Mapped[PurchaseStatus] = mapped_column(
        choice(PurchaseStatus), default=PurchaseStatus.NEW
    )
    payment_state: Mapped[PaymentState] = mapped_column(
        choice(PaymentState), default=PaymentState.UNPAID
    )
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    client: Mapped[Client] = relationship(back_populates="purchases")
    items: Mapped[list[PurchaseItem]] = relationship(
        back_populates="purchase", cascade="all, delete-orphan", order_by="PurchaseItem.position"
    )


class PurchaseItem(Base):
    __tablename__ = "purchase_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_id: Mapped[int] = mapped_column(
        ForeignKey("purchase.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), default=Decimal("1"))
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    purchase: Mapped[Purchase] = relationship(back_populates="items")


class Interaction(Base):
    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_client_at", "client_id", "happened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    happened_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[InteractionKind] = mapped_column(choice(InteractionKind))
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(300), default="")

    client: Mapped[Client] = relationship(back_populates="interactions")


class Reminder(Base):
    __tablename__ = "reminder"
    __table_args__ = (
        Index("ix_reminder_due", "done_at", "due_at"),
        # The calendar reads snoozed reminders by their new time, month by month.
        Index("ix_reminder_snoozed", "done_at", "snoozed_until"),
        Index("ix_reminder_series", "done_at", "recurrence", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # A reminder may stand alone ("order stock"), so the client is optional.
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    due_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[ReminderKind] = mapped_column(choice(ReminderKind))
    title: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    recurrence: Mapped[Recurrence] = mapped_column(choice(Recurrence), default=Recurrence.NONE)
    # The first date of a repeating reminder: every later one is counted from it, so a
    # monthly reminder on the 31st comes back on the 31st after a short month.
    repeat_from: Mapped[datetime | None] = mapped_column(DateTime)
    repeat_until: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """One change to the base: when, what, and the record before and after it."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[AuditAction] = mapped_column(choice(AuditAction))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(400), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ImportBatch(Base):
    """One import of a file: listed in the import history and undone as a whole."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(400))
    sheet: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    counts: Mapped[dict[str, int]] = mapped_column(JSON)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What the rows imported said (exchange.table_file.rows_digest): the same list imported
    # again is told so before it adds its clients a second time. Empty before 0014.
    digest: Mapped[str] = mapped_column(String(64), default="", server_default="")

    items: Mapped[list[ImportBatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="ImportBatchItem.id"
    )


class ImportBatchItem(Base):
    """A client the import created or changed, with the card as it was before a merge."""

    __tablename__ = "import_batch_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: the client may be deleted later, and the history must stay readable.
    client_id: Mapped[int] = mapped_column(Integer, index=True)
    # Set for a purchase the import added (action "purchase"), to take it back on undo.
    purchase_id: Mapped[int | None] = mapped_column(Integer)
    # Set for a reminder the import added (action "reminder"): a «Перезвонить» column's.
    reminder_id: Mapped[int | None] = mapped_column(Integer)
    # Set for a call the import added to the client's history (action "interaction").
    interaction_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    batch: Mapped[ImportBatch] = relationship(back_populates="items")


class ImportMapping(Base):
    """How the columns of a sheet with these headers were last imported, to propose again."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A digest of the folded header names: the same sheet layout next month finds it.
    header_key: Mapped[str] = mapped_column(String(64), unique=True)
    headers: Mapped[list[str]] = mapped_column(JSON)
    targets: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class BaseSetting(Base):
    """A setting that belongs to the base, not to one computer: travels with it and its backups.

    The program's password and the export restrictions live here, so copying the settings
    file of another PC does not lift them.
    """

    __tablename__ = "base_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
