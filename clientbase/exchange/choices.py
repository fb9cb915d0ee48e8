"""The words files use for the program's fixed choices (status, source, yes/no).

These are a file vocabulary, like the column names: an export writes the word of its
language (the first Russian one, or the English one of ENGLISH), and an import reads Russian,
English or the stored value, in any case.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TypeVar, cast

from clientbase.db.enums import (
    Channel,
    ClientSource,
    ClientStatus,
    MessengerKind,
    PaymentState,
    PurchaseStatus,
)
from clientbase.services.text import fold

E = TypeVar("E", bound=StrEnum)

# By enum: members of two enums with one value («new», «paid») are equal as strings, and in
# one dictionary the later one's words took the earlier one's place.
WORDS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    # The program's words and those a shop's own sheet uses for the same stage.
    ClientStatus: {
        ClientStatus.POTENTIAL: (
            "Потенциальный", "potential", "потенциальный клиент", "лид", "lead", "prospect",
            "интересовался", "интересовалась",
            # A CRM's leads by how near they are to buying: none has bought yet.
            "холодный", "холодная", "тёплый", "теплый", "тёплая", "теплая", "горячий",
            "горячая", "cold", "warm", "hot",
            # A CRM's stages before the first purchase (HubSpot's lifecycle).
            "subscriber", "marketing qualified lead", "sales qualified lead",
            "marketingqualifiedlead", "salesqualifiedlead", "opportunity",
        ),
        ClientStatus.NEW: ("Новый", "new", "новая", "новый клиент"),
        ClientStatus.REGULAR: (
            "Постоянный", "regular", "постоянная", "постоянный клиент", "постоянник",
            "активный", "активная", "active",
        ),
        ClientStatus.OCCASIONAL: ("Разовый", "occasional", "разовая", "разовый клиент"),
        ClientStatus.LOST: (
            "Потерянный", "lost", "ушедший", "ушедшая", "ушёл", "ушла", "бывший", "бывшая",
            "неактивный", "неактивная", "inactive", "former", "потерян", "потеряна",
            "потерянная", "спящий", "спящая", "churned", "dormant",
        ),
    },
    # What shops write under «Откуда узнали»: the program's words and the usual answers.
    ClientSource: {
        ClientSource.REFERRAL: (
            "Рекомендация", "referral", "по рекомендации", "от знакомых", "знакомые", "друзья",
            "от друзей", "сарафан", "сарафанное радио", "посоветовали", "word of mouth",
            "friend", "от подруги", "подруга", "подруги", "от друга", "друг", "от знакомого",
            "от знакомой", "знакомый", "знакомая", "по совету", "посоветовал", "посоветовала",
            "от коллеги", "от коллег", "коллеги", "от родственников", "родственники",
            "friends",
            # A CRM's lead sources (Salesforce's and Zoho's picklists).
            "partner referral", "employee referral", "external referral", "partner",
        ),
        ClientSource.SOCIAL: (
            "Соцсети", "social", "social network", "social media", "соцсеть", "социальные сети",
            "инстаграм", "instagram", "инста", "вконтакте", "вк", "vk", "facebook", "фейсбук",
            "одноклассники", "телеграм", "telegram", "tiktok", "тикток", "youtube", "ютуб",
            # A web form's «utm_source» as the ad systems write it.
            "ig", "inst", "fb", "ok", "tg", "vk.com", "instagram.com",
        ),
        ClientSource.WALK_IN: (
            "Зашёл сам", "walk-in", "walk in", "сам", "зашла сама", "сами", "проходил мимо",
            "проходила мимо", "мимо", "вывеска", "витрина",
        ),
        ClientSource.EXHIBITION: (
            "Выставка", "exhibition", "ярмарка", "fair", "trade show", "seminar",
            "seminar partner", "internal seminar",
        ),
        ClientSource.WEBSITE: (
            "Сайт", "website", "site", "интернет", "internet", "наш сайт", "organic", "seo",
            "поиск", "search", "web", "web download", "web research", "online store", "chat",
            # Bitrix24's and amoCRM's lead sources.
            "веб-сайт", "веб сайт", "вебсайт", "с сайта", "заявка с сайта", "crm-форма",
            "crm форма", "онлайн-чат", "онлайн чат", "интернет-магазин", "интернет магазин",
            # A hotel's booking sites, a shop's marketplaces: found on the internet.
            "booking", "booking.com", "островок", "ostrovok", "airbnb", "суточно", "суточно.ру",
            "яндекс путешествия", "ozon", "озон", "wildberries", "вайлдберриз", "wb",
            "яндекс маркет", "яндекс.маркет", "маркетплейс",
        ),
        ClientSource.ADVERTISING: (
            "Реклама", "advertising", "ads", "авито", "avito", "2гис", "2gis", "яндекс",
            "яндекс карты", "яндекс директ", "google", "гугл", "листовка", "флаер", "газета",
            "радио", "баннер", "yandex", "yandex direct", "yandex.direct", "яндекс.директ",
            "direct", "ya", "yandex maps", "яндекс.карты", "google ads", "adwords", "cpc", "ppc",
            "target", "таргет", "таргетинг", "контекст", "контекстная реклама",
            "advertisement", "public relations",
        ),
        ClientSource.OTHER: ("Другое", "other"),
    },
    Channel: {
        Channel.PHONE: ("Звонок", "phone", "телефон", "call"),
        Channel.SMS: ("СМС", "sms"),
        Channel.EMAIL: ("E-mail", "email", "почта"),
        Channel.TELEGRAM: ("Telegram", "телеграм"),
        Channel.WHATSAPP: ("WhatsApp", "ватсап"),
        Channel.VK: ("ВКонтакте", "vk", "вк"),
        # Instagram's messages are its «Директ» (an English «direct» is an advert's source).
        Channel.INSTAGRAM: ("Instagram", "инстаграм", "инста", "директ"),
    },
    MessengerKind: {
        # Each also as «в телеграме», «в ватсапе» say it.
        MessengerKind.TELEGRAM: (
            "Telegram", "телеграм", "телеграмм", "тг", "tg", "телеграме", "телеграмме",
        ),
        MessengerKind.WHATSAPP: ("WhatsApp", "ватсап", "вотсап", "вацап", "ватсапе", "вотсапе"),
        MessengerKind.VK: ("ВКонтакте", "vk", "вк", "vkontakte"),
        MessengerKind.INSTAGRAM: (
            "Instagram", "инстаграм", "инстаграмм", "инста", "insta", "инстаграме", "инстаграмме",
        ),
    },
    # The program's words, and those of web shops' and sales books' order statuses.
    PurchaseStatus: {
        PurchaseStatus.NEW: (
            "Новый", "new", "новая", "в работе", "в обработке", "принят", "принята", "создан",
            "ожидает", "ожидает оплаты", "processing", "pending",
            # A salon's visit booked and not yet come (YCLIENTS' «Статус визита»).
            "ожидание", "ожидание клиента", "подтвердил", "подтвердила", "подтвержден",
            "подтверждена", "подтверждён", "записан", "записана", "confirmed", "waiting",
            "клиент подтвердил", "клиент подтвердила", "клиент записан", "клиент записана",
            "accepted", "booked", "scheduled",
            # A CRM's deal not yet won or lost (Pipedrive's).
            "open", "открыта", "открыт",
            # A marketplace's order not yet sent (Ozon's, Яндекс Маркета).
            "ожидает сборки", "ожидает отгрузки", "ожидает упаковки", "awaiting packaging",
            "awaiting deliver",
            # A photo studio's shoot being worked on; an event booked and paid for in part.
            "обработка", "в процессе", "in progress", "предоплата", "внесена предоплата",
        ),
        PurchaseStatus.PAID: ("Оплачен", "paid", "оплачена", "оплачено"),
        PurchaseStatus.SHIPPED: (
            "Отправлен", "shipped", "отправлена", "в пути", "передан в доставку", "в доставке",
            "отправлено",
            # МойСклад's shipments: the goods left the warehouse.
            "отгружен", "отгружена", "отгружено",
            # …and a marketplace's order on its way.
            "доставляется", "курьер в пути", "передаётся в доставку", "передается в доставку",
            "delivering", "driver pickup",
        ),
        PurchaseStatus.DONE: (
            "Выполнен", "done", "выполнена", "завершён", "завершена", "доставлен", "доставлена",
            "получен", "получена", "выдан", "выдана", "закрыт", "закрыта", "продан", "продана",
            "продажа", "completed", "delivered", "closed",
            "выполнено", "завершено", "выдано", "проведено", "проведен", "проведена",
            "состоялось",
            # A tailor's or a workshop's work done, waiting for the client to take it.
            "готов", "готова", "готово", "готов к выдаче", "готова к выдаче", "ready",
            # A photo studio's photos, a tailor's or a workshop's work, handed to the client.
            "сдано", "сдан", "сдана", "отдано", "отдан", "отдана",
            # A parcel handed to its recipient (СДЭК's, Почта России's).
            "вручен", "вручена", "вручено", "вручено адресату", "вручение адресату",
            # The client came to the visit.
            "пришел", "пришёл", "пришла", "клиент пришел", "клиент пришёл", "состоялся",
            "визит состоялся", "arrived", "attended",
            # A CRM's deal won (Bitrix24's, amoCRM's stage).
            "сделка успешна", "успешно реализовано", "успешная сделка", "won", "closed won",
        ),
        PurchaseStatus.CANCELLED: (
            "Отменён", "cancelled", "canceled", "отменена", "отмена", "отказ", "возврат",
            "cancelled by buyer", "cancelled by seller", "cancelled by client",
            "возвращён", "возвращена", "returned", "refunded",
            # The client did not come: no sale to count.
            "не пришел", "не пришёл", "не пришла", "клиент не пришел", "клиент не пришёл",
            "неявка", "no show", "no-show", "did not come",
            # …and one lost.
            "сделка провалена", "закрыто и не реализовано", "проваленная сделка", "lost",
            "closed lost",
        ),
    },
    # A sheet's «Оплата» column is as often a yes or a no.
    PaymentState: {
        PaymentState.UNPAID: (
            "Не оплачен", "unpaid", "не оплачена", "не оплачено", "нет", "no", "долг", "в долг",
        ),
        PaymentState.PARTIAL: (
            "Частично", "partial", "частично оплачен", "частично оплачено", "partly paid",
        ),
        PaymentState.PAID: ("Оплачен", "paid", "оплачена", "оплачено", "да", "yes"),
    },
}  # fmt: skip
# How a sale was paid, as a sales book's «Оплата» says it: paid, and how. The import keeps
# the words in the purchase's comment.
PAYMENT_METHODS = frozenset(
    fold(method)
    for method in (
        "карта", "картой", "по карте", "карточка", "наличные", "наличными", "нал", "наличка",
        "безнал", "безналичные", "безналичный", "безналичная", "перевод", "переводом",
        "перевод на карту", "сбп", "qr", "qr-код", "по qr", "терминал", "эквайринг",
        "онлайн", "онлайн оплата", "на сайте", "счёт", "по счёту", "р/с", "cash", "card",
        "credit card", "bank transfer", "transfer", "online",
        # Words of a web shop's payment method («Оплата картой», «Наложенный платёж»).
        "наложенный", "наложенным", "paypal", "stripe", "юкасса", "yookassa", "робокасса",
        "robokassa", "cod",
    )
)  # fmt: skip


def is_payment_method(text: str) -> bool:
    """How a sale was paid, in a sales book's words («карта») or a web shop's («Оплата
    картой», «Direct bank transfer»): the whole of it, or a word of it, is a known way."""
    folded = fold(text)
    return folded in PAYMENT_METHODS or any(word in PAYMENT_METHODS for word in folded.split())


# The marks a hand-kept sheet ticks a column with: Excel's and Word's check marks, «√» from
# Excel's symbols, and «х» typed in the Russian layout, where «x» is.
YES = (
    "да", "yes", "1", "+", "x", "х", "✓", "✔", "☑", "✅", "√", "v", "true", "истина", "вип", "vip",
    "subscribed", "opted in", "marketing contact",
    # «Согласие: есть», «Рассылка: подписан»; Bitrix24's and 1C's «Y» and «N».
    "есть", "согласен", "согласна", "подписан", "подписана", "y",
)  # fmt: skip
_EMOJI_LOOK = "\ufe0f"
# A mailing service's states of a person who has not agreed, or no longer does.
NO = (
    "нет", "no", "0", "-", "—", "–", "✗", "✘", "☐", "❌", "false", "ложь", "unsubscribed",
    "not subscribed", "opted out", "cleaned", "pending", "non-marketing contact",
    "нету", "не согласен", "не согласна", "не подписан", "не подписана", "отказ", "n",
    # Klaviyo's «NEVER_SUBSCRIBED»; Mailchimp's buyers who never subscribed.
    "never_subscribed", "never subscribed", "non-subscribed", "transactional",
)  # fmt: skip


def _words_of(member: StrEnum) -> tuple[str, ...]:
    return WORDS.get(type(member), {}).get(member, ())


# The words an English export writes: those of the English window and reports. By enum, as
# WORDS: PurchaseStatus.PAID and PaymentState.PAID are one key in a flat dictionary.
ENGLISH: dict[type[StrEnum], dict[StrEnum, str]] = {
    ClientStatus: {
        ClientStatus.POTENTIAL: "Potential", ClientStatus.NEW: "New",
        ClientStatus.REGULAR: "Regular", ClientStatus.OCCASIONAL: "Occasional",
        ClientStatus.LOST: "Lost",
    },
    ClientSource: {
        ClientSource.REFERRAL: "Referral", ClientSource.SOCIAL: "Social media",
        ClientSource.WALK_IN: "Walk-in", ClientSource.EXHIBITION: "Exhibition",
        ClientSource.WEBSITE: "Website", ClientSource.ADVERTISING: "Advertising",
        ClientSource.OTHER: "Other",
    },
    Channel: {
        Channel.PHONE: "Phone", Channel.SMS: "SMS", Channel.EMAIL: "E-mail",
        Channel.TELEGRAM: "Telegram", Channel.WHATSAPP: "WhatsApp", Channel.VK: "VK",
        Channel.INSTAGRAM: "Instagram",
    },
    MessengerKind: {
        MessengerKind.TELEGRAM: "Telegram", MessengerKind.WHATSAPP: "WhatsApp",
        MessengerKind.VK: "VK", MessengerKind.INSTAGRAM: "Instagram",
    },
    PurchaseStatus: {
        PurchaseStatus.NEW: "New", PurchaseStatus.PAID: "Paid",
        PurchaseStatus.SHIPPED: "Shipped", PurchaseStatus.DONE: "Done",
        PurchaseStatus.CANCELLED: "Cancelled",
    },
    PaymentState: {
        PaymentState.UNPAID: "Unpaid", PaymentState.PARTIAL: "Partly paid",
        PaymentState.PAID: "Paid",
    },
}  # fmt: skip


def word(value: StrEnum | None, language: str = "ru") -> str:
    """The word a file of this language writes for a choice; "" for none."""
    if value is None:
        return ""
    if language == "en":
        return ENGLISH.get(type(value), {}).get(value, "")
    words = _words_of(value)
    return words[0] if words else ""


@cache
def _choices(enum: type[StrEnum]) -> dict[str, StrEnum]:
    return {
        fold(name): member
        for member in reversed(list(enum))  # the first member wins a word two could mean
        for name in (member.value, *_words_of(member))
    }


def parse_choice(enum: type[E], text: str) -> E:
    """The choice a word names; ValueError when it names none."""
    member = _choices(enum).get(fold(text.strip()))
    if member is None:
        raise ValueError(text)
    return cast(E, member)


def is_choice(enum: type[StrEnum], text: str) -> bool:
    """Whether a word names one of the choices."""
    return fold(text.strip()) in _choices(enum)


def names_itself(member: StrEnum, text: str) -> bool:
    """Whether `text` is the choice's own name, as the program writes it in either language
    («Реклама», «Advertising»), rather than a word it stands for («Авито», «2ГИС»)."""
    folded = fold(text.strip())
    return folded in {fold(member.value), fold(word(member)), fold(word(member, "en"))}


def parse_yes_no(text: str) -> bool:
    # «✔️» as a phone's keyboard types it: the mark and the selector of its coloured look.
    folded = fold(text.replace(_EMOJI_LOOK, "").strip())
    if folded in YES:
        return True
    if folded in NO or not folded:
        return False
    raise ValueError(text)


def yes_no(value: bool, language: str = "ru") -> str:
    if language == "en":
        return "Yes" if value else "No"
    return "Да" if value else "Нет"
