"""The bulk reads behind the Today agenda: a fixed handful of queries, whatever
the number of people (the agenda must build in under 200 ms at 10,000 people
and 100,000 conversations; see docs/performance.md)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from relations_app.birthdays import Birthday
from relations_app.records import (
    MAX_DEPTH,
    Circle,
    Conversation,
    Help,
    HelpKind,
    Person,
)
from relations_app.services import rows
from relations_app.services.conversations import conversation_records
from relations_app.services.people import people_where
from relations_app.storage.database import db
from relations_app.storage.tables import ConversationTable, HelpTable, PersonTable

PERSON_ROWS_SQL = """
    SELECT id, name, circle, keep_in_touch_days, created_at, snoozed_until, birthday,
           looking_for, can_offer
    FROM person WHERE archived = 0
"""

OPEN_HELP_SQL = """
    SELECT id, person_id, offered_on, due_on FROM help
    WHERE direction = 'given' AND status IN ('offered', 'in_progress')
      AND person_id IN (SELECT id FROM person WHERE archived = 0)
"""

# Open follow-ups through a partial index (schema 2): only the rows still to do.
OPEN_FOLLOW_UPS_SQL = """
    SELECT c.id, c.date, c.follow_up_due FROM conversation c
    WHERE c.follow_up != '' AND c.follow_up_done = 0
      AND trim(c.follow_up, char(32, 9, 10, 13)) != ''
      AND EXISTS (
        SELECT 1 FROM participant p JOIN person pe ON pe.id = p.person_id
        WHERE p.conversation_id = c.id AND pe.archived = 0)
