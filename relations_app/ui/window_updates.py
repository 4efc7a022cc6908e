"""Keeping the window's views current: everything once, then only what changed.

At start (and after a restore, or a change too large to go row by row) the
people are loaded whole; the journal loads the first time its tab is shown.
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
        self.journal_stale = True
        self.inserted_people: list[int] = []  # by the last change: undo selects them

    # -- whole loads -------------------------------------------------------------------
    def load_people(self) -> None:
        services, today = self.ctx.services, self.ctx.today()
        summaries = services.people.summaries(include_archived=self.ctx.settings.show_archived)
        self.window.people.set_summaries(summaries, today, anyone=services.people.count() > 0)
        self.window.show_detail_soon()

    def load_journal(self) -> None:
        services, journal = self.ctx.services, self.window.journal
        journal.set_people(services.people.refs(include_archived=True))
        journal.set_conversations(services.conversations.all(), self.ctx.today())
        self.journal_stale = False

    def load_all(self) -> None:
        self.load_people()
        self.journal_stale = True
        if self.window.journal_shown():
            self.load_journal()
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
            self._update_people(changes.people)
        if not self.journal_stale:
            if len(changes.conversations) > LARGE_UPDATE:
                self.load_journal()
            elif changes.conversations:
                found = self.ctx.services.conversations.get_many(changes.conversations)
                self.window.journal.update_conversations(set(changes.conversations), found)
        self.after_change()

    def _update_people(self, ids: frozenset[int]) -> None:
        services, page = self.ctx.services, self.window.people
        shown_before = {pid for pid in ids if page.model.row_of(pid) >= 0}
        summaries = services.people.summaries(self.ctx.settings.show_archived, ids)
        page.update_summaries(set(ids), summaries, anyone=services.people.count() > 0)
        self.inserted_people = [s.person.id for s in summaries if s.person.id not in shown_before]
        if not self.journal_stale:
            refs = services.people.refs(include_archived=True, ids=ids)
            self.window.journal.update_people(set(ids), refs)
        if page.selected_id() in ids:
            self.window.show_detail_soon()

    def after_change(self) -> None:
        self.update_status()
        self.window.update_actions()

    # -- the status bar ------------------------------------------------------------------------
    def update_status(self) -> None:
        model = self.window.people.model
        people, due = model.rowCount(), model.due_count()
        conversations = self.ctx.services.conversations.count()
        parts = [
            plural(people, self.tr("1 person"), self.tr("%n people", "", people)),
            plural(
                conversations,
                self.tr("1 conversation"),
                self.tr("%n conversations", "", conversations),
            ),
        ]
        text = "&nbsp;&nbsp;·&nbsp;&nbsp;".join(html.escape(part) for part in parts)
        if due:
            due_text = plural(
                due, self.tr("1 to reconnect with"), self.tr("%n to reconnect with", "", due)
            )
            text += f'&nbsp;&nbsp;·&nbsp;&nbsp;<a href="today">{html.escape(due_text)}</a>'
        self.window.summary_label.setText(text)
        self.window.summary_label.setToolTip(self.tr("Open Today to see whom to reconnect with"))
