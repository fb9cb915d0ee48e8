"""Columns of a program's own bookkeeping, which say nothing of the client: left out of
the import (Target.IGNORE), though the mapping shows them, to be taken after all. Notes of
them on every card were noise."""

from __future__ import annotations

BOOKKEEPING = (
    # A web form's own numbers of its lead and of itself (Tilda's): no client's.
    "tranid", "formid", "requestid",
    # A Mailchimp audience's bookkeeping: where and when it was confirmed, its guess of
    # the place and time zone, its own ids and rating. Notes of it on every card were
    # noise; the mapping shows them, to be taken after all.
    "confirm ip", "optin ip", "confirm time", "latitude", "longitude", "gmtoff", "dstoff",
    "timezone", "leid", "euid", "last changed", "member rating",
    # Square's: how its profile was made («Directory», «Instant Profile»), not where the
    # client came from.
    "creation source", "instant profile",
    # МойСклад's: whether the shop's other staff see the record. A CRM's last change of
    # it (Zoho's, LoyLap's, amoCRM's), no change of the client's.
    "общий доступ", "modified by", "modified time", "last modified", "last modified by",
    "date modified", "updated at", "date edit", "дата изменения", "кем изменен",
    # HubSpot's and others' of the same.
    "last modified date", "modified date", "date last modified", "дата последнего изменения",
    "последнее изменение",
    # Pipedrive's: its last change, and which of the shop's staff see the person.
    "update time", "visible to",
)  # fmt: skip
