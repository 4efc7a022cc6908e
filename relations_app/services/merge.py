"""Merging two entries that are one person.

The merged person keeps everything both had: every conversation (one place
in a conversation both were part of), every shared value and every help. The
caller chooses each differing field (``proposal`` offers a start); the other
entry is then deleted. One transaction: all of it, or nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.records import Person
from relations_app.services import rows
from relations_app.services.messages import gone
from relations_app.services.people import people_where
from relations_app.services.validation import validate_person
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.storage.tables import PersonTable

# Texts that may hold paragraphs: when both entries have one, the proposal
# keeps both rather than lose what was written about either.
LONG_TEXTS = ("what_matters", "notes")


@dataclass(frozen=True)
class MergeCounts:
    conversations: int  # moved to the kept person
    shared_values: int
    help: int


def is_empty(value: object) -> bool:
    return value in ("", None, ())


def differing_fields(first: Person, second: Person) -> list[str]:
    """The fields where both entries say something, and not the same thing
    (lists, what they look for and can offer, are joined: nothing to choose)."""
    return [
        name
        for name in rows.PERSON_FIELDS
        if name not in rows.LIST_FIELDS
        and not is_empty(getattr(first, name))
        and not is_empty(getattr(second, name))
        and getattr(first, name) != getattr(second, name)
    ]


def proposal(kept: Person, other: Person) -> Person:
    """The kept entry with the other's fields where its own are empty, both
    texts where both wrote some, and the items of both lists."""
    changes = {}
    for name in rows.PERSON_FIELDS:
        mine, theirs = getattr(kept, name), getattr(other, name)
        if name in rows.LIST_FIELDS:
            changes[name] = tuple(dict.fromkeys((*mine, *theirs)))
        elif is_empty(mine) and not is_empty(theirs):
            changes[name] = theirs
        elif name in LONG_TEXTS and theirs and mine != theirs:
            changes[name] = f"{mine}\n\n{theirs}"
    created = [p.created_at for p in (kept, other) if p.created_at is not None]
    return dataclasses.replace(kept, created_at=min(created, default=None), **changes)


class MergeService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock

    def merge(self, merged: Person, other_id: int) -> MergeCounts:
        """Keep ``merged`` (its id is the entry kept, its fields as chosen) and
        move everything of ``other_id`` onto it, then delete that entry."""
        if merged.id is None or merged.id == other_id:
            raise ValidationError(translate("Validation", "Choose two different people."), "")
        now = self._clock().replace(microsecond=0)
        validate_person(merged, now.date())
        with self._store.write():
            if len(people_where(PersonTable.id.in_([merged.id, other_id]))) != 2:
                raise gone(translate("Errors", "One of these people is no longer in the journal."))
            counts = _move_everything(merged.id, other_id)
            columns = rows.person_columns(dataclasses.replace(merged, name=merged.name.strip()))
            PersonTable.update(
                **columns, created_at=merged.created_at or now, updated_at=now
            ).where(PersonTable.id == merged.id).execute()
            PersonTable.delete().where(PersonTable.id == other_id).execute()
        return counts


def _move_everything(kept: int, other: int) -> MergeCounts:
    """Participants, shared values and help of ``other`` onto ``kept``."""

    def run(sql: str, *params) -> int:
        return db.execute_sql(sql, params).rowcount

    # a conversation both were in keeps one place, the kept person's
    both = run(
        "DELETE FROM participant WHERE person_id = ? AND conversation_id IN"
        " (SELECT conversation_id FROM participant WHERE person_id = ?)",
        other,
        kept,
    )
    moved = run("UPDATE participant SET person_id = ? WHERE person_id = ?", kept, other)
    # the same value noted twice with the same words is one note
    run(
        "DELETE FROM shared_value WHERE person_id = ? AND EXISTS (SELECT 1 FROM shared_value s"
        " WHERE s.person_id = ? AND s.value_id = shared_value.value_id"
        " AND s.evidence = shared_value.evidence)",
        other,
        kept,
    )
    values = run("UPDATE shared_value SET person_id = ? WHERE person_id = ?", kept, other)
    helped = run("UPDATE help SET person_id = ? WHERE person_id = ?", kept, other)
    # an introduction of the other entry to someone now names the one kept
    run("UPDATE help SET introduced_id = ? WHERE introduced_id = ?", kept, other)
    # the two entries introduced to each other: no introduction after all. Its
    # two halves are now the same note twice; one stays, as help naming no one
    run(
        "DELETE FROM help WHERE person_id = ? AND introduced_id = person_id AND id NOT IN"
        " (SELECT min(id) FROM help WHERE person_id = ? AND introduced_id = person_id"
        " GROUP BY direction, kind, description, status, offered_on, done_on, due_on)",
        kept,
        kept,
    )
    run(
        "UPDATE help SET introduced_id = NULL WHERE person_id = ? AND introduced_id = person_id",
        kept,
    )
    return MergeCounts(conversations=moved + both, shared_values=values, help=helped)
