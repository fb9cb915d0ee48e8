"""The words an import writes into the shop's records on its own, in the language of the
person who imports: the history entry of a call or a visit, a reminder's title, the notes
made of a cell's comment or of a field two cards disagree on, a row's colour as a tag.

These are data, not the window's texts: they stay as written when the window's language
changes, so they are chosen once, when the records are made (the window passes its own
language; clientbase-cli import takes --language).
"""

from __future__ import annotations

from typing import Final

_RUSSIAN: Final = {
    "call": "Звонок",
    "visit": "Визит",
    "called_off": "Запись отменена: {what}",
    "call_back": "Позвонить",
    "cell_note": "Примечание к «{column}»: {text}",
    "note": "Примечание: {text}",
    "link": "ссылка {target}",
    "row_tag": "выделен {color}",
    "row_comment": "строка выделена {color}",
    "struck_tag": "зачёркнут в таблице",
    "struck_comment": "строка зачёркнута",
    "struck_cell": "{column} (зачёркнуто): {text}",
    "item_code": "арт. {code}",
    "returned": "Возврат {day}",
    "child": "Ребёнок",
    "returned_part": "Возврат {day}: {count} из {of}",
    # A booking's payment, in its reminder's note (see booked_sales).
    "unpaid": "Не оплачено",
    "paid_in_part": "Оплачено частично",
    # A row's colour, as the tag and the comment say it: «выделен жёлтым».
    "color.red": "красным",
    "color.orange": "оранжевым",
    "color.yellow": "жёлтым",
    "color.green": "зелёным",
    "color.light blue": "голубым",
    "color.blue": "синим",
    "color.purple": "фиолетовым",
    "color.pink": "розовым",
    "color.grey": "серым",
    "color.black": "чёрным",
    # A field the file gives otherwise than the card, noted under the export's name for it.
    "field.full_name": "ФИО",
    "field.organization": "Организация",
    "field.birthday": "Дата рождения",
    "field.region": "Регион",
    "field.city": "Город",
    "field.street": "Адрес",
    "field.postcode": "Индекс",
    "field.loyalty_card": "Карта",
    "field.client_code": "Код клиента",
    "field.inn": "ИНН",
    "field.kpp": "КПП",
    "field.ogrn": "ОГРН",
    "field.bank_name": "Банк",
    "field.bank_bik": "БИК",
    "field.bank_account": "Расчётный счёт",
    "field.correspondent_account": "Корр. счёт",
    "field.call_time": "Когда звонить",
    "field.responsible": "Ответственный",
}

_ENGLISH: Final = {
    "call": "Call",
    "visit": "Visit",
    "called_off": "Booking called off: {what}",
    "call_back": "Call back",
    "cell_note": "Note on «{column}»: {text}",
    "note": "Note: {text}",
    "link": "link {target}",
    "row_tag": "highlighted {color}",
    "row_comment": "row highlighted {color}",
    "struck_tag": "struck out in the sheet",
    "struck_comment": "row struck out",
    "struck_cell": "{column} (struck out): {text}",
    "item_code": "SKU {code}",
    "returned": "Returned on {day}",
    "child": "Child",
    "returned_part": "Returned on {day}: {count} of {of}",
    "unpaid": "Not paid",
    "paid_in_part": "Paid in part",
    "color.red": "red",
    "color.orange": "orange",
    "color.yellow": "yellow",
    "color.green": "green",
    "color.light blue": "light blue",
    "color.blue": "blue",
    "color.purple": "purple",
    "color.pink": "pink",
    "color.grey": "grey",
    "color.black": "black",
    # The English export's column names (see export_columns).
    "field.full_name": "Full name",
    "field.organization": "Company",
    "field.birthday": "Birthday",
    "field.region": "Region",
    "field.city": "City",
    "field.street": "Address",
    "field.postcode": "Postcode",
    "field.loyalty_card": "Loyalty card",
    "field.client_code": "Client code",
    "field.inn": "INN",
    "field.kpp": "KPP",
    "field.ogrn": "OGRN",
    "field.bank_name": "Bank",
    "field.bank_bik": "BIK",
    "field.bank_account": "Bank account",
    "field.correspondent_account": "Correspondent account",
    "field.call_time": "Call time",
    "field.responsible": "Responsible",
}

LANGUAGES: Final = {"ru": _RUSSIAN, "en": _ENGLISH}


class RecordWords:
    """The words of one language: `words["visit"]`, `words.say("link", target=…)`."""

    def __init__(self, language: str = "ru") -> None:
        self.language = language if language in LANGUAGES else "ru"
        self._words = LANGUAGES[self.language]

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def say(self, key: str, **values: str) -> str:
        return self._words[key].format(**values)

    def color(self, name: str) -> str:
        """A row colour's name (row_colors: «yellow») as this language's tag says it."""
        return self._words.get(f"color.{name}", name)

    def field(self, name: str) -> str:
        return self._words[f"field.{name}"]
