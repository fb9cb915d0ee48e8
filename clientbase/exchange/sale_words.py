"""Which columns of a sales sheet tell more of each sale, by their names: kept in the sale's
comment rather than a line of its client's notes a sale."""

from __future__ import annotations

import re
from collections.abc import Sequence

from clientbase.db.enums import Channel
from clientbase.exchange.choices import is_choice
from clientbase.exchange.header_names import SYNONYMS
from clientbase.exchange.targets import PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of

# Words of a sales book's column that tells more of each sale: its discount, the bonus
# points it earned or spent, its receipt, its delivery.
_SALE_WORDS = re.compile(
    r"скидк|бонус|балл|кэшбэк|кешбэк|сумм|итог|оплат|оплач|внесен|долг|задолж|остаток|чек"
    r"|сдач|доставк|валют|трек|предоплат|^отдал|^заплатил|^оплатил|внесл|отправлени|посылк"
    # A tailor's or a workshop's «Аванс» paid when the order was taken.
    r"|^аванс|^advance|^deposit"
    # A workshop's: the parts it put in, the car's mileage at the visit.
    r"|запчаст|пробег"
    # A repair shop's, a dry cleaner's or a tyre store's: how soon the thing is wanted, when
    # it is ready, when (whether) it was handed back; what was wrong with it, the warranty.
    r"|выдач|^выдан|срочн|готовн|неисправн|поломк|дефект|гаранти|warranty|fault"
    # A florist's: whom the bouquet went to, and the words on its card.
    r"|получател|открытк|recipient"
    # A confectioner's: the cake's filling and decoration, what it was ordered for.
    r"|начинк|декор|повод|occasion"
    # A list of shipments' (СДЭК's): the parcel's sender, weight, tariff, cash on delivery,
    # and the shop's own number of the order beside the carrier's.
    r"|отправител|^вес|наложенн|^тариф|^номер заказа|weight|sender"
    # An open deal's day it is expected to close.
    r"|expected close|предполагаем|планируем|плановая дата|ожидаемая дата"
    # How a visit was booked.
    r"|источник записи|канал записи"
    # Where it was sold: a shop's branch, a salon's location.
    r"|^филиал|^location$|^branch$"
    # A lesson's or a session's length.
    r"|длительност|продолжительност|duration"
    # A travel agency's tour: where to, the hotel, the flights, the operator.
    r"|направлени|отел|вылет|возвращени|туроператор|destination|hotel|flight"
    # A guest house's: when the guest left, how many came, for how many nights.
    r"|выезд|гост|ноч|check out|departure|guests|nights"
    # A customer order's, as МойСклад lists them: what is shipped, reserved, by which channel.
    r"|отгруж|отгрузк|резерв|канал продаж"
    # A pass's (a fitness club's): when it starts and ends, the visits left on it.
    r"|дата начала|дата окончания|срок действия|действует до|действителен до|осталось|занятий"
    r"|discount|bonus|points|cashback|receipt|delivery|total|freight|shipping|paid|balance"
    r"|currency|tracking|fulfil|tax|coupon|купон|промокод|^order |^number of items|shipped"
)

# A sale's own field named a second time («Услуга» beside «Изделие», a second «Сумма»):
# the first column takes the field, this one tells more of the same sale.
_SALES_OWN_NAMES = frozenset(
    name for target in PURCHASE_TARGETS for name in SYNONYMS.get(target, ())
)


# The client's papers: a passport's «Срок действия» is the client's, not a pass's.
_PAPERS = re.compile(r"паспорт|passport")


def is_said_of_sales(name: str) -> bool:
    """Whether a column (by its normalized name) left to the notes tells of each sale."""
    if _PAPERS.search(name):
        return False
    return bool(_SALE_WORDS.search(name)) or name in _SALES_OWN_NAMES


# «Тип съёмки» beside «Дата съёмки»: what kind of the service named by the date was sold.
_KIND_OF = re.compile(r"^(?:тип|вид|type|kind) (?:of )?(.+)$")
_DAY_OF = re.compile(r"^(?:дата|date) (?:of )?(.+)$")


def kind_of_service(mapping: list[Target], names: Sequence[str]) -> None:
    """A photo studio's «Тип съёмки», a banquet hall's «Тип мероприятия», a cleaning
    service's «Вид уборки», beside a sum and the day of that same service («Дата
    съёмки»): the item sold on that day. It had been a line of the client's notes, and
    without an item the sheet a client list."""
    if Target.AMOUNT not in mapping or Target.ITEM in mapping:
        return
    days = {found[1] for name in names if (found := _DAY_OF.match(name))}
    kinds = [
        column
        for column, name in enumerate(names)
        if mapping[column] is Target.NOTES and (found := _KIND_OF.match(name)) and found[1] in days
    ]
    if len(kinds) == 1:
        mapping[kinds[0]] = Target.ITEM


def channel_of_sales(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """On a sheet of sales, a «Channel» whose values are not all ways to reach the client
    («Online», «Offline», «Instagram»: how the visit was booked, Fresha's) is the sale's: it
    had been the card's preferred channel, named as a word unknown on every row."""
    if Target.PURCHASE_DATE not in mapping or Target.CHANNEL not in mapping:
        return
    column = mapping.index(Target.CHANNEL)
    said = [text_of(row[column]) for row in samples if column < len(row)]
    said = [text for text in said if text.strip()]
    if said and not all(is_choice(Channel, text) for text in said):
        mapping[column] = Target.SALE_NOTE
