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
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtGui import QFont, QRawFont, QTextLayout

from relations_app.i18n import translate
from relations_app.printing.markup import FONT_FAMILY
from relations_app.services.overview import OverviewData, PersonOverview

MAX_NAMES_SHOWN = 5


@dataclasses.dataclass(frozen=True)
class Unprintable:
    characters: str  # each character once, in order of first appearance
    names: tuple[str, ...]  # the people whose pages hold them

    def message(self) -> str:
        shown = ", ".join(self.names[:MAX_NAMES_SHOWN])
        more = len(self.names) - MAX_NAMES_SHOWN
        if more > 0:
            shown = translate("Overview", "{0} and %n more", "", more).format(shown)
        if not shown:
            return translate(
                "Overview",
                "No font on this computer can draw these characters: {0}. They print as "
                "empty boxes; installing a font that covers them (Noto, for example) fixes it.",
            ).format(self.characters)
        return translate(
            "Overview",
            "No font on this computer can draw these characters: {0} (in what is printed "
            "for {1}). They print as empty boxes; installing a font that covers them "
            "(Noto, for example) fixes it.",
        ).format(self.characters, shown)


def find_unprintable(data: OverviewData) -> Unprintable | None:
    """What the overview would print as boxes, or None when every character has a glyph."""
    include_notes = data.choices.include_private_notes
    missing: dict[str, None] = {}
    names: list[str] = []
    for person in data.people:
        gaps = missing_characters(_person_texts(person, include_notes))
        if gaps:
            names.append(person.summary.person.name)
            missing.update(dict.fromkeys(gaps))
    missing.update(dict.fromkeys(missing_characters(_strings(data.my_values))))
    if not missing:
        return None
    return Unprintable("".join(missing), tuple(names))


def missing_characters(texts: Iterable[str]) -> str:
    """The characters of ``texts`` that neither the print font nor any fallback has."""
    seen: dict[str, None] = {}
    for text in texts:
        seen.update(dict.fromkeys(text))
    return "".join(char for char in seen if not _printable(char))


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


@cache
def _print_font() -> QRawFont:
    return QRawFont.fromFont(QFont(FONT_FAMILY))


@cache
def _printable(char: str) -> bool:
    if char.isspace() or not char.isprintable():
        return True  # nothing to draw
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
