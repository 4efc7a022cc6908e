"""Characters no font can draw: found before printing, so the user is told once.

Qt prints a character that no installed font has as an empty box, without any
error. The overview is set in the bundled DejaVu Sans (Latin, Greek, Cyrillic,
Arabic, Hebrew...); for other scripts Qt falls back on the fonts of the system,
and a machine without a CJK font, say, would print Chinese names as boxes.
Laying the text out the way the printer will tells which characters found no
glyph, in the bundled font or in any fallback.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtGui import QFont, QRawFont, QTextLayout

from relations_app.counted import OVERVIEW
from relations_app.i18n import translate
from relations_app.printing.markup import FONT_FAMILY
from relations_app.services.overview import OverviewData, PersonOverview

MAX_NAMES_SHOWN = 5
MAX_CHARACTERS_SHOWN = 8
# control and format characters (line breaks, joiners, direction marks) draw nothing;
# private-use characters do need a font, and are checked
NOTHING_TO_DRAW = {"Cc", "Cf", "Zl", "Zp", "Cs"}


@dataclasses.dataclass(frozen=True)
class Unprintable:
    characters: str  # each character once, in code point order
    names: tuple[str, ...]  # the people whose pages hold them
    fonts_missing: bool = False  # not even the bundled print font could be loaded

    def message(self) -> str:
        if self.fonts_missing:
            return translate(
                "Overview",
                "The font Relations prints with ({0}) is missing, so the overview would "
                "print as empty boxes. Reinstall Relations.",
            ).format(FONT_FAMILY)
        shown = ", ".join(_plain(name) for name in self.names[:MAX_NAMES_SHOWN])
        more = len(self.names) - MAX_NAMES_SHOWN
        if more > 0:
            shown = OVERVIEW.names_and_more(shown, more)
        count = len(self.characters)
        listed = " ".join(
            f"{char} U+{ord(char):04X}" for char in self.characters[:MAX_CHARACTERS_SHOWN]
        )
        if count > MAX_CHARACTERS_SHOWN:
            listed += " …"
        if not shown:
            return OVERVIEW.characters_missing(listed, count)
        return OVERVIEW.characters_missing_for(listed, shown, count)


def find_unprintable(data: OverviewData) -> Unprintable | None:
    """What the overview would print as boxes, or None when every character has a glyph."""
    if not _is_real(_print_font()):
        return Unprintable("", (), fonts_missing=True)
    include_notes = data.choices.include_private_notes
    per_person = [
        (person.summary.person.name, _characters(_person_texts(person, include_notes)))
        for person in data.people
    ]
    everything = _characters(_strings(data.my_values)).union(*(chars for _, chars in per_person))
    missing = {char for char in everything if not _printable(char)}
    if not missing:
        return None
    names = tuple(name for name, chars in per_person if not missing.isdisjoint(chars))
    return Unprintable("".join(sorted(missing)), names)


def missing_characters(texts: Iterable[str]) -> str:
    """The characters of ``texts`` that neither the print font nor any fallback has."""
    return "".join(sorted(char for char in _characters(texts) if not _printable(char)))


def _characters(texts: Iterable[str]) -> set[str]:
    return set("".join(texts))


def _plain(name: str) -> str:
    """A name on one line, without control characters (it may go to a terminal)."""
    return " ".join("".join(c for c in name if unicodedata.category(c) != "Cc").split())


def _person_texts(person: PersonOverview, include_notes: bool) -> Iterator[str]:
    record = person.summary.person
    skip = () if include_notes else ("notes",)
    yield from _strings([record], skip)
    yield from _strings(person.shared_values)
    yield from _strings(person.help)
    yield from _strings(person.conversations)
    yield from _strings(person.open_follow_ups)


def _strings(records: Iterable, skip: tuple[str, ...] = ()) -> Iterator[str]:
    for record in records:
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if isinstance(value, str) and field.name not in skip:
                yield value


def _print_font() -> QRawFont:
    """Made afresh (a few microseconds): the check runs on a worker in the window,
    and a QRawFont kept from a thread that has ended would share its font engine."""
    return QRawFont.fromFont(QFont(FONT_FAMILY))


def _is_real(font: QRawFont) -> bool:
    """A font Qt found, not its stand-in that draws boxes (which has no character map)."""
    return font.isValid() and bool(font.fontTable("cmap"))


@cache
def _printable(char: str) -> bool:
    if char.isspace() or unicodedata.category(char) in NOTHING_TO_DRAW:
        return True
    if _print_font().supportsCharacter(char):
        return True
    layout = QTextLayout(char, QFont(FONT_FAMILY))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        # glyph 0 is a font's "missing" glyph; a run drawn by no font at all
        # (Qt's box engine) has no character map. Asking that run its family
        # name crashes Qt 6.11, so only its tables are read.
        if 0 in run.glyphIndexes() or not run.rawFont().fontTable("cmap"):
            return False
    return True
