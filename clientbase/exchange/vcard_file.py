"""vCard files (.vcf) as phones and mail programs export them: 2.1 (quoted-printable,
code pages), 3.0 and 4.0, many contacts per file.

vobject splits the file into logical lines (unfolding them, quoted-printable soft line
breaks included) and reads each line's name, parameters and decoded value. Its own
transformation of the values is not used: it keeps a text value only up to its first
unescaped comma («NOTE:раз, два» → «раз»), and phones write commas unescaped, vCard 2.1
always; it also fails on a photo whose base64 is damaged, which this import never needs.
A line vobject cannot read is kept in that contact's notes, not dropped.

Each contact becomes a row under column names the import knows, so contacts go through the
same mapping, checks, duplicate search and batch as a sheet.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from vobject.base import ContentLine, VObjectError, getLogicalLines, textLineToContentLine

from clientbase.db.enums import MessengerKind
from clientbase.errors import ImportFileError
from clientbase.exchange.cell_lists import messenger_link
from clientbase.exchange.choices import parse_choice, word
from clientbase.exchange.contact_words import (
    KIND_ALIASES,
    MONTHS,
    ContactWords,
    contact_words,
    related_label,
)
from clientbase.exchange.csv_file import decode
from clientbase.exchange.values import with_note
from clientbase.exchange.vcard_android import (
    LABEL_PARAMETER,
    android_anniversary,
    android_notes,
    android_referrer,
    with_samsung_label,
)

# Properties with no field of their own, kept in the notes under a label (iPhone and Android
# write them): the job title, the nickname, the web site; and what Evolution, KDE and older
# programs write in properties of their own. By the key of ContactWords.noted, or the label
# itself for the messengers of old, each in a property of its own.
_NOTED = (
    ("TITLE", "TITLE"), ("ROLE", "ROLE"), ("NICKNAME", "NICKNAME"), ("URL", "URL"),
    ("GENDER", "GENDER"), ("X-GENDER", "GENDER"), ("X-MAIDENNAME", "MAIDENNAME"),
    ("X-EVOLUTION-SPOUSE", "SPOUSE"), ("X-KADDRESSBOOK-X-SPOUSESNAME", "SPOUSE"),
    ("X-SPOUSE", "SPOUSE"), ("X-EVOLUTION-MANAGER", "MANAGER"), ("X-MANAGER", "MANAGER"),
    ("X-EVOLUTION-ASSISTANT", "ASSISTANT"), ("X-ASSISTANT", "ASSISTANT"),
    ("X-SKYPE", "Skype"), ("X-SKYPE-USERNAME", "Skype"), ("X-ICQ", "ICQ"),
    ("X-JABBER", "Jabber"), ("X-AIM", "AIM"), ("X-MSN", "MSN"), ("X-YAHOO", "Yahoo"),
    ("X-GOOGLE-TALK", "Google Talk"), ("X-QQ", "QQ"),
)  # fmt: skip
# Dates beside the birthday (4.0's ANNIVERSARY, Evolution's and KDE's X-ANNIVERSARY).
_NOTED_DATES = (
    "ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY",
)  # fmt: skip
# What an iPhone puts before a handle it has no address for.
APPLE_HANDLE = "x-apple:"
# The program's own export writes the card's fields vCard has no property for (status,
# discount, ИНН…) in an X-CLIENTBASE line, named by their columns in the export, their
# texts parted as N's and ADR's are: «X-CLIENTBASE;X-COLUMNS=Статус,VIP:Постоянный;Да».
# Phones and mail programs keep an X- property and show nothing of it; the import makes a
# column of each, under its name, which it maps as in a sheet, so the .vcf comes back with
# every field.
EXTRA_PROPERTY = "X-CLIENTBASE"
COLUMN_PARAMETER = "X-COLUMNS"
_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})")
_ESCAPED = re.compile(r"\\([\\,;nN])")
# A structured value (N, ADR, ORG) is split at the semicolons that are not escaped.
_PART = re.compile(r"(?<!\\);")


# The kinds of phone and e-mail a card names, as the notes the base keeps (vCard 2.1
# «TEL;CELL:», 3.0 «TYPE=CELL», 4.0 «TYPE=work», and an iPhone's «_$!<Mobile>!$_»): see
# ContactWords.kinds. The Russian ones, which the vCard export turns back into kinds.
KIND_NOTES = contact_words("ru").kinds
_APPLE_LABEL = re.compile(r"^_\$!<(\w+)>!\$_$")


@dataclass
class _Card:
    words: ContactWords
    lines: dict[str, list[ContentLine]] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)
    # The line of its anniversary, read into a column of its own (see anniversary).
    anniversary: ContentLine | None = None

    def texts(self, name: str) -> list[str]:
        return [_unescaped(line.value) for line in self.lines.get(name, [])]

    def noted(self, name: str) -> list[str]:
        """The values of a TEL or EMAIL line, each followed by its kind or label as a note in
        brackets («+7 916 123-45-67 (мобильный)»), the way the import reads a cell."""
        apple = self.apple_labels()
        values = []
        for line in self.lines.get(name, []):
            value = _unescaped(line.value)
            if value.startswith("tel:"):  # 4.0 may write a tel: URI, «tel:+7916…;ext=12»
                value = value[4:].replace(";ext=", f" {self.words.labels['extension']} ")
            if not value:
                continue
            note = _note(line, apple.get(line.group) if line.group else None, self.words)
            values.append(with_note(value, note))
        return values

    def extras(self) -> dict[str, str]:
        """The program's own export's columns vCard has no property for: column → text."""
        return {
            column: _unescaped(text)
            for line in self.lines.get(EXTRA_PROPERTY, [])
            for column, text in zip(
                line.params.get(COLUMN_PARAMETER, []), _PART.split(_raw(line)), strict=False
            )
        }

    def apple_labels(self) -> dict[str, str]:
        """An iPhone's X-ABLabel of each group («item1»): what the group's line is."""
        return {line.group: _unescaped(line.value) for line in self.lines.get("X-ABLABEL", [])}

    def parts(self, name: str) -> list[str]:
        """The parts of the first such line's structured value."""
        lines = self.all_parts(name)
        return lines[0] if lines else []

    def all_parts(self, name: str) -> list[list[str]]:
        """The parts of each such line's structured value."""
        return [
            [_unescaped(part) for part in _PART.split(_raw(line))]
            for line in self.lines.get(name, [])
        ]


