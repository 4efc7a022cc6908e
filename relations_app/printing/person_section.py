"""One person in the printed overview: who they are to me, and what we shared lately.

The same builder serves both layouts: one page per person (big name, section
headings) and compact (smaller name, run-in section headings, no page break).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from relations_app.counted import OVERVIEW
from relations_app.i18n import translate
from relations_app.labels import (
    channel_label,
    circle_name,
    depth_dots,
    depth_label,
    direction_label,
    format_date,
    help_kind_label,
    help_status_label,
    reconnect_text,
    relative_days,
)
from relations_app.printing.markup import heading, joined, muted, paragraph, text
from relations_app.records import Conversation, Direction, Help
from relations_app.services.overview import PersonOverview
from relations_app.services.practice import reconnect


@dataclass(frozen=True)
class SectionStyle:
    name_level: int  # heading level of the person's name
    section_level: int  # heading level of "How we met", "Values we share"...
    page_break: bool  # each person starts a new page


PER_PERSON = SectionStyle(name_level=1, section_level=3, page_break=True)
COMPACT = SectionStyle(name_level=2, section_level=4, page_break=False)


def person_html(
    entry: PersonOverview, today: dt.date, since: dt.date | None, style: SectionStyle
) -> str:
    parts = [_title(entry, today, style)]
    parts.append(_met(entry, style))
    parts.append(_what_matters(entry, style))
    parts.append(_values(entry, style))
    parts.append(_help(entry, style))
    parts.append(_conversations(entry, since, style))
    parts.append(_follow_ups(entry, style))
    parts.append(_ask(entry, style))
    parts.append(_private_notes(entry, style))
    return "".join(parts)


def _title(entry: PersonOverview, today: dt.date, style: SectionStyle) -> str:
    """The name, then who they are and when we last talked (kept with the name)."""
    p = entry.person
    name = escape(p.name)
    if p.nickname:
        name += f' <span class="nickname">({escape(p.nickname)})</span>'
    about = joined([circle_name(p.circle), p.organisation, p.city])
    if p.archived:
        about = joined([about, translate("Overview", "archived")])
    lines = [escape(about), escape(_rhythm(entry, today))]
    return heading(style.name_level, name, style.page_break) + "".join(
        paragraph(line, "meta") for line in lines if line
    )


def _rhythm(entry: PersonOverview, today: dt.date) -> str:
    summary = entry.summary
    last = summary.last_conversation
    said = (
        translate("Overview", "Last conversation {0} ({1})").format(
            format_date(last), relative_days(last, today)
        )
        if last
        else translate("Overview", "No conversation yet")
    )
    state = reconnect(summary.person, last, today)
    if state is None:
        return said
    if state.is_due:
        return joined(
            [said, translate("Overview", "time to reconnect ({0})").format(reconnect_text(state))]
        )
    return joined([said, translate("Overview", "reconnect: {0}").format(reconnect_text(state))])


def _section(style: SectionStyle, title: str, body: str) -> str:
    return heading(style.section_level, escape(title)) + body if body else ""


def _met(entry: PersonOverview, style: SectionStyle) -> str:
    p = entry.person
    met = [x.strip() for x in (p.met_how, p.met_where, format_date(p.met_on)) if x and x.strip()]
    return _section(
        style, translate("Overview", "How we met"), paragraph(text(", ".join(met))) if met else ""
    )


def _what_matters(entry: PersonOverview, style: SectionStyle) -> str:
    matters = entry.person.what_matters.strip()
    return _section(
        style,
        translate("Overview", "What matters to them"),
        paragraph(text(matters)) if matters else "",
    )


def _values(entry: PersonOverview, style: SectionStyle) -> str:
    items = [
        paragraph(
            f"<b>{escape(s.value_name)}</b>"
            + (f" — {text(s.evidence)}" if s.evidence.strip() else "")
            + " "
            + muted(f"({format_date(s.noted_on)})")
        )
        for s in entry.shared_values
    ]
    return _section(style, translate("Overview", "Values we share"), "".join(items))


def _help(entry: PersonOverview, style: SectionStyle) -> str:
    items = [
        help_line(h) for direction in Direction for h in entry.help if h.direction is direction
    ]
    return _section(style, translate("Overview", "Help given and received"), "".join(items))


def help_line(h: Help) -> str:
    """'I gave · Introduction — Introduced her to … (Offered, 3 Jun 2026)'."""
    when = format_date(h.offered_on)
    if h.done_on:
        when += " → " + format_date(h.done_on)
    lead = joined([direction_label(h.direction), help_kind_label(h.kind)])
    body = f"<b>{escape(lead)}</b>"
    if h.description.strip():
        body += f" — {text(h.description)}"
    return paragraph(body + " " + muted(f"({help_status_label(h.status)}, {when})"))


def _conversations(entry: PersonOverview, since: dt.date | None, style: SectionStyle) -> str:
    found = entry.conversations
    if since is None:
        title = OVERVIEW.conversations_heading(len(found))
    else:
        title = translate("Overview", "Conversations since {0}").format(format_date(since))
    if not found:
        return _section(
            style, title, paragraph(escape(translate("Overview", "None in this period.")), "none")
        )
    return _section(style, title, "".join(conversation_html(c, entry.person.id) for c in found))


def conversation_html(c: Conversation, person_id: int | None) -> str:
    """Date, channel and place in bold, who else was there, depth; then the notes."""
    head = [format_date(c.date), channel_label(c.channel), c.place.strip()]
    others = [ref.name for ref in c.people if ref.id != person_id]
    line = f"<b>{escape(joined(head))}</b>"
    if others:
        line += " " + escape(translate("Overview", "with {0}").format(", ".join(others)))
    line += f' &nbsp;<span class="depth">{depth_dots(c.depth)}</span> {muted(depth_label(c.depth))}'
    parts = [paragraph(line, "talk")]
    if c.notes.strip():
        parts.append(paragraph(text(c.notes), "note"))
    if c.learned.strip():
        label = escape(translate("Overview", "Learned:"))
        parts.append(paragraph(f"<i>{label}</i> {text(c.learned)}", "note"))
    return "".join(parts)


def _follow_ups(entry: PersonOverview, style: SectionStyle) -> str:
    items = [follow_up_line(c) for c in entry.open_follow_ups]
    return _section(style, translate("Overview", "Open follow-ups"), "".join(items))


def follow_up_line(c: Conversation, name: str = "") -> str:
    """'Send her the contact … (due 17 Jun 2026, from the conversation of 12 Jun 2026)'."""
    due = (
        translate("Overview", "due {0}").format(format_date(c.follow_up_due))
        if c.follow_up_due
        else translate("Overview", "no date")
    )
    source = translate("Overview", "from {0}").format(format_date(c.date))
    lead = f"<b>{escape(name)}</b> — " if name else ""
    return paragraph(lead + text(c.follow_up) + " " + muted(f"({due}, {source})"))


def _ask(entry: PersonOverview, style: SectionStyle) -> str:
    question = entry.person.next_question.strip()
    if not question:
        return ""
    box = (
        '<table width="100%" cellspacing="0" cellpadding="7" style="margin-top: 2px;">'
        f'<tr><td style="background-color: #fff3d1;">{text(question)}</td></tr></table>'
    )
    return _section(style, translate("Overview", "Ask next time"), box)


def _private_notes(entry: PersonOverview, style: SectionStyle) -> str:
    notes = entry.person.notes.strip()
    return _section(
        style, translate("Overview", "Private notes"), paragraph(text(notes)) if notes else ""
    )
