"""The relationship overview as a QTextDocument, built from OverviewData alone.

No widget and no printer here: the preview, the PDF export, the command line
and the tests all print the document this module builds.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from html import escape

from PySide6.QtGui import QFont, QGuiApplication, QTextDocument, QTextOption

from relations_app import APP_NAME
from relations_app.counted import OVERVIEW
from relations_app.i18n import number, translate
from relations_app.labels import (
    channel_label,
    circle_label,
    circle_name,
    format_date,
    help_kind_label,
    help_status_label,
    reconnect_text,
    relative_days,
)
from relations_app.printing.markup import (
    BODY_POINT_SIZE,
    FONT_FAMILY,
    STYLE_SHEET,
    heading,
    joined,
    muted,
    paragraph,
    text,
)
from relations_app.printing.person_section import (
    COMPACT,
    PER_PERSON,
    follow_up_line,
    person_html,
)
from relations_app.records import Circle, Direction, Help, HelpStatus
from relations_app.services.overview import Layout, OverviewData, PersonOverview, Who

# the summary's to-do lists stop here: each person's part has the rest
SUMMARY_LIST_LIMIT = 12
# "People by circle" names this many per circle, then says how many more: an inner
# circle of 2,500 was pages of commas, which nobody reads on paper
CIRCLE_NAMES_LIMIT = 40
DEEP = 4  # depth from which a conversation counts as deep
# People a document holds: Qt lays a document out on at most 2**23 pixels
# (about 8,500 pages at 96 dpi), past which the rest piles up unseen at its
# end: 1,658 of 10,000 people were missing from the PDF. A thousand people,
# a page or two each, stay far below; smaller journals print as one document.
PEOPLE_PER_DOCUMENT = 1000
# the first person of a document: it starts on a page of its own already
UNBROKEN = dataclasses.replace(PER_PERSON, page_break=False)


def title() -> str:
    return translate("Overview", "Relationship overview")


def build_overview_document(data: OverviewData) -> QTextDocument:
    """The whole overview as one document (a journal of up to PEOPLE_PER_DOCUMENT)."""
    return _document(overview_html(data))


def build_overview_documents(data: OverviewData) -> list[QTextDocument]:
    """The overview as documents printed one after the other: the first with
    everything before the people's pages and the first PEOPLE_PER_DOCUMENT of
    them, each next one with as many more."""
    return [_document(html) for html in overview_parts(data)]


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BODY_POINT_SIZE)
    # no hinting: glyph advances stay exact at any printer resolution
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # no "ﬁ"/"ﬀ" ligature glyphs: text copied or searched in the PDF stays plain letters
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    option = QTextOption()
    # a 20,000-character word-less line must still wrap inside the page
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # lines run in the language's direction, not that of their first letter:
    # a sentence starting with a name written right to left stays in order
    option.setTextDirection(QGuiApplication.layoutDirection())
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE_SHEET)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title())
    document.setHtml(html)
    return document


def overview_html(data: OverviewData) -> str:
    return "".join(overview_parts(data))


def overview_parts(data: OverviewData) -> list[str]:
    """The HTML of each document of the overview (build_overview_documents)."""
    if not data.people:
        return [_title_block(data) + _nobody(data)]
    groups = [
        data.people[start : start + PEOPLE_PER_DOCUMENT]
        for start in range(0, len(data.people), PEOPLE_PER_DOCUMENT)
    ]
    first = _front(data) + _people(data, groups[0])
    return [first] + [_people(data, group, first_in_document=True) for group in groups[1:]]


def _front(data: OverviewData) -> str:
    """Everything before the people's own pages."""
    parts = [_title_block(data)]
    parts.append(_figures(data))
    parts.append(_my_values(data))
    parts.append(_people_by_circle(data))
    parts.append(_conversations(data))
    parts.append(_help(data))
    parts.append(_could_help(data))
    parts.append(_overdue(data))
    parts.append(_follow_ups(data))
    parts.append(_open_help(data))
    return "".join(parts)


def _title_block(data: OverviewData) -> str:
    choices = data.choices
    period = (
        translate("Overview", "conversations since {0}").format(format_date(choices.since))
        if choices.since
        else translate("Overview", "all conversations")
    )
    notes = translate("Overview", "includes private notes") if choices.include_private_notes else ""
    subtitle = joined([format_date(data.today), _who(data), period, notes])
    return (
        paragraph(escape(APP_NAME.upper()), "kicker")
        + heading(1, escape(title()))
        + paragraph(escape(subtitle), "subtitle")
        + paragraph("&nbsp;", "rule")
    )