def _raw(line: ContentLine) -> str:
    return line.value if isinstance(line.value, str) else ""


def _unescaped(value: object) -> str:
    if not isinstance(value, str):
        return ""  # a photo or a sound: binary data
    text = _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
    return text.replace("\r\n", "\n").strip()


def _note(line: ContentLine, apple_label: str | None, words: ContactWords) -> str:
    if own := line.params.get(LABEL_PARAMETER):
        return str(own[0])  # a Samsung's: see vcard_android
    if apple_label is not None:
        match = _APPLE_LABEL.match(apple_label)
        if match is None:
            return apple_label  # one the owner typed: «Жена»
        kind = match[1].upper()
        return words.kinds.get(KIND_ALIASES.get(kind, kind), "")
    kinds = [*line.singletonparams, *line.params.get("TYPE", [])]
    for written in (k.strip() for value in kinds for k in value.split(",")):
        kind = written.upper()
        if kind in words.kinds:
            return words.kinds[kind]
        if kind.startswith("X-") and len(kind) > 2:
            return written[2:]  # Android's own label: «TYPE=X-Жена»
    return ""


def _anniversary(card: _Card) -> ContentLine | None:
    """The card's first anniversary of a date (4.0's ANNIVERSARY, Evolution's and KDE's
    X-ANNIVERSARY, an iPhone's X-ABDATE labelled «Anniversary»): a column of its own, which
    the import makes a yearly reminder, as it does a sheet's «Годовщина свадьбы»."""
    dated = [line for name in _NOTED_DATES for line in card.lines.get(name, [])]
    apple = card.apple_labels()
    dated += [
        line
        for line in card.lines.get("X-ABDATE", [])
        if (label := _APPLE_LABEL.match(apple.get(line.group, "") if line.group else ""))
        and label[1].casefold() == "anniversary"
    ]
    found = next((line for line in dated if _DATE.match(_unescaped(line.value))), None)
    if found is not None:
        return found
    # Android's: an X-ANDROID-CUSTOM event of type 1 (see vcard_android).
    day = android_anniversary(card.all_parts("X-ANDROID-CUSTOM"))
    return ContentLine("ANNIVERSARY", [], day) if day and _DATE.match(day) else None


