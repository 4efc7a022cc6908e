"""Logging, editing and deleting conversations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.labels import format_date
from relations_app.operations.base import Operation, Progress
from relations_app.records import Conversation
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class SaveConversation(Operation):
    """Log a conversation (id None) or edit one; people named with id NEW_PERSON
    are created with it. The result is the stored Conversation."""

    conversation: Conversation

    def label(self) -> str:
        names = ", ".join(ref.name for ref in self.conversation.people if ref.name)
        if self.conversation.id is None:
            return translate("Operations", "Log conversation with {0}").format(names)
        return translate("Operations", "Edit conversation with {0}").format(names)

    def touches(self, services: Services) -> RowKeys:
        cid = self.conversation.id
        return RowKeys.of(conversations=[cid] if cid is not None else [])

    def apply(self, services: Services, progress: Progress) -> Conversation:
        return services.conversations.save(self.conversation)


@dataclass(frozen=True)
class SetFollowUpDone(Operation):
    conversation_id: int
    done: bool

    def label(self) -> str:
        if self.done:
            return translate("Operations", "Mark follow-up done")
        return translate("Operations", "Mark follow-up not done")

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(conversations=[self.conversation_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.conversations.set_follow_up_done(self.conversation_id, self.done)


@dataclass(frozen=True)
class DeleteConversation(Operation):
    conversation_id: int
    date: dt.date

    def label(self) -> str:
        return translate("Operations", "Delete conversation of {0}").format(format_date(self.date))

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(conversations=[self.conversation_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.conversations.delete(self.conversation_id)
