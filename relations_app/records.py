"""Plain, immutable records: what services hand out and take back.

No Qt and no peewee here; the UI, the printer and the command line all speak
in these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from relations_app.birthdays import Birthday


class Circle(StrEnum):
    """How close someone is. Quality over quantity: the inner circle stays small."""

    INNER = "inner"
    CLOSE = "close"
    WIDER = "wider"
    ACQUAINTANCE = "acquaintance"

    @property
    def rank(self) -> int:
        return _CIRCLE_RANKS[self]


_CIRCLE_RANKS = {circle: index for index, circle in enumerate(Circle)}  # inner 0 … acquaintance 3


class Channel(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"
    EMAIL = "email"
    LETTER = "letter"
    OTHER = "other"


class Direction(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class HelpKind(StrEnum):
    ADVICE = "advice"
    INTRODUCTION = "introduction"
    TIME = "time"
    SKILL = "skill"
    RESOURCE = "resource"
    OTHER = "other"


class HelpStatus(StrEnum):
    OFFERED = "offered"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"

    @property
    def is_open(self) -> bool:
        return self in (HelpStatus.OFFERED, HelpStatus.IN_PROGRESS)


MIN_DEPTH, MAX_DEPTH = 1, 5


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    id: int | None = None
    nickname: str = ""
    circle: Circle = Circle.WIDER
    met_how: str = ""
    met_where: str = ""
    met_on: dt.date | None = None
    organisation: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    birthday: Birthday | None = None  # the year may be unknown
    keep_in_touch_days: int | None = None
    what_matters: str = ""
    next_question: str = ""
    notes: str = ""
    archived: bool = False
    looking_for: tuple[str, ...] = ()  # short items: "a ceramics mentor"
    can_offer: tuple[str, ...] = ()  # what they could give others
    snoozed_until: dt.date | None = None  # "not now": off the Reconnect list until then
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class PersonRef:
    """Enough of a person to name them in a list of participants.

    id NEW_PERSON means "create this person when the conversation is saved".
    """

    id: int
    name: str


NEW_PERSON = 0


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """A person as offered in a list to pick from: a label that tells apart
    two people of the same name ("Anna (Acme)") and says who is archived."""

    ref: PersonRef
    label: str
    archived: bool = False
    detail: str = ""  # organisation · city, to tell people apart in suggestions


@dataclass(frozen=True, slots=True)
class Conversation:
    date: dt.date
    people: tuple[PersonRef, ...]
    id: int | None = None
    time: dt.time | None = None
    channel: Channel = Channel.IN_PERSON
    place: str = ""
    notes: str = ""
    learned: str = ""
    depth: int = 3
    follow_up: str = ""
    follow_up_due: dt.date | None = None
    follow_up_done: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def first_line(self) -> str:
        """The first non-empty line of the notes, for one-line lists."""
        for line in self.notes.splitlines():
            if line.strip():
                return line.strip()
        return ""

    @property
    def has_open_follow_up(self) -> bool:
        return bool(self.follow_up.strip()) and not self.follow_up_done


@dataclass(frozen=True, slots=True)
class Value:
    name: str
    id: int | None = None
    description: str = ""
    mine: bool = True


@dataclass(frozen=True, slots=True)
class SharedValue:
    """A value a person shares with me, and what they said or did that showed it."""

    person_id: int
    value_name: str
    id: int | None = None
    evidence: str = ""
    noted_on: dt.date = field(kw_only=True)  # no default: the day comes from the one clock


@dataclass(frozen=True, slots=True)
class Help:
    person_id: int
    direction: Direction
    kind: HelpKind
    id: int | None = None
    description: str = ""
    status: HelpStatus = HelpStatus.OFFERED
    offered_on: dt.date = field(kw_only=True)  # no default: the day comes from the one clock
    done_on: dt.date | None = None
    due_on: dt.date | None = None  # when I said I would do it, if I said
    introduced_id: int | None = None  # an introduction: the other person, who got one too


@dataclass(frozen=True, slots=True)
class Offer:
    """Something I can offer others ("feedback on a CV"), matched against what they look for."""

    name: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One row of the people table: the person and what we know of our bond."""

    person: Person
    last_conversation: dt.date | None = None
    shared_values: tuple[str, ...] = ()
    help_given: int = 0
    help_received: int = 0


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the detail pane and a printed page show about one person."""

    person: Person
    shared_values: tuple[SharedValue, ...]
    help: tuple[Help, ...]
    conversations: tuple[Conversation, ...]  # newest first


@dataclass(frozen=True, slots=True)
class BackupRecord:
    path: Path
    taken_at: dt.datetime
    reason: str  # auto, exit, manual, before-import, before-restore, before-schema-N
    size: int
    people: int | None = None  # None: the backup cannot be read (or is not counted yet)
    conversations: int | None = None
    counted: bool = True  # False: listed before being opened to count what it holds


MAX_ITEMS = 30  # looking for, can offer: a short list, not a CV
MAX_ITEM_LENGTH = 200


def clean_items(items) -> tuple[str, ...]:
    """Items as stored: spaces tidied, empty ones dropped, each once whatever its case."""
    seen: set[str] = set()
    kept = []
    for item in items:
        text = " ".join(str(item).split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            kept.append(text)
    return tuple(kept)


def normalise_value_name(name: str) -> str:
    """The key that makes value names unique case-insensitively, accents included."""
    return " ".join(name.split()).casefold()