def _related(card: _Card, name: str, default: str, dated: bool = False) -> list[str]:
    """An iPhone's X-ABDATE or X-ABRELATEDNAMES lines, or 4.0's RELATED, as notes named by
    their label or type: «Годовщина: 20.06.2010», «Супруг(а): Олег»; by the label of
    ContactWords.labels keyed `default` where they have none."""
    apple = card.apple_labels()
    notes = []
    for line in card.lines.get(name, []):
        value = _unescaped(line.value)
        if not value or line is card.anniversary:
            continue
        label = (apple.get(line.group) if line.group else None) or next(
            iter(line.params.get("TYPE", [])), ""
        )
        kind = related_label(
            match[1] if (match := _APPLE_LABEL.match(label)) else label, card.words.language
        )
        fallback = card.words.labels[default]
        said = _date_text(value, english=card.words.language == "en") if dated else value
        notes.append(f"{kind or fallback}: {said}")
    return notes


def _date(line: ContentLine, english: bool = False) -> str:
    """An iPhone writes a birthday without a year in 1604, naming that year in
    X-APPLE-OMIT-YEAR."""
    omitted = line.params.get("X-APPLE-OMIT-YEAR", [])
    return _date_text(_unescaped(line.value), omitted, english)


def _date_text(value: str, omitted_years: list[str] | tuple[()] = (), english: bool = False) -> str:
    """19800201, 1980-02-01 or --0201 (no year) → 01.02.1980 / 01.02; for an English note,
    1980-02-01 / February 1, which no English reader takes the wrong way round."""
    match = _DATE.match(value)
    if match is None:
        return value
    year, month, day = match.groups()
    yearless = year == "--" or year in omitted_years
    if english:
        return f"{MONTHS[int(month) - 1]} {int(day)}" if yearless else f"{year}-{month}-{day}"
    return f"{day}.{month}" if yearless else f"{day}.{month}.{year}"


def _messengers(card: _Card) -> tuple[list[str], list[str]]:
    """The card's messengers as the messengers cell writes them («Telegram: elena_s»), and
    those of services the base has no kind for, as notes («Skype: elena»)."""
    known: list[str] = []
    other: list[str] = []
    # An IMPP's TYPE is its kind (home, work, pref); an X-SOCIALPROFILE's is the service.
    for name, naming in (("IMPP", "X-SERVICE-TYPE"), ("X-SOCIALPROFILE", "TYPE")):
        for line in card.lines.get(name, []):
            _add_messenger(line, line.params.get(naming, []), known, other, card.words)
    # A profile's link kept as the contact's web site: «https://instagram.com/anna».
    for text in card.texts("URL"):
        if (linked := messenger_link(text)) is not None:
            known.append(f"{word(linked.kind, card.words.language)}: {linked.handle}")
    return known, other


def _add_messenger(
    line: ContentLine, named: list[str], known: list[str], other: list[str], words: ContactWords
) -> None:
    value = _unescaped(line.value)
    handle = (line.params.get("X-USER") or [value.removeprefix(APPLE_HANDLE)])[0].strip()
    service = next((n for n in named if n.lower() != "pref"), "")
    scheme, colon, rest = value.partition(":")
    if not service and colon and not value.startswith(APPLE_HANDLE):
        service, handle = scheme, rest.removeprefix("//")  # «xmpp:alice@example.com»
    if not handle:
        return
    # A messenger as an iPhone (IMPP with X-SERVICE-TYPE, X-SOCIALPROFILE with TYPE), a URI
    # scheme or the program's own export («ВКонтакте») names it: as the messengers cell does.
    try:
        kind = parse_choice(MessengerKind, service)
    except ValueError:
        other.append(f"{service or 'IM'}: {handle}")
    else:
        known.append(f"{word(kind, words.language)}: {handle}")


