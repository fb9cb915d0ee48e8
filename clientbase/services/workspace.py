"""All services of one open base, handed to the UI and the command line as one object."""

from __future__ import annotations

from dataclasses import dataclass, field

from clientbase.db.database import Database
from clientbase.services.clients import ClientService
from clientbase.services.interactions import InteractionService
from clientbase.services.purchases import PurchaseService
from clientbase.services.reminders import ReminderService
from clientbase.services.settings import Settings


@dataclass
class Workspace:
    db: Database
    settings: Settings = field(default_factory=Settings)

    def __post_init__(self) -> None:
        self.clients = ClientService(self.db, self.settings)
        self.purchases = PurchaseService(self.db)
        self.interactions = InteractionService(self.db)
        self.reminders = ReminderService(self.db)

    def use_settings(self, settings: Settings) -> None:
        """New settings (another phone region, currency) for everything done from now on."""
        self.settings = settings
        self.clients.settings = settings

    def close(self) -> None:
        self.db.close()
