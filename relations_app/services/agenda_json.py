"""The agenda as one JSON object, for `relations today --json`.

Keys: date, could_help, promises, reconnect, introductions, coming_up, circles,
month. Every list item has ``people`` (names) and ``why`` (the page's
sentence); reconnect items have ``days_late`` (0 due today, negative not yet
due). Dates are ISO 8601. README.md documents it.
"""

from __future__ import annotations

import datetime as dt

from relations_app.records import Conversation, PersonRef
from relations_app.services import agenda_why
from relations_app.services.agenda import (
    Agenda,
    CircleCount,
    ComingUp,
    HelpIdea,
    IntroductionIdea,
    MonthFigures,
    Promise,
    ReconnectItem,
)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _names(refs: tuple[PersonRef, ...]) -> list[str]:
    return [ref.name for ref in refs]


def _talk(conversation: Conversation | None) -> dict | None:
    if conversation is None:
        return None
    return {"date": _iso(conversation.date), "line": conversation.first_line}


def agenda_document(agenda: Agenda) -> dict:
    today = agenda.today
    return {
        "date": today.isoformat(),
        "could_help": [_could_help(i) for i in agenda.could_help.items],
        "promises": [_promise(p, today) for p in agenda.promises.items],
        "reconnect": [_reconnect(r) for r in agenda.reconnect.items],
        "introductions": [_introduction(i) for i in agenda.introductions.items],
        "coming_up": [_coming_up(c) for c in agenda.coming_up.items],
        "circles": [_circle(c) for c in agenda.circles],
        "month": _month(agenda.month),
    }


def _could_help(idea: HelpIdea) -> dict:
    entry = {"people": [idea.person.name], "why": idea.why}
    if idea.match is not None:
        entry.update(
            looking_for=idea.match.need,
            you_offer=idea.match.offer,
            matched_words=list(idea.match.need_words),
        )
    else:
        entry.update(received=idea.received, given=idea.given)
    return entry


def _promise(promise: Promise, today: dt.date) -> dict:
    return {
        "people": _names(promise.people),
        "why": promise.why,
        "what": promise.what,
        "kind": "help" if promise.help is not None else "follow_up",
        "since": _iso(promise.since),
        "due_on": _iso(promise.due_on),
        "days_late": promise.days_late(today),
    }


def _reconnect(item: ReconnectItem) -> dict:
    return {
        "people": [item.person.name],
        "why": item.why,
        "days_late": item.state.days_late,
        "due_on": _iso(item.state.due_on),
        "every_days": item.state.interval,
        "circle": item.person.circle.value,
        "last_conversation": _talk(item.last),
        "ask_next": item.person.next_question,
    }


def _introduction(idea: IntroductionIdea) -> dict:
    return {
        "people": [idea.seeker.name, idea.giver.name],
        "why": idea.why,
        "looking_for": idea.match.need,
        "can_offer": idea.match.offer,
        "matched_words": list(idea.match.need_words),
    }


def _coming_up(item: ComingUp) -> dict:
    return {
        "people": _names(item.people),
        "why": item.why,
        "date": _iso(item.day),
        "kind": "birthday" if item.promise is None else "promise",
    }


def _circle(count: CircleCount) -> dict:
    return {
        "people": list(count.names),
        "why": count.why,
        "circle": count.circle.value,
        "count": len(count.names),
        "limit": count.limit,
    }


def _month(month: MonthFigures) -> dict:
    return {
        "why": month.why,
        "first_day": _iso(month.first_day),
        "conversations": sum(month.by_depth),
        "by_depth": list(month.by_depth),
        "last_12_months": [
            {"month": day.strftime("%Y-%m"), "by_depth": list(counts)}
            for day, counts in month.months
        ],
        "last_meaningful": [
            {
                "people": _names(talk.people),
                "why": agenda_why.meaningful(circle, talk),
                "circle": circle.value,
                "date": _iso(talk.date),
            }
            for circle, talk in month.meaningful
        ],
        "help_given": month.help_given,
        "help_received": month.help_received,
    }
