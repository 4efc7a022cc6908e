"""People: add, edit, archive, delete. Dialogs give records; operations save them.

Each dialog module is imported when it is first opened, not at start-up: their
widgets cost about 30 ms to load, a sixth of the time to the first window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from relations_app import operations as ops  # each loads on first use
from relations_app.i18n import plural
from relations_app.records import Person
from relations_app.services.people import DeletionImpact
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.message_box import message_box


class PeopleCommands(FeatureCommands):
    def _save(self, person: Person) -> Person:
        return self.ctx.runner.run(ops.SavePerson(person)).result

    def add_person(self) -> int | None:
        """The new person's id, or None when cancelled."""
        from relations_app.ui.person_dialog import PersonDialog

        dialog = PersonDialog(self.window, None, self._save, self.ctx.today())
        return dialog.saved().id if dialog.exec() else None

    def edit_person(self, person_id: int) -> bool:
        from relations_app.ui.person_dialog import PersonDialog

        person = self.ctx.services.people.get(person_id)
        if person is None:
            return False
        return bool(PersonDialog(self.window, person, self._save, self.ctx.today()).exec())

    def set_archived(self, person_id: int, archived: bool) -> None:
        person = self.ctx.services.people.get(person_id)
        if person is not None:
            self.ctx.runner.attempt(ops.SetArchived(person_id, archived, person.name))

    def delete_person(self, person_id: int) -> bool:
        """Delete at once someone with nothing else in the journal; for someone
        with a story, say what goes with them (Undo brings it back) and offer
        to archive them instead."""
        person = self.ctx.services.people.get(person_id)
        if person is None:
            return False
        details = self._impact_lines(self.ctx.services.people.deletion_impact(person_id))
        if details and not self._confirm(person, details):
            return False
        done = self.ctx.runner.attempt(ops.DeletePerson(person_id, person.name))
        if done is not None:
            self.ctx.runner.said.emit(
                self.tr("Deleted {0}. Edit ▸ Undo (Ctrl+Z) brings them back.").format(person.name)
            )
        return done is not None

    def _confirm(self, person: Person, details: list[str]) -> bool:
        text = self.tr("Delete {0} from your journal?").format(person.name)
        text += "\n\n" + self.tr("This also deletes:") + "\n" + "\n".join(details)
        text += "\n\n" + self.tr("Edit ▸ Undo brings it all back until you quit.")
        text += " " + self.tr("To keep their story but hide them, archive them instead.")
        box = message_box(QMessageBox.Icon.Warning, self.tr("Delete person"), text, self.window)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        archive = None
        if not person.archived:
            archive = box.addButton(self.tr("Archive instead"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if archive is not None and box.clickedButton() is archive:
            self.set_archived(person.id, True)
            return False
        return box.clickedButton() is delete

    def _impact_lines(self, impact: DeletionImpact) -> list[str]:
        """What goes with a person, one bulleted line per kind."""
        lines = []
        if impact.conversations_deleted:
            n = impact.conversations_deleted
            lines.append(
                plural(
                    n,
                    self.tr("1 conversation only with them"),
                    self.tr("%Ln conversations only with them", "", n),
                )
            )
        if impact.shared_values:
            n = impact.shared_values
            lines.append(
                plural(
                    n,
                    self.tr("1 note of a value you share"),
                    self.tr("%Ln notes of values you share", "", n),
                )
            )
        if impact.help:
            n = impact.help
            lines.append(plural(n, self.tr("1 help record"), self.tr("%Ln help records", "", n)))
        if impact.conversations_kept:
            n = impact.conversations_kept
            lines.append(
                plural(
                    n,
                    self.tr("their name from 1 conversation with others (it stays)"),
                    self.tr("their name from %Ln conversations with others (those stay)", "", n),
                )
            )
        return ["• " + line for line in lines]
