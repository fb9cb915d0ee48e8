import pytest

from clientbase.db.enums import MessengerKind
from clientbase.exchange.cell_lists import messenger_link, parse_messengers
from clientbase.services.client_data import MessengerInput


@pytest.mark.parametrize(
    ("written", "kind", "handle"),
    [
        ("t.me/ivan", MessengerKind.TELEGRAM, "@ivan"),
        ("https://t.me/ivan_p/", MessengerKind.TELEGRAM, "@ivan_p"),
        ("https://vk.com/id123", MessengerKind.VK, "id123"),
        ("m.vk.com/zoya", MessengerKind.VK, "zoya"),
        ("wa.me/79161112233", MessengerKind.WHATSAPP, "79161112233"),
    ],
)
def test_a_link_names_its_messenger(written: str, kind: MessengerKind, handle: str) -> None:
    assert messenger_link(written) == MessengerInput(kind, handle)


@pytest.mark.parametrize("written", ["@ivan", "instagram.com/ivan", "vk.com", "ivan"])
def test_other_text_is_no_link(written: str) -> None:
    assert messenger_link(written) is None


def test_a_messengers_cell_may_give_links() -> None:
    assert parse_messengers("vk.com/zoya; Telegram: @ivan") == [
        MessengerInput(MessengerKind.VK, "zoya"),
        MessengerInput(MessengerKind.TELEGRAM, "@ivan"),
    ]
    with pytest.raises(ValueError, match=r"instagram\.com/x"):
        parse_messengers("instagram.com/x")


def test_messengers_parted_by_commas_are_each_read() -> None:
    # Read as one handle, «@ivan, WhatsApp: +7 916 111-22-33» was the client's Telegram.
    assert parse_messengers("Telegram: @ivan, WhatsApp: +7 916 111-22-33") == [
        MessengerInput(MessengerKind.TELEGRAM, "@ivan"),
        MessengerInput(MessengerKind.WHATSAPP, "+7 916 111-22-33"),
    ]
    with pytest.raises(ValueError, match="ICQ 12345"):
        parse_messengers("Telegram: @ivan, ICQ 12345")
