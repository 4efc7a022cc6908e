"""Words the user reads for the stored codes (circles, channels, help kinds...).

Shared by the tables, the dialogs, the printed overview and the command line.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import Qt

from relations_app.birthdays import LEAP_YEAR, Birthday
from relations_app.counted import LABELS
from relations_app.i18n import number, translate
from relations_app.records import Channel, Circle, Direction, HelpKind, HelpStatus

if TYPE_CHECKING:  # services import this module: no import of services at run time
    from relations_app.services.practice import Reconnect


def circle_label(circle: Circle) -> str:
    return {
        Circle.INNER: translate("Labels", "Inner"),
        Circle.CLOSE: translate("Labels", "Close"),
        Circle.WIDER: translate("Labels", "Wider"),
        Circle.ACQUAINTANCE: translate("Labels", "Acquaintance"),
    }[circle]


def circle_name(circle: Circle) -> str:
    """The circle as a title ("Inner circle"): whole, so a language can order its words."""
    return {
        Circle.INNER: translate("Labels", "Inner circle"),
        Circle.CLOSE: translate("Labels", "Close circle"),
        Circle.WIDER: translate("Labels", "Wider circle"),
        Circle.ACQUAINTANCE: translate("Labels", "Acquaintances"),
    }[circle]


def circle_hint(circle: Circle) -> str:
    return {
        Circle.INNER: translate("Labels", "the very few you would call at 3 a.m."),
        Circle.CLOSE: translate("Labels", "friends you see and share real things with"),
        Circle.WIDER: translate("Labels", "people you know well and like to keep up with"),
        Circle.ACQUAINTANCE: translate("Labels", "people you are getting to know"),
    }[circle]


def channel_label(channel: Channel) -> str:
    return {
        Channel.IN_PERSON: translate("Labels", "In person"),
        Channel.CALL: translate("Labels", "Call"),
        Channel.VIDEO: translate("Labels", "Video"),
        Channel.MESSAGE: translate("Labels", "Message"),
        Channel.EMAIL: translate("Labels", "Email"),
        Channel.LETTER: translate("Labels", "Letter"),
        Channel.OTHER: translate("Labels", "Other"),
    }[channel]


def direction_label(direction: Direction) -> str:
    return {
        Direction.GIVEN: translate("Labels", "I gave"),
        Direction.RECEIVED: translate("Labels", "I received"),
    }[direction]


def help_kind_label(kind: HelpKind) -> str:
    return {
        HelpKind.ADVICE: translate("Labels", "Advice"),
        HelpKind.INTRODUCTION: translate("Labels", "Introduction"),
        HelpKind.TIME: translate("Labels", "Time"),
        HelpKind.SKILL: translate("Labels", "Skill"),
        HelpKind.RESOURCE: translate("Labels", "Resource"),
        HelpKind.OTHER: translate("Labels", "Other"),
    }[kind]


def help_status_label(status: HelpStatus) -> str:
    return {
        HelpStatus.OFFERED: translate("Labels", "Offered"),
        HelpStatus.IN_PROGRESS: translate("Labels", "In progress"),
        HelpStatus.DONE: translate("Labels", "Done"),
        HelpStatus.DECLINED: translate("Labels", "Declined"),
    }[status]


def depth_label(depth: int) -> str:
    return {
        1: translate("Labels", "Small talk"),
        2: translate("Labels", "Catching up"),
        3: translate("Labels", "Personal"),
        4: translate("Labels", "Deep"),
        5: translate("Labels", "Heart to heart"),
    }.get(depth, str(depth))


def depth_dots(depth: int) -> str:
    return "●" * depth + "○" * (5 - depth)


NO_BREAK_SPACE = "\u00a0"


def format_date(day: dt.date | None) -> str:
    """'27 Nov 2026' in the user's language: unambiguous, unlike 11/12/26.

    The parts are joined by non-breaking spaces, so wrapped text (the detail
    pane, messages, printed pages) never splits a date over two lines.
    """
    if day is None:
        return ""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    return text.replace(" ", NO_BREAK_SPACE)


def format_time(time: dt.time) -> str:
    """'14:30', or '2:30 PM' where the user's language writes it so."""
    return QLocale().toString(QTime(time.hour, time.minute), QLocale.FormatType.ShortFormat)


def format_size(size: int) -> str:
    """A file's size in kilobytes, in the user's digits: '1,024 KB', '1 024 Ko'."""
    return translate("Labels", "{0} KB").format(number(max(1, round(size / 1024))))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt renders a tooltip that looks
    like HTML as HTML, so the text is escaped into rich text of its own."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def format_birthday(birthday: Birthday | None) -> str:
    """'14 July' when the year is unknown, '14 Jul 1985' (as every date) when it is."""
    if birthday is None:
        return ""
    born = birthday.date()
    if born is not None:
        return format_date(born)
    day = QDate(LEAP_YEAR, birthday.month, birthday.day)
    return QLocale().toString(day, "d MMMM").replace(" ", NO_BREAK_SPACE)


def relative_days(day: dt.date, today: dt.date) -> str:
    """'today', 'tomorrow', 'in 3 days', '12 days ago'."""
    delta = (day - today).days
    if delta == 0:
        return translate("Labels", "today")
    if delta == 1:
        return translate("Labels", "tomorrow")
    if delta == -1:
        return translate("Labels", "yesterday")
    if delta > 0:
        return LABELS.in_days(delta)
    return LABELS.days_ago(-delta)


def reconnect_text(state: Reconnect) -> str:
    """'due in 3 days', 'due today', '12 days late', 'not now, until 22 Jun 2026':
    the same words in the table, the detail pane, Today and on paper."""
    if state.is_snoozed:
        return translate("Labels", "not now, until {0}").format(format_date(state.snoozed_until))
    late = state.days_late
    if late > 0:
        return LABELS.days_late(late)
    if late == 0:
        return translate("Labels", "due today")
    if late == -1:
        return translate("Labels", "due tomorrow")
    return LABELS.due_in_days(-late)
