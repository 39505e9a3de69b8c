"""Draw the program's icon (驻 on a blue tile) as PNG sizes and a Windows .ico: ``make_icons.py``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter  # noqa: E402

HERE = Path(__file__).resolve().parent
FONT = HERE.parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (256, 128, 48, 32)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels: a rounded blue tile with a white 驻."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f5fa8"))
    margin = size * 0.04
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.drawRoundedRect(tile, size * 0.18, size * 0.18)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT)))[0]
    font = QFont(family)
    font.setPixelSize(int(size * 0.66))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, "驻")
    painter.end()
    return image


def main() -> int:
    """Write resident-desk-<size>.png for each size and resident-desk.ico (256 px)."""
    app = QGuiApplication(sys.argv)
    for size in SIZES:
        draw(size).save(str(HERE / f"resident-desk-{size}.png"))
    draw(256).save(str(HERE / "resident-desk.ico"), "ICO")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
