"""The one place colours are named: roles with a light and a dark value.

Widgets, models and the HTML of the detail pane and the Today page ask here by
role; nothing else writes a colour. What the palette already has (text, links,
the highlight, placeholder text) comes from the application's palette, so a
dark desktop theme is followed; the few colours the palette lacks (something
late, the tint behind a question to ask) have a value for light and for dark
backgrounds, chosen by how light the window's background is.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Group = QPalette.ColorGroup
Role = QPalette.ColorRole


class Tone(Enum):
    """What a colour means, not what it is."""

    TEXT = "text"  # the ordinary text colour
    LATE = "late"  # overdue: the top of the practice, a follow-up past its day
    MUTED = "muted"  # secondary text: dates, why an item is there
    FAINT = "faint"  # tertiary: edit/delete links, archived rows
    HEADING = "heading"  # section titles
    LINK = "link"
    ASK = "ask"  # the background behind a question to ask next time
    ERROR_TEXT = "error-text"
    ERROR_BACKGROUND = "error-background"
    ERROR_BORDER = "error-border"
    CARD = "card"  # the background of a section on the Today page
    RULE = "rule"  # thin lines between items


# (light, dark) for the roles the palette does not have, as RGB.
OWN = {
    Tone.LATE: ((179, 38, 30), (242, 139, 130)),
    Tone.ASK: ((255, 246, 220), (74, 62, 30)),
    Tone.ERROR_TEXT: ((140, 29, 24), (249, 222, 220)),
    Tone.ERROR_BACKGROUND: ((253, 236, 234), (96, 20, 16)),
    Tone.ERROR_BORDER: ((241, 181, 176), (140, 29, 24)),
}


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(p: QPalette | None = None) -> bool:
    p = p or palette()
    return p.color(Role.Window).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def colour(tone: Tone) -> QColor:
    p = palette()
    if tone in OWN:
        light, dark = OWN[tone]
        return QColor(*(dark if is_dark(p) else light))
    text, base, window = p.color(Role.Text), p.color(Role.Base), p.color(Role.Window)
    derived = {
        Tone.TEXT: lambda: text,
        Tone.MUTED: lambda: _mix(text, base, 0.42),
        # as faint as WCAG AA lets text go on the alternate rows too (4.5:1, tests/ui/test_theme.py)
        Tone.FAINT: lambda: _mix(text, base, 0.42),
        Tone.HEADING: lambda: _mix(p.color(Role.Highlight), text, 0.45),
        Tone.LINK: lambda: p.color(Role.Link),
        Tone.CARD: lambda: base,
        Tone.RULE: lambda: _mix(window, text, 0.14),
    }
    return derived[tone]()


def css(tone: Tone) -> str:
    """The colour for a style sheet or HTML: rgb(r, g, b)."""
    c = colour(tone)
    return f"rgb({c.red()}, {c.green()}, {c.blue()})"


def depth_colours() -> list[QColor]:
    """Five shades from small talk (faint) to heart to heart (the full highlight)."""
    p = palette()
    strong, base = p.color(Role.Highlight), p.color(Role.Base)
    return [_mix(base, strong, amount) for amount in (0.22, 0.38, 0.56, 0.76, 1.0)]
