"""Values someone shares with me, help given and received, and my own values."""

from __future__ import annotations

from relations_app import operations as ops  # each loads on first use
from relations_app.records import Direction, Help, HelpKind, SharedValue
from relations_app.ui.feature_commands import FeatureCommands


class ValuesCommands(FeatureCommands):
    # -- shared values -------------------------------------------------------------
    def record_shared_value(self, person_id: int) -> bool:
        shared = SharedValue(person_id=person_id, value_name="", noted_on=self.ctx.today())
        return self._shared_value_dialog(shared)

    def edit_shared_value(self, shared_id: int) -> bool:
        shared = self.ctx.services.values.get_shared(shared_id)
        return shared is not None and self._shared_value_dialog(shared)

    def _shared_value_dialog(self, shared: SharedValue) -> bool:
        from relations_app.ui.shared_value_dialog import SharedValueDialog

        person = self.ctx.services.people.get(shared.person_id)
        if person is None:
            return False
        dialog = SharedValueDialog(
            self.window,
            person.name,
            shared,
            self.ctx.services.values.all(),
            lambda record: self.ctx.runner.run(ops.SaveSharedValue(record)).result,
        )
        return bool(dialog.exec())

    def delete_shared_value(self, shared_id: int) -> bool:
        """Delete at once: a single note, and Edit ▸ Undo brings it back."""
        shared = self.ctx.services.values.get_shared(shared_id)
        if shared is None:
            return False
        return self._deleted(
            ops.DeleteSharedValue(shared_id, shared.value_name),
            self.tr("Deleted the note that they share “{0}”.").format(shared.value_name),
        )

    # -- help ----------------------------------------------------------------------------
    def record_help(
        self, person_id: int, direction: Direction = Direction.GIVEN, description: str = ""
    ) -> bool:
        record = Help(
            person_id=person_id,
            direction=direction,
            kind=HelpKind.ADVICE,
            description=description,
            offered_on=self.ctx.today(),
        )
        return self._help_dialog(record)

    def edit_help(self, help_id: int) -> bool:
        record = self.ctx.services.help.get(help_id)
        return record is not None and self._help_dialog(record)

    def _help_dialog(self, record: Help) -> bool:
        from relations_app.ui.help_dialog import HelpDialog

        person = self.ctx.services.people.get(record.person_id)
        if person is None:
            return False
        dialog = HelpDialog(
            self.window,
            person.name,
            record,
            lambda help_record: self.ctx.runner.run(ops.SaveHelp(help_record)).result,
            self.ctx.today(),
        )
        return bool(dialog.exec())

    def delete_help(self, help_id: int) -> bool:
        """Delete at once: a single record, and Edit ▸ Undo brings it back."""
        if self.ctx.services.help.get(help_id) is None:
            return False
        return self._deleted(ops.DeleteHelp(help_id), self.tr("Deleted the help record."))

    def _deleted(self, op: ops.Operation, done: str) -> bool:
        if self.ctx.runner.attempt(op) is None:
            return False
        self.ctx.runner.said.emit(done + " " + self.tr("Edit ▸ Undo (Ctrl+Z) brings it back."))
        return True

    # -- my values, and what I can offer ---------------------------------------------------
    def my_values(self) -> None:
        from relations_app.ui.values_dialog import ValuesDialog

        ValuesDialog(self.window, self.ctx).exec()

    def my_offers(self) -> None:
        from relations_app.ui.offers_dialog import OffersDialog

        OffersDialog(self.window, self.ctx).exec()
