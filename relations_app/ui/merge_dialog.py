"""Merge two entries of one person, side by side.

The entry added first is kept (on the left) with its date; everything the
other holds moves onto it: conversations, shared values and help. Where both
entries say something different, the user picks a side (long texts may keep
both); where only one says something, that is kept. ``save(merged, other)``
merges through an operation (Edit ▸ Undo undoes it); if it fails (the notes of
both together are too long...) the dialog stays open and says why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from relations_app.i18n import plural
from relations_app.labels import circle_label, format_birthday, format_date, plain_tooltip
from relations_app.records import Person, PersonDetail
from relations_app.services import rows
from relations_app.services.merge import LONG_TEXTS, differing_fields, is_empty, proposal
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.message_box import plain_label
from relations_app.ui.widgets.cards import ElidedLabel
from relations_app.ui.widgets.forms import lay_out_around_grid

# characters of a field's value shown on each side, so that both sides fit
# side by side; the tooltip has it whole
SHOWN_LENGTH = 36
LEFT, RIGHT, BOTH = 0, 1, 2


def first_added(a: PersonDetail, b: PersonDetail) -> tuple[PersonDetail, PersonDetail]:
    """(kept, other): the entry added first is kept, so its date stays."""

    def added(d: PersonDetail) -> tuple:
        return (d.person.created_at or dt.datetime.max, d.person.id or 0)

    return (a, b) if added(a) <= added(b) else (b, a)


class MergeDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        a: PersonDetail,
        b: PersonDetail,
        save: Callable[[Person, Person], None],
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Merge two entries"))
        kept, other = first_added(a, b)
        self.kept, self.other = kept.person, other.person
        self._proposal = proposal(self.kept, self.other)
        self.groups: dict[str, QButtonGroup] = {}
        self.name_labels: list[ElidedLabel] = []
        self.intro = plain_label(self._intro_text(kept, other))
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._add_headings(grid, kept, other)
        row = 2
        for field in rows.PERSON_FIELDS:
            row += self._add_field(grid, row, field)
        grid.setRowStretch(row, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(grid)
        self.resize(760, 560)

    def _lay_out(self, grid: QGridLayout) -> None:
        lay_out_around_grid(self, self.intro, grid, self.buttons)

    def _intro_text(self, kept: PersonDetail, other: PersonDetail) -> str:
        story = self._story(kept, other)
        if not story:
            return self.tr(
                "{0} and {1} become one entry. What only one of them says is kept;"
                " where they differ, choose."
            ).format(self.kept.name, self.other.name)
        return self.tr(
            "{0} and {1} become one entry. Everything both hold is kept: {2}."
            " What only one of them says is kept too; where they differ, choose."
        ).format(self.kept.name, self.other.name, story)

    def _story(self, *details: PersonDetail) -> str:
        """What the one kept will hold, leaving out what neither has ("0 help"
        says nothing): a conversation both were in is one, and so is a value
        noted of both in the same words (services/merge.py keeps one)."""
        talks = len({c.id for d in details for c in d.conversations})
        values = len({(s.value_name, s.evidence) for d in details for s in d.shared_values})
        helped = len({h.id for d in details for h in d.help})
        parts = (
            (talks, self.tr("1 conversation"), self.tr("%Ln conversations", "", talks)),
            (values, self.tr("1 shared value"), self.tr("%Ln shared values", "", values)),
            (helped, self.tr("1 record of help"), self.tr("%Ln records of help", "", helped)),
        )
        return ", ".join(plural(count, one, many) for count, one, many in parts if count)

    def _add_headings(self, grid: QGridLayout, kept: PersonDetail, other: PersonDetail) -> None:
        for column, detail, role in (
            (1, kept, self.tr("Kept: added first, on {0}")),
            (2, other, self.tr("Merged into it: added on {0}")),
        ):
            # cut to the room its side has (a heading's font is larger than
            # the values' that SHOWN_LENGTH fits), whole in the tooltip
            name = ElidedLabel(detail.person.name)
            name.setStyleSheet("font-size: 12pt; font-weight: 600;")
            self.name_labels.append(name)
            grid.addWidget(name, 0, column)
            added = detail.person.created_at
            when = format_date(added.date()) if added else "?"
            note = QLabel(role.format(when))
            note.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(note, 1, column)

    def _add_field(self, grid: QGridLayout, row: int, field: str) -> int:
        """A line for a field either entry fills in (two for a long text to
        choose); how many lines it took."""
        mine, theirs = getattr(self.kept, field), getattr(self.other, field)
        differing = field in differing_fields(self.kept, self.other)
        if (is_empty(mine) and is_empty(theirs)) or (field == "archived" and not differing):
            return 0
        title = QLabel(self._label(field))
        title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(title, row, 0)
        if not differing:
            for column, value in ((1, mine), (2, theirs)):
                grid.addWidget(self._value_label(field, value), row, column)
            return 1
        group = QButtonGroup(self)
        for column, value in ((LEFT, mine), (RIGHT, theirs)):
            # "&" would be taken for a shortcut letter ("Atelier Laurent & Fils")
            button = QRadioButton(_shortened(self._text(field, value)).replace("&", "&&"))
            button.setToolTip(plain_tooltip(self._text(field, value)))
            group.addButton(button, column)
            grid.addWidget(button, row, column + 1, Qt.AlignmentFlag.AlignTop)
        self.groups[field] = group
        if field not in LONG_TEXTS:
            group.button(_default_side(field, mine, theirs)).setChecked(True)
            return 1
        both = QRadioButton(self.tr("Keep both texts, one after the other"))
        group.addButton(both, BOTH)
        grid.addWidget(both, row + 1, 1, 1, 2)
        both.setChecked(True)  # nothing written about either is lost unless asked
        return 2

    def _value_label(self, field: str, value) -> QLabel:
        label = plain_label(_shortened(self._text(field, value)) if not is_empty(value) else "—")
        label.setToolTip(plain_tooltip(self._text(field, value)))
        if is_empty(value):
            label.setStyleSheet("color: palette(placeholder-text);")
        return label

    # -- what the fields are called and how their values read ---------------------------
    def _label(self, field: str) -> str:
        return {
            "name": self.tr("Name"),
            "nickname": self.tr("Nickname"),
            "circle": self.tr("Circle"),
            "met_how": self.tr("How you met"),
            "met_where": self.tr("Where"),
            "met_on": self.tr("When"),
            "organisation": self.tr("Organisation"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "birthday": self.tr("Birthday"),
            "keep_in_touch_days": self.tr("Keep in touch"),
            "what_matters": self.tr("What matters to them"),
            "next_question": self.tr("Next question"),
            "notes": self.tr("Notes"),
            "archived": self.tr("Archived"),
            "looking_for": self.tr("Looking for"),
            "can_offer": self.tr("Can offer"),
            "snoozed_until": self.tr("Not now, until"),
        }[field]

    def _text(self, field: str, value) -> str:
        if is_empty(value):
            return ""
        if field == "circle":
            return circle_label(value)
        if field in ("met_on", "snoozed_until"):
            return format_date(value)
        if isinstance(value, tuple):  # what they look for or can offer
            return ", ".join(value)
        if field == "birthday":
            return format_birthday(value)
        if field == "keep_in_touch_days":
            return plural(value, self.tr("every day"), self.tr("every %Ln days", "", value))
        if field == "archived":
            return self.tr("Archived") if value else self.tr("In the list")
        return str(value)

    # -- the result ---------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self._save(self.merged(), self.other)
        except FAILURES as error:
            show_failure(self, self.windowTitle(), error, self.tr("Nothing was merged."))
            return
        super().accept()

    def merged(self) -> Person:
        """The kept entry with the fields as chosen; the other entry's id is ``other.id``."""
        chosen = {}
        for field, group in self.groups.items():
            side = group.checkedId()
            if side == LEFT:
                chosen[field] = getattr(self.kept, field)
            elif side == RIGHT:
                chosen[field] = getattr(self.other, field)
        return dataclasses.replace(self._proposal, **chosen)


def _default_side(field: str, mine, theirs) -> int:
    """The kept entry's value, except a birthday whose year only the other knows."""
    if field == "birthday" and not mine.has_year and theirs.has_year:
        if (mine.month, mine.day) == (theirs.month, theirs.day):
            return RIGHT
    return LEFT


def _shortened(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_LENGTH else line[: SHOWN_LENGTH - 1] + "…"
