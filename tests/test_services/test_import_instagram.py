"""Instagram on the card: a shop that sells through Instagram keeps its clients' profiles in
a column of their own, and a phone keeps them in its contacts. They went to the notes."""

from pathlib import Path

from clientbase.db.enums import Channel, MessengerKind
from clientbase.services.client_data import ClientInput, MessengerInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import imported_csv, imported_vcards


def imported_by_name(workspace: Workspace, folder: Path, text: str) -> dict[str, ClientInput]:
    """Import a CSV of clients written as given; the cards by last name."""
    return {c.last_name: c for c in imported_csv(workspace, folder / "clients.csv", text)}


def test_an_instagram_column_is_the_clients_instagram(workspace: Workspace, tmp_path: Path) -> None:
    by_name = imported_by_name(
        workspace,
        tmp_path,
        "ФИО;Телефон;Инстаграм;Откуда узнали\n"
        "Иванова Анна;+7 916 123-45-67;@anna_nails;Instagram\n"
        "Петрова Ольга;+7 916 123-45-68;https://www.instagram.com/olga.p?igsh=MWx0cDd2;Сарафан\n"
        "Сидорова Мария;+7 916 123-45-69;да;Инстаграм\n",
    )
    assert by_name["Иванова"].messengers == [MessengerInput(MessengerKind.INSTAGRAM, "@anna_nails")]
    assert by_name["Петрова"].messengers == [MessengerInput(MessengerKind.INSTAGRAM, "@olga.p")]
    # Instagram finds no one by a phone number: «да» names no profile, and stays as written.
    assert by_name["Сидорова"].messengers == []
    assert "Инстаграм: да" in by_name["Сидорова"].notes
    # Where the client heard of the shop is still its own column, not a profile.
    assert by_name["Иванова"].source is not None
    assert by_name["Иванова"].source.value == "social"


def test_a_column_naming_a_messenger_in_a_sentence_is_that_messengers(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Ник в инстаграме», «Есть в вотсапе» (да/нет) had gone to the notes.
    by_name = imported_by_name(
        workspace,
        tmp_path,
        "ФИО;Телефон;Ник в инстаграме;Есть в вотсапе;Ник в телеграме\n"
        "Иванова Анна;+7 916 123-45-67;@anna_nails;да;@anna_tg\n"
        "Петрова Ольга;+7 916 123-45-68;;нет;\n",
    )
    assert by_name["Иванова"].messengers == [
        MessengerInput(MessengerKind.INSTAGRAM, "@anna_nails"),
        MessengerInput(MessengerKind.WHATSAPP, "+7 916 123-45-67"),
        MessengerInput(MessengerKind.TELEGRAM, "@anna_tg"),
    ]
    assert by_name["Петрова"].messengers == []
    assert by_name["Иванова"].notes == by_name["Петрова"].notes == ""


def test_a_phones_instagram_profile_and_link_are_the_clients_instagram(
    workspace: Workspace, tmp_path: Path
) -> None:
    cards = imported_vcards(
        workspace,
        tmp_path / "contacts.vcf",
        [
            "BEGIN:VCARD", "VERSION:3.0", "N:Иванова;Анна;;;", "FN:Анна Иванова",
            "TEL;type=CELL:+7 916 123-45-67",
            "X-SOCIALPROFILE;type=instagram:https://instagram.com/anna_nails",
            "END:VCARD",
            "BEGIN:VCARD", "VERSION:3.0", "N:Петрова;Ольга;;;", "FN:Ольга Петрова",
            "TEL;type=CELL:+7 916 123-45-68",
            # The profile's link kept as the contact's web site, beside a site of her own.
            "URL:https://www.instagram.com/olga.p/?igsh=MWx0cDd2",
            "URL:https://olga.ru",
            "END:VCARD",
        ],
    )  # fmt: skip
    by_name = {c.last_name: c for c in cards}
    assert by_name["Иванова"].messengers == [MessengerInput(MessengerKind.INSTAGRAM, "@anna_nails")]
    assert by_name["Петрова"].messengers == [MessengerInput(MessengerKind.INSTAGRAM, "@olga.p")]
    assert by_name["Петрова"].notes == "Сайт: https://olga.ru"


def test_instagram_is_a_way_to_reach_the_client(workspace: Workspace, tmp_path: Path) -> None:
    # «Инстаграм» and «директ» (its messages) under «Способ связи» were each named as no
    # choice of the field, on every row.
    by_name = imported_by_name(
        workspace,
        tmp_path,
        "ФИО;Телефон;Способ связи\n"
        "Иванова Анна;+7 916 123-45-67;Инстаграм\n"
        "Петрова Ольга;+7 916 123-45-68;директ\n"
        "Сидорова Мария;+7 916 123-45-69;звонок\n",
    )
    assert {name: card.preferred_channel for name, card in by_name.items()} == {
        "Иванова": Channel.INSTAGRAM,
        "Петрова": Channel.INSTAGRAM,
        "Сидорова": Channel.PHONE,
    }


def test_a_visits_channel_is_the_visits_where_one_of_them_is_no_way_to_reach(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A booking program's «Channel»: «Phone» is a way to reach a client, «Online» is not. The
    # column was the card's preferred channel, and «Online» named as unknown.
    imported_csv(
        workspace,
        tmp_path / "appointments.csv",
        "Scheduled Date,Client,Service,Price,Channel\n"
        "2026-11-14,Anna Smith,Haircut,60.00,Online\n"
        "2026-11-15,Bob Jones,Color,120.00,Phone\n"
        "2026-11-16,Carol White,Nails,40.00,Instagram\n",
    )
    comments = {
        client.data.last_name: [p.data.comment for p in workspace.purchases.list_for(client.id)]
        for client in map(workspace.clients.get, find_client_ids(workspace.db, ClientQuery()))
    }
    assert comments == {
        "Smith": ["Channel: Online"],
        "Jones": ["Channel: Phone"],
        "White": ["Channel: Instagram"],
    }


def test_a_column_of_profile_links_is_the_clients_messengers_whatever_its_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Соцсети» and «Ссылка» name no field: their links went to the notes.
    by_name = imported_by_name(
        workspace,
        tmp_path,
        "ФИО;Телефон;Соцсети;Ссылка;Страница\n"
        "Иванова Анна;+7 916 123-45-67;instagram.com/anna_nails;https://vk.com/id5;vk.com/anna\n"
        "Петрова Ольга;+7 916 123-45-68;https://vk.com/olga;t.me/olga;есть в ВК\n",
    )
    assert by_name["Иванова"].messengers == [
        MessengerInput(MessengerKind.INSTAGRAM, "@anna_nails"),
        MessengerInput(MessengerKind.VK, "id5"),
    ]
    assert by_name["Петрова"].messengers == [
        MessengerInput(MessengerKind.VK, "olga"),
        MessengerInput(MessengerKind.TELEGRAM, "@olga"),
    ]
    # A column with a value that is no link stays in the notes, the link with it.
    assert by_name["Иванова"].notes == "Страница: vk.com/anna"
    assert by_name["Петрова"].notes == "Страница: есть в ВК"
