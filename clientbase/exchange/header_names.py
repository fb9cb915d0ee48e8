"""The column names we know, in Russian and English, folded as normalize_header folds
them (punctuation gone, small letters), and what each column holds."""

from __future__ import annotations

from clientbase.exchange.header_bookkeeping import BOOKKEEPING
from clientbase.exchange.targets import Target

# A part of a date, as a sheet names the columns a birthday is written in under one
# «Дата рождения» merged over «День», «Месяц», «Год», or beside a «День рождения» of days.
BIRTH_PART_WORDS: dict[str, Target] = {
    **dict.fromkeys(("день", "число", "day"), Target.BIRTH_DAY),
    **dict.fromkeys(("месяц", "мес", "month"), Target.BIRTH_MONTH),
    **dict.fromkeys(("год", "year"), Target.BIRTH_YEAR),
}

# Whose birthday a florist's or a jeweller's list keeps beside the client's, as its column
# names them («День рождения жены»), and who that is to the client.
RELATIVES = {
    "жены": "жена", "мужа": "муж", "супруги": "супруга", "супруга": "супруг",
    "супруга и": "супруг(а)", "мамы": "мама", "матери": "мама", "папы": "папа", "отца": "папа",
    "тещи": "тёща", "свекрови": "свекровь", "бабушки": "бабушка", "дедушки": "дедушка",
    "сестры": "сестра", "брата": "брат", "wife": "wife", "husband": "husband",
    "spouse": "spouse", "mother": "mother", "father": "father",
    # A pupil's parent, whom a school or a children's club calls.
    "родителя": "родитель", "parent": "parent",
    # A vet's or a groomer's client's pet, whose birthday the shop congratulates too.
    "питомца": "питомец", "животного": "питомец", "собаки": "собака", "кошки": "кошка",
    "кота": "кот", "pet": "pet", "dog": "dog", "cat": "cat",
}  # fmt: skip
# The same relatives named alone, as a column of their names: «Мама», «Жена», «Родитель».
RELATIVES_NAMED = {
    "мама": "мама", "мать": "мама", "папа": "папа", "отец": "папа", "родитель": "родитель",
    "жена": "жена", "муж": "муж", "супруга": "супруга", "супруг": "супруг",
    "супруг а": "супруг(а)", "законный представитель": "законный представитель",
    "mother": "mother", "father": "father",
    "parent": "parent", "wife": "wife", "husband": "husband", "spouse": "spouse",
    "кличка": "питомец", "питомец": "питомец", "pet name": "pet",
}  # fmt: skip
# What a last visit's column names as done then: a car service's «Последнее ТО», a vet's
# «Последняя прививка»: a last visit, whose history entry says it rather than a bare «Визит»
# (see row_calls).
DONE_AT_VISIT = {
    **dict.fromkeys(("последнее то", "дата последнего то"), "ТО"),
    **dict.fromkeys(("последняя прививка", "дата последней прививки"), "Прививка"),
    **dict.fromkeys(("последняя процедура", "дата последней процедуры"), "Процедура"),
    **dict.fromkeys(("последняя стрижка", "дата последней стрижки"), "Стрижка"),
    **dict.fromkeys(("последнее обслуживание", "дата последнего обслуживания"), "Обслуживание"),
    **dict.fromkeys(("последний осмотр", "дата последнего осмотра"), "Осмотр"),
    **dict.fromkeys(
        ("последняя проверка зрения", "дата последней проверки зрения"), "Проверка зрения"
    ),
    **dict.fromkeys(("last service", "last service date"), "Service"),
    **dict.fromkeys(("last checkup", "last check up", "last checkup date"), "Checkup"),
}


_NAME_OF = ("фио", "имя", "ф и о", "name of", "кличка")
_BIRTHDAYS = ("день рождения", "дата рождения", "др", "д р")
# When what the client bought runs out: a fitness club's pass, an insurer's policy, a
# service contract. On a client list, the day to call about renewing it.
ENDS = (
    "оплачено до",
    "абонемент до",
    "действует до",
    "действителен до",
    "срок действия до",
    "дата окончания",
    "окончание",
    "окончание абонемента",
    "дата окончания абонемента",
    "дата окончания полиса",
    "окончание полиса",
    "полис до",
    "полис действует до",
    "дата окончания договора",
    "окончание договора",
    "договор до",
    "дата продления",
    "expires",
    "expiry date",
    "expiration date",
    "valid until",
    "paid until",
    "renewal date",
)

