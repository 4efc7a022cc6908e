"""Conversations: log, edit, mark the follow-up done, delete."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from relations_app import operations as ops  # each loads on first use
from relations_app.labels import format_date
from relations_app.records import Conversation, PersonRef
from relations_app.ui.feature_commands import FeatureCommands

if TYPE_CHECKING:
    from relations_app.services.briefs import Brief


class JournalCommands(FeatureCommands):
    def _save(self, conversation: Conversation) -> Conversation:
        return self.ctx.runner.run(ops.SaveConversation(conversation)).result

    def _briefs(self, person_ids: list[int]) -> list[Brief]:
        from relations_app.services.briefs import briefs  # with the conversation dialog

        return briefs(person_ids, self.ctx.today())

    def log_conversation(self, with_people: Iterable[int] = ()) -> int | None:
        """The new conversation's id, or None when cancelled. Once it is saved,
        offer to write what to ask the people in it next time."""
        from relations_app.ui.conversation_dialog import ConversationDialog

        everyone = self.ctx.services.people.choices()
        by_id = {choice.ref.id: choice.ref for choice in everyone}
        chosen = tuple(by_id[pid] for pid in with_people if pid in by_id)
        dialog = ConversationDialog(
            self.window, None, everyone, self._save, self.ctx.today(), chosen, self._briefs
        )
        if not dialog.exec():
            return None
        saved = dialog.saved()
        self.ask_next_time(saved.people)
        return saved.id

    def ask_next_time(self, people: Iterable[PersonRef]) -> None:
        """What to ask each of them next time, starting from what was noted."""
        from relations_app.services.briefs import MOST_PEOPLE
        from relations_app.ui.practice_dialogs import QuestionDialog

        current = []
        for ref in list(people)[:MOST_PEOPLE]:
            person = self.ctx.services.people.get(ref.id)
            if person is not None:
                current.append((PersonRef(person.id, person.name), person.next_question))
        if current:
            QuestionDialog(self.window, current, self._save_questions).exec()

    def _save_questions(self, questions: dict[int, str]) -> None:
        found = self.ctx.services.people.refs(include_archived=True, ids=set(questions))
        names = {ref.id: ref.name for ref in found}
        for person_id, question in questions.items():
            self.ctx.runner.run(ops.SetNextQuestion(person_id, question, names.get(person_id, "")))

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
            briefs=self._briefs,
        )
        return bool(dialog.exec())

    def set_follow_up_done(self, conversation_id: int, done: bool) -> None:
        self.ctx.runner.attempt(ops.SetFollowUpDone(conversation_id, done))

    def delete_conversation(self, conversation_id: int) -> bool:
        """Delete at once: Edit ▸ Undo brings it back, so no question first."""
        conversation = self.ctx.services.conversations.get(conversation_id)
        if conversation is None:
            return False
        op = ops.DeleteConversation(conversation_id, conversation.date)
        if self.ctx.runner.attempt(op) is None:
            return False
        self.ctx.runner.said.emit(
            self.tr("Deleted the conversation of {0}. Edit ▸ Undo (Ctrl+Z) brings it back.").format(
                format_date(conversation.date)
            )
        )
        return True
