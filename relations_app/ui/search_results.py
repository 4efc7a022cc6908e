"""Opening what the search box found: a person in People, a conversation in
the Journal, or every match in the list that can show them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relations_app.i18n import translate
from relations_app.models.search_results_model import Row, RowKind
from relations_app.ui.actions import ActionId

if TYPE_CHECKING:
    from relations_app.ui.main_window import MainWindow


def open_search_result(window: MainWindow, row: Row, text: str) -> None:
    if row.kind == RowKind.PERSON and row.record_id is not None:
        _open_person(window, row.record_id)
    elif row.kind == RowKind.CONVERSATION and row.record_id is not None:
        window.tabs.setCurrentWidget(window.journal)
        if not window.journal.show_conversation(row.record_id):
            _say(window, translate("Search", "This conversation is no longer in the journal."))
    elif row.kind == RowKind.ALL_PEOPLE:
        window.tabs.setCurrentWidget(window.people)
        window.people.filter.clear()  # every circle: as the search counted them
        window.people.filter.edit.setText(text)
    elif row.kind == RowKind.ALL_CONVERSATIONS:
        window.tabs.setCurrentWidget(window.journal)
        window.journal.show_person(None)
        window.journal.filter.edit.setText(text)


def _open_person(window: MainWindow, person_id: int) -> None:
    """Select them in People; someone archived is shown by showing the archived
    (only them: someone deleted since the search leaves that choice alone)."""
    window.tabs.setCurrentWidget(window.people)
    if window.people.show_person(person_id):
        return
    person = window.ctx.services.people.get(person_id)
    show_archived = window.actions[ActionId.SHOW_ARCHIVED]
    if person is not None and person.archived and not show_archived.isChecked():
        show_archived.setChecked(True)  # reloads People with the archived in it
        if window.people.show_person(person_id):
            _say(
                window,
                translate("Search", "Showing archived people: %1 is archived.").replace(
                    "%1", person.name
                ),
            )
            return
    _say(window, translate("Search", "This person is no longer in the journal."))


def _say(window: MainWindow, text: str) -> None:
    window.runner.said.emit(text)  # the status bar, as every command's message
