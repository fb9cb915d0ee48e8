"""The colours a shop marks its clients' rows with in Excel or LibreOffice («жёлтые — ждут
заказ», «красные — должники»): a meaning calamine does not read, which an import dropped
without a word. Read from the .xlsx package (each cell's style, its fill, the theme's
colours) or the .ods one (each cell's style and its background, a named style's too) and
named, «yellow», to become the client's tag in the importer's words (record_words: «выделен
жёлтым», «highlighted yellow»).

A row is marked with a colour when at least half of its cells with values are filled with
it. A colour on two rows of five or more is no mark but the sheet's look (a zebra, a whole
list filled): none is taken from it.
"""

from __future__ import annotations

import colorsys
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

from clientbase.exchange.ods_cells import OFFICE, TABLE, table_cells
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, MAIN, cell_position, sheet_part

_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# A cell with its style: «<c r="B5" s="3" t="s">»; attributes in any order after r.
_STYLED_CELL = re.compile(rb'<c r="([A-Z]{1,3}\d+)"[^>]*?\ss="(\d+)"')
_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")
SHARE_OF_LOOK = 0.4  # a colour on this share of the rows or more is the sheet's look
# Excel's legacy palette of indexed colours, as far as a fill uses it (64 is «automatic»).
_INDEXED = (
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 "
    "0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 "
    "9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF "
    "800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 "
    "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 "
    "993300 993366 333399 333333"
).split()
# The theme's colours as a fill's «theme» index counts them: light 1 and dark 1 swapped.
_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
                "accent5", "accent6", "hlink", "folHlink")  # fmt: skip
# Hue in degrees up to which a colour has each name.
_HUES = (
    (15, "red"), (50, "orange"), (70, "yellow"), (165, "green"), (200, "light blue"),
    (250, "blue"), (290, "purple"), (345, "pink"), (360, "red"),
)  # fmt: skip

RGB = tuple[float, float, float]


