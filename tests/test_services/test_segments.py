"""Segments on known data: every expected class below is worked out by hand in the comments."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.purchases import PurchaseInput
from clientbase.services.segments import (
    Buyer,
    Segment,
    SegmentRules,
    count_segments,
    read_buyers,
    read_thresholds,
    rfm_scores,
    score,
    segments_of,
    thresholds_for,
)
from clientbase.services.workspace import Workspace
from tests.conftest import person

TODAY = date(2026, 11, 23)


def buyer(spent: int, count: int = 1, last_days_ago: int = 10, span_days: int = 0) -> Buyer:
    last = TODAY - timedelta(days=last_days_ago)
    return Buyer(Decimal(spent), count, last - timedelta(days=span_days), last)


def test_abc_gives_a_to_the_clients_who_bring_the_first_80_percent() -> None:
    # Revenue 500, 300, 100, 50, 30, 20 = 1000. Before each: 0, 500 (<800: A, A),
    # 800, 900 (<950: B, B), 950, 980 (C, C).
    buyers = [buyer(v) for v in (500, 300, 100, 50, 30, 20)]
    limits = thresholds_for(buyers, TODAY, SegmentRules())
    classes = [
        ({Segment.ABC_A, Segment.ABC_B, Segment.ABC_C} & segments_of(b, limits)).pop()
        for b in buyers
    ]
    assert classes == [Segment.ABC_A] * 2 + [Segment.ABC_B] * 2 + [Segment.ABC_C] * 2


def test_abc_puts_the_client_who_crosses_80_percent_in_a_and_ties_together() -> None:
    # 700 (before 0) and 200 (before 700 < 800) are A; 50 and 50 tie: the first has 900
    # before it (B), so its twin is B too; nothing is left for C.
    buyers = [buyer(v) for v in (700, 200, 50, 50)]
    limits = thresholds_for(buyers, TODAY, SegmentRules())
    assert (limits.a_min, limits.b_min) == (Decimal(200), Decimal(50))
    assert [Segment.ABC_B in segments_of(b, limits) for b in buyers] == [0, 0, 1, 1]


def test_quintile_scores_split_ten_different_values_in_pairs() -> None:
    cuts = thresholds_for([buyer(v) for v in range(1, 11)], TODAY, SegmentRules()).monetary
    assert cuts == tuple(Decimal(v) for v in (2, 4, 6, 8))
    assert [score(Decimal(v), cuts) for v in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_equal_values_share_the_lower_score() -> None:
    # Six of ten bought once: the cut points are 1, 1, 1, 2, so one purchase scores 1,
    # two score 4 (above three cuts), three and four score 5.
    counts = [1, 1, 1, 1, 1, 1, 2, 2, 3, 4]
    limits = thresholds_for([buyer(10, c) for c in counts], TODAY, SegmentRules())
    assert limits.frequency == (1, 1, 1, 2)
    assert [score(c, limits.frequency) for c in (1, 2, 3, 4)] == [1, 4, 5, 5]


def test_rfm_groups_of_a_small_shop() -> None:
    # Five buyers, one per fifth on each axis, so each score is the buyer's rank from the
    # bottom: R by the last purchase (1, 3, 20, 300, 400 days ago), F by count, M by revenue.
    buyers = {
        "best": buyer(5000, 9, last_days_ago=3),
        "loyal": buyer(400, 7, last_days_ago=20),
        "new": buyer(3000, 1, last_days_ago=1),
        "lost_big": buyer(2000, 5, last_days_ago=400),
        "lost_small": buyer(100, 2, last_days_ago=300),
    }
    limits = thresholds_for(list(buyers.values()), TODAY, SegmentRules())
    scores = {name: rfm_scores(b, limits) for name, b in buyers.items()}
    # «best» is R4 F5 M5: a champion (all three ≥ 4); «loyal» R3 F4 but M2, so loyal only;
    # «new» bought last and once; the two who left differ by how often they used to buy.
    assert scores == {
        "best": (4, 5, 5),
        "loyal": (3, 4, 2),
        "new": (5, 1, 4),
        "lost_big": (1, 3, 3),
        "lost_small": (2, 2, 1),
    }
    groups = {
        name: (set(segments_of(b, limits)) & set(
            (Segment.CHAMPIONS, Segment.LOYAL, Segment.NEWCOMERS, Segment.ATTENTION,
             Segment.AT_RISK, Segment.SLEEPING)
        )).pop()
        for name, b in buyers.items()
    }  # fmt: skip
    assert groups == {
        "best": Segment.CHAMPIONS,
        "loyal": Segment.LOYAL,
        "new": Segment.NEWCOMERS,
        "lost_big": Segment.AT_RISK,
        "lost_small": Segment.SLEEPING,
    }


def test_frequency_classes_and_churn() -> None:
    rules = SegmentRules(churn_days=180, regular_days=60)
    monthly = buyer(900, 6, last_days_ago=5, span_days=150)  # 150 / 5 = 30 days apart
    yearly = buyer(900, 3, last_days_ago=5, span_days=700)  # 350 days apart
    twice = buyer(100, 2, last_days_ago=200)  # and gone for 200 > 180 days
    never = Buyer(Decimal(0), 0, None, None, is_vip=True)
    limits = thresholds_for([monthly, yearly, twice, never], TODAY, rules)
    assert Segment.REGULAR in segments_of(monthly, limits)
    assert Segment.OCCASIONAL in segments_of(yearly, limits)
    assert {Segment.FEW_PURCHASES, Segment.CHURNED} <= segments_of(twice, limits)
    assert Segment.CHURNED not in segments_of(monthly, limits)
    # A VIP who never bought is in no purchase segment, only VIP.
    assert segments_of(never, limits) == {Segment.VIP}


def test_a_base_without_purchases_has_empty_segments(workspace: Workspace) -> None:
    workspace.clients.create(person("Иванов"))
    limits = read_thresholds(workspace.db, TODAY)
    assert limits.a_min is None
    assert find_client_ids(workspace.db, ClientQuery(segment=Segment.ABC_A)) == []


@pytest.fixture
def shop(workspace: Workspace) -> dict[str, int]:
    today = date.today()
    spending = {
        "Анна": [(3, 5000), (40, 4000), (80, 3000)],
        "Борис": [(10, 1500), (100, 1000)],
        "Вера": [(300, 700)],
        "Глеб": [(20, 300), (50, 200), (90, 150), (130, 100)],
        "Дина": [(500, 50)],
        "Ефим": [],
    }
    ids = {}
    for name, purchases in spending.items():
        ids[name] = workspace.clients.create(person(name, is_vip=name == "Ефим"))
        for days_ago, total in purchases:
            workspace.purchases.add(
                ids[name], PurchaseInput(today - timedelta(days=days_ago), total=Decimal(total))
            )
    return ids


def test_every_segment_filter_finds_the_clients_the_python_rule_names(
    workspace: Workspace, shop: dict[str, int]
) -> None:
    """The SQL condition behind the table's filter and the dashboard's counts agree."""
    rules = SegmentRules(churn_days=200, regular_days=45)
    limits = read_thresholds(workspace.db, date.today(), rules)
    buyers = {buyer.client_id: buyer for buyer in read_buyers(workspace.db)}
    assert set(buyers) == set(shop.values())
    for segment in Segment:
        expected = {i for i, b in buyers.items() if segment in segments_of(b, limits)}
        found = find_client_ids(workspace.db, ClientQuery(segment=segment, segment_rules=rules))
        assert set(found) == expected, segment
        assert count_segments(list(buyers.values()), limits)[segment] == len(expected), segment
    # Anna brings 12,000 of 16,300 (74 %): an A, and so is Boris, who crosses 80 %.
    abc_a = find_client_ids(workspace.db, ClientQuery(segment=Segment.ABC_A, segment_rules=rules))
    assert set(abc_a) == {shop["Анна"], shop["Борис"]}
    churned = find_client_ids(
        workspace.db, ClientQuery(segment=Segment.CHURNED, segment_rules=rules)
    )
    assert set(churned) == {shop["Вера"], shop["Дина"]}
    regular = find_client_ids(
        workspace.db, ClientQuery(segment=Segment.REGULAR, segment_rules=rules)
    )
    # Anna: 77 days over 2 gaps (38.5 ≤ 45); Gleb: 110 over 3 (36.7); Boris has 2 purchases.
    assert set(regular) == {shop["Анна"], shop["Глеб"]}
