"""A card saved from another PC while this one edited it: what to tell, what to offer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from clientbase.errors import EditConflict
from clientbase.ui.formatting import format_datetime

translate = QCoreApplication.translate


def field_names() -> dict[str, str]:
    """The card's fields as its Contacts tab names them."""
    return {
        "kind": translate("EditConflict", "person or company"),
        "last_name": translate("EditConflict", "last name"),
        "first_name": translate("EditConflict", "first name"),
        "middle_name": translate("EditConflict", "middle name"),
        "organization": translate("EditConflict", "company name"),
        "phones": translate("EditConflict", "phones"),
        "emails": translate("EditConflict", "e-mails"),
        "messengers": translate("EditConflict", "messengers"),
        "birthday": translate("EditConflict", "birthday"),
        "region": translate("EditConflict", "region"),
        "city": translate("EditConflict", "city"),
        "street": translate("EditConflict", "address"),
        "postcode": translate("EditConflict", "postcode"),
        "preferred_channel": translate("EditConflict", "preferred channel"),
        "call_time": translate("EditConflict", "when to call"),
        "status": translate("EditConflict", "status"),
        "is_vip": translate("EditConflict", "VIP"),
        "tags": translate("EditConflict", "tags"),
        "source": translate("EditConflict", "source"),
        "referred_by_id": translate("EditConflict", "referred by"),
        "responsible": translate("EditConflict", "responsible"),
        "discount_percent": translate("EditConflict", "discount"),
        "loyalty_card": translate("EditConflict", "loyalty card"),
        "client_code": translate("EditConflict", "client code"),
        "notes": translate("EditConflict", "notes"),
        "marketing_consent": translate("EditConflict", "marketing consent"),
        "marketing_consent_date": translate("EditConflict", "consent date"),
        "inn": translate("EditConflict", "INN"),
        "kpp": translate("EditConflict", "KPP"),
        "ogrn": translate("EditConflict", "OGRN"),
        "bank_name": translate("EditConflict", "bank"),
        "bank_bik": translate("EditConflict", "BIK"),
        "bank_account": translate("EditConflict", "account"),
        "correspondent_account": translate("EditConflict", "correspondent account"),
        "contact_persons": translate("EditConflict", "contact persons"),
    }


def conflict_text(error: EditConflict, client_name: str) -> str:
    names = field_names()
    fields = ", ".join(names.get(f, f) for f in error.fields)
    text = translate(
        "EditConflict",
        "«%1» was saved on another computer (%2) while you were editing it.",
    )
    text = text.replace("%1", client_name).replace("%2", format_datetime(error.saved_at))
    if fields:
        text += " " + translate("EditConflict", "Changed there: %1.").replace("%1", fields)
    return (
        text
        + "\n\n"
        + translate(
            "EditConflict",
            "Your changes are not saved yet. Load the card as it is now (your changes are "
            "dropped), or save yours over it?",
        )
    )


class ConflictChoice:
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep"


def ask_about_conflict(parent: QWidget, error: EditConflict, client_name: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("EditConflict", "Changed meanwhile"),
                      conflict_text(error, client_name), QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    reload = box.addButton(
        translate("EditConflict", "Load their version"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite = box.addButton(
        translate("EditConflict", "Save mine over it"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("EditConflict", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    if box.clickedButton() is reload:
        return ConflictChoice.RELOAD
    if box.clickedButton() is overwrite:
        return ConflictChoice.OVERWRITE
    return ConflictChoice.KEEP_EDITING
