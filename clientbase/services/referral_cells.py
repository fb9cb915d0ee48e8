"""A row's «Кто порекомендовал» as read from its cell, before whom it names is looked for
(see import_referrers)."""

from __future__ import annotations

from collections.abc import Sequence

from clientbase.db.enums import ClientSource
from clientbase.exchange.choices import parse_yes_no
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.client_data import ClientInput


def referral_of(
    cells: Sequence[object],
    mapping: Sequence[Target],
    headers: Sequence[object],
    data: ClientInput | None,
    as_written: bool,
) -> str:
    """The name or phone of whom the row's client was referred by; "" where the sheet has
    no such column or the cell names nobody. A client referred by anyone came by a
    recommendation, the card's source where the row gives none; a «По рекомендации» of
    «да» says only that, and one of «нет» stays in the notes as written."""
    if Target.REFERRER not in mapping:
        return ""
    at = mapping.index(Target.REFERRER)
    written = text_of(cells[at]).strip() if at < len(cells) else ""
    if not written or data is None:
        return written
    try:
        referred = parse_yes_no(written)
    except ValueError:
        referred, name = True, written
    else:
        name = ""
        if not referred:
            header = text_of(headers[at]).strip()
            data.notes = "\n".join(filter(None, (data.notes, f"{header}: {written}")))
    # The program's own export: the card's source as it is.
    if referred and data.source is None and not as_written:
        data.source = ClientSource.REFERRAL
    return name
