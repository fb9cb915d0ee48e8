"""CSV as Russian offices produce it: UTF-8 (with or without BOM), cp1251 or cp866 (KOI8-R
from an old Unix program, Mac Cyrillic from Excel for Mac), and
`;` as often as `,` or tab (or «|», from old accounting programs) between fields; and as an
English or European Excel saves it, in Windows-1252 («José», «Müller»)."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from clientbase.errors import ImportFileError

DELIMITERS = ";,\t|"
# The code pages a CSV without UTF-8 comes in: Russian Windows and DOS, Western Windows,
# Russian Unix and Mac; on a tie, the first.
_CODE_PAGES = ("cp1251", "cp866", "cp1252", "koi8_r", "mac_cyrillic")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ALPHABET = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ"
)


def decode(raw: bytes) -> str:
    """Pick the encoding under which the text reads most like text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows tools save «Unicode» as UTF-16 with its mark: vCards from Windows Contacts.
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Each code page reads a byte as one letter: its start tells, and only the one chosen
    # decodes the whole file.
    sample = raw[:64_000]
    _, _, encoding = max(
        (_plausible_letters(sample.decode(encoding, errors="replace")), -rank, encoding)
        for rank, encoding in enumerate(_CODE_PAGES)
    )
    return raw.decode(encoding, errors="replace")


def _plausible_letters(text: str) -> int:
    """How much of a text's non-ASCII words read as words: of the Russian (Ukrainian,
    Belarusian) alphabet alone («Иванов»), or Latin letters with an accent among them
    («José»). A wrong code page makes words of both scripts («Josй»: Windows-1252 read as
    1251), of Cyrillic letters no such word has («ЋҐа»: cp866 read as 1251), of Russian
    letters in a case no word has («рАНПМЮ»: KOI8-R read as 1251, where the two swap upper
    and lower case), or of accented letters alone («Èâàíîâ»: 1251 read as 1252); they
    count against it."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue  # the same in every code page
        if _CYRILLIC.search(word):
            readable = _ALPHABET.issuperset(word) and _written_case(word)
            score += len(word) if readable else -len(word)
        elif len(word) < 3 or any(ch.isascii() for ch in word):
            score += len(word)
        else:
            score -= len(word)
    return score


def _written_case(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def detect_delimiter(text: str) -> str:
    sample = text[:64_000]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        lines = [line for line in sample.splitlines()[:20] if line.strip()]
        counts = {d: sum(line.count(d) for line in lines) for d in DELIMITERS}
        return max(counts, key=lambda d: counts[d])
    # The Sniffer takes «,» over «;» wherever both split every line alike: a «;» file whose
    # header says «Вес, кг» over decimals «0,5» was read in two columns cut at the commas.
    # Of delimiters as regular as its choice, the one giving the most columns is the file's;
    # on a tie not the comma, which Russian numbers and any text hold.
    cut = len(sample) < len(text)
    regularity = {d: _regularity(sample, d, cut) for d in DELIMITERS}
    share = regularity[sniffed][0]
    return max(
        (d for d in _ON_A_TIE if regularity[d][0] >= share),
        key=lambda d: (regularity[d][1], -_ON_A_TIE.index(d)),
    )


_ON_A_TIE = ";\t|,"


def _regularity(sample: str, delimiter: str, cut: bool) -> tuple[float, int]:
    """How many of the sample's records split by `delimiter` into their most common number
    of fields (a share), and that number. A `cut` sample's last record may be a part."""
    try:
        records = [
            record
            for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            if any(cell.strip() for cell in record)
        ]
    except csv.Error:
        return 0.0, 0
    if cut:
        records = records[:-1]
    widths = Counter(len(record) for record in records[:200])
    if not widths:
        return 0.0, 0
    width, count = widths.most_common(1)[0]
    return count / sum(widths.values()), width


def read_csv(path: Path) -> Iterator[list[str | None]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError("cannot_read", path.name) from error
    text = _utf16(raw) if b"\x00" in raw[:4096] else None
    if text is None:
        # A few zero bytes in a text (a broken export's padding) are dropped; the whole file
        # read as UTF-16 was refused for having no column names.
        text = decode(raw.replace(b"\x00", b""))
        sample = text[:4096]
        if b"\x00" in raw[:4096] and sum(
            1 for ch in sample if ch.isprintable() or ch in "\r\n\t"
        ) < 0.95 * len(sample):
            raise ImportFileError("cannot_read", path.name)  # no text: a binary file
    # A .tsv is tab-separated by its name: its cells may hold more commas than it has tabs
    # (addresses), and pasted rows come in one (services.pasted_table).
    delimiter = "\t" if path.suffix.lower() == ".tsv" else detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield [_cell(cell) for cell in row]
    except csv.Error as error:
        raise ImportFileError("cannot_read", path.name) from error


def _utf16(raw: bytes) -> str | None:
    """The text of Excel's «Unicode text» (UTF-16, zero bytes beside every Latin letter,
    digit and sign), or None where the bytes do not read as UTF-16 text."""
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    readable = sum(1 for ch in sample if ch < "\u0530" or ch in "\u2013\u2014\u00ab\u00bb\u2116")
    return text if readable >= 0.9 * len(sample) else None


def _cell(text: str) -> str | None:
    if not text:
        return None
    # Excel writes line breaks inside a cell as CR LF; the base keeps plain LF.
    text = text.replace("\r\n", "\n")
    # An apostrophe before = + - @ is how exports keep text from being run as a formula;
    # before digits, how Shopify keeps a long id from becoming 7.04421E+12 in Excel.
    if len(text) > 1 and text[0] == "'" and (text[1] in "=+-@" or text[1].isdigit()):
        return text[1:]
    return text