# Where a CRM's deals and leads name their client (Bitrix24's «Контакт», amoCRM's
# «Основной контакт», «Полное имя контакта»), and a client list its company's person
# («Контактное лицо»): a name where its values are names (see header._named_contact).
# A pass or a plan a client holds: sold on a club's sales sheet, held on its log of
# check-ins (appointment_rules.check_ins).
PASSES = (
    "абонемент", "вид абонемента", "тип абонемента", "название абонемента", "тариф",
    "membership", "membership type",
)  # fmt: skip

# A name in full, kept in the notes beside the one the card took (МойСклад's «Полное
# наименование», Google's «File As»): noted only where it says more (card_cells.repeats_card).
NAMES_IN_FULL = frozenset({
    "полное наименование", "наименование полное", "полное название", "полное имя",
    "фио полностью", "full name", "display name", "отображаемое имя", "file as",
    "legal name",  # Xero's
    # A payment card's holder, as Stripe lists it beside its customer's name.
    "card name", "name on card", "cardholder name", "card holder name",
})  # fmt: skip

CONTACT_COLUMNS = frozenset({
    "контакт", "основной контакт", "имя контакта", "полное имя контакта", "фио контакта",
    "контактное лицо", "contact", "contact name", "primary contact",
})  # fmt: skip

# Names that hold their target only as the whole header: a booking program's «Service» is
# what was booked, while «Service Date», «Service Address», «Customer Service» are not.
WHOLE_NAMES: dict[str, Target] = {
    "service": Target.ITEM, "services": Target.ITEM,
    # A booking program's «Ref #» of each visit; a «Client Ref» is the client's own.
    "ref": Target.ORDER_NUMBER,
    # How a visit was booked (YCLIENTS' «Источник записи»: online, by the desk): not how the
    # client came to the shop, which its «источник» would make it; the visit's, on a log.
    "источник записи": Target.NOTES, "канал записи": Target.NOTES,
}  # fmt: skip

