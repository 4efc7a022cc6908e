"""Search everything: the people and conversations that hold the words typed.

One read of the full-text index per kind (storage/migrations.py, SEARCH_INDEX),
each word a prefix, accents and case ignored. A conversation matches by the
Journal's own rule (services/journal_list.py): each word is in what it says or
in the name of someone in it, so the search and the Journal's filter always
agree on what "a conversation with these words" is.

People come first, the best matches first (a word in the name counts most);
conversations come newest first. Each kind is cut at a limit and counted in
full, so the window can say how many more there are and where to see them.
"""

from __future__ import annotations

from dataclasses import dataclass

from relations_app.records import Circle, Conversation
from relations_app.services import text_match
from relations_app.services.conversations import ConversationService
from relations_app.services.excerpts import (
    Excerpt,
    first_excerpt,
    matches_in,
    typed_words,
)
from relations_app.services.journal_list import JournalQuery
from relations_app.services.rows import member, read_text
from relations_app.storage.database import db
from relations_app.storage.store import Store

PEOPLE_LIMIT = 50
CONVERSATIONS_LIMIT = 100
# Conversations are counted up to here; past it, "more than 1,000" (counting
# every one of 60,000 matches of a single letter took as long as the search)
COUNT_CAP = 1000

# The person columns in the index's order, with the weight of a match in each
# (bm25): a word in the name says more than a word somewhere in the notes.
PERSON_COLUMNS = (
    ("name", 10.0),
    ("nickname", 8.0),
    ("organisation", 4.0),
    ("city", 3.0),
    ("notes", 1.0),
    ("what_matters", 2.0),
    ("looking_for", 2.0),
    ("can_offer", 2.0),
)
# where an excerpt is taken from, in this order, when not from the name
PERSON_EXCERPT_FIELDS = (
    "organisation",
    "city",
    "what_matters",
    "looking_for",
    "can_offer",
    "notes",
)
CONVERSATION_EXCERPT_FIELDS = ("notes", "learned", "place", "follow_up")

_WEIGHTS = ", ".join(str(weight) for _, weight in PERSON_COLUMNS)
_EXCERPT_COLUMNS = ", ".join(f"p.{field}" for field in PERSON_EXCERPT_FIELDS)
_PEOPLE = f"""
    SELECT p.id, p.name, p.nickname, p.archived, p.circle, {_EXCERPT_COLUMNS}
    FROM person_text JOIN person p ON p.id = person_text.rowid
    WHERE person_text MATCH ?
    ORDER BY p.archived, bm25(person_text, {_WEIGHTS}), p.id
    LIMIT ?"""


@dataclass(frozen=True)
class PersonHit:
    id: int
    name: str
    nickname: str
    circle: Circle
    organisation: str
    city: str
    archived: bool
    excerpt: Excerpt | None  # None when the name holds every word


@dataclass(frozen=True)
class ConversationHit:
    conversation: Conversation
    # None when only the names of the people in it hold the words
    excerpt: Excerpt | None


@dataclass(frozen=True)
class SearchResults:
    text: str
    words: tuple[str, ...]  # the words typed, folded: what to highlight
    people: tuple[PersonHit, ...] = ()
    people_count: int = 0  # all the people found, shown or not
    conversations: tuple[ConversationHit, ...] = ()
    conversations_count: int = 0  # at most COUNT_CAP + 1: more than COUNT_CAP

    def empty(self) -> bool:
        return not self.people and not self.conversations


class SearchService:
    def __init__(self, store: Store, conversations: ConversationService) -> None:
        self._store = store
        self._conversations = conversations

    def search(
        self,
        text: str,
        people_limit: int | None = None,
        conversations_limit: int | None = None,
    ) -> SearchResults:
        """At most ``people_limit`` people (PEOPLE_LIMIT) and
        ``conversations_limit`` conversations (CONVERSATIONS_LIMIT), and how many
        there are in all."""
        return self._store.searching(
            lambda: self._search(
                text, people_limit or PEOPLE_LIMIT, conversations_limit or CONVERSATIONS_LIMIT
            )
        )

    def _search(self, text: str, people_limit: int, conversations_limit: int) -> SearchResults:
        words = typed_words(text)
        query = text_match.all_of(text)
        if query is None:
            return SearchResults(text, words)
        people, people_count = self._people(query, words, people_limit)
        conversations, conversations_count = self._conversations_with(
            text, words, conversations_limit
        )
        return SearchResults(text, words, people, people_count, conversations, conversations_count)

    def _people(
        self, query: str, words: tuple[str, ...], limit: int
    ) -> tuple[tuple[PersonHit, ...], int]:
        hits = tuple(_person_hit(row, words) for row in db.execute_sql(_PEOPLE, [query, limit]))
        if len(hits) < limit:
            return hits, len(hits)
        sql = "SELECT count(*) FROM person_text WHERE person_text MATCH ?"
        return hits, db.execute_sql(sql, [query]).fetchone()[0]

    def _conversations_with(
        self, text: str, words: tuple[str, ...], limit: int
    ) -> tuple[tuple[ConversationHit, ...], int]:
        # One read for the rows shown and the count: each word's matches are
        # gathered once, not once more for a count (two one-letter words at
        # 100,000 conversations: 90 ms, not 180)
        journal = JournalQuery(text=text)
        where, params = journal.where(walk_order=True)
        sql = f"SELECT c.id FROM conversation c WHERE {where} ORDER BY {journal.order_by()} LIMIT ?"
        found = [row[0] for row in db.execute_sql(sql, [*params, max(limit, COUNT_CAP + 1)])]
        ids = found[:limit]
        by_id = {c.id: c for c in self._conversations.get_many(ids)}
        hits = tuple(
            ConversationHit(by_id[i], _conversation_excerpt(by_id[i], words))
            for i in ids
            if i in by_id
        )
        return hits, len(found) if len(found) > limit else len(hits)


def _person_hit(row: tuple, words: tuple[str, ...]) -> PersonHit:
    person_id, name, nickname, archived, circle, *stored = row
    name, nickname = read_text(name), read_text(nickname)
    fields = [read_text(value) for value in stored]
    organisation, city = fields[0], fields[1]
    left = _not_in(words, f"{name} {nickname}")
    found = first_excerpt(zip(PERSON_EXCERPT_FIELDS, fields, strict=True), left) if left else None
    return PersonHit(
        person_id,
        name,
        nickname,
        member(Circle, circle),
        organisation,
        city,
        bool(archived),
        found,
    )


def _conversation_excerpt(conversation: Conversation, words: tuple[str, ...]) -> Excerpt | None:
    names = " ".join(ref.name for ref in conversation.people)
    left = _not_in(words, names) or words
    return first_excerpt(
        ((field, getattr(conversation, field)) for field in CONVERSATION_EXCERPT_FIELDS), left
    )


def _not_in(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The words no word of ``text`` starts with."""
    return tuple(word for word in words if not matches_in(text, (word,)))