def _part(parts: list[str], index: int) -> str:
    return parts[index] if index < len(parts) else ""


# ADR's parts, RFC 6350: post-office box, extended address (the flat or office), street,
# locality, region, postal code, country. A whole address in the notes reads street first.
_WHOLE_ADDRESS = (2, 1, 3, 4, 5, 6, 0)


def _addresses(card: _Card) -> tuple[list[str], list[str]]:
    """The card's first address as the card's street (with its flat or office line after
    it), city, region and postcode; its post-office box, and each further address whole
    with its kind («рабочий»), as notes. They were dropped. (Its country: see _country.)"""
    apple = card.apple_labels()
    found = _filled_addresses(card)
    if not found:
        return ["", "", "", ""], []
    (_, parts), *others = found
    street = ", ".join(part for part in (_part(parts, 2), _part(parts, 1)) if part)
    labels = card.words.labels
    notes = [
        f"{labels[label]}: {text}"
        for label, index in _ADDRESS_NOTES
        if (text := _part(parts, index))
    ]
    for line, other in others:
        whole = ", ".join(part for index in _WHOLE_ADDRESS if (part := _part(other, index)))
        kind = _note(line, apple.get(line.group) if line.group else None, card.words)
        notes.append(with_note(f"{labels['address']}: {whole}", kind))
    return [street, _part(parts, 3), _part(parts, 4), _part(parts, 5)], notes


_ADDRESS_NOTES = (("po_box", 0),)
_COUNTRY = 6


def _filled_addresses(card: _Card) -> list[tuple[ContentLine, list[str]]]:
    """The card's ADR lines that say anything, each with its parts."""
    found = [
        (line, [_unescaped(part) for part in _PART.split(_raw(line))])
        for line in card.lines.get("ADR", [])
    ]
    return [(line, parts) for line, parts in found if any(part.strip() for part in parts)]


def _country(card: _Card) -> str:
    """The country of the card's first address: a column of its own, which the import
    leaves out where it is the shop's own («Россия» as an iPhone fills it in; see
    countries), and keeps in the notes where it is not."""
    found = _filled_addresses(card)
    return _part(found[0][1], _COUNTRY) if found else ""


def _row(card: _Card) -> list[str | None]:
    name = card.parts("N")
    family, given, additional = _part(name, 0), _part(name, 1), _part(name, 2)
    # ORG is the company and then its units: «ООО Ромашка;Отдел продаж».
    organization, *units = [part for part in card.parts("ORG") if part] or [""]
    names = card.texts("FN")
    # A company's card has only ORG (and FN repeating it); a person's name may be only in FN
    # (4.0 makes N optional), at a company too. The import splits a whole name in «Фамилия».
    # Beside N, FN is the name as the phone shows it («Маша с работы»): the import keeps it
    # in the notes where it says more than N does.
    shown = ""
    if names and names[0].casefold() != organization.casefold():
        if family or given:
            shown = names[0]
        else:
            family = names[0]
    address, address_notes = _addresses(card)
    birthdays = card.lines.get("BDAY", [])
    words = card.words
    noted = [
        f"{words.noted.get(label, label)}: {text}"
        for name, label in _NOTED
        for text in card.texts(name)
        if text and not (name == "URL" and messenger_link(text))
    ]
    noted += [f"{words.labels['unit']}: {unit}" for unit in units]
    english = words.language == "en"
    taken = card.anniversary.value if card.anniversary is not None else ""
    noted += android_notes(
        card.all_parts("X-ANDROID-CUSTOM"), lambda day: _date_text(day, english=english), words,
        taken, android_referrer(card.all_parts("X-ANDROID-CUSTOM")),
    )  # fmt: skip
    noted += _related(card, "X-ABDATE", "date", dated=True)
    noted += _related(card, "X-ABRELATEDNAMES", "related") + _related(card, "RELATED", "related")
    noted += [
        f"{words.labels['anniversary']}: {_date(line, english)}"
        for name in _NOTED_DATES
        for line in card.lines.get(name, [])
        if _unescaped(line.value) and line is not card.anniversary
    ]
    messengers, other_messengers = _messengers(card)
    notes = [*noted, *address_notes, *other_messengers, *card.texts("NOTE"), *card.unreadable]
    values = [
        family,
        given,
        additional,
        shown,
        organization,
        ", ".join(card.noted("TEL")),
        ", ".join(card.noted("EMAIL")),
        _date(birthdays[0]) if birthdays else "",
        *address,
        ", ".join(tag for tag in card.texts("CATEGORIES") if tag),
        "; ".join(messengers),
        "\n".join(note for note in notes if note),
    ]
    return [value or None for value in values]


