"""The Today page's items, one builder per kind of agenda record.

Each item says who and what, why it is there (the agenda's sentence), and has
its actions right there. The buttons emit the page's signals; the page's
commands (ui/today_commands.py) act on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from relations_app.colours import Tone, css
from relations_app.i18n import labelled, quoted, translate
from relations_app.labels import format_date, reconnect_text, relative_days
from relations_app.records import PersonRef
from relations_app.services.agenda import (
    ComingUp,
    HelpIdea,
    IntroductionIdea,
    Promise,
    ReconnectItem,
)
from relations_app.ui.widgets.cards import Item, Line, escaped, link_button, menu_button, short

if TYPE_CHECKING:
    from relations_app.ui.today_page import TodayPage

NOTE_LENGTH = 120  # of the last conversation's notes, on one line


def name_html(name: str) -> str:
    return f"<b>{escaped(short(name))}</b>"


def as_label(text: str) -> str:
    """User text in a button's label: an & shown as written, not a shortcut."""
    return text.replace("&", "&&")


def names_html(people: Sequence[PersonRef]) -> str:
    return ", ".join(name_html(ref.name) for ref in people)


def tinted(markup: str, tone: Tone) -> str:
    return f'<span style="color: {css(tone)};">{markup}</span>'


def headline(who: str, what: str = "", tone: Tone | None = None) -> str:
    """'<b>Ana</b> · 12 days late', the second part escaped here."""
    if not what:
        return who
    text = escaped(what)
    return f"{who} · {tinted(text, tone) if tone else text}"


def detail(text: str, tone: Tone = Tone.MUTED) -> Line:
    return Line(text, tone)


def help_idea(page: TodayPage, idea: HelpIdea) -> Item:
    person = idea.person
    details: list[Line] = []
    offer = ""
    if idea.match is not None:
        offer = idea.match.offer
        details.append(
            detail(
                translate("TodayPage", "Words in common: {0}").format(idea.match.words()),
                Tone.FAINT,
            )
        )
    return Item(
        name_html(person.name),
        idea.why,
        details,
        [
            link_button(
                translate("TodayPage", "Record help…"),
                lambda: page.help_requested.emit(person.id, offer),
            ),
            link_button(translate("TodayPage", "Open"), lambda: page.person_opened.emit(person.id)),
        ],
    )


def promise(page: TodayPage, item: Promise, today: dt.date) -> Item:
    late = item.due_on is not None and item.due_on < today
    what = f"{names_html(item.people)} · {escaped(quoted(short(item.what, NOTE_LENGTH)))}"
    if late:
        what += " · " + tinted(escaped(translate("TodayPage", "late")), Tone.LATE)
    return Item(what, item.why, [], _promise_actions(page, item))


def _promise_actions(page: TodayPage, item: Promise) -> list:
    if item.help is not None:
        help_id, person_id = item.help.id, item.help.person_id
        return [
            link_button(
                translate("TodayPage", "Mark done"), lambda: page.help_done_requested.emit(help_id)
            ),
            link_button(translate("TodayPage", "Open"), lambda: page.person_opened.emit(person_id)),
        ]
    conversation_id = item.conversation.id if item.conversation else None
    return [
        link_button(
            translate("TodayPage", "Mark done"),
            lambda: page.follow_up_done_requested.emit(conversation_id),
        ),
        link_button(
            translate("TodayPage", "Open"), lambda: page.conversation_opened.emit(conversation_id)
        ),
    ]


def reconnect(page: TodayPage, item: ReconnectItem, today: dt.date) -> Item:
    person, state = item.person, item.state
    late = state.days_late > 0
    what = headline(name_html(person.name), reconnect_text(state), Tone.LATE if late else None)
    details: list[Line] = []
    if item.last is not None:
        said = " ".join(item.last.notes.split())
        text = translate("TodayPage", "Last talked on {0}").format(format_date(item.last.date))
        if said:
            text = labelled(text, short(said, NOTE_LENGTH))
        details.append(detail(text))
    if person.next_question.strip():
        ask = translate("TodayPage", "Ask: {0}").format(
            short(person.next_question, NOTE_LENGTH * 2)
        )
        details.append(Line(ask, Tone.TEXT, tint=Tone.ASK))
    pid = person.id
    actions = [
        link_button(
            translate("TodayPage", "Log conversation…"), lambda: page.log_requested.emit(pid)
        ),
        menu_button(
            translate("TodayPage", "Not now"),
            lambda: page.snooze_requested.emit(pid, False),
            [
                (
                    translate("TodayPage", "Not for a week"),
                    lambda: page.snooze_requested.emit(pid, False),
                ),
                (
                    translate("TodayPage", "Until a day you choose…"),
                    lambda: page.snooze_requested.emit(pid, True),
                ),
            ],
        ),
        link_button(
            translate("TodayPage", "Change interval…"), lambda: page.interval_requested.emit(pid)
        ),
        link_button(translate("TodayPage", "Open"), lambda: page.person_opened.emit(pid)),
    ]
    actions[1].setToolTip(
        translate("TodayPage", "Hide them from this list for a week, or until a day you choose")
    )
    return Item(what, item.why, details, actions)


def introduction(page: TodayPage, idea: IntroductionIdea) -> Item:
    seeker, giver = idea.seeker, idea.giver
    who = translate("TodayPage", "{0} and {1}").format(
        name_html(seeker.name), name_html(giver.name)
    )
    words = detail(
        translate("TodayPage", "Words in common: {0}").format(idea.match.words()),
        Tone.FAINT,
    )
    note = idea.why
    return Item(
        who,
        idea.why,
        [words],
        [
            link_button(
                translate("TodayPage", "Record introduction…"),
                lambda: page.introduction_requested.emit(seeker.id, giver.id, note),
            ),
            link_button(
                translate("TodayPage", "Open {0}").format(as_label(short(seeker.name, 24))),
                lambda: page.person_opened.emit(seeker.id),
            ),
            link_button(
                translate("TodayPage", "Open {0}").format(as_label(short(giver.name, 24))),
                lambda: page.person_opened.emit(giver.id),
            ),
        ],
    )


def coming(page: TodayPage, item: ComingUp, today: dt.date) -> Item:
    when = escaped(relative_days(item.day, today))
    what = f"{names_html(item.people)} · {tinted(when, Tone.HEADING)}"
    if item.promise is not None:
        return Item(what, item.why, [], _promise_actions(page, item.promise))
    pid = item.people[0].id
    return Item(
        what,
        item.why,
        [],
        [
            link_button(
                translate("TodayPage", "Log conversation…"), lambda: page.log_requested.emit(pid)
            ),
            link_button(translate("TodayPage", "Open"), lambda: page.person_opened.emit(pid)),
        ],
    )
