"""Render the app icon from its SVG master: the PNG sizes, packaging/relations.ico and .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Every size is drawn from the SVG by QSvgRenderer rather than scaled down from a big
bitmap, so the small sizes keep the master's pixel-aligned edges. Qt's own ico and icns
writers store one image per file, so the two containers are packed here from the same
per-size PNGs (both formats accept PNG entries: Windows Vista and later, macOS 10.7 and
later). Run it after editing the SVG and commit what it writes.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "relations_app" / "assets" / "icons"
PACKAGING = ROOT / "packaging"  # ico and icns are only read by the build, not shipped
MASTER = ICONS / "relations.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by pixel size; the @2x types repeat a size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("could not encode a PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs; a width or height of 0 means 256."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        print(f"render_icons: cannot read {MASTER}", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"relations-{size}.png").write_bytes(pngs[size])
    (PACKAGING / "relations.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (PACKAGING / "relations.icns").write_bytes(icns(pngs))
    print(f"render_icons: {len(PNG_SIZES)} PNGs in {ICONS}; relations.ico, .icns in {PACKAGING}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
