"""vCard files (.vcf) as phones and mail programs export them: 2.1 (quoted-printable,
code pages), 3.0 and 4.0, many contacts per file; parsed by vobject.

Each contact becomes a row under column names the import knows, so contacts go through the
same mapping, checks, duplicate search and batch as a sheet.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import vobject

from clientbase.errors import ImportFileError
from clientbase.exchange.csv_file import decode

HEADERS = [
    "Фамилия", "Имя", "Отчество", "Организация", "Телефон", "E-mail", "Дата рождения",
    "Адрес", "Город", "Регион", "Индекс", "Заметки",
]  # fmt: skip
_DATE = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})")


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _birthday(value: str) -> str:
    """19800201, 1980-02-01 or --0201 (no year) → 01.02.1980 / 01.02."""
    match = _DATE.match(value.strip())
    if match is None:
        return value.strip()
    year, month, day = match.groups()
    return f"{day}.{month}" if year == "--" else f"{day}.{month}.{year}"


def _values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name, [])]


def _row(card: Any) -> list[str | None]:
    family = given = additional = ""
    if "n" in card.contents:
        name = card.n.value
        family, given, additional = _text(name.family), _text(name.given), _text(name.additional)
    # A company's card has only ORG (and FN repeating it); a person's name may be only in FN.
    if not (family or given) and "fn" in card.contents and "org" not in card.contents:
        family = _text(card.fn.value)
    street = city = region = code = ""
    if "adr" in card.contents:
        address = card.adr.value
        street, city = _text(address.street), _text(address.city)
        region, code = _text(address.region), _text(address.code)
    values = [
        family,
        given,
        additional,
        "; ".join(_text(org) for org in _values(card, "org")),
        # vCard 4.0 may write a phone as a URI: «tel:+7-495-...».
        ", ".join(_text(tel).removeprefix("tel:") for tel in _values(card, "tel")),
        ", ".join(_text(mail) for mail in _values(card, "email")),
        _birthday(_text(_values(card, "bday")[0])) if "bday" in card.contents else "",
        street,
        city,
        region,
        code,
        "\n".join(_text(note) for note in _values(card, "note")),
    ]
    return [value or None for value in values]


def read_vcards(path: Path) -> list[list[str | None]]:
    """The contacts of a .vcf file as rows, headed by the column names in HEADERS."""
    try:
        text = decode(path.read_bytes())
        cards = list(vobject.readComponents(text, ignoreUnreadable=True))
    except (OSError, vobject.base.ParseError, ValueError) as error:
        raise ImportFileError("cannot_read", path.name) from error
    rows: list[list[str | None]] = [list(HEADERS)]
    rows += [_row(card) for card in cards if card.name.upper() == "VCARD"]
    return rows
