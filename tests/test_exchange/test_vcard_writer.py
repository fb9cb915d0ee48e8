"""The vCard writer writes what vobject wrote, and folds its lines as RFC 2426 asks."""

import random

import vobject
from vobject.base import backslashEscape

from clientbase.exchange.vcard_file import APPLE_HANDLE, COLUMN_PARAMETER, EXTRA_PROPERTY
from clientbase.exchange.vcard_writer import (
    _EMAIL_KINDS,
    _KINDS,
    Contact,
    _profile_site,
    vcard_text,
)


def vobject_text(contact: Contact) -> str:
    """The card as the export built it through vobject's objects until they took 95% of
    its time: the reference the writer keeps to."""
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name, given=contact.first_name, additional=contact.middle_name
    )
    card.add("fn").value = contact.display_name
    if contact.organization:
        card.add("org").value = [contact.organization]
    labels = 0
    for name, values, plain in (
        ("tel", contact.phones, "VOICE"),
        ("email", contact.emails, "INTERNET"),
    ):
        for value, note in values:
            kind = _KINDS.get(note.strip().casefold())
            if name == "email" and kind not in _EMAIL_KINDS:
                kind = None
            group = None
            if note.strip() and kind is None:
                labels += 1
                group = f"item{labels}"
                card.add("x-ablabel", group=group).value = note.strip()
            line = card.add(name, group=group)
            line.value = value
            line.params["TYPE"] = [plain, kind] if kind and name == "email" else [kind or plain]
    for service, handle in contact.messengers:
        if (site := _profile_site(service)) is not None:
            line = card.add("x-socialprofile")
            line.value = site + handle.lstrip("@")
            line.params["TYPE"] = [service]
            line.params["X-USER"] = [handle]
            continue
        line = card.add("impp")
        line.value = APPLE_HANDLE + handle
        line.params["X-SERVICE-TYPE"] = [service]
    if contact.birthday:
        card.add("bday").value = contact.birthday
    if contact.street or contact.city or contact.region or contact.postcode:
        card.add("adr").value = vobject.vcard.Address(
            street=contact.street, city=contact.city, region=contact.region, code=contact.postcode
        )
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.tags:
        card.add("categories").value = contact.tags
    extras = [(column, text) for column, text in contact.extras if text]
    if extras:
        line = card.add(EXTRA_PROPERTY.lower())
        line.params[COLUMN_PARAMETER] = [column for column, _ in extras]
        line.value = ";".join(backslashEscape(text) for _, text in extras)
        line.encoded = True
    return str(card.serialize())


def unfolded(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


WORDS = [
    "Иванова", "Анна", "Сергеевна", "ООО «Ромашка; и к°»", "a,b", "c;d", "back\\slash",
    "две\nстроки", "окно\r\nWindows", "😀", "x" * 90, "Я" * 60, "мобильный", "рабочий",
    "work", "личный", "главный офис, 2 этаж", "", " ", "Ё" * 37 + "a",
]  # fmt: skip


def random_contact(seed: int) -> Contact:
    pick = random.Random(seed)

    def text() -> str:
        return "".join(pick.choice(WORDS) for _ in range(pick.randint(0, 3)))

    return Contact(
        last_name=text(),
        first_name=text(),
        middle_name=text(),
        organization=text(),
        display_name=text() or "Клиент",
        phones=[
            (f"+7 916 {pick.randint(0, 9999999):07d}", text()) for _ in range(pick.randint(0, 3))
        ],
        emails=[(f"a{i}@mail.ru", text()) for i in range(pick.randint(0, 2))],
        birthday=pick.choice(["", "1980-02-01", "--0201"]),
        street=text(),
        city=text(),
        region=text(),
        postcode=pick.choice(["", "300000"]),
        notes=text(),
        tags=[t for t in (text() for _ in range(pick.randint(0, 3))) if t],
        messengers=[
            (pick.choice(["Telegram", "WhatsApp", "Instagram", "ВКонтакте"]), "@anna_" + str(i))
            for i in range(pick.randint(0, 2))
        ],
        extras=[("Скидка", "5,00"), ("Статус", pick.choice(["Новый", ""])), ("Заметка", text())],
    )


def test_a_card_says_what_vobject_wrote_line_for_line() -> None:
    for seed in range(300):
        contact = random_contact(seed)
        assert unfolded(vcard_text(contact)) == unfolded(vobject_text(contact)), seed


def test_long_lines_fold_at_75_octets_without_splitting_a_letter() -> None:
    # vobject left a line under 75 characters whole: «NOTE:» and 60 Cyrillic letters made
    # 125 octets.
    notes = "Я" * 60
    contact = Contact(last_name="Ёлкина", display_name="Ёлкина", notes=notes, tags=["x" * 200])
    text = vcard_text(contact)
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert [line for line in physical if line.startswith(" ")]  # folded, not cut
    assert f"NOTE:{notes}" in unfolded(text)
    assert "CATEGORIES:" + "x" * 200 in unfolded(text)


def test_a_quote_in_a_handle_does_not_stop_the_export() -> None:
    # vobject refused a double quote in a parameter («Double quotes aren't allowed»), and
    # with it the whole export; a handle is a parameter of its social profile.
    contact = Contact(display_name="Анна", messengers=[("Instagram", 'anna"s')])
    assert "X-SOCIALPROFILE;TYPE=Instagram;X-USER=anna's:https://instagram.com/anna\"s" in (
        unfolded(vcard_text(contact))
    )