def _who(data: OverviewData) -> str:
    choices = data.choices
    if choices.who is Who.CIRCLE:
        return circle_name(choices.circle)
    if choices.who is Who.SELECTED and len(data.people) == 1:
        return data.people[0].person.name
    if choices.who is Who.SELECTED:
        return OVERVIEW.chosen_people(len(data.people))
    return translate("Overview", "everyone")


def _nobody(data: OverviewData) -> str:
    """The friendly single page of an empty journal, or of a choice with no one in it."""
    if data.choices.who is Who.EVERYONE:
        lines = [
            translate("Overview", "Your journal is still empty."),
            translate(
                "Overview",
                "Add the few people who matter, log a conversation when you talk, "
                "note the values you share and the help you give: then print again.",
            ),
        ]
    else:
        lines = [
            translate("Overview", "No one to print with these choices."),
            translate(
                "Overview", "Choose everyone, another circle or other people, then print again."
            ),
        ]
    return heading(2, escape(lines[0])) + paragraph(escape(lines[1]))


def _figures(data: OverviewData) -> str:
    """Four numbers across the page: the overview at a glance."""
    deep = sum(1 for c in data.conversations if c.depth >= DEEP)
    given = sum(1 for h in data.help if h.direction is Direction.GIVEN)
    figures = [
        (len(data.people), OVERVIEW.people_figure(len(data.people))),
        (len(data.conversations), OVERVIEW.conversations_figure(len(data.conversations))),
        (deep, translate("Overview", "deep or heart to heart")),
        (given, translate("Overview", "help given")),
    ]
    cards = [
        f'<td class="figure" width="24%"><span class="number">{number}</span><br/>'
        f'<span class="label">{escape(label)}</span></td>'
        for number, label in figures
    ]
    # narrow empty cells between the cards, so the row is flush with the text on both sides
    cells = '<td width="1%"></td>'.join(cards)
    return f'<table width="100%" cellspacing="0" cellpadding="9"><tr>{cells}</tr></table>'


def _my_values(data: OverviewData) -> str:
    if not data.my_values:
        body = paragraph(
            escape(translate("Overview", "You have not written down your values yet.")), "none"
        )
    else:
        body = "".join(
            paragraph(
                f"<b>{escape(v.name)}</b>"
                + (f" — {text(v.description)}" if v.description.strip() else "")
            )
            for v in data.my_values
        )
    return heading(2, escape(translate("Overview", "My values"))) + body


def _people_by_circle(data: OverviewData) -> str:
    items = []
    for circle, people in data.by_circle().items():
        if people:
            names = ", ".join(escape(p.name) for p in people[:CIRCLE_NAMES_LIMIT])
            rest = len(people) - CIRCLE_NAMES_LIMIT
            if rest > 0:
                names += " " + muted(OVERVIEW.more_on_their_pages(rest))
            items.append(
                paragraph(
                    f"<b>{escape(circle_label(circle))}</b> {muted(f'({number(len(people))})')}"
                    f" &nbsp;{names}"
                )
            )
    return heading(2, escape(translate("Overview", "People by circle"))) + "".join(items)


def _conversations(data: OverviewData) -> str:
    """Per circle: how many we talked with, how often, how deep."""
    since = data.choices.since
    title_text = (
        translate("Overview", "Conversations since {0}").format(format_date(since))
        if since
        else translate("Overview", "All conversations")
    )
    if not data.conversations:
        return heading(2, escape(title_text)) + paragraph(
            escape(translate("Overview", "None in this period.")), "none"
        )
    return heading(2, escape(title_text)) + _circle_table(data) + _channels(data)


def _circle_table(data: OverviewData) -> str:
    header = [
        translate("Overview", "Circle"),
        translate("Overview", "People"),
        translate("Overview", "Talked with"),
        translate("Overview", "Conversations"),
        translate("Overview", "Deep"),
    ]
    rows = ["<tr>" + "".join(f'<td class="head">{escape(h)}</td>' for h in header) + "</tr>"]
    for circle in Circle:
        entries = [e for e in data.people if e.person.circle is circle]
        if not entries:
            continue
        ids = {e.person.id for e in entries}
        talks = [c for c in data.conversations if any(r.id in ids for r in c.people)]
        cells = [
            circle_label(circle),
            len(entries),
            sum(1 for e in entries if e.conversations),
            len(talks),
            sum(1 for c in talks if c.depth >= DEEP),
        ]
        rows.append(
            "<tr>" + "".join(f'<td class="cell">{escape(str(v))}</td>' for v in cells) + "</tr>"
        )
    return f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'


