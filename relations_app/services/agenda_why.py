"""Why each item is on the Today agenda, as one sentence in the user's language.

The page shows these under each item and `relations today` prints them, so
both say the same thing.
"""

from __future__ import annotations

import datetime as dt

from relations_app.birthdays import Birthday
from relations_app.counted import TODAY
from relations_app.i18n import translate
from relations_app.labels import (
    circle_label,
    format_birthday,
    format_date,
    reconnect_text,
    relative_days,
)
from relations_app.records import Circle, Conversation, Help, Person
from relations_app.services.matching import Match
from relations_app.services.practice import Reconnect


def need_meets_offer(person: Person, match: Match) -> str:
    return translate("Today", "{0} is looking for “{1}”; you can offer “{2}”.").format(
        person.name, match.need, match.offer
    )


def _times(count: int) -> str:
    return TODAY.times(count)


def received_more(person: Person, received: int, given: int) -> str:
    if given == 0:
        return translate(
            "Today",
            "You received help from {0} {1} in the last 12 months and gave none: "
            "what could you do for {0}?",
        ).format(person.name, _times(received))
    return translate(
        "Today",
        "You received help from {0} {1} in the last 12 months and gave {2}: "
        "what could you do for {0}?",
    ).format(person.name, _times(received), _times(given))


def _due(due_on: dt.date | None, today: dt.date) -> str:
    if due_on is None:
        return translate("Today", "no date was set")
    if due_on == today:
        return translate("Today", "it is due today")
    if due_on < today:
        return translate("Today", "it was due {0}").format(relative_days(due_on, today))
    return translate("Today", "it is due {0}").format(relative_days(due_on, today))


def help_promise(help_record: Help, today: dt.date) -> str:
    return translate("Today", "You offered this {0}; {1}.").format(
        relative_days(help_record.offered_on, today), _due(help_record.due_on, today)
    )


def follow_up_promise(conversation: Conversation, today: dt.date) -> str:
    return translate("Today", "You noted this after your conversation of {0}; {1}.").format(
        format_date(conversation.date), _due(conversation.follow_up_due, today)
    )


def reconnect(person: Person, state: Reconnect, last: Conversation | None, today: dt.date) -> str:
    days = state.interval
    every = TODAY.every_days(days)
    if last is not None:
        return translate("Today", "You keep in touch {0} and last talked {1}: {2}.").format(
            every, relative_days(last.date, today), reconnect_text(state)
        )
    added = person.created_at.date() if person.created_at else today
    return translate(
        "Today", "You keep in touch {0} and have not talked since adding them {1}: {2}."
    ).format(every, relative_days(added, today), reconnect_text(state))


def introduction(seeker: Person, giver: Person, match: Match) -> str:
    return translate("Today", "{0} is looking for “{1}”; {2} can offer “{3}”.").format(
        seeker.name, match.need, giver.name, match.offer
    )


def birthday(person: Person, day: dt.date, today: dt.date) -> str:
    """The day as a birthday is said ("14 July"), with the age it brings when
    the year of birth is known."""
    when = format_birthday(Birthday(day.month, day.day))
    born = person.birthday
    if born is not None and born.has_year:
        return translate("Today", "{0} turns {1} {2} ({3}).").format(
            person.name, day.year - born.year, relative_days(day, today), when
        )
    return translate("Today", "{0} has a birthday {1} ({2}).").format(
        person.name, relative_days(day, today), when
    )


def due_soon(what: str, names: str, due_on: dt.date, today: dt.date) -> str:
    return translate("Today", "“{0}” for {1} is due {2} ({3}).").format(
        " ".join(what.split()), names, relative_days(due_on, today), format_date(due_on)
    )


def circle(which: Circle, count: int, limit: int) -> str:
    name = circle_label(which).lower()
    if count > limit:
        return TODAY.circle_over(name, count, limit)
    return TODAY.circle_within(name, count, limit)


def meaningful(which: Circle, talk: Conversation) -> str:
    return translate("Today", "Your last deep conversation in your {0} circle: {1}.").format(
        circle_label(which).lower(), format_date(talk.date)
    )


def month(conversations: int, deep: int, given: int, received: int) -> str:
    if conversations == 0:
        text = translate("Today", "No conversation logged this month yet.")
    else:
        text = TODAY.conversations_this_month(conversations, deep)
    if given or received:
        text += " " + translate("Today", "Help given: {0}, received: {1}.").format(given, received)
    return text
