"""The notes a shop's sheet keeps on its cells (Excel's red corner, «Примечание»;
LibreOffice's comments: «звонить после 18:00») and the links behind an .xlsx's cell texts
(«страница» linking to vk.com/id123), which calamine does not read: an import dropped them
without a word. Read from the .xlsx or .ods package itself, as positions in the sheet
counted from zero, A1 being (0, 0).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

from clientbase.exchange.ods_cells import OFFICE, table_cells
from clientbase.exchange.xlsx_parts import (
    DAMAGED_PACKAGE,
    DOCUMENT_RELATIONS,
    MAIN,
    cell_position,
    of_type,
    related_part,
    relations,
    sheet_part,
)

_COMMENTS_TYPE = "/comments"
_THREADS_TYPE = "/threadedComment"
_LINK_TYPE = "/hyperlink"
_THREADS = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
MAX_COMMENTS = 100_000  # more than any shop writes; a crafted file is not read further


def xlsx_comments(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """The comments on the named sheet's cells: (row, column) → text. Empty for a file
    without any, or one whose package does not say where they are: the import goes on
    with the values. Excel 365's threaded comments (a conversation, with replies) are read
    from their own part; the notes part holds only a stand-in text for them."""
    try:
        with zipfile.ZipFile(path) as package:
            part = sheet_part(package, sheet)
            if part is None:
                return {}
            found: dict[tuple[int, int], str] = {}
            notes = related_part(package, part, of_type(_COMMENTS_TYPE))
            if notes is not None:
                found |= _read_comments(ElementTree.fromstring(package.read(notes)))
            threads = related_part(package, part, of_type(_THREADS_TYPE))
            if threads is not None:
                found |= _read_threads(ElementTree.fromstring(package.read(threads)))
            return found
    except DAMAGED_PACKAGE:
        return {}


def xlsx_links(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """The web, mail and phone links of the named sheet's cells: (row, column) → target.
    The sheet's own part is read through only where its relations name a link."""
    try:
        with zipfile.ZipFile(path) as package:
            part = sheet_part(package, sheet)
            if part is None:
                return {}
            targets = relations(package, part, _LINK_TYPE)
            if not targets:
                return {}
            found: dict[tuple[int, int], str] = {}
            with package.open(part) as content:
                for _, element in iterparse(content):
                    if element.tag == f"{MAIN}hyperlink":
                        place = cell_position(element.get("ref") or "")
                        target = targets.get(element.get(f"{DOCUMENT_RELATIONS}id") or "")
                        if place is not None and target and len(found) < MAX_COMMENTS:
                            found[place] = target
                    element.clear()
            return found
    except DAMAGED_PACKAGE:
        return {}


def _read_comments(root: ElementTree.Element) -> dict[tuple[int, int], str]:
    authors = [(author.text or "").strip() for author in root.iter(f"{MAIN}author")]
    found: dict[tuple[int, int], str] = {}
    for comment in root.iter(f"{MAIN}comment"):
        if len(found) >= MAX_COMMENTS:
            break
        place = cell_position(comment.get("ref") or "")
        if place is None:
            continue
        text = "".join(piece.text or "" for piece in comment.iter(f"{MAIN}t"))
        author_id = comment.get("authorId") or ""
        number = int(author_id) if author_id.isdigit() else len(authors)
        author = authors[number] if number < len(authors) else ""
        text = without_author(text, author).strip()
        if text:
            found[place] = text
    return found


def _read_threads(root: ElementTree.Element) -> dict[tuple[int, int], str]:
    """Each thread's comment and its replies, one line each, by the cell they are on."""
    lines: dict[tuple[int, int], list[str]] = {}
    for comment in root.iter(f"{_THREADS}threadedComment"):
        place = cell_position(comment.get("ref") or "")
        text = (comment.findtext(f"{_THREADS}text") or "").strip()
        if place is not None and text and len(lines) < MAX_COMMENTS:
            lines.setdefault(place, []).append(text)
    return {place: "\n".join(texts) for place, texts in lines.items()}


def without_author(text: str, author: str) -> str:
    """Excel begins a note with its author's name in bold, «Ольга Петровна:», and a line
    break: who wrote it is no part of what it says about the client."""
    if author and text.startswith(f"{author}:"):
        return text[len(author) + 1 :]
    return text


_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def ods_comments(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """As xlsx_comments, for an .ods: the annotations in the named sheet's cells. A file
    without any is not read through (a search for the word is all it costs)."""
    try:
        with zipfile.ZipFile(path) as package:
            content = package.read("content.xml")
            if b"office:annotation" not in content:
                return {}
            return _ods_annotations(content, sheet)
    except DAMAGED_PACKAGE:
        return {}


def _ods_annotations(content: bytes, sheet: str) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    events = iterparse(io.BytesIO(content), events=("start", "end"))
    for row, column, _, element in table_cells(events, sheet):
        annotation = element.find(f"{OFFICE}annotation")
        if annotation is not None and len(found) < MAX_COMMENTS:
            lines = ["".join(p.itertext()) for p in annotation.iter(f"{_TEXT}p")]
            if text := "\n".join(lines).strip():
                found[(row, column)] = text
    return found


def is_hidden_link(rows: Sequence[Sequence[object]], place: tuple[int, int], target: str) -> bool:
    """Whether a link is one its cell's text does not show («страница» → vk.com/id123); not
    where the text is the link (an address written out, or mailto: its address)."""
    row, column = place
    cells = rows[row] if 0 <= row < len(rows) else []
    text = str(cells[column]) if 0 <= column < len(cells) and cells[column] is not None else ""
    shown = target.removeprefix("mailto:").removeprefix("tel:").split("?")[0]
    return shown.casefold().rstrip("/") not in text.casefold()
