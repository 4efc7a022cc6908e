"""Settings, declared once with their defaults, kept in settings.ini in the data folder.

Keeping them beside the journal (not in ~/.config) means one folder holds
everything of a journal, and a --data-dir used for testing touches nothing else.
Window geometry and splitter/header state live under ui/<ClassName>/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from relations_app.storage.files import make_private

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed setting with a default: ``show_archived = Setting("view/show_archived", False)``."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def __get__(self, settings: Settings | None, owner: type) -> Any:
        if settings is None:
            return self
        return settings.read(self.key, self.default)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.write(self.key, value)


class Settings:
    show_archived = Setting("view/show_archived", False)
    # the Today page: how many items a section shows before "show all"
    today_items = Setting("today/items_per_section", 5)
    last_folder = Setting("files/last_folder", "")
    # the overview's print choices (issue: print the relationship overview)
    print_who = Setting("print/who", "everyone")  # everyone | circle | selected
    print_circle = Setting("print/circle", "inner")
    print_period_days = Setting("print/period_days", 90)
    print_layout = Setting("print/layout", "per_person")  # per_person | compact
    print_include_notes = Setting("print/include_notes", False)
    # an encrypted journal locks after this many idle minutes; 0: never (services/idle_lock.py)
    lock_after_minutes = Setting("security/lock_after_minutes", 15)
    # "" follows the system; "en" or "fr" (i18n.LANGUAGES), applied at the next start
    language = Setting("view/language", "")
    # "" follows the desktop's light or dark scheme; "light" or "dark" (ui/appearance.py)
    color_scheme = Setting("view/color_scheme", "")

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if self.path.is_symlink():  # QSettings would write through it: settings start afresh
            self.path.unlink()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def read(self, key: str, default: T) -> T:
        value = self._qsettings.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)  # type: ignore[return-value]
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return default
        return value if value is not None else default

    def write(self, key: str, value: Any) -> None:
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()
        make_private(self.path)

    # -- window state, per class ---------------------------------------------
    def save_geometry(self, widget: QWidget) -> None:
        self.save_state(widget, "geometry", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget) -> bool:
        state = self.state(widget, "geometry")
        return bool(state) and widget.restoreGeometry(state)

    def save_state(self, widget: QWidget, name: str, state: QByteArray) -> None:
        self._qsettings.setValue(f"ui/{type(widget).__name__}/{name}", state)

    def state(self, widget: QWidget, name: str) -> QByteArray | None:
        value = self._qsettings.value(f"ui/{type(widget).__name__}/{name}")
        return value if isinstance(value, QByteArray) else None
