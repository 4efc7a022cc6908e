"""Before a conversation: for each person in it, the question to ask, what is
still open between you (help offered, follow-ups noted) and what they look for.

The conversation dialog shows these in its side panel; it is handed
``AgendaService.briefs`` and never reads the store itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from relations_app.records import PersonRef
from relations_app.services import agenda_data
from relations_app.services.agenda import Promise, follow_up_promise, help_promise
from relations_app.storage.database import db

OPEN_HELP_OF = """
    SELECT id FROM help WHERE direction = 'given' AND status IN ('offered', 'in_progress')
    AND person_id IN ({marks})
"""
OPEN_FOLLOW_UPS_OF = """
    SELECT DISTINCT c.id FROM conversation c JOIN participant p ON p.conversation_id = c.id
    WHERE p.person_id IN ({marks}) AND c.follow_up != '' AND c.follow_up_done = 0
"""
MOST_PEOPLE = 10  # a conversation with more is a gathering: the panel shows the first few


@dataclass(frozen=True, slots=True)
class Brief:
    person: PersonRef
    question: str
    looking_for: tuple[str, ...]
    promises: tuple[Promise, ...]  # open help I offered them, then open follow-ups with them


def _ids(sql: str, person_ids: list[int]) -> list[int]:
    marks = ",".join("?" * len(person_ids))
    return [row[0] for row in db.execute_sql(sql.format(marks=marks), person_ids)]


def briefs(person_ids: Iterable[int], today: dt.date) -> list[Brief]:
    """A brief for each person (in the order given, the first MOST_PEOPLE)."""
    wanted = list(dict.fromkeys(person_ids))[:MOST_PEOPLE]
    if not wanted:
        return []
    people = agenda_data.people_by_id(wanted)
    helps = agenda_data.help_by_id(_ids(OPEN_HELP_OF, wanted))
    talks = agenda_data.conversations_by_id(_ids(OPEN_FOLLOW_UPS_OF, wanted))
    found = []
    for pid in wanted:
        person = people.get(pid)
        if person is None:
            continue
        ref = PersonRef(pid, person.name)
        promises = [
            help_promise(ref, h, today)
            for h in sorted(helps.values(), key=lambda h: (h.offered_on, h.id))
            if h.person_id == pid
        ]
        promises += [
            follow_up_promise(c, today)
            for c in sorted(talks.values(), key=lambda c: (c.date, c.id))
            if c.follow_up.strip() and any(p.id == pid for p in c.people)
        ]
        found.append(Brief(ref, person.next_question, person.looking_for, tuple(promises)))
    return found
