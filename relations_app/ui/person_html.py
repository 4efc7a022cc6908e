"""The detail pane's page for one person, as HTML built from a PersonDetail.

Links use the scheme ``relations:`` (relations:edit-help/12) so the pane can
turn a click into a command.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from relations_app.colours import Tone, css
from relations_app.i18n import translate
from relations_app.labels import (
    channel_label,
    circle_label,
    depth_dots,
    depth_label,
    direction_label,
    format_birthday,
    format_date,
    help_kind_label,
    help_status_label,
    reconnect_text,
    relative_days,
)
from relations_app.records import Conversation, Direction, Help, PersonDetail, PersonSummary
from relations_app.services.practice import reconnect

# Qt's rich text ignores point sizes on headings; the size keywords work.
# Colours come from the palette (relations_app.colours), read when drawn.
STYLE = """
<style>
h1 {{ font-size: x-large; margin: 0 0 2px 0; }}
h2 {{ font-size: large; margin: 14px 0 2px 0; color: {heading}; }}
p {{ margin: 2px 0 2px 0; }}
.muted {{ color: {muted}; }}
.badge {{ color: {heading}; font-weight: 600; }}
.ask {{ background: {ask}; }}
.overdue {{ color: {late}; font-weight: 600; }}
a {{ color: {link}; text-decoration: none; }}
.links {{ font-size: small; color: {faint}; }}
a.links {{ color: {faint}; }}
.notes {{ margin: 2px 0 0 14px; }}
</style>
"""


def style() -> str:
    return STYLE.format(
        heading=css(Tone.HEADING),
        muted=css(Tone.MUTED),
        ask=css(Tone.ASK),
        late=css(Tone.LATE),
        link=css(Tone.LINK),
        faint=css(Tone.FAINT),
    )


def _tr(text: str) -> str:
    return translate("PersonPage", text)


def _text(value: str) -> str:
    """Escape and keep line breaks."""
    return escape(value).replace("\n", "<br>")


def _link(action: str, record_id: int | None, label: str) -> str:
    return f'<a class="links" href="relations:{action}/{record_id}">{escape(label)}</a>'


def _item(body: str, kind: str, record_id: int | None, links: bool = True) -> str:
    """One entry: its text, then, close by, the links that edit or delete it.

    Non-breaking spaces keep "edit · delete" together when the line wraps.
    """
    tail = ""
    if links:
        tail = (
            f' <span class="links">{_link("edit-" + kind, record_id, _tr("edit"))}'
            f"&nbsp;·&nbsp;{_link('delete-' + kind, record_id, _tr('delete'))}</span>"
        )
    return f'<p style="margin-top: 6px;">{body}{tail}</p>'


def person_page(detail: PersonDetail, summary: PersonSummary | None, today: dt.date) -> str:
    parts = [style(), _header(detail, summary, today)]
    parts.append(_about(detail))
    parts.append(_shared_values(detail))
    parts.append(_help(detail))
    parts.append(_conversations(detail.conversations, detail.person.id))
    return "".join(parts)


def _header(detail: PersonDetail, summary: PersonSummary | None, today: dt.date) -> str:
    p = detail.person
    name = escape(p.name) + (
        f' <span class="muted">({escape(p.nickname)})</span>' if p.nickname else ""
    )
    lines = [f"<h1>{name}</h1>"]
    badge = circle_label(p.circle) + " " + _tr("circle")
    if p.archived:
        badge += " · " + _tr("archived")
    lines.append(f'<div class="badge">{escape(badge)}</div>')
    facts = [x for x in (p.organisation, p.city) if x]
    contacts = [x for x in (p.email, p.phone) if x]
    for row in (facts, contacts):
        if row:
            lines.append(f'<div class="muted">{" · ".join(escape(x) for x in row)}</div>')
    if p.birthday:
        lines.append(
            f'<div class="muted">{escape(_tr("Birthday"))}: {format_birthday(p.birthday)}</div>'
        )
    lines.append(_rhythm(p.keep_in_touch_days, summary, today))
    return "".join(lines)


def _rhythm(days: int | None, summary: PersonSummary | None, today: dt.date) -> str:
    last = summary.last_conversation if summary else None
    said = _tr("Last conversation: {0}").format(
        f"{format_date(last)} ({relative_days(last, today)})" if last else _tr("never")
    )
    parts = [escape(said)]
    state = reconnect(summary.person, last, today) if summary else None
    if days and state:
        css = "overdue" if state.is_due else ""
        parts.append(f'<span class="{css}">{escape(reconnect_text(state))}</span>')
    return f"<p>{' · '.join(parts)}</p>"


def _about(detail: PersonDetail) -> str:
    p = detail.person
    out = []
    met = [x for x in (p.met_how, p.met_where, format_date(p.met_on)) if x]
    if met:
        out.append(f"<h2>{escape(_tr('How we met'))}</h2><p>{_text(', '.join(met))}</p>")
    if p.what_matters.strip():
        out.append(f"<h2>{escape(_tr('What matters to them'))}</h2><p>{_text(p.what_matters)}</p>")
    if p.next_question.strip():
        out.append(
            f"<h2>{escape(_tr('Ask next time'))}</h2>"
            f'<p><span class="ask">{_text(p.next_question)}</span></p>'
        )
    for title, items in ((_tr("Looking for"), p.looking_for), (_tr("Can offer"), p.can_offer)):
        if items:
            listed = "".join(f"<li>{escape(item)}</li>" for item in items)
            out.append(f'<h2>{escape(title)}</h2><ul style="margin: 2px 0;">{listed}</ul>')
    if p.notes.strip():
        out.append(f"<h2>{escape(_tr('Private notes'))}</h2><p>{_text(p.notes)}</p>")
    return "".join(out)


def _shared_values(detail: PersonDetail) -> str:
    title = _tr("Values we share")
    if not detail.shared_values:
        hint = _tr("None noted yet. When they show a value you hold, record it with the evidence.")
        return f"<h2>{escape(title)}</h2><p class='muted'>{escape(hint)}</p>"
    items = []
    for s in detail.shared_values:
        body = (
            f"<b>{escape(s.value_name)}</b> — {_text(s.evidence)} "
            f'<span class="muted">({format_date(s.noted_on)})</span>'
        )
        items.append(_item(body, "value", s.id))
    return f"<h2>{escape(title)}</h2>{''.join(items)}"


def _help(detail: PersonDetail) -> str:
    out = [f"<h2>{escape(_tr('Help'))}</h2>"]
    if not detail.help:
        out.append(
            f"<p class='muted'>{escape(_tr('Nothing yet. What could you do for them?'))}</p>"
        )
        return "".join(out)
    for direction in Direction:
        entries = [h for h in detail.help if h.direction is direction]
        if entries:
            out.append(
                f'<p style="margin-top: 6px;"><b>{escape(direction_label(direction))}</b></p>'
            )
            out.extend(_help_item(h) for h in entries)
    return "".join(out)


def _help_item(h: Help) -> str:
    status = help_status_label(h.status)
    when = format_date(h.offered_on)
    if h.done_on:
        when += " → " + format_date(h.done_on)
    body = (
        f"{escape(help_kind_label(h.kind))}: {_text(h.description)} "
        f'<span class="muted">({escape(status)}, {when})</span>'
    )
    return _item(body, "help", h.id)


def _conversations(conversations: tuple[Conversation, ...], person_id: int | None) -> str:
    title = _tr("Conversations")
    out = [f"<h2>{escape(title)} ({len(conversations)})</h2>"]
    if not conversations:
        out.append(f"<p class='muted'>{escape(_tr('No conversation logged yet.'))}</p>")
    for c in conversations:
        out.append(conversation_block(c, person_id))
    return "".join(out)


def conversation_block(c: Conversation, person_id: int | None, links: bool = True) -> str:
    """One conversation: heading line, notes, what I learned, follow-up.

    The people other than ``person_id`` are named ("with ...").
    """
    head = [format_date(c.date)]
    if c.time:
        head.append(c.time.strftime("%H:%M"))
    head.append(channel_label(c.channel))
    if c.place:
        head.append(c.place)
    others = [ref.name for ref in c.people if ref.id != person_id]
    with_text = (" · " + _tr("with {0}").format(", ".join(others))) if others else ""
    depth = f'<span title="{escape(depth_label(c.depth))}">{depth_dots(c.depth)}</span>'
    parts = [
        _item(
            f"<b>{escape(' · '.join(head))}</b>{escape(with_text)} {depth}",
            "conversation",
            c.id,
            links,
        )
    ]
    if c.notes.strip():
        parts.append(f'<div class="notes">{_text(c.notes)}</div>')
    if c.learned.strip():
        parts.append(
            f'<div class="notes"><i>{escape(_tr("Learned"))}:</i> {_text(c.learned)}</div>'
        )
    if c.follow_up.strip():
        state = (
            _tr("done")
            if c.follow_up_done
            else (
                _tr("due {0}").format(format_date(c.follow_up_due))
                if c.follow_up_due
                else _tr("open")
            )
        )
        parts.append(
            f'<div class="notes"><i>{escape(_tr("Follow-up"))}:</i> {_text(c.follow_up)} '
            f'<span class="muted">({escape(state)})</span></div>'
        )
    return "".join(parts)
