"""The only place that names icon, font and translation files.

From source, resources/ sits beside the package; in a PyInstaller bundle it is
unpacked under sys._MEIPASS/resources.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


APP_ICON_SVG = "icons/relations.svg"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = "relations.desktop"
ACTION_ICONS_DIR = "icons/actions"
ACTION_ICON_NAMES = (
    "person-add",
    "conversation",
    "shared-value",
    "help",
    "print",
    "values",
    "search",
)
TRANSLATIONS_DIR = "translations"
FONTS_DIR = "fonts"


def resource(name: str) -> Path:
    return resources_dir() / name


@cache
def app_icon() -> QIcon:
    """The window and application icon: the PNG sizes, with the SVG as a fallback."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource(f"icons/relations-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    if icon.isNull() and resource(APP_ICON_SVG).exists():
        icon.addFile(str(resource(APP_ICON_SVG)))
    return icon


@cache
def action_icon(name: str) -> QIcon:
    """One of the action icons (SVG, drawn by Qt's SVG icon engine at any size)."""
    return QIcon(str(resource(f"{ACTION_ICONS_DIR}/{name}.svg")))


def load_fonts() -> list[str]:
    """Register the bundled fonts (used for printing); returns their families."""
    families: list[str] = []
    folder = resource(FONTS_DIR)
    if not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def load_translator(locale: QLocale) -> QTranslator | None:
    """The app's translation for ``locale``, or None when there is none."""
    translator = QTranslator()
    if translator.load(locale, "relations", "_", str(resource(TRANSLATIONS_DIR))):
        return translator
    return None
