"""The analytics figures on a small shop whose numbers are known."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from clientbase.db.enums import ClientSource, PurchaseStatus
from clientbase.services.dashboard import last_months, read_dashboard
from clientbase.services.purchases import PurchaseInput
from clientbase.services.segments import Segment
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_last_months_cross_the_new_year() -> None:
    months = last_months(date(2026, 2, 14), 3)
    assert months == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_dashboard_of_a_small_shop(workspace: Workspace) -> None:
    today = date.today()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    anna = workspace.clients.create(person("Анна", source=ClientSource.REFERRAL, is_vip=True))
    boris = workspace.clients.create(person("Борис", source=ClientSource.REFERRAL))
    workspace.clients.create(person("Вера"))
    add = workspace.purchases.add
    add(anna, PurchaseInput(this_month, total=Decimal("1000.50")))
    add(anna, PurchaseInput(last_month, total=Decimal("500")))
    add(boris, PurchaseInput(this_month, total=Decimal("300")))
    add(boris, PurchaseInput(this_month, total=Decimal("999"), status=PurchaseStatus.CANCELLED))
    add(boris, PurchaseInput(this_month - timedelta(days=800), total=Decimal("70")))

    board = read_dashboard(workspace.db, today)
    assert board.months[-1] == this_month and len(board.months) == 12
    # Cancelled purchases and those older than the twelve months are not revenue.
    assert board.revenue[-1] == Decimal("1300.50")
    assert board.revenue[-2] == Decimal("500.00")
    assert board.revenue_total == Decimal("1800.50")
    assert board.new_clients[-1] == 3
    assert [c.name for c in board.top_clients] == ["Анна", "Борис"]
    assert board.top_clients[0].total_spent == Decimal("1500.50")
    assert board.sources == {ClientSource.REFERRAL: 2, None: 1}
    assert (board.active_clients, board.buyers) == (3, 2)
    assert board.segments[Segment.VIP] == 1
    assert board.segments[Segment.ABC_A] == 1  # Anna alone brings 80 % (1500.50 of 1870.50)
    assert sum(board.segments[s] for s in (Segment.ABC_A, Segment.ABC_B, Segment.ABC_C)) == 2


def test_dashboard_of_an_empty_base(workspace: Workspace) -> None:
    board = read_dashboard(workspace.db)
    assert board.revenue_total == 0 and board.top_clients == [] and board.buyers == 0
    assert all(count == 0 for count in board.segments.values())
