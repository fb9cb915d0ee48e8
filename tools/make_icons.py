"""Render resources/icons/clientbase.svg into the bitmaps installers need.

Usage: python tools/make_icons.py   (needs Pillow for the multi-size Windows .ico)
Writes clientbase.png (256 px, for Linux menus and PyInstaller) and clientbase.ico
(16–256 px, for the Windows program, its shortcuts and the installer).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "clientbase.svg")).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def main() -> int:
    QGuiApplication(sys.argv[:1])
    largest = render(256)
    largest.save(ICONS / "clientbase.png")
    # Each size drawn from the SVG itself: sharper than Pillow scaling the 256 px picture.
    images = [render(size) for size in SIZES]
    images[-1].save(ICONS / "clientbase.ico", sizes=[(s, s) for s in SIZES], append_images=images)
    return 0


if __name__ == "__main__":
    sys.exit(main())