"""


class PersonRow(NamedTuple):
    """What the agenda ranks people by, read light: a full Person is built only
    for the few items shown. Its fields are named as Person's, so the practice
    rules take either."""

    id: int
    name: str
    circle: Circle
    keep_in_touch_days: int | None
    created_at: dt.datetime | None
    snoozed_until: dt.date | None
    birthday: Birthday | None  # the year may be unknown
    looking_for: tuple[str, ...]
    can_offer: tuple[str, ...]
    archived: bool = False


def person_rows() -> list[PersonRow]:
    """Everyone not archived, light. Dates are read the quick way; when one
    cannot be read (a hand edit), every row is read again forgivingly."""
    return _read_person_rows(db.execute_sql(PERSON_ROWS_SQL).fetchall())


def first_screen_rows(start: dt.date, end: dt.date) -> list[PersonRow]:
    """The people the top of Today can show: with a need, with a birthday, or
    whom I received more help from than I gave between ``start`` and ``end``
    (help_owed). A tenth of everyone in a large journal, in the same order."""
    return _read_person_rows(db.execute_sql(FIRST_SCREEN_ROWS_SQL, (start, end)).fetchall())


def circle_names() -> list[tuple[Circle, str]]:
    """(circle, name) of everyone not archived."""
    circles = {c.value: c for c in Circle}
    return [
        (circles.get(circle) or rows.member(Circle, circle), rows.read_text(name))
        for circle, name in db.execute_sql(CIRCLE_NAMES_SQL)
    ]


def _read_person_rows(found: list[tuple]) -> list[PersonRow]:
    try:
        return _person_rows(found, dt.datetime.fromisoformat, dt.date.fromisoformat, Birthday.parse)
    except (TypeError, ValueError):
        return _person_rows(found, rows.read_moment, rows.read_date, rows.read_birthday)


def _person_rows(found: list[tuple], moment, day, birthday_of) -> list[PersonRow]:
    """Dates read with the quick readers, or, when one another program wrote
    cannot be read that way, with the forgiving ones of services/rows.py; texts
    and the interval always forgivingly (bytes or a word where they belong)."""
    text = rows.read_text
    circles = {c.value: c for c in Circle}  # Circle(code) costs ten times a lookup
    return [
        PersonRow(
            pid,
            text(name),
            circles.get(circle) or rows.member(Circle, circle),
            rows.read_number(days, None),
            moment(created) if created else None,
            day(snoozed) if snoozed else None,
            birthday_of(born) if born else None,
            tuple(text(looking_for).split("\n")) if looking_for else (),
            tuple(text(can_offer).split("\n")) if can_offer else (),
        )
        for pid, name, circle, days, created, snoozed, born, looking_for, can_offer in found
    ]


def open_follow_up_dates() -> list[tuple[int, dt.date, dt.date | None]]:
    """(conversation id, its day, the follow-up's due date) for every open
    follow-up with someone not archived."""
    return [
        (cid, rows.read_day(day), rows.read_date(due))
        for cid, day, due in db.execute_sql(OPEN_FOLLOW_UPS_SQL)
    ]


# Each person's latest conversation, found through the participant index: a few
# rows per person, not a sort of every conversation.
LATEST_CONVERSATION_SQL = """
    SELECT p.person_id, (
        SELECT c.id FROM participant p2 JOIN conversation c ON c.id = p2.conversation_id
        WHERE p2.person_id = p.person_id
        ORDER BY c.date DESC, c.time DESC, c.id DESC LIMIT 1)
    FROM (SELECT DISTINCT person_id FROM participant WHERE person_id IN ({marks})) p
"""

# Help that counts in the balance: given or received, not declined, dated by
# when it was done (or offered, while it is not done yet).
HELP_IN_PERIOD = """
    FROM help WHERE status != 'declined' AND COALESCE(done_on, offered_on) BETWEEN ? AND ?
"""
OWED = "GROUP BY person_id HAVING SUM(direction = 'received') > SUM(direction = 'given')"
OWED_SQL = f"""
    SELECT person_id, SUM(direction = 'given'), SUM(direction = 'received') {HELP_IN_PERIOD}
    {OWED}
"""
FIRST_SCREEN_ROWS_SQL = f"""
    {PERSON_ROWS_SQL}
      AND (IFNULL(looking_for, '') != '' OR IFNULL(birthday, '') != ''
           OR id IN (SELECT person_id {HELP_IN_PERIOD} {OWED}))
"""
CIRCLE_NAMES_SQL = "SELECT circle, name FROM person WHERE archived = 0"
HELP_TOTALS_SQL = f"""
    SELECT COALESCE(SUM(direction = 'given'), 0), COALESCE(SUM(direction = 'received'), 0)
    {HELP_IN_PERIOD}
"""

DEPTH_BY_MONTH_SQL = """
    SELECT substr(date, 1, 7), depth, COUNT(*) FROM conversation
    WHERE date BETWEEN ? AND ? GROUP BY 1, 2
"""

# Newest first through the date index: reading stops once every circle is found.
MEANINGFUL_SQL = """
    SELECT pe.circle, c.id FROM conversation c INDEXED BY conversation_date
    JOIN participant p ON p.conversation_id = c.id
    JOIN person pe ON pe.id = p.person_id
    WHERE c.depth >= ? AND c.date <= ? AND pe.archived = 0
    ORDER BY c.date DESC, c.id DESC
"""
MEANINGFUL_DEPTH = 4
CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on parameters


def chunked(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def latest_conversations(person_ids: Iterable[int]) -> dict[int, Conversation]:
    """Each person's latest conversation (the newest by date, time and id)."""
    latest: dict[int, int] = {}
    for chunk in chunked(person_ids):
        sql = LATEST_CONVERSATION_SQL.format(marks=",".join("?" * len(chunk)))
        latest.update(db.execute_sql(sql, chunk).fetchall())
    found = conversations_by_id(latest.values())
    return {pid: found[cid] for pid, cid in latest.items() if cid in found}


def people_by_id(ids: Iterable[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    for chunk in chunked(set(ids)):
        found.update((p.id, p) for p in people_where(PersonTable.id.in_(chunk)))
    return found


def names_by_id(ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunked(set(ids)):
        sql = f"SELECT id, name FROM person WHERE id IN ({','.join('?' * len(chunk))})"
        found.update((pid, rows.read_text(name)) for pid, name in db.execute_sql(sql, chunk))
    return found


def conversations_by_id(ids: Iterable[int]) -> dict[int, Conversation]:
    found: dict[int, Conversation] = {}
    for chunk in chunked(set(ids)):
        query = ConversationTable.select().where(ConversationTable.id.in_(chunk))
        found.update((c.id, c) for c in conversation_records(query))
    return found


def open_help_dates() -> list[tuple[int, int, dt.date, dt.date | None]]:
    """(help id, person id, offered on, due on) of the help I offered and have
    not done (nor seen declined). Read the quick way, as person rows are; when
    a date cannot be read that way, every row again forgivingly."""
    found = db.execute_sql(OPEN_HELP_SQL).fetchall()
    day = dt.date.fromisoformat  # 0.6 ms for 6,000 rows, the forgiving readers 2.1 ms
    try:
        return [
            (hid, pid, day(offered), day(due) if due else None) for hid, pid, offered, due in found
        ]
    except (TypeError, ValueError):
        return [
            (hid, pid, rows.read_day(offered), rows.read_date(due))
            for hid, pid, offered, due in found
        ]


def help_by_id(ids: Iterable[int]) -> dict[int, Help]:
    found: dict[int, Help] = {}
    for chunk in chunked(set(ids)):
        query = HelpTable.select(*rows.HELP_COLUMNS).where(HelpTable.id.in_(chunk))
        found.update((h.id, h) for h in map(rows.help_from_raw, db.execute_sql(*query.sql())))
    return found


def help_owed(start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """(given, received) in the period for the people I received more help from
    than I gave them; declined help left out."""
    return {
        pid: (given, received) for pid, given, received in db.execute_sql(OWED_SQL, (start, end))
    }


def help_totals(start: dt.date, end: dt.date) -> tuple[int, int]:
    """(given, received) in the period, everyone together."""
    given, received = db.execute_sql(HELP_TOTALS_SQL, (start, end)).fetchone()
    return given, received


def introduced_pairs() -> set[frozenset[int]]:
    """Every two people I already introduced to each other, whichever way round."""
    query = HelpTable.select(HelpTable.person, HelpTable.introduced).where(
        (HelpTable.kind == HelpKind.INTRODUCTION.value) & HelpTable.introduced.is_null(False)
    )
    return {frozenset(pair) for pair in query.tuples()}


def depth_by_month(first_month: dt.date, today: dt.date) -> dict[str, list[int]]:
    """'2026-06' -> conversations held that month at depth 1..5."""
    found: dict[str, list[int]] = defaultdict(lambda: [0] * MAX_DEPTH)
    for month, depth, count in db.execute_sql(DEPTH_BY_MONTH_SQL, (first_month, today)):
        if 1 <= depth <= MAX_DEPTH:
            found[month][depth - 1] += count
    return found


def last_meaningful(today: dt.date) -> dict[Circle, Conversation]:
    """Per circle, the latest conversation of depth 4 or 5 with someone in it."""
    wanted: dict[Circle, int] = {}
    cursor = db.execute_sql(MEANINGFUL_SQL, (MEANINGFUL_DEPTH, today))
    for circle, conversation_id in cursor:
        wanted.setdefault(rows.member(Circle, circle), conversation_id)
        if len(wanted) == len(Circle):
            break
    cursor.close()
    found = conversations_by_id(wanted.values())
    return {circle: found[cid] for circle, cid in wanted.items() if cid in found}
