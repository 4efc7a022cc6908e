"""Every main-window action, created in one place. Labels that open a dialog end in "…"."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from relations_app.i18n import translate
from relations_app.resources import action_icon
from relations_app.ui import shortcuts


class ActionId(Enum):
    IMPORT_JSON = auto()
    EXPORT_JSON = auto()
    PRINT_OVERVIEW = auto()
    EXPORT_OVERVIEW_PDF = auto()
    BACKUPS = auto()
    QUIT = auto()
    FIND = auto()
    DELETE = auto()
    MY_VALUES = auto()
    SHOW_PEOPLE = auto()
    SHOW_JOURNAL = auto()
    SHOW_ARCHIVED = auto()
    NEW_PERSON = auto()
    EDIT_PERSON = auto()
    LOG_CONVERSATION = auto()
    RECORD_SHARED_VALUE = auto()
    RECORD_HELP = auto()
    PRINT_PERSON = auto()
    ARCHIVE_PERSON = auto()
    DELETE_PERSON = auto()
    EDIT_CONVERSATION = auto()
    FOLLOW_UP_DONE = auto()
    DELETE_CONVERSATION = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


def _spec() -> dict[ActionId, tuple[str, object, str]]:
    """id -> (label, shortcut or None, status tip)"""
    t = lambda text: translate("Actions", text)  # noqa: E731
    return {
        ActionId.IMPORT_JSON: (
            t("&Import from JSON…"),
            shortcuts.IMPORT,
            t("Add the contents of a Relations export to this journal"),
        ),
        ActionId.EXPORT_JSON: (
            t("&Export to JSON…"),
            shortcuts.EXPORT,
            t("Write the whole journal to a JSON file"),
        ),
        ActionId.PRINT_OVERVIEW: (
            t("&Print overview…"),
            shortcuts.PRINT,
            t("Print your relationship overview, or save it as PDF"),
        ),
        ActionId.EXPORT_OVERVIEW_PDF: (
            t("Export overview as P&DF…"),
            None,
            t("Write the relationship overview to a PDF file"),
        ),
        ActionId.BACKUPS: (t("&Backups…"), None, t("See, make and restore backups of the journal")),
        ActionId.QUIT: (t("&Quit"), shortcuts.QUIT, t("Close Relations")),
        ActionId.FIND: (t("&Find"), shortcuts.FIND, t("Filter the list you are looking at")),
        ActionId.DELETE: (
            t("&Delete…"),
            shortcuts.DELETE,
            t("Delete the selected person or conversation"),
        ),
        ActionId.MY_VALUES: (t("My &values…"), shortcuts.MY_VALUES, t("The values you live by")),
        ActionId.SHOW_PEOPLE: (
            t("&People"),
            shortcuts.SHOW_PEOPLE,
            t("The people who matter to you"),
        ),
        ActionId.SHOW_JOURNAL: (
            t("&Journal"),
            shortcuts.SHOW_JOURNAL,
            t("Every conversation, newest first"),
        ),
        ActionId.SHOW_ARCHIVED: (t("Show &archived people"), None, t("Show people you archived")),
        ActionId.NEW_PERSON: (
            t("&New person…"),
            shortcuts.NEW_PERSON,
            t("Add someone who matters to you"),
        ),
        ActionId.EDIT_PERSON: (
            t("&Edit person…"),
            shortcuts.EDIT_PERSON,
            t("Edit the selected person"),
        ),
        ActionId.LOG_CONVERSATION: (
            t("&Log conversation…"),
            shortcuts.LOG_CONVERSATION,
            t("Write down a conversation you had"),
        ),
        ActionId.RECORD_SHARED_VALUE: (
            t("Record shared &value…"),
            shortcuts.RECORD_SHARED_VALUE,
            t("Note a value the selected person shares with you"),
        ),
        ActionId.RECORD_HELP: (
            t("Record &help…"),
            shortcuts.RECORD_HELP,
            t("Note help you gave or received"),
        ),
        ActionId.PRINT_PERSON: (
            t("Print this &person…"),
            None,
            t("Print the selected person's page"),
        ),
        ActionId.ARCHIVE_PERSON: (
            t("&Archive person"),
            None,
            t("Keep the person, but out of the people list"),
        ),
        ActionId.DELETE_PERSON: (t("&Delete person…"), None, t("Delete the selected person")),
        ActionId.EDIT_CONVERSATION: (
            t("&Edit conversation…"),
            None,
            t("Edit the selected conversation"),
        ),
        ActionId.FOLLOW_UP_DONE: (
            t("&Follow-up done"),
            None,
            t("Mark the selected conversation's follow-up as done"),
        ),
        ActionId.DELETE_CONVERSATION: (
            t("&Delete conversation…"),
            None,
            t("Delete the selected conversation"),
        ),
        ActionId.SHORTCUTS: (
            t("&Keyboard shortcuts…"),
            shortcuts.HELP,
            t("Every keyboard shortcut in Relations"),
        ),
        ActionId.ABOUT: (t("&About Relations…"), None, t("Version and where your data lives")),
    }


CHECKABLE = {ActionId.SHOW_ARCHIVED, ActionId.FOLLOW_UP_DONE, ActionId.ARCHIVE_PERSON}
ICONS = {
    ActionId.NEW_PERSON: "person-add",
    ActionId.LOG_CONVERSATION: "conversation",
    ActionId.RECORD_SHARED_VALUE: "shared-value",
    ActionId.RECORD_HELP: "help",
    ActionId.PRINT_OVERVIEW: "print",
    ActionId.PRINT_PERSON: "print",
    ActionId.MY_VALUES: "values",
    ActionId.FIND: "search",
}
# the toolbar, in order; None is a separator
TOOLBAR = (
    ActionId.NEW_PERSON,
    ActionId.LOG_CONVERSATION,
    None,
    ActionId.MY_VALUES,
    ActionId.PRINT_OVERVIEW,
)


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, (label, shortcut, tip) in _spec().items():
        action = QAction(label, parent)
        action.setObjectName(action_id.name.lower())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setCheckable(action_id in CHECKABLE)
        if action_id in ICONS:
            action.setIcon(action_icon(ICONS[action_id]))
        actions[action_id] = action
    actions[ActionId.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    actions[ActionId.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    return actions