def xlsx_row_colors(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> dict[int, str]:
    """Row index (from zero, as `rows`) → the colour its cells are filled with, «yellow».
    Empty for a file with no filled cells, or one whose package cannot be read so: the
    import goes on with the values. The sheet's own part is looked through only where its
    styles fill anything."""
    try:
        with zipfile.ZipFile(path) as package:
            styles = _fill_colors(package)
            if not styles:
                return {}
            part = sheet_part(package, sheet)
            if part is None:
                return {}
            marked = styled_cells(package.read(part), styles)
    except DAMAGED_PACKAGE:
        return {}
    return row_marks(marked, rows)


def _fill_colors(package: zipfile.ZipFile) -> dict[int, str]:
    """Style index → the name of the colour it fills a cell with, for the styles that do."""
    root = ElementTree.fromstring(package.read("xl/styles.xml"))
    theme = _theme(package)
    fills: list[str | None] = []
    fill_list = root.find(f"{MAIN}fills")
    for fill in fill_list if fill_list is not None else []:
        pattern = fill.find(f"{MAIN}patternFill")
        color = pattern.find(f"{MAIN}fgColor") if pattern is not None else None
        solid = pattern is not None and pattern.get("patternType") == "solid"
        rgb = _rgb(color, theme) if solid and color is not None else None
        fills.append(color_name(rgb) if rgb is not None else None)
    named: dict[int, str] = {}
    formats = root.find(f"{MAIN}cellXfs")
    for index, xf in enumerate(formats if formats is not None else []):
        fill_id = xf.get("fillId") or ""
        if fill_id.isdigit() and int(fill_id) < len(fills) and (name := fills[int(fill_id)]):
            named[index] = name
    return named


def _theme(package: zipfile.ZipFile) -> list[RGB]:
    """The workbook theme's colours, in the order a fill's «theme» index counts them."""
    if "xl/theme/theme1.xml" not in package.namelist():
        return []
    root = ElementTree.fromstring(package.read("xl/theme/theme1.xml"))
    scheme = next(root.iter(f"{_DRAWING}clrScheme"), None)
    if scheme is None:
        return []
    colors: dict[str, RGB] = {}
    for entry in scheme:
        name = entry.tag.removeprefix(_DRAWING)
        value = next(iter(entry), None)
        # A system colour («windowText») says its value in lastClr.
        written = None if value is None else value.get("lastClr") or value.get("val")
        if written and _HEX.match(written):
            colors[name] = _hex(written)
    return [colors[name] for name in _THEME_ORDER if name in colors]


def _rgb(color: ElementTree.Element, theme: list[RGB]) -> RGB | None:
    if (written := color.get("rgb")) and _HEX.match(written[-6:]):
        rgb = _hex(written[-6:])
    elif (indexed := color.get("indexed") or "").isdigit() and int(indexed) < len(_INDEXED):
        rgb = _hex(_INDEXED[int(indexed)])
    elif (number := color.get("theme") or "").isdigit() and int(number) < len(theme):
        rgb = theme[int(number)]
    else:
        return None
    return _tinted(rgb, float(color.get("tint") or 0))


def _hex(written: str) -> RGB:
    return (int(written[0:2], 16) / 255, int(written[2:4], 16) / 255, int(written[4:6], 16) / 255)


def _tinted(rgb: RGB, tint: float) -> RGB:
    """A theme colour lightened (tint > 0) or darkened (< 0), as Excel computes it."""
    if not tint:
        return rgb
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    lightness = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + tint
    return colorsys.hls_to_rgb(hue, min(max(lightness, 0.0), 1.0), saturation)


def color_name(rgb: RGB) -> str | None:
    """«yellow», «grey»; None for white and near-white, which mark nothing."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    if lightness > 0.95:
        return None
    if lightness < 0.12:
        return "black"
    if saturation < 0.15:
        return "grey"
    degrees = hue * 360
    return next(name for limit, name in _HUES if degrees < limit)


def styled_cells(sheet: bytes, styles: dict[int, str]) -> dict[int, dict[int, str]]:
    """Row → column → the mark of each cell whose style has one (`styles`: style index →
    mark, a colour's name), found by a scan of the sheet's bytes (a parse of 100,000 rows
    would take seconds)."""
    found: dict[int, dict[int, str]] = {}
    for reference, style in _STYLED_CELL.findall(sheet):
        name = styles.get(int(style))
        if name is not None and (place := cell_position(reference.decode())) is not None:
            found.setdefault(place[0], {})[place[1]] = name
    return found


def row_marks(
    marked: dict[int, dict[int, str]],
    rows: Sequence[Sequence[object]],
    share_of_look: float = SHARE_OF_LOOK,
) -> dict[int, str]:
    """Row → its colour, of the rows whose cells with values are half or more filled with
    one (`marked`: row → column → colour), less the colours that are the sheet's look: on
    `share_of_look` of the rows or more."""
    colored: dict[int, str] = {}
    for row, cells in marked.items():
        values = rows[row] if row < len(rows) else []
        filled = [cells[c] for c, value in enumerate(values) if value is not None and c in cells]
        held = sum(value is not None for value in values)
        if filled:
            name, count = Counter(filled).most_common(1)[0]
            if held and count * 2 >= held:
                colored[row] = name
    listed = sum(1 for values in rows if any(value is not None for value in values))
    shares = Counter(colored.values())
    look = {name for name, count in shares.items() if listed and count >= share_of_look * listed}
    return {row: name for row, name in colored.items() if name not in look}


STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"


def ods_row_colors(path: Path, sheet: str, rows: Sequence[Sequence[object]]) -> dict[int, str]:
    """As xlsx_row_colors, for an .ods. Its cells are looked through only where one of its
    own styles gives a background colour."""
    try:
        with zipfile.ZipFile(path) as package:
            content = package.read("content.xml")
            # «transparent» is no colour: a colour is written as «#ffff00».
            if b'background-color="#' not in content:
                return {}
            named: dict[str, str] = {}
            if "styles.xml" in package.namelist():
                root = ElementTree.fromstring(package.read("styles.xml"))
                named = _ods_backgrounds(root.iter(f"{STYLE}style"))
            marked = ods_styled_cells(content, sheet, named, _ods_backgrounds)
    except DAMAGED_PACKAGE:
        return {}
    return row_marks(marked, rows)


def _ods_backgrounds(
    styles: Iterable[ElementTree.Element], named: dict[str, str] | None = None
) -> dict[str, str]:
    """Cell style name → the colour of its background; a style without one of its own takes
    its parent's (LibreOffice's «Bad», «Accent 3», among the `named` ones)."""
    return inherited_marks(styles, named, _background)


def _background(style: ElementTree.Element) -> str | None:
    properties = style.find(f"{STYLE}table-cell-properties")
    written = properties.get(f"{_FO}background-color") if properties is not None else None
    return _ods_color(written) if written else None


def inherited_marks(
    styles: Iterable[ElementTree.Element],
    named: dict[str, str] | None,
    mark_of: Callable[[ElementTree.Element], str | None],
) -> dict[str, str]:
    """Style name → its mark (`mark_of` it), or else its parent's, among these styles or
    the `named` ones."""
    own: dict[str, str | None] = {}
    parents: dict[str, str] = {}
    for style in styles:
        name = style.get(f"{STYLE}name") or ""
        own[name] = mark_of(style)
        if parent := style.get(f"{STYLE}parent-style-name"):
            parents[name] = parent
    found = dict(named or {})
    for name, color in own.items():
        parent = parents.get(name, "")
        if chosen := color or own.get(parent) or found.get(parent):
            found[name] = chosen
    return found


def _ods_color(written: str) -> str | None:
    return (
        color_name(_hex(written[1:]))
        if written.startswith("#") and _HEX.match(written[1:])
        else None
    )


StyleMarks = Callable[[Iterable[ElementTree.Element], dict[str, str]], dict[str, str]]


def ods_styled_cells(
    content: bytes, sheet: str, named: dict[str, str], marks_of: StyleMarks
) -> dict[int, dict[int, str]]:
    """Row → column → the mark of each cell whose style has one: `marks_of` tells the
    marks of the document's own styles (a background's colour), given those of the named
    styles (`named`). The document's own styles come before its body, and are read as
    they pass."""
    events = iterparse(io.BytesIO(content), events=("start", "end"))
    automatic: list[ElementTree.Element] = []
    for event, element in events:
        if element.tag == f"{STYLE}style" and event == "end":
            automatic.append(element)
        elif element.tag == f"{OFFICE}body":
            break
    styles = marks_of(automatic, named)
    found: dict[int, dict[int, str]] = {}
    for row, column, repeated, element in table_cells(events, sheet):
        if (name := styles.get(element.get(f"{TABLE}style-name") or "")) and repeated < 1000:
            for offset in range(repeated):
                found.setdefault(row, {})[column + offset] = name
    return found
