"""What Android phones write into a .vcf beyond the vCard standard.

Samsung puts a label its owner typed into the line's parameters, quoted-printable where it
is not ASCII: «TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=D0=96=D0=B5=D0=BD=D0=B0):
+7903…» («Жена»), which no vCard reader knows. Android keeps a nickname, dates and
relations in X-ANDROID-CUSTOM lines: «vnd.android.cursor.item/relation;Петров Олег;14;…»,
a kind and then its data fields, the second of which is a type number.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable
from contextlib import suppress

from clientbase.exchange.contact_words import ContactWords

_SAMSUNG_LABEL = re.compile(r";X-CUSTOM\(([^()]*)\)(?=[;:])", re.IGNORECASE)
# The parameter the label is handed on under, for vcard_file to read as a TEL's or EMAIL's.
LABEL_PARAMETER = "X-LABEL"

_KIND = "vnd.android.cursor.item/"


def with_samsung_label(line: str) -> str:
    """The line with Samsung's X-CUSTOM(…) made a parameter a reader knows: X-LABEL="Жена"."""
    found = _SAMSUNG_LABEL.search(line)
    if found is None or ":" in line[: found.start()]:
        return line
    *settings, label = found.group(1).split(",")
    named = {k.strip().upper(): v.strip() for k, _, v in (s.partition("=") for s in settings)}
    if named.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
        charset = named.get("CHARSET") or "utf-8"
        # Kept as written where it does not decode: better a strange label than a lost phone.
        with suppress(LookupError, UnicodeDecodeError):
            label = quopri.decodestring(label.encode("ascii", "replace")).decode(charset)
    label = label.replace('"', "").strip()
    parameter = f';{LABEL_PARAMETER}="{label}"' if label else ""
    return line[: found.start()] + parameter + line[found.end() :]


_ANNIVERSARY = "1"  # ContactsContract.CommonDataKinds.Event.TYPE_ANNIVERSARY
_REFERRED_BY = "11"  # ContactsContract.CommonDataKinds.Relation.TYPE_REFERRED_BY


def android_anniversary(lines: list[list[str]]) -> str:
    """The day of the first anniversary the X-ANDROID-CUSTOM lines give, as written; ""."""
    return _first_of(lines, "contact_event", _ANNIVERSARY)


def android_referrer(lines: list[list[str]]) -> str:
    """The name of the first relation «Referred by» the X-ANDROID-CUSTOM lines give; ""."""
    return _first_of(lines, "relation", _REFERRED_BY)


def _first_of(lines: list[list[str]], kind_wanted: str, type_wanted: str) -> str:
    for parts in lines:
        kind, *fields = [part.strip() for part in parts] or [""]
        fields += ["", ""]
        if kind.removeprefix(_KIND) == kind_wanted and fields[1] == type_wanted:
            return fields[0]
    return ""


def android_notes(
    lines: list[list[str]],
    date_of: Callable[[str], str],
    words: ContactWords,
    taken: str = "",
    referrer: str = "",
) -> list[str]:
    """The notes the X-ANDROID-CUSTOM lines give, each as the parts of its value, unescaped:
    «Прозвище: Аня», «Годовщина: 12.06.2010», «Супруг(а): Петров Олег» (in `words`). Other
    kinds are the phone's own bookkeeping, as are REV and UID. Events and relations are of
    Android's ContactsContract.CommonDataKinds: their TYPE a number, or 0 for a type the
    owner named, in the third field. The anniversary `taken` into a column of its own is
    left out, and so is the `referrer`'s relation."""
    notes = []
    for parts in lines:
        kind, *fields = [part.strip() for part in parts] or [""]
        fields += ["", "", ""]
        data, kind_of, own = fields[0], fields[1], fields[2]
        if not data:
            continue
        match kind.removeprefix(_KIND):
            case "nickname":
                notes.append(f"{words.noted['NICKNAME']}: {data}")
            case "contact_event" if data == taken and kind_of == _ANNIVERSARY:
                taken = ""  # the anniversary's column holds it (see vcard_file)
            case "contact_event":
                event = own or words.events.get(kind_of, words.labels["event"])
                notes.append(f"{event}: {date_of(data)}")
            case "relation" if data == referrer and kind_of == _REFERRED_BY:
                referrer = ""  # the referrer's column holds it (see vcard_file)
            case "relation":
                related = own or words.relations.get(kind_of, words.labels["related"])
                notes.append(f"{related}: {data}")
    return notes
