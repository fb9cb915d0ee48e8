"""What the import wizard calls the places a column's values go: «Город», «ФИО целиком»."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientbase.exchange.header import Target

translate = QCoreApplication.translate

# A card's fields that are lists, by the column that fills them.
_LIST_FIELDS = {"phones": Target.PHONE, "emails": Target.EMAIL}


def target_names() -> dict[Target, str]:
    return {
        Target.FULL_NAME: translate("ImportDialog", "Full name, in one column"),
        Target.LAST_NAME: translate("ImportDialog", "Last name"),
        Target.FIRST_NAME: translate("ImportDialog", "First name"),
        Target.MIDDLE_NAME: translate("ImportDialog", "Middle name"),
        Target.ORGANIZATION: translate("ImportDialog", "Organization"),
        Target.PHONE: translate("ImportDialog", "Phone"),
        Target.EMAIL: translate("ImportDialog", "E-mail"),
        Target.BIRTHDAY: translate("ImportDialog", "Birthday"),
        Target.CITY: translate("ImportDialog", "City"),
        Target.REGION: translate("ImportDialog", "Region"),
        Target.STREET: translate("ImportDialog", "Address (street, house)"),
        Target.POSTCODE: translate("ImportDialog", "Postcode"),
        Target.HOUSE: translate("ImportDialog", "House"),
        Target.FLAT: translate("ImportDialog", "Flat, office"),
        Target.NOTES: translate("ImportDialog", "Notes"),
        Target.TAGS: translate("ImportDialog", "Tags"),
        Target.LOYALTY_CARD: translate("ImportDialog", "Loyalty card"),
        Target.CLIENT_CODE: translate("ImportDialog", "Client code"),
        Target.DISCOUNT: translate("ImportDialog", "Discount"),
        Target.INN: translate("ImportDialog", "INN"),
        Target.KPP: translate("ImportDialog", "KPP"),
        Target.OGRN: translate("ImportDialog", "OGRN"),
        Target.BANK_NAME: translate("ImportDialog", "Bank"),
        Target.BANK_BIK: translate("ImportDialog", "BIK"),
        Target.BANK_ACCOUNT: translate("ImportDialog", "Bank account"),
        Target.CORRESPONDENT_ACCOUNT: translate("ImportDialog", "Correspondent account"),
        Target.CALL_TIME: translate("ImportDialog", "When to call"),
        Target.MESSENGERS: translate("ImportDialog", "Messengers"),
        Target.CONTACT_PERSONS: translate("ImportDialog", "Contact persons"),
        Target.CHANNEL: translate("ImportDialog", "Preferred channel"),
        Target.CONSENT_DATE: translate("ImportDialog", "Consent date"),
        Target.STATUS: translate("ImportDialog", "Status"),
        Target.VIP: translate("ImportDialog", "VIP (yes / no)"),
        Target.SOURCE: translate("ImportDialog", "Source"),
        Target.RESPONSIBLE: translate("ImportDialog", "Responsible"),
        Target.REFERRER: translate("ImportDialog", "Referred by (a client's name or phone)"),
        Target.CONSENT: translate("ImportDialog", "Marketing consent (yes / no)"),
        Target.ARCHIVED: translate("ImportDialog", "In the archive (yes / no)"),
        Target.CLIENT_SINCE: translate("ImportDialog", "Client since (date added)"),
        Target.NEXT_CONTACT: translate("ImportDialog", "Reminder: call again, next visit"),
        Target.TASK: translate("ImportDialog", "Reminder: what to do (the title)"),
        Target.TASK_DONE: translate("ImportDialog", "Reminder: done (yes / no)"),
        Target.LAST_CALL: translate("ImportDialog", "Last call: date (to the history)"),
        Target.CALL_RESULT: translate("ImportDialog", "Last call: result"),
        Target.CALL_NOTE: translate("ImportDialog", "Last call: comment"),
        Target.LAST_VISIT: translate("ImportDialog", "Last visit: date (to the history)"),
        Target.HISTORY: translate("ImportDialog", "History: dated lines (to the history)"),
        Target.CHILD_NAME: translate("ImportDialog", "Child: name (a contact person)"),
        Target.CHILD_BIRTHDAY: translate("ImportDialog", "Child: birthday"),
        Target.RELATIVE_BIRTHDAY: translate("ImportDialog", "Relative or pet: birthday"),
        Target.RELATIVE_NAME: translate("ImportDialog", "Relative or pet: name (a contact person)"),
        Target.OCCASION: translate("ImportDialog", "Occasion (every year)"),
        Target.OCCASION_NAME: translate("ImportDialog", "Occasion: what it is (the title)"),
        Target.OCCASION_FOR: translate("ImportDialog", "Occasion: for whom (the note)"),
        Target.AREA_CODE: translate("ImportDialog", "Phone: area code"),
        Target.BIRTH_DAY: translate("ImportDialog", "Birthday: day"),
        Target.BIRTH_MONTH: translate("ImportDialog", "Birthday: month"),
        Target.BIRTH_YEAR: translate("ImportDialog", "Birthday: year"),
        Target.PURCHASE_DATE: translate("ImportDialog", "Purchase: date"),
        Target.ORDER_NUMBER: translate("ImportDialog", "Purchase: order number"),
        Target.AMOUNT: translate("ImportDialog", "Purchase: amount"),
        Target.ITEM: translate("ImportDialog", "Purchase: item"),
        Target.QUANTITY: translate("ImportDialog", "Purchase: quantity"),
        Target.PRICE: translate("ImportDialog", "Purchase: price"),
        Target.PURCHASE_STATUS: translate("ImportDialog", "Purchase: status"),
        Target.PAYMENT: translate("ImportDialog", "Purchase: payment"),
        Target.PURCHASE_COMMENT: translate("ImportDialog", "Purchase: comment"),
        Target.SERVED_BY: translate("ImportDialog", "Purchase: who served (to the comment)"),
        Target.ITEM_CODE: translate("ImportDialog", "Purchase: item code (with the item)"),
        # «Скидка: 10%»: the cell under its column's name.
        Target.SALE_NOTE: translate("ImportDialog", "Purchase: a note in the comment"),
        Target.IGNORE: translate("ImportDialog", "— do not import —"),
    }


def field_names(fields: tuple[str, ...]) -> list[str]:
    """The card's fields (ClientInput's names: «city», «phones») as the wizard names their
    columns; a field no column fills (a referral) is left out."""
    names = target_names()
    known = {target.value: target for target in Target} | _LIST_FIELDS
    return [names[known[name]] for name in fields if name in known]