def _cards(text: str, file_name: str, words: ContactWords) -> list[_Card]:
    cards: list[_Card] = []
    card: _Card | None = None
    depth = 0  # a vCard 2.1 AGENT property holds a whole card inside a card
    for line, number in getLogicalLines(io.StringIO(text), allowQP=True):
        try:
            content = textLineToContentLine(with_samsung_label(line), number)
        except (VObjectError, ValueError, LookupError):
            # No name and colon, or a code page Python does not know: kept as it stands.
            if card is not None:
                card.unreadable.append(line.strip())
            continue
        value = _raw(content).strip().upper()
        if content.name == "BEGIN" and value == "VCARD":
            depth += 1
            if depth == 1:
                card = _Card(words)
        elif content.name == "END" and value == "VCARD":
            if depth == 0:
                raise ImportFileError("cannot_read", file_name)
            depth -= 1
            if depth == 0 and card is not None:
                cards.append(card)
                card = None
        elif card is not None and depth == 1:
            card.lines.setdefault(content.name, []).append(content)
    if depth:
        raise ImportFileError("cannot_read", file_name)  # a card is never closed
    return cards


class VCardRows(NamedTuple):
    rows: list[list[str | None]]
    # Written by the program's full export (its cards carry EXTRA_PROPERTY lines): each
    # card whole, as a row of its .xlsx export is (see export_columns.is_full_export).
    own_export: bool


def read_vcards(path: Path, language: str = "ru") -> VCardRows:
    """The contacts of a .vcf file as rows, headed by column names, with the kinds of their
    phones and the labels of their notes, in `language` (see contact_words)."""
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ImportFileError("cannot_read", path.name) from error
    words = contact_words(language)
    cards = _cards(text, path.name, words)
    # The program's own export's further columns (EXTRA_PROPERTY), after vCard's own.
    further = [card.extras() for card in cards]
    extras = list(dict.fromkeys(column for own in further for column in own))
    for card in cards:
        card.anniversary = _anniversary(card)
    # Columns of anniversaries, of referrers (an Android's relation «Referred by») and of
    # countries where any card has one, after the notes: the import reads them as a sheet's.
    dated = any(card.anniversary is not None for card in cards)
    referrers = [android_referrer(card.all_parts("X-ANDROID-CUSTOM")) for card in cards]
    referred = any(referrers)
    countries = [_country(card) for card in cards]
    placed = any(countries)
    english = language == "en"
    rows: list[list[str | None]] = [[
        *words.headers, *([words.labels["anniversary"]] if dated else []),
        *([words.related["referred by"]] if referred else []),
        *([words.labels["country"]] if placed else []), *extras,
    ]]  # fmt: skip
    for card, own, referrer, country in zip(cards, further, referrers, countries, strict=True):
        day = [_date(card.anniversary, english) if card.anniversary else None] if dated else []
        by = [referrer or None] if referred else []
        where = [country or None] if placed else []
        rows.append(
            [*_row(card), *day, *by, *where, *(own.get(column) or None for column in extras)]
        )
    return VCardRows(rows, bool(extras))
