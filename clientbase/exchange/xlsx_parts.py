"""Finding one's way in an .xlsx package: where a sheet lies, what its relations point to,
and which cell a reference («B5») is. Shared by the readers of what calamine leaves out
(cell_comments, row_colors)."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from xml.etree import ElementTree

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOCUMENT_RELATIONS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REFERENCE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")
# What reading a damaged package raises, beyond BadZipFile: zipfile refuses a directory
# that names a later zip version or another compression (NotImplementedError) and an
# encrypted part (RuntimeError); a part cut short ends early (EOFError) or fails to inflate
# (zlib.error); a part may be missing (KeyError) or not XML (ParseError).
DAMAGED_PACKAGE: tuple[type[Exception], ...] = (
    OSError, KeyError, ValueError, EOFError, NotImplementedError, RuntimeError,
    zipfile.BadZipFile, zlib.error, ElementTree.ParseError,
)  # fmt: skip


def cell_position(reference: str) -> tuple[int, int] | None:
    """«B5» → (4, 1), counted from zero; a range's first cell; None for anything else."""
    match = _REFERENCE.match(reference.split(":")[0])
    if match is None:
        return None
    column = 0
    for letter in match[1]:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match[2]) - 1, column - 1


def relations(package: zipfile.ZipFile, part: str, kind: str) -> dict[str, str]:
    """A part's relations of one type: id → target as written."""
    return {
        relation.get("Id") or "": relation.get("Target") or ""
        for relation in _relations_of(package, part)
        if (relation.get("Type") or "").endswith(kind)
    }


def of_type(kind: str) -> Callable[[ElementTree.Element], bool]:
    return lambda relation: (relation.get("Type") or "").endswith(kind)


def sheet_part(package: zipfile.ZipFile, sheet: str) -> str | None:
    """Where the named sheet lies in the package: by the workbook's relations."""
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    relation = next(
        (
            found.get(f"{DOCUMENT_RELATIONS}id")
            for found in workbook.iter(f"{MAIN}sheet")
            if found.get("name") == sheet
        ),
        None,
    )
    if relation is None:
        return None
    return related_part(package, "xl/workbook.xml", lambda r: r.get("Id") == relation)


def related_part(
    package: zipfile.ZipFile, part: str, wanted: Callable[[ElementTree.Element], bool]
) -> str | None:
    """The part that `part`'s relations file points to by the first relation `wanted`."""
    folder = posixpath.dirname(part)
    for relation in _relations_of(package, part):
        if wanted(relation):
            target = relation.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(folder, target))
    return None


def _relations_of(package: zipfile.ZipFile, part: str) -> list[ElementTree.Element]:
    folder, name = posixpath.split(part)
    listed = posixpath.join(folder, "_rels", f"{name}.rels")
    if listed not in package.namelist():
        return []
    return list(ElementTree.fromstring(package.read(listed)).iter(f"{RELATIONS}Relationship"))
