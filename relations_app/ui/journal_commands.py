"""Conversations: log, edit, mark the follow-up done, delete."""

from __future__ import annotations

from collections.abc import Iterable

from relations_app.labels import format_date
from relations_app.operations import DeleteConversation, SaveConversation, SetFollowUpDone
from relations_app.records import Conversation
from relations_app.ui.feature_commands import FeatureCommands


class JournalCommands(FeatureCommands):
    def _save(self, conversation: Conversation) -> Conversation:
        return self.ctx.runner.run(SaveConversation(conversation)).result

    def log_conversation(self, with_people: Iterable[int] = ()) -> int | None:
        """The new conversation's id, or None when cancelled."""
        from relations_app.ui.conversation_dialog import ConversationDialog

        everyone = self.ctx.services.people.choices()
        by_id = {choice.ref.id: choice.ref for choice in everyone}
        chosen = tuple(by_id[pid] for pid in with_people if pid in by_id)
        dialog = ConversationDialog(
            self.window, None, everyone, self._save, self.ctx.today(), chosen
        )
        return dialog.saved().id if dialog.exec() else None

    def edit_conversation(self, conversation_id: int) -> bool:
        from relations_app.ui.conversation_dialog import ConversationDialog

        conversation = self.ctx.services.conversations.get(conversation_id)
        if conversation is None:
            return False
        dialog = ConversationDialog(
            self.window,
            conversation,
            self.ctx.services.people.choices(),
            self._save,
            self.ctx.today(),
        )
        return bool(dialog.exec())

    def set_follow_up_done(self, conversation_id: int, done: bool) -> None:
        self.ctx.runner.attempt(SetFollowUpDone(conversation_id, done))

    def delete_conversation(self, conversation_id: int) -> bool:
        """Delete at once: Edit ▸ Undo brings it back, so no question first."""
        conversation = self.ctx.services.conversations.get(conversation_id)
        if conversation is None:
            return False
        op = DeleteConversation(conversation_id, conversation.date)
        if self.ctx.runner.attempt(op) is None:
            return False
        self.ctx.runner.said.emit(
            self.tr("Deleted the conversation of {0}. Edit ▸ Undo (Ctrl+Z) brings it back.").format(
                format_date(conversation.date)
            )
        )
        return True
