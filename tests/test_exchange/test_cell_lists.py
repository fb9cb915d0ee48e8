import pytest

from clientbase.db.enums import MessengerKind
from clientbase.exchange.cell_lists import messenger_link, parse_messengers, written_contacts
from clientbase.services.client_data import MessengerInput


@pytest.mark.parametrize(
    ("written", "kind", "handle"),
    [
        ("t.me/ivan", MessengerKind.TELEGRAM, "@ivan"),
        ("https://t.me/ivan_p/", MessengerKind.TELEGRAM, "@ivan_p"),
        ("https://vk.com/id123", MessengerKind.VK, "id123"),
        ("m.vk.com/zoya", MessengerKind.VK, "zoya"),
        ("wa.me/79161112233", MessengerKind.WHATSAPP, "79161112233"),
        ("instagram.com/anna_nails", MessengerKind.INSTAGRAM, "@anna_nails"),
        # As the app shares a profile: with its tracking after «?».
        (
            "https://www.instagram.com/anna.shop?igsh=MWx0cDd2OXk4",
            MessengerKind.INSTAGRAM,
            "@anna.shop",
        ),
        ("https://instagram.com/oleg_p/", MessengerKind.INSTAGRAM, "@oleg_p"),
    ],
)
def test_a_link_names_its_messenger(written: str, kind: MessengerKind, handle: str) -> None:
    assert messenger_link(written) == MessengerInput(kind, handle)


@pytest.mark.parametrize(
    "written", ["@ivan", "ok.ru/ivan", "vk.com", "instagram.com", "instagram.com/p/C1x2/", "ivan"]
)
def test_other_text_is_no_link(written: str) -> None:
    assert messenger_link(written) is None


def test_a_messengers_cell_may_give_links() -> None:
    assert parse_messengers("vk.com/zoya; Telegram: @ivan") == [
        MessengerInput(MessengerKind.VK, "zoya"),
        MessengerInput(MessengerKind.TELEGRAM, "@ivan"),
    ]
    with pytest.raises(ValueError, match=r"ok\.ru/x"):
        parse_messengers("ok.ru/x")


def test_a_messengers_link_after_its_name_is_its_handle() -> None:
    # As a phone's vCard gives a profile: «Instagram: https://instagram.com/anna».
    assert parse_messengers("Instagram: https://instagram.com/anna; ВКонтакте: vk.com/id5") == [
        MessengerInput(MessengerKind.INSTAGRAM, "@anna"),
        MessengerInput(MessengerKind.VK, "id5"),
    ]


def test_messengers_parted_by_commas_are_each_read() -> None:
    # Read as one handle, «@ivan, WhatsApp: +7 916 111-22-33» was the client's Telegram.
    assert parse_messengers("Telegram: @ivan, WhatsApp: +7 916 111-22-33") == [
        MessengerInput(MessengerKind.TELEGRAM, "@ivan"),
        MessengerInput(MessengerKind.WHATSAPP, "+7 916 111-22-33"),
    ]
    with pytest.raises(ValueError, match="ICQ 12345"):
        parse_messengers("Telegram: @ivan, ICQ 12345")


@pytest.mark.parametrize(
    ("written", "people"),
    [
        # The program's own way, which a person may copy.
        (
            "Петров Иван; директор; +7 916 123-45-67; ; 01.02.1980",
            [("Петров Иван", "директор", "+7 916 123-45-67", "", "01.02.1980")],
        ),
        # As a sheet kept by hand writes them.
        (
            "Иванова Мария Петровна, бухгалтер, +7 916 111-22-33",
            [("Иванова Мария Петровна", "бухгалтер", "+7 916 111-22-33", "", "")],
        ),
        ("Олег 89161112233", [("Олег", "", "89161112233", "", "")]),
        (
            "Анна; 89161112233; anna@mail.ru; 15.03",
            [("Анна", "", "89161112233", "anna@mail.ru", "15.03")],
        ),
        (
            "Мария (бухгалтер)\nОлег, директор, oleg@mail.ru",
            [("Мария (бухгалтер)", "", "", "", ""), ("Олег", "директор", "", "oleg@mail.ru", "")],
        ),
        # A comma in a name without a phone or e-mail beside it parts nothing.
        ("Иванова, Мария", [("Иванова, Мария", "", "", "", "")]),
        # Parts beyond a name and a position join the position.
        ("Олег, склад, 2 этаж, 89161112233", [("Олег", "склад, 2 этаж", "89161112233", "", "")]),
        # A number too short for a phone is still the phone, for the card's check to name.
        ("Иванов Иван; директор; 123", [("Иванов Иван", "директор", "123", "", "")]),
        # A phone alone names no one: kept as written.
        ("8 916 111-22-33", [("8 916 111-22-33", "", "", "", "")]),
    ],
)
def test_contact_persons_typed_by_hand_are_read_part_by_part(
    written: str, people: list[tuple[str, ...]]
) -> None:
    assert [
        (p.name, p.position, p.phone, p.email, p.birthday) for p in written_contacts(written)
    ] == people


def test_a_line_of_more_parts_than_a_person_has_is_refused() -> None:
    with pytest.raises(ValueError, match="Лебедев"):
        written_contacts("Лебедев; а; б; в; г; д")
