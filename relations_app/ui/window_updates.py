"""Keeping the window's views current: everything once, then only what changed.

At start (and after a restore, or a change too large to go row by row) the
list shown is loaded whole; People and the Journal each load the first time
their tab is shown (the window opens on Today, which builds its own agenda:
the People table is not read before the first paint).
After that, each operation's Changes name the people and conversations to read
again, and only their rows change: the selection, the scroll position and the
detail pane stay where the user was.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Slot

from relations_app.i18n import plural
from relations_app.models.row_model import LARGE_UPDATE
from relations_app.operations import Changes


class WindowUpdates(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.people_stale = True
        self.journal_stale = True
        self.inserted_people: list[int] = []  # by the last change: undo selects them

    # -- whole loads -------------------------------------------------------------------
    def load_people(self) -> None:
        services, today = self.ctx.services, self.ctx.today()
        summaries = services.people.summaries(include_archived=self.ctx.settings.show_archived)
        self.window.people.set_summaries(summaries, today, anyone=services.people.count() > 0)
        self.people_stale = False
        self.window.show_detail_soon()

    def load_journal(self) -> None:
        services, journal = self.ctx.services, self.window.journal
        journal.set_people(services.people.refs(include_archived=True))
        journal.reload(self.ctx.today())
        self.journal_stale = False

    def load_all(self) -> None:
        self.people_stale = self.journal_stale = True
        self.load_shown()

    def load_shown(self) -> None:
        """Load the list shown if it is not loaded yet; the others wait for their tab."""
        if self.people_stale and self.window.people_shown():
            self.load_people()
        if self.journal_stale and self.window.journal_shown():
            self.load_journal()
        self.after_change()

    def reload_people(self) -> None:
        self.people_stale = True
        self.load_shown()

    def people_opened(self) -> None:
        if self.people_stale:
            self.load_people()
            self.after_change()

    def journal_opened(self) -> None:
        if self.journal_stale:
            self.load_journal()
            self.after_change()

    # -- one change ------------------------------------------------------------------------
    @Slot(object)
    def apply(self, changes: Changes) -> None:
        """Read again only the people and conversations ``changes`` names."""
        self.inserted_people = []
        if changes.everything or len(changes.people) > LARGE_UPDATE:
            self.load_all()
            return
        if changes.people:
            if not self.people_stale:
                self._update_people(changes.people)
            if not self.journal_stale:
                refs = self.ctx.services.people.refs(include_archived=True, ids=changes.people)
                self.window.journal.update_people(set(changes.people), refs)
        if not self.journal_stale:
            if changes.conversations:
                self.window.journal.update_conversations(set(changes.conversations))
        self.after_change()

    def _update_people(self, ids: frozenset[int]) -> None:
        services, page = self.ctx.services, self.window.people
        shown_before = {pid for pid in ids if page.model.row_of(pid) >= 0}
        summaries = services.people.summaries(self.ctx.settings.show_archived, ids)
        page.update_summaries(set(ids), summaries, anyone=services.people.count() > 0)
        self.inserted_people = [s.person.id for s in summaries if s.person.id not in shown_before]
        if page.selected_id() in ids:
            self.window.show_detail_soon()

    def after_change(self) -> None:
        self.update_status()
        self.window.update_actions()

    # -- the status bar ------------------------------------------------------------------------
    def update_status(self) -> None:
        people, due = self._people_counts()
        conversations = self.ctx.services.conversations.count()
        parts = [
            plural(people, self.tr("1 person"), self.tr("%Ln people", "", people)),
            plural(
                conversations,
                self.tr("1 conversation"),
                self.tr("%Ln conversations", "", conversations),
            ),
        ]
        text = "&nbsp;&nbsp;·&nbsp;&nbsp;".join(html.escape(part) for part in parts)
        if due:
            due_text = plural(
                due, self.tr("1 to reconnect with"), self.tr("%Ln to reconnect with", "", due)
            )
            text += f'&nbsp;&nbsp;·&nbsp;&nbsp;<a href="today">{html.escape(due_text)}</a>'
        self.window.summary_label.setText(text)
        self.window.summary_label.setToolTip(self.tr("Open Today to see whom to reconnect with"))

    def _people_counts(self) -> tuple[int, int]:
        """People listed and due, from the People table when it is loaded, else
        from Today's agenda or, on the Journal, the same rule asked directly."""
        if not self.people_stale:
            model = self.window.people.model
            return model.rowCount(), model.due_count()
        services = self.ctx.services
        people = services.people.count(include_archived=self.ctx.settings.show_archived)
        due = self.window.today_commands.due_count()
        if due is None:
            due = services.agenda.due_count(self.ctx.today())
        return people, due
