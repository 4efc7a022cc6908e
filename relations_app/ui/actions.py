"""Every main-window action, created in one place. Labels that open a dialog end in "…"."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from relations_app.i18n import translate
from relations_app.resources import action_icon
from relations_app.ui import shortcuts


class ActionId(Enum):
    IMPORT_CONTACTS = auto()
    EXPORT_VCARD = auto()
    IMPORT_JSON = auto()
    EXPORT_JSON = auto()
    PRINT_OVERVIEW = auto()
    EXPORT_OVERVIEW_PDF = auto()
    BACKUPS = auto()
    ENCRYPT = auto()
    CHANGE_PASSPHRASE = auto()
    REMOVE_ENCRYPTION = auto()
    LOCK = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    SEARCH = auto()
    DELETE = auto()
    MY_VALUES = auto()
    MY_OFFERS = auto()
    SHOW_TODAY = auto()
    SHOW_PEOPLE = auto()
    SHOW_JOURNAL = auto()
    SHOW_ARCHIVED = auto()
    NEW_PERSON = auto()
    EDIT_PERSON = auto()
    LOG_CONVERSATION = auto()
    RECORD_SHARED_VALUE = auto()
    RECORD_HELP = auto()
    PRINT_PERSON = auto()
    MERGE_PEOPLE = auto()
    FIND_DUPLICATES = auto()
    ARCHIVE_PERSON = auto()
    DELETE_PERSON = auto()
    EDIT_CONVERSATION = auto()
    FOLLOW_UP_DONE = auto()
    DELETE_CONVERSATION = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


def _spec() -> dict[ActionId, tuple[str, object, str]]:
    """id -> (label, shortcut or None, status tip)"""
    return {
        ActionId.IMPORT_CONTACTS: (
            translate("Actions", "Import &contacts…"),
            None,
            translate(
                "Actions", "Pick people from a phone, Google, Outlook or LinkedIn contacts file"
            ),
        ),
        ActionId.EXPORT_VCARD: (
            translate("Actions", "Export contacts (v&Card)…"),
            None,
            translate("Actions", "Write people to a vCard file that address books read"),
        ),
        ActionId.IMPORT_JSON: (
            translate("Actions", "&Import from JSON…"),
            shortcuts.IMPORT,
            translate("Actions", "Add the contents of a Relations export to this journal"),
        ),
        ActionId.EXPORT_JSON: (
            translate("Actions", "&Export to JSON…"),
            shortcuts.EXPORT,
            translate("Actions", "Write the whole journal to a JSON file"),
        ),
        ActionId.PRINT_OVERVIEW: (
            translate("Actions", "&Print overview…"),
            shortcuts.PRINT,
            translate("Actions", "Print your relationship overview, or save it as PDF"),
        ),
        ActionId.EXPORT_OVERVIEW_PDF: (
            translate("Actions", "Export overview as P&DF…"),
            None,
            translate("Actions", "Write the relationship overview to a PDF file"),
        ),
        ActionId.BACKUPS: (
            translate("Actions", "&Backups…"),
            None,
            translate("Actions", "See, make and restore backups of the journal"),
        ),
        ActionId.ENCRYPT: (
            translate("Actions", "E&ncrypt journal…"),
            None,
            translate("Actions", "Protect the journal and its backups with a passphrase"),
        ),
        ActionId.CHANGE_PASSPHRASE: (
            translate("Actions", "C&hange passphrase…"),
            None,
            translate("Actions", "Choose a new passphrase for the journal and its backups"),
        ),
        ActionId.REMOVE_ENCRYPTION: (
            translate("Actions", "&Remove encryption…"),
            None,
            translate("Actions", "Store the journal and its backups as plain files again"),
        ),
        ActionId.LOCK: (
            translate("Actions", "&Lock journal"),
            shortcuts.LOCK,
            translate("Actions", "Close the journal and hide it until its passphrase is typed"),
        ),
        ActionId.QUIT: (
            translate("Actions", "&Quit"),
            shortcuts.QUIT,
            translate("Actions", "Close Relations"),
        ),
        # the runner names the step: "Undo Delete Amélie Laurent"
        ActionId.UNDO: (
            translate("Actions", "&Undo"),
            shortcuts.UNDO,
            translate("Actions", "Take back the last change"),
        ),
        ActionId.REDO: (
            translate("Actions", "&Redo"),
            shortcuts.REDO,
            translate("Actions", "Make again the change you took back"),
        ),
        ActionId.FIND: (
            translate("Actions", "&Find"),
            shortcuts.FIND,
            translate("Actions", "Filter the list you are looking at"),
        ),
        ActionId.SEARCH: (
            translate("Actions", "&Search everything…"),
            shortcuts.SEARCH,
            translate("Actions", "Find a word in every person and conversation"),
        ),
        ActionId.DELETE: (
            translate("Actions", "&Delete…"),
            shortcuts.DELETE,
            translate("Actions", "Delete the selected person or conversation"),
        ),
        ActionId.MY_VALUES: (
            translate("Actions", "My &values…"),
            shortcuts.MY_VALUES,
            translate("Actions", "The values you live by"),
        ),
        ActionId.MY_OFFERS: (
            translate("Actions", "What I can &offer…"),
            None,
            translate("Actions", "What you could give others, matched with what they look for"),
        ),
        ActionId.SHOW_TODAY: (
            translate("Actions", "&Today"),
            shortcuts.SHOW_TODAY,
            translate("Actions", "Whom you could help, what you promised, whom to reconnect with"),
        ),
        ActionId.SHOW_PEOPLE: (
            translate("Actions", "&People"),
            shortcuts.SHOW_PEOPLE,
            translate("Actions", "The people who matter to you"),
        ),
        ActionId.SHOW_JOURNAL: (
            translate("Actions", "&Journal"),
            shortcuts.SHOW_JOURNAL,
            translate("Actions", "Every conversation, newest first"),
        ),
        ActionId.SHOW_ARCHIVED: (
            translate("Actions", "Show &archived people"),
            None,
            translate("Actions", "Show people you archived"),
        ),
        ActionId.NEW_PERSON: (
            translate("Actions", "&New person…"),
            shortcuts.NEW_PERSON,
            translate("Actions", "Add someone who matters to you"),
        ),
        ActionId.EDIT_PERSON: (
            translate("Actions", "&Edit person…"),
            shortcuts.EDIT_PERSON,
            translate("Actions", "Edit the selected person"),
        ),
        ActionId.LOG_CONVERSATION: (
            translate("Actions", "&Log conversation…"),
            shortcuts.LOG_CONVERSATION,
            translate("Actions", "Write down a conversation you had"),
        ),
        ActionId.RECORD_SHARED_VALUE: (
            translate("Actions", "Record shared &value…"),
            shortcuts.RECORD_SHARED_VALUE,
            translate("Actions", "Note a value the selected person shares with you"),
        ),
        ActionId.RECORD_HELP: (
            translate("Actions", "Record &help…"),
            shortcuts.RECORD_HELP,
            translate("Actions", "Note help you gave or received"),
        ),
        ActionId.PRINT_PERSON: (
            translate("Actions", "Print this &person…"),
            None,
            translate("Actions", "Print the selected person's page"),
        ),
        ActionId.MERGE_PEOPLE: (
            translate("Actions", "&Merge…"),
            None,
            translate("Actions", "Make the two selected entries of one person one entry"),
        ),
        ActionId.FIND_DUPLICATES: (
            translate("Actions", "Find possible d&uplicates…"),
            None,
            translate("Actions", "People who share an email, a phone or a name"),
        ),
        ActionId.ARCHIVE_PERSON: (
            translate("Actions", "&Archive person"),
            None,
            translate("Actions", "Keep the person, but out of the people list"),
        ),
        ActionId.DELETE_PERSON: (
            translate("Actions", "&Delete person…"),
            None,
            translate("Actions", "Delete the selected person"),
        ),
        ActionId.EDIT_CONVERSATION: (
            translate("Actions", "&Edit conversation…"),
            None,
            translate("Actions", "Edit the selected conversation"),
        ),
        ActionId.FOLLOW_UP_DONE: (
            translate("Actions", "&Follow-up done"),
            None,
            translate("Actions", "Mark the selected conversation's follow-up as done"),
        ),
        ActionId.DELETE_CONVERSATION: (
            translate("Actions", "&Delete conversation"),
            None,
            translate("Actions", "Delete the selected conversation"),
        ),
        ActionId.SHORTCUTS: (
            translate("Actions", "&Keyboard shortcuts…"),
            shortcuts.HELP,
            translate("Actions", "Every keyboard shortcut in Relations"),
        ),
        ActionId.ABOUT: (
            translate("Actions", "&About Relations…"),
            None,
            translate("Actions", "Version and where your data lives"),
        ),
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
    ActionId.SEARCH: "search",
}
# the toolbar, in order; None is a separator
TOOLBAR = (
    ActionId.NEW_PERSON,
    ActionId.LOG_CONVERSATION,
    None,
    ActionId.SEARCH,
    ActionId.MY_VALUES,
    ActionId.PRINT_OVERVIEW,
)


def create_actions(parent: QWidget) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, (label, shortcut, tip) in _spec().items():
        action = QAction(label, parent)
        action.setObjectName(action_id.name.lower())
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
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
