"""A demo base of realistic Russian clients, made by the program itself.

Used by the first-start offer, by `clientbase-cli demo` and by the benchmarks, so it must fill
100,000 clients in reasonable time: clients go through the same validation and `apply` as the
card, while purchases and history are written in bulk.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from clientbase.db.bulk import bulk_insert, continue_ids_after
from clientbase.db.database import Database
from clientbase.db.enums import (
    AuditAction,
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
from clientbase.db.models import Interaction, Purchase, PurchaseItem, Reminder
from clientbase.services import audit
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.client_rows import display_name, insert_clients
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.demo_names import (
    CALL_OUTCOMES,
    CITIES,
    COMPANY_FORMS,
    COMPANY_NAMES,
    FEMALE_FIRST_NAMES,
    INTERESTS,
    MALE_FIRST_NAMES,
    MALE_LAST_NAMES,
    PATRONYMICS,
    POSITIONS,
    PRODUCTS,
    RESPONSIBLE,
    STREETS,
    TAGS,
    TRANSLIT,
)
from clientbase.services.purchases import refresh_all_summaries
from clientbase.services.settings import Settings

Progress = Callable[[int, int], None]
Row = dict[str, Any]
BATCH = 2000
# The channels the demo was first made with: a choice among more draws other random numbers,
# and every client generated after would change, and the pictures in the guides with them.
DEMO_CHANNELS = (
    Channel.PHONE,
    Channel.SMS,
    Channel.EMAIL,
    Channel.TELEGRAM,
    Channel.WHATSAPP,
    Channel.VK,
)


def female_last_name(male: str) -> str:
    """Иванов → Иванова, Соловьёв → Соловьёва; the lists hold only names of that pattern."""
    return male + "а"


def translit(text: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in text.lower())


def written_phone(rng: random.Random) -> str:
    """A mobile number in one of the ways people really write them in a sheet."""
    code = rng.choice(("916", "903", "925", "964", "977", "912", "921", "951", "987", "999"))
    rest = f"{rng.randrange(10_000_000):07d}"
    style = rng.randrange(4)
    if style == 0:
        return f"+7 {code} {rest[:3]}-{rest[3:5]}-{rest[5:]}"
    if style == 1:
        return f"8 ({code}) {rest[:3]}-{rest[3:5]}-{rest[5:]}"
    if style == 2:
        return f"8{code}{rest}"
    return f"+7{code}{rest}"


class DemoGenerator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today

    def client(self) -> ClientInput:
        rng = self.rng
        city, region, post_prefix = rng.choice(CITIES)
        data = ClientInput(
            city=city,
            region=region,
            street=f"{rng.choice(STREETS)}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 300)}",
            postcode=(post_prefix + "".join(str(rng.randrange(10)) for _ in range(6)))[:6],
            status=rng.choices(list(ClientStatus), weights=(10, 20, 35, 25, 10))[0],
            is_vip=rng.random() < 0.08,
            source=rng.choice(list(ClientSource)),
            preferred_channel=rng.choice(DEMO_CHANNELS),
            responsible=rng.choice(RESPONSIBLE),
            discount_percent=Decimal(rng.choice((0, 0, 0, 3, 5, 5, 10, 15))),
            tags=rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2))),
            notes=rng.choice(INTERESTS) if rng.random() < 0.4 else "",
            marketing_consent=rng.random() < 0.6,
            phones=[PhoneInput(written_phone(rng), "мобильный")],
        )
        if data.marketing_consent:
            data.marketing_consent_date = self.today - timedelta(days=rng.randint(1, 1500))
        if rng.random() < 0.15:
            data.phones.append(PhoneInput(written_phone(rng), "рабочий"))
        if rng.random() < 0.3:
            data.loyalty_card = f"{rng.randrange(10**8):08d}"
        if rng.random() < 0.07:
            self._company(data)
        else:
            self._person(data)
        return data

    def _person(self, data: ClientInput) -> None:
        rng = self.rng
        last = rng.choice(MALE_LAST_NAMES)
        male_patronymic, female_patronymic = rng.choice(PATRONYMICS)
        if rng.random() < 0.55:
            data.last_name = female_last_name(last)
            data.first_name = rng.choice(FEMALE_FIRST_NAMES)
            data.middle_name = female_patronymic
        else:
            data.last_name = last
            data.first_name = rng.choice(MALE_FIRST_NAMES)
            data.middle_name = male_patronymic
        if rng.random() < 0.1:
            data.middle_name = ""
        roll = rng.random()
        if roll < 0.7:
            born = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
            data.birthday = born.strftime("%d.%m.%Y")
        elif roll < 0.8:
            data.birthday = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
        if rng.random() < 0.75:
            domain = rng.choice(("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"))
            user = f"{translit(data.first_name)[:1]}.{translit(last)}{rng.randint(1, 999)}"
            data.emails = [EmailInput(f"{user}@{domain}")]
        if rng.random() < 0.3:
            data.messengers = [MessengerInput(MessengerKind.TELEGRAM, f"@{translit(last)}")]

    def _company(self, data: ClientInput) -> None:
        rng = self.rng
        form = rng.choice(COMPANY_FORMS)
        data.kind = ClientKind.COMPANY
        if form == "ИП":
            data.organization = (
                f"ИП {rng.choice(MALE_LAST_NAMES)} {rng.choice(MALE_FIRST_NAMES)[0]}."
            )
            data.inn = "".join(str(rng.randrange(10)) for _ in range(12))
        else:
            data.organization = f"{form} «{rng.choice(COMPANY_NAMES)}»"
            data.inn = "".join(str(rng.randrange(10)) for _ in range(10))
            data.kpp = "".join(str(rng.randrange(10)) for _ in range(9))
        slug = "".join(ch for ch in translit(data.organization.split(" ", 1)[1]) if ch.isalnum())
        data.emails = [EmailInput(f"info{rng.randint(1, 99)}@{slug[:12]}.ru")]
        data.contact_persons = [
            ContactPersonInput(
                f"{rng.choice(MALE_LAST_NAMES)} {rng.choice(MALE_FIRST_NAMES)}",
                rng.choice(POSITIONS),
                written_phone(rng),
                birthday=date(
                    rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28)
                ).strftime("%d.%m.%Y"),
            )
        ]

    def purchases(self, client_id: int, first_id: int) -> tuple[list[Row], list[Row]]:
        rng = self.rng
        purchases, items = [], []
        for offset in range(rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8))):
            purchase_id = first_id + offset
            when = self.today - timedelta(days=rng.randint(0, 1100))
            lines: list[Row] = []
            total = Decimal(0)
            for position in range(rng.choice((1, 1, 2, 3))):
                name, price = rng.choice(PRODUCTS)
                quantity = Decimal(rng.choice((1, 1, 1, 2, 3)))
                total += quantity * Decimal(price)
                lines.append(
                    {
                        "purchase_id": purchase_id,
                        "position": position,
                        "name": name,
                        "quantity": quantity,
                        "price": Decimal(price),
                    }
                )
            status = rng.choices(
                (
                    PurchaseStatus.DONE,
                    PurchaseStatus.PAID,
                    PurchaseStatus.NEW,
                    PurchaseStatus.CANCELLED,
                ),
                weights=(80, 8, 7, 5),
            )[0]
            purchases.append(
                {
                    "id": purchase_id,
                    "client_id": client_id,
                    "date": when,
                    "number": f"{when:%y%m}-{purchase_id:06d}",
                    "status": status,
                    "payment_state": (
                        PaymentState.UNPAID if status is PurchaseStatus.NEW else PaymentState.PAID
                    ),
                    "total": total,
                    "comment": "",
                    "created_at": datetime.combine(when, datetime.min.time()),
                }
            )
            items.extend(lines)
        return purchases, items

    def interactions(self, client_id: int) -> list[Row]:
        rng = self.rng
        rows = []
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            kind = rng.choice(list(InteractionKind))
            rows.append(
                {
                    "client_id": client_id,
                    "happened_at": datetime.combine(
                        self.today - timedelta(days=rng.randint(0, 400)),
                        datetime.min.time(),
                    ).replace(hour=rng.randint(9, 19), minute=rng.choice((0, 15, 30, 45))),
                    "kind": kind,
                    "text": rng.choice(INTERESTS),
                    "outcome": rng.choice(CALL_OUTCOMES) if kind is InteractionKind.CALL else "",
                }
            )
        return rows

    def reminder(self, client_id: int, name: str) -> Row | None:
        rng = self.rng
        if rng.random() > 0.12:
            return None
        kind = rng.choice(
            (ReminderKind.CALL, ReminderKind.CALL, ReminderKind.CONGRATULATE, ReminderKind.MEETING)
        )
        title = {
            ReminderKind.CALL: "Позвонить: {}",
            ReminderKind.CONGRATULATE: "Поздравить: {}",
            ReminderKind.MEETING: "Встреча: {}",
            ReminderKind.TASK: "Задача: {}",
        }[kind].format(name)
        due = datetime.combine(
            self.today + timedelta(days=rng.randint(-5, 40)), datetime.min.time()
        ).replace(hour=rng.randint(10, 18))
        return {
            "client_id": client_id,
            "due_at": due,
            "kind": kind,
            "title": title,
            "note": "",
            "recurrence": Recurrence.NONE,
            "created_at": datetime.now().replace(microsecond=0),
        }


def _name(valid: ValidClient) -> str:
    data = valid.data
    return display_name(
        data.kind, data.last_name, data.first_name, data.middle_name, data.organization
    )


def fill_demo(
    db: Database,
    settings: Settings,
    clients: int = 300,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add `clients` generated clients with purchases, history and reminders, in one transaction."""
    generator = DemoGenerator(seed, today or date.today())
    now = datetime.now().replace(microsecond=0)
    with db.transaction() as session:
        next_purchase = (session.scalar(select(func.max(Purchase.id))) or 0) + 1
        done = 0
        while done < clients:
            valids = [
                validate_client(generator.client(), settings.phone_region)
                for _ in range(min(BATCH, clients - done))
            ]
            ids = insert_clients(session, valids, now)
            purchases: list[Row] = []
            items: list[Row] = []
            interactions: list[Row] = []
            reminders: list[Row] = []
            for client_id, valid in zip(ids, valids, strict=True):
                bought, lines = generator.purchases(client_id, next_purchase)
                next_purchase += len(bought)
                purchases += bought
                items += lines
                interactions += generator.interactions(client_id)
                if (reminder := generator.reminder(client_id, _name(valid))) is not None:
                    reminders.append(reminder)
            for model, rows in (
                (Purchase, purchases),
                (PurchaseItem, items),
                (Interaction, interactions),
                (Reminder, reminders),
            ):
                bulk_insert(session, model, rows)
            done += len(valids)
            if progress is not None:
                progress(done, clients)
        continue_ids_after(session, [Purchase])  # ids were given above, for the items
        refresh_all_summaries(session)
        audit.record(session, AuditAction.CREATE, "base", 0, f"demo: {clients} clients")
    return clients
