"""Settings the services need, as a typed object (the UI keeps them in QSettings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # Phones typed without a country code are read as numbers of this region.
    phone_region: str = "RU"
    currency: str = "RUB"
