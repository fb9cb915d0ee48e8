"""A client's card on paper."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import ClientKind, InteractionKind, MessengerKind, PurchaseStatus
from clientbase.reports.client_card import write_client_card
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.interactions import InteractionInput
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_reports.pdf_text import pages_text


def test_card_shows_contacts_requisites_purchases_and_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    client = workspace.clients.create(
        ClientInput(
            kind=ClientKind.COMPANY,
            organization="ООО «Ромашка»",
            phones=[PhoneInput("+7 495 123-45-67", "офис")],
            city="Москва",
            inn="7701234567",
            kpp="770101001",
            contact_persons=[ContactPersonInput("Лебедева Инна", "бухгалтер")],
            messengers=[
                MessengerInput(MessengerKind.WHATSAPP, "+7 916 111-22-33"),
                MessengerInput(MessengerKind.VK, "romashka"),
                MessengerInput(MessengerKind.INSTAGRAM, "@romashka.tea"),
            ],
        )
    )
    workspace.purchases.add(
        client,
        PurchaseInput(
            date(2026, 3, 2),
            number="A-17",
            items=[PurchaseItemInput("Чай зелёный", Decimal(2), Decimal("450.25"))],
        ),
    )
    workspace.purchases.add(
        client,
        PurchaseInput(date(2026, 4, 1), total=Decimal(1000), status=PurchaseStatus.CANCELLED),
    )
    workspace.interactions.add(
        client,
        InteractionInput(datetime(2026, 5, 6, 11, 15), InteractionKind.CALL, "Про поставку",
                         "перезвонить в июне"),
    )  # fmt: skip
    path = tmp_path / "card.pdf"
    assert write_client_card(workspace, client, path) == 1
    text = pages_text(path)[0].replace("\u00a0", " ")
    for expected in (
        "ООО «Ромашка»",
        "Карточка клиента",
        "+7 495 123-45-67 (офис)",
        "ИНН",
        "7701234567",
        "770101001",
        "Лебедева Инна",
        "A-17",
        "Чай зелёный × 2",
        "900,50 ₽",
        "Отменена",
        # The cancelled purchase is listed but not counted.
        "Всего покупок: 1 на 900,50 ₽",
        "06.05.2026 11:15",
        "Про поставку",
        "→ перезвонить в июне",
        # Each messenger by its name, as the card in the window writes it («Vk» before).
        "WhatsApp: +7 916 111-22-33",
        "ВКонтакте: romashka",
        "Instagram: @romashka.tea",
    ):
        assert expected in text, expected


def test_card_of_a_new_client_says_there_is_nothing_yet(
    workspace: Workspace, tmp_path: Path
) -> None:
    client = workspace.clients.create(person("Новиков", "Павел"))
    path = tmp_path / "card.pdf"
    write_client_card(workspace, client, path, "en")
    text = pages_text(path)[0]
    assert "Client card" in text and "No purchases yet." in text and "Nothing recorded yet." in text
    assert "Реквизиты" not in text and "Company details" not in text


def test_a_birthday_on_an_english_card_is_written_as_its_other_dates(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The English card wrote «Birthday 05.03.1980» beside purchases dated 3/1/2026.
    client = workspace.clients.create(person("Smith", "Jane", birthday="05.03.1980"))
    for language, shown in (("en", "3/5/1980"), ("ru", "05.03.1980")):
        path = tmp_path / f"card-{language}.pdf"
        write_client_card(workspace, client, path, language)
        assert shown in pages_text(path)[0]


def test_a_call_note_longer_than_a_page_goes_on_over_the_next_pages(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A letter pasted into a call's note, or a long sale comment: its row was taller than
    # a page and the card did not print at all (reportlab's LayoutError).
    client = workspace.clients.create(person("Орлова", "Юлия"))
    letter = " ".join(f"слово{n}" for n in range(3000))
    workspace.interactions.add(
        client, InteractionInput(datetime(2026, 1, 5, 10, 0), InteractionKind.NOTE, letter)
    )
    workspace.purchases.add(
        client, PurchaseInput(date(2026, 1, 5), total=Decimal("500"), comment=letter)
    )
    path = tmp_path / "card.pdf"
    pages = write_client_card(workspace, client, path)
    text = " ".join(pages_text(path)).split()
    assert pages >= 3
    assert text.count("слово0") == 2 and text.count("слово2999") == 2  # every word, twice
