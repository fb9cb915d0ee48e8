"""The import's plain read of many cards gives what the client card reads, field by field."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from clientbase.db.enums import Channel, ClientKind, ClientSource, ClientStatus, MessengerKind
from clientbase.errors import ValidationError
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.stored_cards import stored_cards
from clientbase.services.workspace import Workspace
from tests.test_services.test_export_round_trip import card


def every_field(referred_by: int) -> ClientInput:
    return ClientInput(
        kind=ClientKind.COMPANY, last_name="Смирнова", first_name="Ольга", middle_name="Ивановна",
        organization="ООО «Ромашка»",
        phones=[PhoneInput("8 916 123-45-67", "мобильный"), PhoneInput("+7 495 111-22-33")],
        emails=[EmailInput("b@romashka.ru", "бухгалтерия"), EmailInput("a@romashka.ru")],
        messengers=[MessengerInput(MessengerKind.TELEGRAM, "@romashka"),
                    MessengerInput(MessengerKind.WHATSAPP, "+79161234567")],
        birthday="01.02.1980", region="Московская обл.", city="Химки", street="ул. Мира, 5",
        postcode="141400", preferred_channel=Channel.PHONE, call_time="после 18:00",
        status=ClientStatus.REGULAR, is_vip=True, tags=["опт", "VIP", "Москва"],
        source=ClientSource.REFERRAL, referred_by_id=referred_by, responsible="Анна",
        discount_percent=Decimal("7.5"), loyalty_card="000123", client_code="К-17",
        notes="строка\nвторая", marketing_consent=True, marketing_consent_date=date(2025, 3, 8),
        inn="7701234567", kpp="770101001", ogrn="1027700132195", bank_name="Сбербанк",
        bank_bik="044525225", bank_account="40702810938000012345",
        correspondent_account="30101810400000000225",
        contact_persons=[ContactPersonInput("Петров Иван", "директор", "+79160000000",
                                            "p@romashka.ru", "03.04"),
                         ContactPersonInput("Иванова Анна")],
    )  # fmt: skip


def test_stored_cards_are_the_cards_the_client_card_reads(workspace: Workspace) -> None:
    rng = random.Random(3)
    ids = []
    for n in range(80):
        try:
            ids.append(workspace.clients.create(card(rng, n)))
        except ValidationError:
            continue
    ids.append(workspace.clients.create(every_field(referred_by=ids[0])))
    with workspace.db.reading() as session:
        cards = stored_cards(session, [*ids, 999_999])  # an id the base has not: left out
    assert cards == {client_id: workspace.clients.get(client_id).data for client_id in ids}
    full = cards[ids[-1]]
    assert (full.birthday, full.tags, full.discount_percent, full.referred_by_id) == (
        "01.02.1980", ["VIP", "Москва", "опт"], Decimal("7.5"), ids[0],
    )  # fmt: skip
    assert [p.birthday for p in full.contact_persons] == ["03.04", ""]
    assert [e.address for e in full.emails] == ["b@romashka.ru", "a@romashka.ru"]


def test_stored_cards_of_no_ids_are_none(workspace: Workspace) -> None:
    with workspace.db.reading() as session:
        assert stored_cards(session, []) == {}
