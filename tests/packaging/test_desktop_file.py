"""The freedesktop entry and the app icon that resources.py names.

desktop-file-validate checks the entry (and the one install.sh writes) when the
bundle is built: packaging/build.sh, so `make test` needs no desktop-file-utils."""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QImageReader

from relations_app import APP_NAME
from relations_app import resources as res

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "resources" / "relations.desktop"
ACTION_ICONS = (
    "person-add", "conversation", "shared-value", "help", "print", "values", "search",
)  # fmt: skip


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_names_the_command_icon_and_window_class():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"] in scripts["gui-scripts"]
    assert entry["Icon"] == Path(res.APP_ICON_SVG).stem
    # Qt's xcb plugin sets the WM_CLASS class to the application name.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Name"] == APP_NAME


def test_every_icon_file_resources_names_exists():
    assert res.resource(res.APP_ICON_SVG).is_file()
    assert DESKTOP_FILE.is_file()
    assert res.missing_files() == []
    for size in res.APP_ICON_SIZES:
        png = res.resource(f"icons/relations-{size}.png")
        assert png.is_file(), png
        assert QImage(str(png)).size() == QSize(size, size), png


@pytest.mark.parametrize("name", ["svg", *[str(size) for size in res.APP_ICON_SIZES]])
def test_each_icon_file_renders_at_16_and_256(qapp, name):
    path = res.resource(res.APP_ICON_SVG if name == "svg" else f"icons/relations-{name}.png")
    icon = QIcon(str(path))
    assert not icon.isNull()
    for size in (16, 256):
        image = icon.pixmap(size, size).toImage()
        assert not image.isNull()
        assert _opaque_share(image) > 0.5, f"{path} at {size} px is mostly empty"


def test_the_app_icon_has_every_size(qapp):
    icon = res.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(res.APP_ICON_SIZES)
    for size in (16, 256):
        assert not icon.pixmap(size, size).isNull()


@pytest.mark.parametrize("name", ACTION_ICONS)
def test_action_icons_render_at_16_and_24(qapp, name):
    icon = QIcon(str(res.resource(f"icons/actions/{name}.svg")))
    assert not icon.isNull()
    for size in (16, 24):
        image = icon.pixmap(size, size).toImage()
        assert 0.05 < _opaque_share(image) < 0.8, f"{name} at {size} px"


def test_the_windows_and_macos_icons_hold_every_size(qapp):
    for path, sizes in (
        (ROOT / "packaging" / "relations.ico", {16, 24, 32, 48, 64, 128, 256}),
        (ROOT / "packaging" / "relations.icns", {16, 32, 64, 128, 256, 512, 1024}),
    ):
        reader = QImageReader(str(path))
        found = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            found.add(reader.read().width())
        assert found == sizes, path


def _opaque_share(image: QImage) -> float:
    """The share of pixels that are not fully transparent."""
    opaque = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )
    return opaque / (image.width() * image.height())
