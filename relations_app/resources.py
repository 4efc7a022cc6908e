"""The only place that names icon, font and translation files.

They live inside the package, in relations_app/assets/, and are found through
importlib.resources: the same way from a checkout, an editable install, a wheel
or an sdist, and from the PyInstaller bundle (which collects the folder as
relations_app/assets). The top-level resources/ folder holds what the app does
not load at run time: the .desktop file and the translation catalogues (.ts)
that `make translations` compiles into assets/translations/.
"""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon

from relations_app.i18n import translate

APP_ICON_SVG = "icons/relations.svg"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
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
# the languages with a catalogue (English is the source language: it needs none)
TRANSLATED = ("fr",)
FONTS_DIR = "fonts"
# the fonts the printed overview is set in (printing/markup.py names the family)
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)


def assets_dir() -> Path:
    """relations_app/assets as a real folder (Qt needs file paths, not streams)."""
    return Path(str(importlib_resources.files("relations_app").joinpath("assets")))


def resource(name: str) -> Path:
    return assets_dir() / name


def required_files() -> list[str]:
    """Every file the app needs at run time, relative to the assets folder."""
    return [
        APP_ICON_SVG,
        *(f"icons/relations-{size}.png" for size in APP_ICON_SIZES),
        *(f"{ACTION_ICONS_DIR}/{name}.svg" for name in ACTION_ICON_NAMES),
        *(f"{FONTS_DIR}/{name}" for name in FONT_FILES),
        *(f"{TRANSLATIONS_DIR}/relations_{language}.qm" for language in TRANSLATED),
    ]


def missing_files() -> list[str]:
    """The required files that are not there: an incomplete installation."""
    return [name for name in required_files() if not resource(name).is_file()]


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


def unusable_icons() -> list[str]:
    """Icons that do not draw (a file missing, or Qt's SVG plugin absent)."""
    names = [] if not app_icon().pixmap(QSize(32, 32)).isNull() else ["relations"]
    for name in ACTION_ICON_NAMES:
        if action_icon(name).pixmap(QSize(24, 24)).isNull():
            names.append(name)
    return names


_font_families: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts (used for printing) once; returns their families.

    Needs a QGuiApplication: before one exists nothing is registered, and a
    later call tries again.
    """
    if not _font_families:
        found: set[str] = set()
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource(f"{FONTS_DIR}/{name}")))
            if font_id >= 0:
                found.update(QFontDatabase.applicationFontFamilies(font_id))
        _font_families.extend(sorted(found))
    return list(_font_families)


def load_translator(locale: QLocale) -> QTranslator | None:
    """The app's translation for ``locale``, or None when there is none."""
    translator = QTranslator()
    if translator.load(locale, "relations", "_", str(resource(TRANSLATIONS_DIR))):
        return translator
    return None


def installation_problem() -> str | None:
    """What is missing from this installation, in one line, or None.

    Needs a QGuiApplication (icons and fonts are tried for real, not only found).
    """
    missing = missing_files()
    if not missing:
        missing = [f"{name} icon" for name in unusable_icons()]
        if "DejaVu Sans" not in load_fonts():
            missing.append(f"{FONTS_DIR}/{FONT_FILES[0]}")
    if not missing:
        return None
    return translate(
        "Instance", "The installation is incomplete: {0} missing from {1}. Reinstall Relations."
    ).format(", ".join(missing), assets_dir())
