"""Translated names of the stored choices and of the services' error codes.

Each text is a literal inside a translate() call so that lupdate finds it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from clientbase.db.enums import (
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
from clientbase.errors import DatabaseError, Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: StrEnum | None) -> str:
    """The name of a stored choice in the interface language."""
    if value is None:
        return ""
    texts: dict[StrEnum, str] = {
        ClientKind.PERSON: _t("Person"),
        ClientKind.COMPANY: _t("Company"),
        ClientStatus.POTENTIAL: _t("Potential"),
        ClientStatus.NEW: _t("New"),
        ClientStatus.REGULAR: _t("Regular"),
        ClientStatus.OCCASIONAL: _t("Occasional"),
        ClientStatus.LOST: _t("Lost"),
        ClientSource.REFERRAL: _t("Referral"),
        ClientSource.SOCIAL: _t("Social network"),
        ClientSource.WALK_IN: _t("Walk-in"),
        ClientSource.EXHIBITION: _t("Exhibition"),
        ClientSource.WEBSITE: _t("Website"),
        ClientSource.ADVERTISING: _t("Advertising"),
        ClientSource.OTHER: _t("Other"),
        Channel.PHONE: _t("Phone call"),
        Channel.SMS: _t("SMS"),
        Channel.EMAIL: _t("E-mail"),
        Channel.TELEGRAM: _t("Telegram"),
        Channel.WHATSAPP: _t("WhatsApp"),
        Channel.VK: _t("VK"),
        MessengerKind.TELEGRAM: _t("Telegram"),
        MessengerKind.WHATSAPP: _t("WhatsApp"),
        MessengerKind.VK: _t("VK"),
        PurchaseStatus.NEW: _t("New"),
        PurchaseStatus.PAID: _t("Paid"),
        PurchaseStatus.SHIPPED: _t("Shipped"),
        PurchaseStatus.DONE: _t("Done"),
        PurchaseStatus.CANCELLED: _t("Cancelled"),
        PaymentState.UNPAID: _t("Not paid"),
        PaymentState.PARTIAL: _t("Partly paid"),
        PaymentState.PAID: _t("Paid"),
        InteractionKind.CALL: _t("Call"),
        InteractionKind.MEETING: _t("Meeting"),
        InteractionKind.MESSAGE: _t("Message"),
        InteractionKind.EMAIL: _t("E-mail"),
        InteractionKind.NOTE: _t("Note"),
        ReminderKind.CALL: _t("Call"),
        ReminderKind.CONGRATULATE: _t("Congratulate"),
        ReminderKind.MEETING: _t("Meeting"),
        ReminderKind.TASK: _t("Task"),
        Recurrence.NONE: _t("Once"),
        Recurrence.DAILY: _t("Every day"),
        Recurrence.WEEKLY: _t("Every week"),
        Recurrence.MONTHLY: _t("Every month"),
        Recurrence.YEARLY: _t("Every year"),
    }
    return texts.get(value, value.value)


def month_names() -> list[str]:
    return [
        _t("January"), _t("February"), _t("March"), _t("April"), _t("May"), _t("June"),
        _t("July"), _t("August"), _t("September"), _t("October"), _t("November"),
        _t("December"),
    ]  # fmt: skip


def _m(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def problem_text(problem: Problem) -> str:
    """A validation problem in the interface language, with its value filled in."""
    texts = {
        "required": _m("This field is required"),
        "name_required": _m("Enter a last or first name"),
        "organization_required": _m("Enter the organization name"),
        "phone_invalid": _m("«{value}» is not a phone number"),
        "email_invalid": _m("«{value}» is not an e-mail address"),
        "date_invalid": _m("«{value}» is not a date; write it as 01.02.1980 or 01.02"),
        "date_in_future": _m("{value} is in the future"),
        "year_out_of_range": _m("The year in «{value}» is not plausible"),
        "percent_out_of_range": _m("{value} must be between 0 and 100"),
        "negative_amount": _m("{value} must not be negative"),
        "digits_only": _m("«{value}» must contain {count} digits"),
        "unknown_client": _m("The client was not found (it may have been deleted)"),
        "unknown_record": _m("The record was not found (it may have been deleted)"),
        "self_referral": _m("A client cannot be referred by themselves"),
        "items_or_total": _m("Enter the items or the total of the purchase"),
        "not_a_number": _m("«{value}» is not a number"),
    }
    return texts.get(problem.code, problem.message).format(**problem.params)


def database_error_text(error: DatabaseError) -> str:
    texts = {
        "not_a_database": _m("{detail}: this file is not a ClientBase database"),
        "cannot_open": _m("The database cannot be opened: {detail}"),
        "newer_schema": _m(
            "This database was saved by a newer version of ClientBase; update the program"
        ),
    }
    return texts.get(error.code, str(error)).format(detail=error.detail)
