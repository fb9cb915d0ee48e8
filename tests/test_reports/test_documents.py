"""An invoice and a greeting letter from a client's card, from editable templates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.reports.documents import sum_in_words, write_greeting, write_invoice
from clientbase.services.audit import history
from clientbase.services.documents import (
    DocumentTemplates,
    ShopProfile,
    fill_template,
    read_profile,
    read_templates,
    save_profile,
    save_templates,
)
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_reports.pdf_text import pages_text

SHOP = ShopProfile(
    name="ИП Смирнова «Чайная лавка»",
    inn="500100732259",
    address="Тула, ул. Ленина, 1",
    phone="+7 4872 00-00-00",
    bank_name="ПАО Сбербанк",
    bank_bik="044525225",
    bank_account="40802810000000000001",
    correspondent_account="30101810400000000225",
    director="Смирнова О. В.",
)


def test_sum_in_words() -> None:
    assert sum_in_words(Decimal("1234.50"), "RUB", "ru") == (
        "Одна тысяча двести тридцать четыре рубля 50 копеек"
    )
    assert sum_in_words(Decimal("21.01"), "RUB", "ru") == "Двадцать один рубль 01 копейка"
    assert sum_in_words(Decimal("1890"), "RUB", "ru").endswith("рублей 00 копеек")


def test_templates_fill_known_fields_and_leave_misspelt_ones_visible() -> None:
    values = {"Имя": "Анна", "FirstName": "Анна"}
    assert fill_template("{Имя}, {FirstName}! {Имъя}", values) == "Анна, Анна! {Имъя}"


def test_invoice_for_a_purchase(workspace: Workspace, tmp_path: Path) -> None:
    save_profile(workspace.db, SHOP)
    assert read_profile(workspace.db) == SHOP
    client = workspace.clients.create(
        person("Кузнецов", "Олег", organization="ООО «Вектор»", inn="7701234567", kpp="770101001")
    )
    purchase = workspace.purchases.add(
        client,
        PurchaseInput(
            date(2026, 11, 20),
            number="С-15",
            items=[
                PurchaseItemInput("Чай «Эрл Грей»", Decimal(3), Decimal("400")),
                PurchaseItemInput("Чайник заварочный", Decimal(1), Decimal("34.5")),
            ],
        ),
    )
    path = tmp_path / "invoice.pdf"
    write_invoice(workspace, purchase, path, today=date(2026, 11, 23))
    text = pages_text(path)[0].replace("\u00a0", " ")
    for expected in (
        "Счёт № С-15 от 20.11.2026",
        "ИП Смирнова «Чайная лавка»",
        "ИНН 500100732259",
        "40802810000000000001",
        "ООО «Вектор»",
        "ИНН 7701234567, КПП 770101001",
        "Чай «Эрл Грей»",
        "400,00 ₽",
        "1 200,00 ₽",
        "Итого к оплате",
        "1 234,50 ₽",
        "Всего наименований 2, на сумму 1 234,50 ₽",
        "Одна тысяча двести тридцать четыре рубля 50 копеек",
        "с 23.11.2026",  # the note template's {Сегодня}
        "Смирнова О. В.",
    ):
        assert expected in text, expected


def test_greeting_letter_from_an_edited_template(workspace: Workspace, tmp_path: Path) -> None:
    save_profile(workspace.db, SHOP)
    client = workspace.clients.create(
        person("Орлова", "Мария", "Петровна", city="Тула", loyalty_card="A-0042")
    )
    default = read_templates(workspace.db, "ru")
    path = tmp_path / "letter.pdf"
    write_greeting(workspace, client, path, today=date(2026, 11, 23))
    text = " ".join(pages_text(path)[0].split())
    assert "Мария Петровна!" in text and "A-0042" in text and "Чайная лавка" in text
    assert "Стр." not in text  # a letter has no page numbers

    save_templates(
        workspace.db,
        DocumentTemplates("Дорогая {Имя}, ждём Вас в {Город}! {Имъя}", default.invoice_note),
    )
    write_greeting(workspace, client, path)
    text = pages_text(path)[0]
    assert "Дорогая Мария, ждём Вас в Тула! {Имъя}" in text
    with workspace.db.reading() as session:
        assert history(session, "document_templates", 0)
