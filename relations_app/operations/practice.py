"""The Today page's writes: "not now", how often, the next question, a promise
kept, an introduction made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress
from relations_app.records import Help
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class Snooze(Operation):
    """Off the Reconnect list until ``until``; None brings them back."""

    person_id: int
    until: dt.date | None
    name: str

    def label(self) -> str:
        if self.until is None:
            return translate("Operations", "Reconnect with {0} again").format(self.name)
        return translate("Operations", "Not now for {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(people=[self.person_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.people.snooze(self.person_id, self.until)


@dataclass(frozen=True)
class SetInterval(Operation):
    """How often to keep in touch, in days; None for no reminder."""

    person_id: int
    days: int | None
    name: str

    def label(self) -> str:
        return translate("Operations", "Change how often to see {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(people=[self.person_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.people.set_interval(self.person_id, self.days)


@dataclass(frozen=True)
class SetNextQuestion(Operation):
    person_id: int
    question: str
    name: str

    def label(self) -> str:
        return translate("Operations", "Question for {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(people=[self.person_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.people.set_next_question(self.person_id, self.question)


@dataclass(frozen=True)
class MarkHelpDone(Operation):
    """A promise kept, done on ``on``."""

    help_id: int
    on: dt.date

    def label(self) -> str:
        return translate("Operations", "Mark help done")

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(help=[self.help_id])

    def apply(self, services: Services, progress: Progress) -> Help:
        return services.help.mark_done(self.help_id, self.on)


@dataclass(frozen=True)
class RecordIntroduction(Operation):
    """I introduced two people: a help record for each, naming the other."""

    first_id: int
    second_id: int
    description: str
    on: dt.date
    names: tuple[str, str]

    def label(self) -> str:
        return translate("Operations", "Introduce {0} and {1}").format(*self.names)

    def apply(self, services: Services, progress: Progress) -> tuple[Help, Help]:
        return services.help.record_introduction(
            self.first_id, self.second_id, self.description, self.on
        )
