"""How a grouped report's rows that are not clients are planned (see report_groups): the
names of its groupings under the header are skipped, and an item row under a client's row,
which that row sums up, is skipped too, unless it is a sale (report_purchases)."""

from __future__ import annotations

from collections.abc import Mapping

from clientbase.services.planned_rows import PlannedRow, RowAction
from clientbase.services.purchases import PurchaseInput
from clientbase.services.report_groups import ReportGroups


def report_line(
    line: int, groups: ReportGroups, sold: Mapping[int, PurchaseInput]
) -> PlannedRow | None:
    """A grouped report's row that is not a client: the names of its groupings under the
    header, or an item (a document, a month) in a client's group, which the client's row
    already sums up. A sale among them (see report_purchases) is a purchase of that client."""
    if line - 1 in groups.stacked:
        return PlannedRow(line, RowAction.SKIP, None, [], reason="report_header")
    client = groups.under.get(line - 1) if groups.under is not None else None
    if client is None:
        return None
    if (purchase := sold.get(line - 1)) is not None:
        return PlannedRow(
            line, RowAction.MERGE_IN_FILE, None, [], same_as_line=client + 1,
            reason="report_purchase", purchase=purchase,
        )  # fmt: skip
    return PlannedRow(line, RowAction.SKIP, None, [], reason="report_line", same_as_line=client + 1)
