"""The detail pane's page for one person, as HTML built from a PersonDetail.

Links use the scheme ``relations:`` (relations:edit-help/12) so the pane can
turn a click into a command.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from relations_app.colours import Tone, css
from relations_app.i18n import labelled, translate
from relations_app.labels import (
    channel_label,
    circle_name,
    depth_dots,
    depth_label,
    direction_label,
    format_birthday,
    format_date,
    format_time,
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
        edit = _link("edit-" + kind, record_id, translate("PersonPage", "edit"))
        delete = _link("delete-" + kind, record_id, translate("PersonPage", "delete"))
        tail = f' <span class="links">{edit}&nbsp;·&nbsp;{delete}</span>'
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
    badge = circle_name(p.circle)
    if p.archived:
        badge = translate("PersonPage", "{0} · archived").format(badge)
    lines.append(f'<div class="badge">{escape(badge)}</div>')
    facts = [x for x in (p.organisation, p.city) if x]
    contacts = [x for x in (p.email, p.phone) if x]
    for row in (facts, contacts):
        if row:
            lines.append(f'<div class="muted">{" · ".join(escape(x) for x in row)}</div>')
    if p.birthday:
        birthday = translate("PersonPage", "Birthday: {0}").format(format_birthday(p.birthday))
        lines.append(f'<div class="muted">{escape(birthday)}</div>')
    lines.append(_rhythm(p.keep_in_touch_days, summary, today))
    return "".join(lines)


def _rhythm(days: int | None, summary: PersonSummary | None, today: dt.date) -> str:
    last = summary.last_conversation if summary else None
    if last:
        said = translate("PersonPage", "Last conversation: {0} ({1})").format(
            format_date(last), relative_days(last, today)
        )
    else:
        said = translate("PersonPage", "Last conversation: never")
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
        out.append(_section(translate("PersonPage", "How we met"), _text(", ".join(met))))
    if p.what_matters.strip():
        title = translate("PersonPage", "What matters to them")
        out.append(_section(title, _text(p.what_matters)))
    if p.next_question.strip():
        body = f'<span class="ask">{_text(p.next_question)}</span>'
        out.append(_section(translate("PersonPage", "Ask next time"), body))
    looking = translate("PersonPage", "Looking for")
    offers = translate("PersonPage", "Can offer")
    for title, items in ((looking, p.looking_for), (offers, p.can_offer)):
        if items:
            listed = "".join(f"<li>{escape(item)}</li>" for item in items)
            out.append(f'<h2>{escape(title)}</h2><ul style="margin: 2px 0;">{listed}</ul>')
    if p.notes.strip():
        out.append(_section(translate("PersonPage", "Private notes"), _text(p.notes)))
    return "".join(out)


def _section(title: str, body: str) -> str:
    return f"<h2>{escape(title)}</h2><p>{body}</p>"


def _shared_values(detail: PersonDetail) -> str:
    title = translate("PersonPage", "Values we share")
    if not detail.shared_values:
        hint = translate(
            "PersonPage",
            "None noted yet. When they show a value you hold, record it with the evidence.",
        )
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
    title = translate("PersonPage", "Help")
    out = [f"<h2>{escape(title)}</h2>"]
    if not detail.help:
        hint = translate("PersonPage", "Nothing yet. What could you do for them?")
        out.append(f"<p class='muted'>{escape(hint)}</p>")
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
        f"{escape(labelled(help_kind_label(h.kind), ''))}{_text(h.description)} "
        f'<span class="muted">({escape(status)}, {when})</span>'
    )
    return _item(body, "help", h.id)


def _conversations(conversations: tuple[Conversation, ...], person_id: int | None) -> str:
    title = translate("PersonPage", "Conversations ({0})").format(len(conversations))
    out = [f"<h2>{escape(title)}</h2>"]
    if not conversations:
        hint = translate("PersonPage", "No conversation logged yet.")
        out.append(f"<p class='muted'>{escape(hint)}</p>")
    for c in conversations:
        out.append(conversation_block(c, person_id))
    return "".join(out)


def conversation_block(c: Conversation, person_id: int | None, links: bool = True) -> str:
    """One conversation: heading line, notes, what I learned, follow-up.

    The people other than ``person_id`` are named ("with ...").
    """
    head = [format_date(c.date)]
    if c.time:
        head.append(format_time(c.time))
    head.append(channel_label(c.channel))
    if c.place:
        head.append(c.place)
    others = [ref.name for ref in c.people if ref.id != person_id]
    with_text = (
        " · " + translate("PersonPage", "with {0}").format(", ".join(others)) if others else ""
    )
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
        label = escape(translate("PersonPage", "Learned:"))
        parts.append(f'<div class="notes"><i>{label}</i> {_text(c.learned)}</div>')
    if c.follow_up.strip():
        state = (
            translate("PersonPage", "done")
            if c.follow_up_done
            else (
                translate("PersonPage", "due {0}").format(format_date(c.follow_up_due))
                if c.follow_up_due
                else translate("PersonPage", "open")
            )
        )
        label = escape(translate("PersonPage", "Follow-up:"))
        parts.append(
            f'<div class="notes"><i>{label}</i> {_text(c.follow_up)} '
            f'<span class="muted">({escape(state)})</span></div>'
        )
    return "".join(parts)
