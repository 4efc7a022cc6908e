"""View ▸ Colours and View ▸ Language: what the window looks like and speaks.

Colours follow the desktop's light or dark scheme (Qt's style hints, live) unless
the user picks one. Qt asks the desktop to switch where it can (Windows, macOS,
GNOME, KDE); where it cannot (a bare X11 session, the offscreen platform) the
palette itself is set: Fusion's light palette, or the dark one below. Every
colour of our own comes from that palette or from colours.Tone, so nothing needs
redrawing by hand beyond the HTML panes, which listen for the palette change.

The language is read at start (i18n.load): a choice here applies at the next
start, and the menu says so. Retranslating every open window live would need
every widget to rebuild its texts, for a choice made once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from relations_app import colours
from relations_app.i18n import LANGUAGES
from relations_app.settings import Settings
from relations_app.ui.message_box import information

SCHEMES = ("", "light", "dark")  # "" follows the desktop

_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292d",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9ea6",
    QPalette.ColorRole.Button: "#35373c",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#35373c",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Light: "#4a4d53",
    QPalette.ColorRole.Midlight: "#3f4247",
    QPalette.ColorRole.Mid: "#2f3135",
    QPalette.ColorRole.Dark: "#1a1b1e",
    QPalette.ColorRole.Shadow: "#000000",
}
_DISABLED_TEXT = "#7d8088"


def dark_palette() -> QPalette:
    """Relations' own dark palette, for a desktop that cannot switch Qt to dark."""
    palette = QPalette()
    for role, value in _DARK.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def apply_scheme(choice: str) -> None:
    """Light, dark, or ("") the desktop's own scheme, for the whole application."""
    app = QApplication.instance()
    if app is None:
        return
    hints = QGuiApplication.styleHints()
    if choice == "":
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    wanted = Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
    hints.setColorScheme(wanted)
    if colours.is_dark(app.palette()) != (choice == "dark"):  # the desktop did not follow
        app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())


class AppearanceMenus(QObject):
    """The two View submenus, kept in the settings."""

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window

    def colours_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Colours"), self.window)
        labels = {
            "": self.tr("Follow the &system"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        self._choices(menu, labels, self.settings.color_scheme, self._set_scheme)
        return menu

    def language_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Language"), self.window)
        labels = {"": self.tr("Follow the &system"), "en": "&English", "fr": "&Français"}
        assert set(labels) - {""} == set(LANGUAGES)
        self._choices(menu, labels, self.settings.language, self._set_language)
        return menu

    def _choices(self, menu: QMenu, labels: dict[str, str], current: str, chosen) -> None:
        group = QActionGroup(menu)
        for value, label in labels.items():
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: chosen(v))
            group.addAction(action)

    def _set_scheme(self, choice: str) -> None:
        self.settings.color_scheme = choice
        self.settings.sync()
        apply_scheme(choice)

    def _set_language(self, language: str) -> None:
        self.settings.language = language
        self.settings.sync()
        information(
            self.window,
            self.tr("Language"),
            self.tr("Relations will use this language the next time it starts."),
        )
