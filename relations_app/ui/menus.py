"""The menu bar, built from the actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from relations_app.i18n import translate
from relations_app.ui.actions import TOOLBAR, ActionId

SEPARATOR = None
LOCK_AFTER = "lock_after"  # a submenu of choices, made by the window (ui/encryption_commands.py)
COLOURS = "colours"  # View ▸ Colours and View ▸ Language (ui/appearance.py)
LANGUAGE = "language"

MENUS: tuple[tuple[str, tuple[ActionId | str | None, ...]], ...] = (
    (
        "&File",
        (
            ActionId.IMPORT_CONTACTS,
            ActionId.EXPORT_VCARD,
            SEPARATOR,
            ActionId.IMPORT_JSON,
            ActionId.EXPORT_JSON,
            SEPARATOR,
            ActionId.PRINT_OVERVIEW,
            ActionId.EXPORT_OVERVIEW_PDF,
            SEPARATOR,
            ActionId.BACKUPS,
            SEPARATOR,
            ActionId.ENCRYPT,
            ActionId.CHANGE_PASSPHRASE,
            ActionId.REMOVE_ENCRYPTION,
            ActionId.LOCK,
            LOCK_AFTER,
            SEPARATOR,
            ActionId.QUIT,
        ),
    ),
    (
        "&Edit",
        (
            ActionId.UNDO,
            ActionId.REDO,
            SEPARATOR,
            ActionId.FIND,
            ActionId.SEARCH,
            SEPARATOR,
            ActionId.DELETE,
            SEPARATOR,
            ActionId.MY_VALUES,
            ActionId.MY_OFFERS,
        ),
    ),
    (
        "&View",
        (
            ActionId.SHOW_TODAY,
            ActionId.SHOW_PEOPLE,
            ActionId.SHOW_JOURNAL,
            SEPARATOR,
            ActionId.SHOW_ARCHIVED,
            SEPARATOR,
            COLOURS,
            LANGUAGE,
        ),
    ),
    (
        "&Person",
        (
            ActionId.NEW_PERSON,
            ActionId.EDIT_PERSON,
            SEPARATOR,
            ActionId.LOG_CONVERSATION,
            ActionId.RECORD_SHARED_VALUE,
            ActionId.RECORD_HELP,
            SEPARATOR,
            ActionId.PRINT_PERSON,
            SEPARATOR,
            ActionId.MERGE_PEOPLE,
            ActionId.FIND_DUPLICATES,
            SEPARATOR,
            ActionId.ARCHIVE_PERSON,
            ActionId.DELETE_PERSON,
        ),
    ),
    (
        "&Journal",
        (
            ActionId.LOG_CONVERSATION,
            ActionId.EDIT_CONVERSATION,
            ActionId.FOLLOW_UP_DONE,
            SEPARATOR,
            ActionId.DELETE_CONVERSATION,
        ),
    ),
    ("&Help", (ActionId.SHORTCUTS, SEPARATOR, ActionId.ABOUT)),
)


def build_menus(
    window: QMainWindow, actions: dict[ActionId, QAction], submenus: dict[str, QMenu] | None = None
) -> None:
    titles = {
        "&File": translate("Menus", "&File"),
        "&Edit": translate("Menus", "&Edit"),
        "&View": translate("Menus", "&View"),
        "&Person": translate("Menus", "&Person"),
        "&Journal": translate("Menus", "&Journal"),
        "&Help": translate("Menus", "&Help"),
    }
    bar = window.menuBar()
    for title, entries in MENUS:
        menu = bar.addMenu(titles[title])
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif isinstance(entry, str):
                if submenus and entry in submenus:
                    menu.addMenu(submenus[entry])
            else:
                menu.addAction(actions[entry])


def build_toolbar(window: QMainWindow, actions: dict[ActionId, QAction]) -> None:
    bar = window.addToolBar(translate("Menus", "Main"))
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry is None:
            bar.addSeparator()
        else:
            bar.addAction(actions[entry])
