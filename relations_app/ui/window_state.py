"""Window geometry, splitters and table headers, kept between sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relations_app.settings import Settings

if TYPE_CHECKING:  # Qt makes a class on first use: the window opens on Today, without them
    from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget


def restore_window(
    window: QWidget,
    settings: Settings,
    splitters: dict[str, QSplitter],
    headers: dict[str, QHeaderView],
) -> None:
    if not settings.restore_geometry(window):
        fit_to_screen(window, 1280, 800)
    restore_parts(window, settings, splitters, headers)


def restore_parts(
    window: QWidget,
    settings: Settings,
    splitters: dict[str, QSplitter],
    headers: dict[str, QHeaderView],
) -> None:
    """The splitters and headers as saved (those of a page made later too)."""
    for name, widget in (*splitters.items(), *headers.items()):
        state = settings.state(window, name)
        if state:
            widget.restoreState(state)


def save_window(
    window: QWidget,
    settings: Settings,
    splitters: dict[str, QSplitter],
    headers: dict[str, QHeaderView],
) -> None:
    settings.save_geometry(window)
    for name, widget in (*splitters.items(), *headers.items()):
        settings.save_state(window, name, widget.saveState())
    settings.sync()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """A first window that fits a small laptop screen too."""
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is not None:
        width = min(width, int(screen.width() * 0.95))
        height = min(height, int(screen.height() * 0.9))
    window.resize(width, height)
