"""The printed overview's style sheet and the small HTML helpers its sections share.

Sizes are in points and CSS pixels of a 96-dpi page (see paginate.LAYOUT_DPI), so
they mean the same on paper whatever the printer's resolution.
"""

from __future__ import annotations

from html import escape

FONT_FAMILY = "DejaVu Sans"  # bundled in resources/fonts: the same type on every machine
BODY_POINT_SIZE = 9.5

INK = "#1f2328"
ACCENT = "#1f4e79"
MUTED = "#667080"
TINT = "#f1f4f8"
ASK_TINT = "#fff3d1"

# Headings are paragraphs marked with this block state, not <h1>..<h4>: Qt scales
# a heading's whole block (its smaller second line too) by a fixed factor, and
# the state tells pagination which blocks must stay with the text that follows.
KEEP_WITH_NEXT = 1
KEEP = f"-qt-user-state: {KEEP_WITH_NEXT};"
HEADING = f"font-weight: bold; color: {ACCENT}; {KEEP}"

STYLE_SHEET = f"""
p.h1 {{ font-size: 20pt; margin-top: 0px; margin-bottom: 5px; {HEADING} }}
p.h2 {{ font-size: 12.5pt; margin-top: 16px; margin-bottom: 5px; {HEADING} }}
p.h3 {{ font-size: 10.5pt; margin-top: 16px; margin-bottom: 5px; {HEADING} }}
p.h4 {{ font-size: 9.5pt; margin-top: 9px; margin-bottom: 2px; {HEADING} }}
p {{ margin-top: 0px; margin-bottom: 4px; line-height: 120%; }}
p.kicker {{ font-size: 8pt; font-weight: bold; color: {MUTED}; margin-bottom: 4px; }}
p.subtitle {{ color: {MUTED}; margin-bottom: 0px; }}
p.item {{ margin-bottom: 3px; }}
p.talk {{ margin-top: 5px; margin-bottom: 2px; }}
p.note {{ margin-left: 14px; margin-bottom: 3px; }}
p.none {{ color: {MUTED}; font-style: italic; }}
p.more {{ color: {MUTED}; margin-top: 2px; }}
p.rule {{ font-size: 4pt; margin-top: 10px; margin-bottom: 12px; }}
span.muted {{ color: {MUTED}; }}
p.meta {{ color: {MUTED}; margin-bottom: 2px; {KEEP} }}
span.nickname {{ font-size: 11pt; font-weight: normal; color: {MUTED}; }}
span.depth {{ color: {ACCENT}; }}
td.figure {{ background-color: {TINT}; }}
span.number {{ font-size: 17pt; font-weight: bold; color: {ACCENT}; }}
span.label {{ font-size: 8pt; color: {MUTED}; }}
td.head {{ font-weight: bold; color: {MUTED}; font-size: 8pt; border-bottom: 1px solid #c9d1dc; }}
td.cell {{ border-bottom: 1px solid #e3e7ee; }}
"""


def text(value: str) -> str:
    """Escaped, with the writer's line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def muted(value: str) -> str:
    return f'<span class="muted">{escape(value)}</span>'


def heading(level: int, body: str, page_break: bool = False) -> str:
    style = ' style="page-break-before: always;"' if page_break else ""
    return f'<p class="h{level}"{style}>{body}</p>'


def paragraph(body: str, css: str = "item") -> str:
    return f'<p class="{css}">{body}</p>'


def joined(parts: list[str], separator: str = " · ") -> str:
    return separator.join(p for p in parts if p)
