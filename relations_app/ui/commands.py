"""What the user can do to the journal: open the right dialog, save through a
service, tell everyone what changed. Widgets only call these.

Each dialog module is imported when it is first opened, not at start-up: their
widgets cost about 30 ms to load, a sixth of the time to the first window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from relations_app.context import AppContext
from relations_app.i18n import plural
from relations_app.labels import format_date
from relations_app.records import Direction, Help, HelpKind, SharedValue
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError
from relations_app.ui.message_box import message_box, warning


class Commands(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.services = ctx.services
        self.events = ctx.events

    # -- people ----------------------------------------------------------------
    def add_person(self) -> int | None:
        from relations_app.ui.person_dialog import PersonDialog

        dialog = PersonDialog(self.window, None, self.services.people.save, self.ctx.today())
        if not dialog.exec():
            return None
        self.events.people_changed.emit()
        return dialog.saved().id

    def edit_person(self, person_id: int) -> bool:
        from relations_app.ui.person_dialog import PersonDialog

        person = self.services.people.get(person_id)
        if person is None:
            return False
        dialog = PersonDialog(self.window, person, self.services.people.save, self.ctx.today())
        if not dialog.exec():
            return False
        self.events.people_changed.emit()
        self.events.journal_changed.emit()  # a new name shows in the journal too
        return True

    def set_archived(self, person_id: int, archived: bool) -> None:
        if self._attempt(
            self.tr("Archive person"), self.services.people.set_archived, person_id, archived
        ):
            self.events.people_changed.emit()

    def delete_person(self, person_id: int) -> bool:
        """Ask (saying what goes with them, and offering to archive instead), then delete."""
        person = self.services.people.get(person_id)
        if person is None:
            return False
        text = self.tr("Delete {0} from your journal?").format(person.name)
        details = self._impact_lines(self.services.people.deletion_impact(person_id))
        if details:
            text += "\n\n" + self.tr("This also deletes:") + "\n" + "\n".join(details)
        text += "\n\n" + self.tr("To keep their story but hide them, archive them instead.")
        box = message_box(QMessageBox.Icon.Warning, self.tr("Delete person"), text, self.window)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        archive = None
        if not person.archived:
            archive = box.addButton(self.tr("Archive instead"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if archive is not None and box.clickedButton() is archive:
            self.set_archived(person_id, True)
            return False
        if box.clickedButton() is not delete:
            return False
        if not self._attempt(self.tr("Delete person"), self.services.people.delete, person_id):
            return False
        self.events.people_changed.emit()
        self.events.journal_changed.emit()
        return True

    def _impact_lines(self, impact) -> list[str]:
        lines = []
        if impact.conversations_deleted:
            n = impact.conversations_deleted
            lines.append(
                plural(
                    n,
                    self.tr("1 conversation only with them"),
                    self.tr("%n conversations only with them", "", n),
                )
            )
        if impact.shared_values:
            n = impact.shared_values
            lines.append(
                plural(
                    n,
                    self.tr("1 note of a value you share"),
                    self.tr("%n notes of values you share", "", n),
                )
            )
        if impact.help:
            n = impact.help
            lines.append(plural(n, self.tr("1 help record"), self.tr("%n help records", "", n)))
        if impact.conversations_kept:
            n = impact.conversations_kept
            lines.append(
                plural(
                    n,
                    self.tr("their name from 1 conversation with others (it stays)"),
                    self.tr("their name from %n conversations with others (those stay)", "", n),
                )
            )
        return ["• " + line for line in lines]

    # -- conversations ----------------------------------------------------------
    def log_conversation(self, with_people: Iterable[int] = ()) -> int | None:
        from relations_app.ui.conversation_dialog import ConversationDialog

        everyone = self.services.people.choices()
        by_id = {choice.ref.id: choice.ref for choice in everyone}
        chosen = tuple(by_id[pid] for pid in with_people if pid in by_id)
        dialog = ConversationDialog(
            self.window, None, everyone, self.services.conversations.save, self.ctx.today(), chosen
        )
        if not dialog.exec():
            return None
        self.events.journal_changed.emit()
        self.events.people_changed.emit()  # last conversation, maybe new people
        return dialog.saved().id

    def edit_conversation(self, conversation_id: int) -> bool:
        from relations_app.ui.conversation_dialog import ConversationDialog

        conversation = self.services.conversations.get(conversation_id)
        if conversation is None:
            return False
        dialog = ConversationDialog(
            self.window,
            conversation,
            self.services.people.choices(),
            self.services.conversations.save,
            self.ctx.today(),
        )
        if not dialog.exec():
            return False
        self.events.journal_changed.emit()
        self.events.people_changed.emit()
        return True

    def set_follow_up_done(self, conversation_id: int, done: bool) -> None:
        if self._attempt(
            self.tr("Follow-up"),
            self.services.conversations.set_follow_up_done,
            conversation_id,
            done,
        ):
            self.events.journal_changed.emit()

    def delete_conversation(self, conversation_id: int) -> bool:
        conversation = self.services.conversations.get(conversation_id)
        if conversation is None:
            return False
        names = ", ".join(ref.name for ref in conversation.people)
        text = self.tr("Delete the conversation of {0} with {1}?").format(
            format_date(conversation.date), names
        )
        text += "\n\n" + self.tr("Its notes and follow-up are deleted with it.")
        if not self._confirm(self.tr("Delete conversation"), text):
            return False
        if not self._attempt(
            self.tr("Delete conversation"), self.services.conversations.delete, conversation_id
        ):
            return False
        self.events.journal_changed.emit()
        self.events.people_changed.emit()
        return True

    # -- values and help ------------------------------------------------------------
    def record_shared_value(self, person_id: int) -> bool:
        shared = SharedValue(person_id=person_id, value_name="", noted_on=self.ctx.today())
        return self._shared_value_dialog(person_id, shared)

    def edit_shared_value(self, shared_id: int) -> bool:
        shared = self.services.values.get_shared(shared_id)
        return shared is not None and self._shared_value_dialog(shared.person_id, shared)

    def _shared_value_dialog(self, person_id: int, shared: SharedValue) -> bool:
        from relations_app.ui.shared_value_dialog import SharedValueDialog

        person = self.services.people.get(person_id)
        if person is None:
            return False
        dialog = SharedValueDialog(
            self.window,
            person.name,
            shared,
            self.services.values.all(),
            self.services.values.save_shared,
        )
        if not dialog.exec():
            return False
        self.events.values_changed.emit()
        self.events.people_changed.emit()
        return True

    def delete_shared_value(self, shared_id: int) -> bool:
        shared = self.services.values.get_shared(shared_id)
        if shared is None:
            return False
        text = self.tr("Delete the note that they share “{0}”?").format(shared.value_name)
        if not self._confirm(self.tr("Delete shared value"), text):
            return False
        if not self._attempt(
            self.tr("Delete shared value"), self.services.values.delete_shared, shared_id
        ):
            return False
        self.events.values_changed.emit()
        self.events.people_changed.emit()
        return True

    def record_help(self, person_id: int, direction: Direction = Direction.GIVEN) -> bool:
        record = Help(
            person_id=person_id,
            direction=direction,
            kind=HelpKind.ADVICE,
            offered_on=self.ctx.today(),
        )
        return self._help_dialog(record)

    def edit_help(self, help_id: int) -> bool:
        record = self.services.help.get(help_id)
        return record is not None and self._help_dialog(record)

    def _help_dialog(self, record: Help) -> bool:
        from relations_app.ui.help_dialog import HelpDialog

        person = self.services.people.get(record.person_id)
        if person is None:
            return False
        dialog = HelpDialog(
            self.window, person.name, record, self.services.help.save, self.ctx.today()
        )
        if not dialog.exec():
            return False
        self.events.help_changed.emit()
        self.events.people_changed.emit()
        return True

    def delete_help(self, help_id: int) -> bool:
        record = self.services.help.get(help_id)
        if record is None:
            return False
        text = self.tr("Delete this help record?") + "\n\n" + record.description[:200]
        if not self._confirm(self.tr("Delete help"), text):
            return False
        if not self._attempt(self.tr("Delete help"), self.services.help.delete, help_id):
            return False
        self.events.help_changed.emit()
        self.events.people_changed.emit()
        return True

    def my_values(self) -> None:
        from relations_app.ui.values_dialog import ValuesDialog

        def changed() -> None:
            self.events.values_changed.emit()
            self.events.people_changed.emit()

        ValuesDialog(self.window, self.services.values, changed).exec()

    # -- helpers --------------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        box = message_box(QMessageBox.Icon.Warning, title, text, self.window)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _attempt(self, title: str, operation, *args) -> bool:
        try:
            operation(*args)
        except StoreError as error:
            warning(self.window, title, explain(error))
            return False
        return True
