"""Render an SVG to a multi-size Windows .ico: ``python make_icon.py IN.svg OUT.ico``."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

app = QGuiApplication([])
renderer = QSvgRenderer(sys.argv[1])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
renderer.render(painter)
painter.end()
if not image.save(sys.argv[2], "ICO"):
    sys.exit(f"could not write {sys.argv[2]}")
