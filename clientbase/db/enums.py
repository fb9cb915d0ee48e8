"""The fixed choices of the shop's data, as stored in the database.

Values are stable lowercase English words: they are what the file holds, so they never change
with the interface language; the UI translates them for display.
"""

from enum import StrEnum


class ClientKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class ClientStatus(StrEnum):
    POTENTIAL = "potential"
    NEW = "new"
    REGULAR = "regular"
    OCCASIONAL = "occasional"
    LOST = "lost"


class ClientSource(StrEnum):
    REFERRAL = "referral"
    SOCIAL = "social"
    WALK_IN = "walk_in"
    EXHIBITION = "exhibition"
    WEBSITE = "website"
    ADVERTISING = "advertising"
    OTHER = "other"


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    VK = "vk"
    INSTAGRAM = "instagram"


class MessengerKind(StrEnum):
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    VK = "vk"
    INSTAGRAM = "instagram"


class PurchaseStatus(StrEnum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DONE = "done"
    CANCELLED = "cancelled"


class PaymentState(StrEnum):
    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"
    EMAIL = "email"
    NOTE = "note"


class ReminderKind(StrEnum):
    CALL = "call"
    CONGRATULATE = "congratulate"
    MEETING = "meeting"
    TASK = "task"


class Recurrence(StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    DELETE = "delete"
    EXPORT = "export"
    SETTING = "setting"
