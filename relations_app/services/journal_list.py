"""The Journal as the window lists it: filtered and ordered in SQL.

With 100,000 conversations the window cannot hold every one in memory, nor
sort or filter them in Python. It asks for the ids in order (``ids``: one
scan of an index, about 25 ms at 100,000), then for the records of the rows
on screen (``ConversationService.get_many``). After an edit it asks where the
few changed rows now go (``keys``, ``sort_keys``) instead of listing all again.

Every order ends with the date, the time and the id, in the same direction as
the column clicked, so that rows with equal values keep the journal's order
and each order is one index read forwards or backwards (see JOURNAL_ORDERS in
storage/migrations.py). People and notes are ordered ignoring accents and
case, through the SQL function fold(); they have no index (the names live in
another table, and an index cannot call Python) and cost a sort of the rows
listed: half a second for 100,000, a tenth for 20,000.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from relations_app.records import Conversation
from relations_app.services import text_match
from relations_app.services.conversations import ConversationService
from relations_app.services.id_lists import IN_IDS, id_list
from relations_app.storage.database import db
from relations_app.storage.store import Store

# Notes are ordered on their first letters only: folding whole notes of
# 100,000 conversations for one sort took 0.4 s, their first 20 letters 0.1 s.
NOTES_PREFIX = 20


class Order(StrEnum):
    DATE = "date"
    PEOPLE = "people"
    CHANNEL = "channel"
    NOTES = "notes"
    DEPTH = "depth"
    FOLLOW_UP = "follow_up"


# The value each order sorts on, before the date, time and id.
ORDER_VALUES: dict[Order, tuple[str, ...]] = {
    Order.DATE: (),
    # the first name in alphabetical order (the others only break ties)
    Order.PEOPLE: (
        """coalesce((SELECT min(fold(pe.name)) FROM participant pa
            JOIN person pe ON pe.id = pa.person_id WHERE pa.conversation_id = c.id), '')""",
    ),
    Order.CHANNEL: ("c.channel",),
    # the first letters of the notes: what the column shows (their first line)
    Order.NOTES: (f"fold(substr(ltrim(c.notes, ' ' || char(9, 10, 13)), 1, {NOTES_PREFIX}))",),
    Order.DEPTH: ("c.depth",),
    # open follow-ups by the day they are due; done ones with those without a day
    Order.FOLLOW_UP: ("(CASE WHEN follow_up_done THEN '' ELSE coalesce(follow_up_due, '') END)",),
}
TIES = ("c.date", "c.time", "c.id")

# a word matches a conversation when its notes, what I learned, its place or
# its follow-up hold it, or when the name of someone in it does
WORD_MATCHES = """c.id IN (
    SELECT rowid FROM conversation_text WHERE conversation_text MATCH ?
    UNION ALL
    SELECT pa.conversation_id FROM participant pa WHERE pa.person_id IN
        (SELECT rowid FROM person_text WHERE person_text MATCH ?))"""
WITH_PERSON = "c.id IN (SELECT conversation_id FROM participant WHERE person_id = ?)"


@dataclass(frozen=True)
class JournalQuery:
    """Which conversations the Journal lists, and in which order."""

    text: str = ""
    person_id: int | None = None
    order: Order = Order.DATE
    descending: bool = True

    def key_columns(self) -> tuple[str, ...]:
        return (*ORDER_VALUES[self.order], *TIES)

    def order_by(self) -> str:
        direction = " DESC" if self.descending else ""
        return ", ".join(column + direction for column in self.key_columns())

    def where(self, walk_order: bool = False) -> tuple[str, list]:
        """The filter as SQL (``1`` for none) and its parameters.

        ``walk_order`` is for reading the first rows only (a LIMIT): SQLite then
        walks the order's index and tests each row against the words, stopping
        at the limit, instead of collecting every match and sorting them all
        (26 ms instead of 66 for a one-letter word in 100,000 conversations)."""
        conditions, params = [], []
        for word in text_match.words(self.text):
            conditions.append(("+" if walk_order else "") + WORD_MATCHES)
            params += [text_match.prefix(word), f"name : {text_match.prefix(word)}"]
        if self.person_id is not None:
            conditions.append(WITH_PERSON)
            params.append(self.person_id)
        return (" AND ".join(conditions) or "1"), params


def sortable(key: Iterable) -> tuple:
    """A row's sort key as Python compares it the way SQLite orders it: NULL
    first, then numbers, then text (a stored value of the wrong type, written
    by hand or by an old bug, must not make the comparison fail)."""
    return tuple(_ranked(value) for value in key)


def _ranked(value: object) -> tuple:
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, bytes(value))  # type: ignore[arg-type]


class JournalList:
    """Reads for the Journal's lazy table (models/journal_model.py)."""

    def __init__(self, store: Store, conversations: ConversationService) -> None:
        self._store = store
        self._conversations = conversations

    def ids(self, query: JournalQuery) -> list[int]:
        """The ids of every conversation the query lists, in its order."""
        where, params = query.where()
        sql = f"SELECT c.id FROM conversation c WHERE {where} ORDER BY {query.order_by()}"
        return self._store.searching(lambda: [row[0] for row in db.execute_sql(sql, params)])

    def keys(self, query: JournalQuery, ids: Iterable[int]) -> dict[int, tuple]:
        """The sort keys (see sortable) of those of ``ids`` the query lists."""
        where, params = query.where()
        sql = (
            f"SELECT c.id, {', '.join(query.key_columns())} FROM conversation c"
            f" WHERE c.id {IN_IDS} AND {where}"
        )
        params = [id_list(ids), *params]
        return self._store.searching(
            lambda: {row[0]: sortable(row[1:]) for row in db.execute_sql(sql, params)}
        )

    def sort_keys(self, query: JournalQuery, ids: Iterable[int]) -> dict[int, tuple]:
        """The sort keys of ``ids``, listed by the query or not."""
        return self.keys(JournalQuery(order=query.order, descending=query.descending), ids)

    def records(self, ids: Iterable[int]) -> list[Conversation]:
        """The conversations of ``ids`` still in the journal, in no order."""
        return self._conversations.get_many(ids)

    def count(self) -> int:
        """How many conversations the journal holds."""
        return db.execute_sql("SELECT COUNT(*) FROM conversation").fetchone()[0]