# Folded header names (punctuation removed) in Russian and English.
SYNONYMS: dict[Target, tuple[str, ...]] = {
    Target.FULL_NAME: (
        "фио", "ф и о", "клиент", "покупатель", "заказчик", "имя клиента", "фамилия имя отчество",
        # An online school's orders (GetCourse's): who bought the course.
        "пользователь",
        "фамилия имя", "контактное лицо", "имя фамилия", "имя и фамилия", "фамилия и имя",
        "наименование клиента", "название клиента", "name", "full name", "client", "customer",
        "contact name", "контрагент", "наименование контрагента", "фио полностью",
        "полное имя",  # amoCRM's contacts
        # Thunderbird's, beside its first and last name, and alone on many of its contacts.
        "display name", "отображаемое имя",
        # A surname with initials: «Фамилия И.О.», «Фамилия, инициалы».
        "фамилия и о", "фамилия инициалы", "фамилия и инициалы",
        "клиенты", "клиентка", "посетитель", "участник", "подписчик", "имя фамилия отчество",
        # A list of people and companies together.
        "фио название", "фио наименование", "наименование фио", "название фио",
        # Who the client is called where the shop is a clinic, a school, a hotel.
        "пациент", "ученик", "гость", "заказчик", "абонент", "patient", "student", "guest",
        "пациентка", "ученица", "студент", "студентка", "слушатель", "воспитанник",
        "воспитанница", "спортсмен", "член клуба", "арендатор", "пассажир", "member",
        "member name", "attendee", "attendee name", "buyer", "buyer name", "customer name",
        # The owner a car service or a vet serves: the client.
        "владелец авто", "владелец автомобиля", "владелец тс", "владелец машины",
        "владелец питомца", "владелец животного", "хозяин", "хозяйка", "хозяин питомца",
        "pet owner", "owner name",
        # A travel agency's.
        "турист", "tourist", "traveller", "traveler",
        # 1C:Розница's discount cards: the card's owner is the client. (A bare «Владелец»
        # is the shop's person who keeps the record: mapping_rules.owner_of_record.)
        "владелец карты", "card holder", "cardholder", "держатель карты",
        "владелец дисконтной карты", "владелец бонусной карты", "владелец клубной карты",
        # A list of shipments' (СДЭК's, Почта России's): whom each parcel went to. Beside
        # a «Заказчик» someone else (recipient_rules).
        "получатель", "адресат", "recipient", "recipient name",
    ),
    Target.LAST_NAME: ("фамилия", "last name", "surname", "family name"),
    Target.FIRST_NAME: (
        "имя", "first name", "given name", "given names", "forename", "forenames",
        # Beside «Фамилия»: the first name and the patronymic, which the import parts.
        "имя отчество", "имя и отчество",
        # A web form's question.
        "как к вам обращаться", "как вас зовут", "как к тебе обращаться",
    ),
    Target.MIDDLE_NAME: (
        "отчество", "middle name", "patronymic",
        "второе имя",  # Bitrix24's, beside its «Имя» and «Фамилия»
        "additional name",  # Google Contacts' older CSV, beside its «Given Name»
    ),
    Target.ORGANIZATION: (
        "организация", "компания", "фирма", "название организации", "юр лицо",
        "наименование организации", "наименование компании", "название компании", "company",
        "organization", "organisation", "company name", "organization name",
        "organization 1 name",  # Google Contacts' older CSV: a company's card has only this
        "компания контакта",  # amoCRM's, beside the deal's own «Компания»
    ),
    Target.PHONE: (
        "телефон", "тел", "моб", "мобильный", "сотовый", "мобильный телефон", "номер телефона",
        "рабочий телефон", "домашний телефон", "phone", "mobile", "tel", "telephone",
        "phone number", "cell", "телефоны", "номера телефонов", "phones", "phone numbers",
        "contact no", "contact number", "mob no", "сот", "сот тел", "тел сот",
    ),
    Target.AREA_CODE: (
        "код города", "код гор", "код города телефона", "телефонный код", "код телефона",
        "код тел", "код населенного пункта", "код межгорода", "area code", "dialing code",
    ),
    Target.EMAIL: (
        "email", "e mail", "е мейл", "емейл", "емэйл", "имейл", "мейл", "почта", "эл почта",
        "электронная почта", "mail", "эл адрес", "электронный адрес", "адрес эл почты",
        "адрес электронной почты", "email address",
        # Russian Outlook's second and third: «Адрес 2 эл. почты».
        "адрес 2 эл почты", "адрес 3 эл почты",
    ),
    Target.BIRTHDAY: (
        "дата рождения", "др", "д р", "день рождения", "дата рожд", "birthday", "birth date",
        "date of birth", "dob", "d o b", "birthdate", "date birth",
        # As a hand-kept sheet says it.
        "день рожденья", "дата рожденья", "рождение", "днюха", "родился", "родилась",
        "родился а", "дата р",
        # ВКонтакте's own field, as its members' exports name it: «12.3.1990», «5.11».
        "bdate",
    ),
    Target.BIRTH_DAY: ("birth day", "число рождения", "день рождения число"),
    Target.BIRTH_MONTH: ("месяц рождения", "birth month", "month of birth"),
    Target.BIRTH_YEAR: ("год рождения", "год рожд", "birth year", "year of birth"),
    Target.CITY: ("город", "населенный пункт", "нас пункт", "city", "town"),
    Target.REGION: ("регион", "область", "край", "region", "state", "province"),
    # «Улица, дом»: Bitrix24's street and house, beside its «Квартира / офис».
    Target.STREET: (
        "адрес", "улица", "улица дом", "улица и дом", "address", "street",
        # Where the client lives: a town alone, or an address (see take_town_from_address).
        "место жительства", "место проживания", "проживает", "где живет",
        # Shopify's and WooCommerce's first and second address line: street, then flat.
        "address1", "address line 1",
        # An order export plugin's both lines in one: «Address 1&2 (Billing)».
        "address 1 2", "address 1 and 2",
    ),
    Target.POSTCODE: (
        "индекс", "почтовый индекс", "почтовый код", "postcode", "zip", "postal code", "post code",
        "zipcode", "zip code",
    ),
    Target.HOUSE: (
        "дом", "д", "номер дома", "дом корпус", "дом корп", "house", "house number", "building",
        # Beside «Дом», as delivery forms and CRMs part a Russian address.
        "корпус", "корп", "строение", "стр",
    ),
    Target.FLAT: (
        "квартира", "кв", "номер квартиры", "квартира офис", "кв офис", "офис", "apartment",
        "apt", "flat", "suite", "address2", "address line 2", "apartment suite", "apt suite",
        # Google Contacts' «Address 1 - Extended Address»: the flat or office line.
        "extended address",
    ),
    Target.NOTES: (
        "примечание", "примечания", "комментарий", "комментарии", "заметки", "заметка",
        "интересы", "доп информация", "дополнительная информация", "notes", "note", "comment",
        "comments", "remarks", "remark",
    ),
    Target.TAGS: (
        "метки", "метка", "теги", "тег", "категория", "категории", "группа", "группы",
        "tags", "category", "categories", "group", "groups", "labels", "group membership",
        "tag", "person label",  # Pipedrive's («Hot lead»); a bare «Label» may be a parcel's
        # A CRM's or a loyalty system's groups of clients (RetailCRM, UDS, Mindbox).
        "сегмент", "сегменты", "segment", "segments",
    ),
    Target.LOYALTY_CARD: (
        "карта", "номер карты", "дисконтная карта", "дисконтные карты", "бонусная карта",
        "карта лояльности", "клубная карта", "скидочная карта", "card", "loyalty card",
        "discount card",
        # The same in the genitive, after «Номер», and the card's barcode, which 1C:Розница
        # lists as the card's number: «Номер дисконтной карты», «Штрихкод карты».
        "дисконтной карты", "бонусной карты", "карты лояльности", "клубной карты",
        "скидочной карты", "штрихкод карты", "штрих код карты",
    ),
    # Not a bare «Код» or «ID»: on an orders sheet that is the order's, and taking it for the
    # client's would give every order to the wrong client.
    Target.CLIENT_CODE: (
        "код клиента", "код покупателя", "код контрагента", "номер клиента", "id клиента",
        "client code", "customer code", "client id", "customer id", "client number",
        "customer number",
        # A CRM's own number of the contact (HubSpot's): what finds it again next time.
        "record id", "contact id", "person id",
        # An accounting program's (Xero's, QuickBooks'): the customer's account with the shop,
        # «CUST-001»; a bank's account is a «Bank Account Number».
        "account number", "account no",
        # An online school's (GetCourse's): the pupil's account.
        "id пользователя", "user id",
        # A marketplace's buyer's account (Etsy's): the same buyer on every order.
        "buyer user id", "buyer id",
    ),
    Target.DISCOUNT: (
        "скидка", "скидка %", "% скидки", "размер скидки", "процент скидки", "discount",
        "discount %",
    ),
    # Xero's «TaxNumber» of a Russian company is its ИНН.
    Target.INN: ("инн", "inn", "tax id", "tax number", "taxpayer id"),
    Target.KPP: ("кпп", "kpp"),
    Target.OGRN: ("огрн", "огрнип", "ogrn"),
    Target.BANK_NAME: ("банк", "наименование банка", "bank", "bank name"),
    Target.BANK_BIK: ("бик", "бик банка", "bik"),
    Target.BANK_ACCOUNT: (
        "расчетный счет", "р с", "рс", "bank account", "bank account number",
        "основной банковский счет", "банковский счет",
    ),
    Target.CORRESPONDENT_ACCOUNT: (
        "корр счет", "корреспондентский счет", "к с", "кс", "correspondent account",
    ),
    Target.CALL_TIME: ("когда звонить", "время звонка", "удобное время", "call time"),
    Target.MESSENGERS: (
        "мессенджеры", "мессенджер", "messengers", "messenger", "telegram", "телеграм",
        "телеграмм", "тг", "tg", "whatsapp", "whats app", "ватсап", "вотсап", "вацап", "vk", "вк",
        "вконтакте", "vkontakte", "instagram", "инстаграм", "инстаграмм", "инста", "insta",
        # «Ник в телеграме», «Есть в ватсапе», «Профиль в инстаграме».
        "телеграме", "телеграмме", "ватсапе", "вотсапе", "вацапе", "инстаграме", "инстаграмме",
    ),
    Target.CONTACT_PERSONS: ("контактные лица", "contact persons", "contact people"),
    # A children's shop's columns: each child a contact person, with its birthday.
    Target.CHILD_NAME: (
        "дети", "ребенок", "имя ребенка", "имена детей", "ребенок имя", "child", "children",
        "child name", "child's name", "kids",
    ),
    Target.CHILD_BIRTHDAY: (
        "дата рождения ребенка", "день рождения ребенка", "др ребенка", "дата рождения детей",
        "дни рождения детей", "день рождения детей", "дата рождения сына",
        "дата рождения дочери", "child birthday", "child's birthday", "child date of birth",
        "child's date of birth", "kids birthdays",
    ),
    Target.OCCASION: (
        "годовщина свадьбы", "годовщина", "дата свадьбы", "день свадьбы", "именины",
        "день ангела", "памятная дата", "важная дата", "праздник клиента",
        "wedding anniversary", "anniversary", "wedding date", "name day",
    ),
    Target.HISTORY: (
        "история", "история общения", "история контактов", "история взаимодействий",
        "история звонков", "журнал звонков", "журнал общения", "история работы с клиентом",
        "хронология", "contact history", "communication history", "call log", "activity log",
        "history",
    ),
    Target.OCCASION_NAME: (
        # Not «Событие» or «Event»: a photographer's «Свадьба» or «Выпускной» of one day.
        "повод", "праздник", "что празднуем", "повод для поздравления", "occasion",
    ),
    Target.RELATIVE_BIRTHDAY: (
        *(f"{birthday} {whose}" for birthday in _BIRTHDAYS for whose in RELATIVES),
        *(f"{whose} s birthday" for whose in RELATIVES if whose.isascii()),
        *(f"{whose} birthday" for whose in RELATIVES if whose.isascii()),
    ),
    Target.RELATIVE_NAME: (
        *RELATIVES_NAMED,
        *(f"{name} {whose}" for name in _NAME_OF for whose in RELATIVES),
        *(f"{whose} name" for whose in RELATIVES if whose.isascii()),
        *(f"{whose} s name" for whose in RELATIVES if whose.isascii()),
    ),
    Target.CHANNEL: (
        "способ связи", "канал связи", "как связаться", "preferred channel", "channel",
    ),
    Target.CONSENT_DATE: (
        "дата согласия", "согласие от", "consent date",
        # Mailchimp's: when the person subscribed.
        "optin time", "opt in time", "subscribed at", "subscription date",
    ),
    Target.STATUS: ("статус", "status", "lifecycle stage"),
    Target.VIP: ("vip", "вип", "vip клиент"),
    Target.SOURCE: (
        "источник", "откуда узнал", "откуда узнали", "как узнал о нас", "как узнали о нас",
        "откуда пришел", "откуда пришли", "откуда клиент", "source",
        # A salon's, of its women clients: «Откуда пришла».
        "откуда пришла", "откуда узнала", "как узнала о нас", "откуда о нас узнали",
        "откуда о нас узнал", "откуда о нас узнала", "откуда узнал о нас", "откуда узнала о нас",
        # A web form's question (Google Forms): «Откуда вы о нас узнали?».
        "откуда вы о нас узнали", "откуда вы узнали о нас", "как вы о нас узнали",
        "как вы узнали о нас", "откуда вы узнали", "откуда узнали о нас",
        "how did you hear about us", "канал привлечения", "как узнали", "как узнал",
        "как узнала", "рекламный канал", "referral source", "lead source",
    ),
    Target.REFERRER: (
        "кто порекомендовал", "кто рекомендовал", "порекомендовал", "порекомендовала",
        "порекомендовал а", "рекомендовал", "рекомендовала", "рекомендовал а",
        "рекомендатель", "рекомендация от", "по рекомендации", "по рекомендации от",
        "кто привел", "привел", "привела", "привел а", "кто пригласил", "пригласил",
        "пригласила", "пригласил а", "referred by", "referrer", "recommended by", "invited by",
    ),
    Target.RESPONSIBLE: (
        "ответственный", "менеджер", "responsible", "manager",
        # МойСклад's and 1C's owner of the record: who of the shop keeps the client.
        "владелец",
        # A CRM's owner of the contact (HubSpot's, Salesforce's).
        "contact owner", "account owner", "account manager", "person owner",
    ),
    Target.CONSENT: (
        "согласие на рассылку", "согласие", "рассылка", "marketing consent", "consent",
        # Online shops' «subscribed» mark (InSales, Tilda): consent to their mailings.
        "подписка", "подписан", "подписана", "подписка на рассылку", "подписан на рассылку",
        "email подписка", "подписка на новости", "newsletter", "subscribed", "subscription",
        # Shopify's: its «Accepts Email Marketing» was taken for an e-mail by its word.
        "accepts email marketing", "accepts marketing", "accepts sms marketing",
        # Square's «subscribed» / «unsubscribed»: the word «Email» made it an e-mail.
        "email subscription status", "subscription status", "marketing status",
        "marketing contact status",
        # Wix's «Email subscriber status», «SMS subscriber status»: its word «Email» too.
        "subscriber status", "email subscriber status", "sms subscriber status",
        # A salon program's (YCLIENTS) «Отправлять SMS: Да», a mailing's own column: not
        # an e-mail or a phone by their words. («Не отправлять SMS» says the opposite.)
        "отправлять sms", "отправлять смс", "получать sms", "получать смс", "получать рассылку",
        "согласие на sms", "согласие на смс", "sms рассылка", "смс рассылка", "рассылка sms",
        "рассылка смс", "email рассылка", "e mail рассылка", "рассылка email",
        "рассылка e mail", "рассылка по email", "рассылка по e mail", "email marketing",
    ),
    Target.ARCHIVED: (
        "архивный", "в архиве", "архив", "archived",
        # 1C's deletion mark: a counterparty marked for deletion is no current client.
        "пометка удаления", "помечен на удаление", "удален", "deleted",
    ),
    Target.CLIENT_SINCE: (
        "клиент с", "клиентом с", "клиент с даты", "дата регистрации", "дата создания", "создан",
        "создана", "создано", "дата добавления", "добавлен", "добавлена", "дата заведения",
        "дата внесения", "дата занесения", "первый визит", "дата первого визита",
        "первое обращение", "дата первого обращения", "дата первой покупки", "первая покупка",
        "дата первого заказа", "первый заказ",  # a café's or a delivery's guests (iiko)
        "дата первой продажи", "первая продажа",  # МойСклад's
        "client since", "customer since", "first purchase", "first order date", "date add",
        "created time", "creation time", "person add time",
        "member since", "created", "created at", "created on", "date created", "creation date",
        "create date", "created date",
        "date added", "added", "added on", "registration date", "date registered",
        "first visit",
        # When a web form's or a Google Form's answer came: the day the client came to the
        # shop («Отметка времени», Tilda's «Sent»).
        "отметка времени", "timestamp", "дата заявки", "дата обращения", "дата отправки",
        "дата отправки формы", "sent", "submitted", "submitted at", "submission date",
        # Yandex Forms' «Время создания» of each answer.
        "время создания", "дата и время создания", "время заявки", "дата заполнения",
    ),
    Target.NEXT_CONTACT: (
        "перезвонить", "позвонить", "когда перезвонить", "следующий звонок",
        "дата следующего звонка", "дата звонка клиенту", "следующий контакт",
        "дата следующего контакта", "след звонок", "след контакт", "дата след звонка",
        "дата след контакта", "напомнить", "напоминание",
        "дата напоминания", "связаться",
        # A sales manager's next step with the client, as a day.
        "следующий шаг", "след шаг", "дата следующего шага", "next step", "next step date",
        "next call", "next contact", "follow up", "next activity date",
        "followup", "follow up date", "call back", "callback", "reminder", "next action date",
        # A salon's or a clinic's next appointment: a reminder of a meeting.
        "следующий визит", "дата следующего визита", "следующая запись", "следующий прием",
        "следующий приём", "дата следующего приема", "next visit", "next appointment",
        "запись", "запись на", "время записи", "дата и время записи", "когда придет",
        "когда придёт", "примерка", "дата примерки", "appointment",
        # A vet's or a pet shop's: the pet's next vaccination.
        "следующая прививка", "дата следующей прививки", "следующая вакцинация",
        "дата следующей вакцинации", "ревакцинация", "дата ревакцинации", "next vaccination",
        # The day a pass, a policy or a contract runs out: the day to call about renewing it
        # (on a client list; a sales sheet keeps it in the sale's comment).
        *ENDS,
        # An optician's or a clinic's next check, a car service's next maintenance («ТО»).
        "следующая проверка", "дата следующей проверки", "следующий осмотр",
        "дата следующего осмотра", "повторный осмотр", "контрольный осмотр", "следующее то",
        "дата следующего то", "следующее обслуживание", "дата следующего обслуживания",
        "next check", "next checkup", "next check up", "next service", "next service date",
    ),
    Target.LAST_CALL: (
        "последний звонок", "дата последнего звонка", "последний контакт",
        "дата последнего контакта", "дата звонка", "когда звонили", "звонили",
        "last call", "last call date", "last contact", "last contacted", "last contact date",
        "date of last contact",
        # «Посл. звонок», as a narrow column is headed.
        "посл звонок", "дата посл звонка", "посл контакт",
        # A cold-calling sheet's: «Звонок 1», «Звонок 2», a day each.
        "звонок", "дата звонка", "call", "call date",
    ),
    Target.LAST_VISIT: (
        "последний визит", "дата последнего визита", "последнее посещение",
        "дата последнего посещения", "последний прием", "последний приём",
        "дата последнего приема", "дата последнего приёма", "последняя запись",
        "был последний раз", "была последний раз", "last visit", "last visit date",
        "date of last visit", "last appointment",
        "посл визит", "дата посл визита", "посл посещение", "посл прием", "посл приём",
        # What was done at it: a car service's, a vet's, a salon's, an optician's.
        *DONE_AT_VISIT,
        # An attendance sheet's days, read a visit a row (month_sales).
        "был а", "посетил а", "visited", "date visited",
    ),
    Target.CALL_RESULT: (
        "результат звонка", "итог звонка", "результат контакта", "результат последнего звонка",
        "комментарий к звонку", "о чем договорились", "о чём договорились", "call result",
        "call outcome", "call notes",
    ),
    Target.PURCHASE_DATE: (
        "дата покупки", "дата заказа", "дата продажи", "purchase date", "order date",
        "sale date", "date of sale", "sold date",
        # An order's record made, as a web shop names it: not the client's «Дата создания».
        "дата создания заказа", "заказ создан", "дата оформления заказа", "дата оформления",
        "дата создания документа", "order created", "order created at", "order creation date",
        # A till's receipt: its day, beside its «Номер чека»; Эвотор's and the cloud tills'
        # reports give the time of day too.
        "дата чека", "дата и время чека", "дата и время продажи", "дата и время покупки",
        "дата и время заказа",
        # Ozon's orders: the day the order came in.
        "принят в обработку", "дата принятия в обработку",
    ),
    Target.AMOUNT: (
        "сумма", "сумма заказа", "стоимость", "amount", "order total",
        # A sale's total under the word a receipt ends with; on a client list, a note.
        "итого", "итого к оплате", "к оплате", "total", "grand total",
        # A CRM deal's sum.
        "сумма сделки", "бюджет", "бюджет сделки", "deal amount", "deal value",
        # A booking program's (Acuity's): not a day of an «appointment» to remind of.
        "appointment price", "price of appointment",
    ),
    Target.ITEM: (
        "товар", "товары", "наименование", "наименование товара", "номенклатура", "услуга",
        "название товара", "название продукта", "наименование продукта",
        "услуги", "состав заказа", "item",
        # A shop's own sales book says it in words.
        "что купил", "что купила", "что купили", "что покупал", "что покупала", "что брал",
        "что брала", "товар услуга", "товары услуги", "what was bought",
        # An Instagram shop's book of orders: «Что заказала».
        "что заказал", "что заказала", "что заказали", "что заказывала", "что заказывал",
        "что взял", "что взяла", "что взяли", "изделие",
        # An online school's (GetCourse's): the offer bought, a course or its tariff.
        "предложения", "предложение",
        "product", "products",
        # Shopify's orders, a line of an order each.
        "lineitem name", "line item name",
        # A salon's or a clinic's visits: the service done.
        "процедура", "процедуры", "наименование услуги", "вид услуги", "service name",
        # A workshop's (a car service's, a repair shop's): the work done.
        "работы", "выполненные работы", "вид работ", "наименование работ", "перечень работ",
        # An auto parts store's part sold (a workshop's plural «Запчасти» beside its work is
        # what the parts cost, kept with the sale).
        "запчасть", "наименование запчасти", "название запчасти", "деталь", "spare part",
        # A CRM's deals (Bitrix24's, amoCRM's): what the deal sold.
        "название сделки", "сделка", "deal name", "deal title",
        # A fitness club's or a school's sales: the pass or the plan bought.
        *PASSES,
        # A travel agency's; an event agency's or a banquet hall's.
        "тур", "название тура", "tour", "мероприятие", "формат мероприятия",
        # A tutor's or a school's lessons: the subject or the course taught (not a bare
        # «Курс», which in 1C's documents is the currency's rate).
        "предмет", "название курса", "курс обучения", "course", "course name",
        # A florist's.
        "букет", "композиция", "состав букета", "bouquet",
        # A confectioner's.
        "торт", "десерт", "cake",
    ),
    Target.QUANTITY: ("кол во", "кол", "количество", "qty", "quantity"),
    Target.ITEM_CODE: (
        "артикул", "арт", "артикул товара", "код товара", "код номенклатуры", "sku",
        "item code", "product code", "article",
    ),
    Target.PRICE: (
        "цена", "price", "unit price", "цена за единицу", "цена за шт", "цена за 1 шт",
        "item cost", "item price",  # WooCommerce's
    ),
    Target.ORDER_NUMBER: (
        # «Чек», «Чек №»: the receipt; «Средний чек» of a client list is an average, which
        # its «средний» keeps out (see _FIGURE_WORDS).
        "номер заказа", "заказа", "заказ", "order", "order number", "номер чека", "чека", "чек",
        "receipt number",
        # A dry cleaner's, a repair shop's, a pawnshop's: the receipt given for the thing.
        "квитанция", "номер квитанции", "квитанции",
        # A booking program's own number of each visit.
        "appointment id", "номер записи", "id записи", "ид записи", "номер визита", "id визита",
        "booking ref", "booking id", "booking number",
    ),
    Target.PURCHASE_STATUS: (
        "статус заказа", "статус покупки", "order status", "стадия сделки", "этап сделки",
        "deal stage",
        # 1C:УНФ's customer orders: «В работе», «Завершен».
        "состояние заказа", "состояние покупки", "order state",
    ),
    Target.PAYMENT: (
        "оплата", "оплачен", "статус оплаты", "состояние оплаты", "payment", "payment status",
        # How a sale was paid («карта», «наличные»): paid, the words in its comment.
        "способ оплаты", "вид оплаты", "форма оплаты", "payment method",
    ),
    Target.PURCHASE_COMMENT: (
        "комментарий к заказу", "комментарий к покупке", "комментарий заказа",
        "примечание к заказу", "примечание к покупке", "order comment", "order note",
        "purchase comment",
        "customer note", "order notes", "примечание покупателя",  # WooCommerce's
        "комментарий покупателя",  # InSales'
    ),
    Target.SERVED_BY: (
        "мастер", "мастера", "стилист", "парикмахер", "продавец", "кассир", "врач", "доктор",
        "лечащий врач", "специалист", "консультант", "тренер", "исполнитель", "обслуживал",
        "обслуживала", "кто обслуживал", "кто обслужил", "master", "stylist", "seller",
        "salesperson", "sales person", "cashier", "served by", "doctor", "trainer",
        # A salon's or a clinic's visit log (YCLIENTS' records): who took the client.
        "сотрудник", "сотрудница", "employee", "staff member", "staff", "team member",
        # Other trades' own: a photo studio's, a massage room's, a tutor's, a workshop's.
        "фотограф", "визажист", "массажист", "косметолог", "инструктор", "репетитор",
        "преподаватель", "механик", "photographer", "instructor", "tutor",
        # An estate agency's agent, a school's teacher or curator.
        "агент", "риелтор", "риэлтор", "педагог", "куратор", "realtor", "real estate agent",
        "curator",
        # A cleaning service's cleaner.
        "клинер", "уборщица", "уборщик", "cleaner",
    ),
    # Figures the program computes from purchases: see mapping_rules._COMPUTED_FIGURES.
    Target.IGNORE: (
        "сумма покупок", "покупок", "последняя покупка", "total spent", "purchases",
        "last purchase",
        *BOOKKEEPING,
    ),
}  # fmt: skip