def _channels(data: OverviewData) -> str:
    counts = Counter(c.channel for c in data.conversations)
    parts = [f"{channel_label(ch)} {n}" for ch, n in counts.most_common()]
    return paragraph(
        muted(translate("Overview", "By channel: {0}").format(" · ".join(parts))), "more"
    )


def _help(data: OverviewData) -> str:
    lines = []
    for direction in Direction:
        entries = [h for h in data.help if h.direction is direction]
        counts = Counter(h.status for h in entries)
        detail = ", ".join(
            f"{n} {_status_word(status)}" for status in HelpStatus if (n := counts.get(status))
        )
        lead = f"<b>{escape(_direction_heading(direction))}</b> {len(entries)}"
        lines.append(paragraph(lead + (" " + muted(f"({detail})") if detail else "")))
    return heading(2, escape(translate("Overview", "Help given and received"))) + "".join(lines)


def _direction_heading(direction: Direction) -> str:
    return (
        translate("Overview", "Given:")
        if direction is Direction.GIVEN
        else translate("Overview", "Received:")
    )


def _status_word(status: HelpStatus) -> str:
    return {
        HelpStatus.OFFERED: translate("Overview", "offered"),
        HelpStatus.IN_PROGRESS: translate("Overview", "in progress"),
        HelpStatus.DONE: translate("Overview", "done"),
        HelpStatus.DECLINED: translate("Overview", "declined"),
    }[status]


def _limited(items: list[str], total: int) -> str:
    body = "".join(items[:SUMMARY_LIST_LIMIT])
    rest = total - SUMMARY_LIST_LIMIT
    if rest > 0:
        body += paragraph(
            escape(OVERVIEW.more_on_their_pages(rest)),
            "more",
        )
    return body


def _could_help(data: OverviewData) -> str:
    """Giving first: the Today page's "someone you could help", on paper."""
    if not data.could_help:
        return ""
    items = []
    for idea in data.could_help:
        matched = ""
        if idea.match is not None:
            matched = " " + muted(
                escape(translate("Overview", "(matched: {0})").format(idea.match.words()))
            )
        items.append(paragraph(escape(idea.why) + matched))
    title = translate("Overview", "Someone you could help")
    return heading(2, escape(title)) + "".join(items)


def _overdue(data: OverviewData) -> str:
    due = data.overdue()
    if not due:
        return ""
    items = []
    for s, state in due:
        last = s.last_conversation
        said = (
            translate("Overview", "last talked {0}").format(relative_days(last, data.today))
            if last
            else translate("Overview", "never talked")
        )
        was_due = reconnect_text(state)
        items.append(
            paragraph(
                f"<b>{escape(s.person.name)}</b> " + muted(f"({joined([said, was_due], ', ')})")
            )
        )
    return heading(2, escape(translate("Overview", "Time to reconnect"))) + _limited(
        items, len(due)
    )


def _follow_ups(data: OverviewData) -> str:
    if not data.open_follow_ups:
        return ""
    items = [
        follow_up_line(c, ", ".join(ref.name for ref in c.people if ref.id in data.names))
        for c in data.open_follow_ups
    ]
    return heading(2, escape(translate("Overview", "Open follow-ups"))) + _limited(
        items, len(items)
    )


def _open_help(data: OverviewData) -> str:
    waiting = data.open_help_given()
    if not waiting:
        return ""
    items = [_waiting_help_line(h, data.names.get(h.person_id, "")) for h in waiting]
    return heading(2, escape(translate("Overview", "Help offered, not yet done"))) + _limited(
        items, len(items)
    )


def _waiting_help_line(h: Help, name: str) -> str:
    """'Priya Raman — Introduction to Maya (Introduction · In progress · 7 Nov 2026)'."""
    detail = joined(
        [help_kind_label(h.kind), help_status_label(h.status), format_date(h.offered_on)]
    )
    body = f"<b>{escape(name)}</b>" + (f" — {text(h.description)}" if h.description.strip() else "")
    return paragraph(f"{body} {muted(f'({detail})')}")


def _people(
    data: OverviewData, entries: list[PersonOverview], first_in_document: bool = False
) -> str:
    """The people's sections, after the front matter (their heading, when
    compact) or first in a document of their own (no heading, and no break
    before the first page: a document starts on one)."""
    since = data.choices.since
    if data.choices.layout is Layout.COMPACT:
        top = "" if first_in_document else heading(2, escape(translate("Overview", "People")))
        return top + "".join(person_html(entry, data.today, since, COMPACT) for entry in entries)
    styles = [UNBROKEN if first_in_document else PER_PERSON] + [PER_PERSON] * (len(entries) - 1)
    return "".join(
        person_html(entry, data.today, since, style)
        for entry, style in zip(entries, styles, strict=False)
    )
