"""Writing clients as vCard 3.0, the version every phone and mail program reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from clientbase.db.enums import MessengerKind
from clientbase.exchange.choices import is_choice, parse_choice
from clientbase.exchange.vcard_file import (
    APPLE_HANDLE,
    COLUMN_PARAMETER,
    EXTRA_PROPERTY,
    KIND_NOTES,
)

# The social networks among the messengers, and where a handle's page is.
_PROFILES = {
    MessengerKind.INSTAGRAM: "https://instagram.com/",
    MessengerKind.VK: "https://vk.com/",
}


@dataclass
class Contact:
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    organization: str = ""
    display_name: str = ""
    # Each with its note: «мобильный», «рабочий», «домашний» as vCard's own types, any other
    # as an iPhone writes a label of its owner's, which phones and mail programs show.
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)
    birthday: str = ""  # ISO 1980-02-01, or --0201 without a year
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # (service, handle): «Telegram», «elena_s».
    messengers: list[tuple[str, str]] = field(default_factory=list)
    # The card's fields vCard has no property for (status, discount, ИНН…), each as a column
    # of the export with its cell's text: the EXTRA_PROPERTY line.
    extras: list[tuple[str, str]] = field(default_factory=list)


# The notes that are vCard types, in the words the import gives them and in English.
_KINDS = {
    **{note: kind for kind, note in KIND_NOTES.items() if kind != "MOBILE"},
    "mobile": "CELL", "work": "WORK", "home": "HOME", "main": "MAIN", "fax": "FAX",
}  # fmt: skip
_EMAIL_KINDS = ("WORK", "HOME")


def vcard_text(contact: Contact) -> str:
    """The contact as one vCard 3.0, its lines folded and ended with CRLF.

    Written here, not through vobject's objects: vobject took 95% of an export's time (10.5 s
    for 20,000 clients against about 1 s for the same cards as .xlsx), and the text is what
    it wrote, line for line once unfolded (tests/test_exchange/test_vcard_writer.py compares
    the two): its properties in its order (VERSION, then by name) and its escapes.
    """
    lines: dict[str, list[str]] = {}

    def add(name: str, value: str, params: str = "", group: str = "") -> None:
        line = f"{group}.{name.upper()}" if group else name.upper()
        lines.setdefault(name, []).append(f"{line}{params}:{value}")

    add("n", ";".join(_escaped(p) for p in _name_parts(contact)))
    add("fn", _escaped(contact.display_name))
    if contact.organization:
        add("org", _escaped(contact.organization))
    labels = 0
    for name, values, plain in (
        ("tel", contact.phones, "VOICE"),
        ("email", contact.emails, "INTERNET"),
    ):
        for value, note in values:
            kind = _KINDS.get(note.strip().casefold())
            if name == "email" and kind not in _EMAIL_KINDS:
                kind = None
            group = ""
            if note.strip() and kind is None:
                labels += 1
                group = f"item{labels}"
                add("x-ablabel", _escaped(note.strip()), group=group)
            types = [plain, kind] if kind and name == "email" else [kind or plain]
            add(name, _escaped(value), _params({"TYPE": types}), group)
    for service, handle in contact.messengers:
        if (site := _profile_site(service)) is not None:
            # A social network as an iPhone writes it: a profile, which opens its page.
            params = _params({"TYPE": [service], "X-USER": [handle]})
            add("x-socialprofile", _escaped(site + handle.lstrip("@")), params)
            continue
        # As an iPhone writes a handle it has no address for; phones show the service's name.
        add("impp", _escaped(APPLE_HANDLE + handle), _params({"X-SERVICE-TYPE": [service]}))
    if contact.birthday:
        add("bday", _escaped(contact.birthday))
    if contact.street or contact.city or contact.region or contact.postcode:
        add("adr", ";".join(_escaped(p) for p in _address_parts(contact)))
    if contact.notes:
        add("note", _escaped(contact.notes))
    if contact.tags:
        add("categories", ",".join(_escaped(tag) for tag in contact.tags))
    extras = [(column, text) for column, text in contact.extras if text]
    if extras:
        # One line for them all, a structured value as N and ADR are.
        params = _params({COLUMN_PARAMETER: [column for column, _ in extras]})
        add(EXTRA_PROPERTY.lower(), ";".join(_escaped(text) for _, text in extras), params)
    card = ["BEGIN:VCARD", "VERSION:3.0"]
    card += [line for name in sorted(lines) for line in lines[name]]
    card.append("END:VCARD")
    return "".join(_folded(line) for line in card)


def _name_parts(contact: Contact) -> tuple[str, ...]:
    """N's five parts: family, given, additional, prefix, suffix."""
    return (contact.last_name, contact.first_name, contact.middle_name, "", "")


def _address_parts(contact: Contact) -> tuple[str, ...]:
    """ADR's seven parts: box, extended, street, city, region, code, country."""
    return ("", "", contact.street, contact.city, contact.region, contact.postcode, "")


def _escaped(text: str) -> str:
    """A text value as vCard 3.0 writes it (RFC 2426, 4): backslash, «;», «,» and line
    breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _params(params: dict[str, list[str]]) -> str:
    """«;NAME=value,value» by name; a value holding «,», «;» or «:» in double quotes, which
    a parameter's value cannot hold (a handle typed with one has it as «'»)."""
    written = []
    for name in sorted(params):
        values = [value.replace('"', "'") for value in params[name]]
        quoted = (f'"{v}"' if any(c in v for c in ",;:") else v for v in values)
        written.append(f";{name}={','.join(quoted)}")
    return "".join(written)


_FOLD_AT = 75  # octets a line holds (RFC 2426, 2.6), its CRLF not counted


def _folded(line: str) -> str:
    """The line with CRLF, folded every 75 octets without splitting a character, each
    further piece begun with a space. (vobject left a line under 75 characters whole, so
    one of Cyrillic letters ran to 148 octets, past what RFC 2426 allows.)"""
    octets = line.encode("utf-8")
    if len(octets) <= _FOLD_AT:
        return line + "\r\n"
    pieces = []
    start, room = 0, _FOLD_AT
    while len(octets) - start > room:
        end = start + room
        while octets[end] & 0xC0 == 0x80:  # within a character: cut before it
            end -= 1
        pieces.append(octets[start:end])
        start, room = end, _FOLD_AT - 1  # the space that begins the next piece
    pieces.append(octets[start:])
    return b"\r\n ".join(pieces).decode("utf-8") + "\r\n"


def _profile_site(service: str) -> str | None:
    """Where a social network's pages are, by its name as the export writes it («ВКонтакте»,
    «Instagram»); None for a messenger."""
    return (
        _PROFILES.get(parse_choice(MessengerKind, service))
        if is_choice(MessengerKind, service)
        else None
    )
