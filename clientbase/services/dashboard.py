"""The figures of the analytics window: revenue and new clients by month, segments, the best
clients, where clients come from. One call reads them all, in well under a second for
100,000 clients and 300,000 purchases (bench/reports.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from clientbase.db.database import Database
from clientbase.db.date_math import month_of
from clientbase.db.enums import ClientSource, PurchaseStatus
from clientbase.db.models import Client, Purchase
from clientbase.services.segments import (
    Segment,
    SegmentRules,
    count_segments,
    read_buyers,
    thresholds_for,
)

MONTHS = 12
CENT = Decimal("0.01")
TOP = 10


@dataclass(frozen=True)
class TopClient:
    id: int
    name: str
    total_spent: Decimal
    purchase_count: int


@dataclass(frozen=True)
class Dashboard:
    months: list[date]  # the first day of each of the last twelve months, oldest first
    revenue: list[Decimal]  # per month, cancelled purchases left out
    new_clients: list[int]  # per month
    segments: dict[Segment, int]
    top_clients: list[TopClient]
    sources: dict[ClientSource | None, int]  # None: the source was not given
    active_clients: int
    buyers: int

    @property
    def revenue_total(self) -> Decimal:
        return sum(self.revenue, Decimal(0))


def last_months(today: date, count: int = MONTHS) -> list[date]:
    year, month = today.year, today.month
    firsts = []
    for _ in range(count):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _by_month(rows: Sequence[Any], months: list[date]) -> list[Any]:
    found = {key: value for key, value in rows}
    return [found.get(f"{m:%Y-%m}") or 0 for m in months]


def read_dashboard(
    db: Database, today: date | None = None, rules: SegmentRules | None = None
) -> Dashboard:
    today = today or date.today()
    months = last_months(today)
    dialect = db.engine.dialect.name
    buyers = read_buyers(db)
    limits = thresholds_for(buyers, today, rules or SegmentRules())
    segments = count_segments(buyers, limits)
    with db.reading() as session:
        month = month_of(Purchase.date, dialect)
        revenue = session.execute(
            select(month, func.sum(Purchase.total))
            .where(Purchase.date >= months[0], Purchase.status != PurchaseStatus.CANCELLED)
            .group_by(month)
            .with_hint(Purchase, "INDEXED BY ix_purchase_by_date", "sqlite")
        ).all()
        created = month_of(Client.created_at, dialect)
        new_clients = session.execute(
            select(created, func.count(Client.id))
            .where(Client.created_at >= datetime.combine(months[0], datetime.min.time()))
            .group_by(created)
        ).all()
        top = session.execute(
            select(Client.id, Client.display_name, Client.total_spent, Client.purchase_count)
            .where(Client.archived_at.is_(None), Client.total_spent > 0)
            .order_by(Client.total_spent.desc(), Client.id)
            .limit(TOP)
        ).all()
        sources = session.execute(
            select(Client.source, func.count(Client.id))
            .where(Client.archived_at.is_(None))
            .group_by(Client.source)
            .with_hint(Client, "INDEXED BY ix_client_segments", "sqlite")
        ).all()
    return Dashboard(
        months=months,
        revenue=[Decimal(str(v)).quantize(CENT) for v in _by_month(revenue, months)],
        new_clients=[int(v) for v in _by_month(new_clients, months)],
        segments=segments,
        top_clients=[TopClient(*row) for row in top],
        sources={source: count for source, count in sources},
        active_clients=len(buyers),
        buyers=sum(1 for b in buyers if b.has_bought),
    )
