"""Before the overview prints: who, which period, which layout, private notes or not.

Given OverviewChoices, gives OverviewChoices back; it never reads or writes
settings (PrintCommands does) and never touches the store: it is handed how
many people each circle holds, and says as the choices change how many people
(and pages) they cover.

Before a print preview, a choice of more than PREVIEW_PAGE_LIMIT pages is steered
to a PDF: Qt lays out and paints every page of a preview at once, on the
window's thread, with no progress and no Cancel (8,544 pages froze the window
for 17 s), while the PDF is written on a worker with both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from relations_app.i18n import number, plural
from relations_app.labels import circle_label, format_date
from relations_app.records import Circle
from relations_app.resources import app_icon
from relations_app.services.overview import (
    Layout,
    OverviewChoices,
    Who,
    estimated_pages,
    since_for,
)

MAX_PERIOD_DAYS = 3650
HINT_STYLE = "color: palette(placeholder-text);"
# A preview of this many pages keeps the window busy about half a second
# (2 ms a page, measured at 8,544 pages); beyond, the dialog offers a PDF instead
PREVIEW_PAGE_LIMIT = 300


class PrintOptionsDialog(QDialog):
    """``selected`` names the people chosen in the list (empty: that option is off).

    ``period_days`` 0 means every conversation. ``circle_sizes`` says how many
    people each circle holds (archived people left out, as the overview leaves
    them). ``preview``: Continue opens a print preview, which a very long choice
    replaces with a PDF (see saves_pdf).
    """

    def __init__(
        self,
        parent: QWidget | None,
        choices: OverviewChoices,
        period_days: int,
        selected: list[str],
        today: dt.date,
        circle_sizes: Mapping[Circle, int] | None = None,
        preview: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print overview"))
        self.setWindowIcon(app_icon())
        self._choices = choices
        self._today = today
        self._sizes = dict(circle_sizes or {})
        self._selected_count = len(selected)
        self._preview = preview
        self.reach = QLabel()
        self.reach.setWordWrap(True)
        self.too_long = QLabel(
            self.tr(
                "A print preview of so many pages would keep Relations busy for a long "
                "time. Save them as a PDF instead (you can print it from there), or choose "
                "one circle or the selected people."
            )
        )
        self.too_long.setWordWrap(True)
        self.too_long.setHidden(True)
        self._build_who(selected)
        self._build_period(period_days)
        self._build_layout()
        self.notes = QCheckBox(self.tr("Include private &notes"))
        self.notes_hint = QLabel(self.tr("Off by default: paper leaves the laptop."))
        self.notes_hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self._connect_signals()
        self._load(choices, selected)

    # -- building -------------------------------------------------------------
    def _build_who(self, selected: list[str]) -> None:
        self.everyone = QRadioButton(self.tr("&Everyone"))
        self.one_circle = QRadioButton(self.tr("One &circle:"))
        self.circle = QComboBox()
        for circle in Circle:
            self.circle.addItem(circle_label(circle), circle.value)
        self.chosen = QRadioButton(self._selected_text(selected))
        self.chosen.setEnabled(bool(selected))
        self.who_group = QButtonGroup(self)
        for button in (self.everyone, self.one_circle, self.chosen):
            self.who_group.addButton(button)

    def _build_period(self, period_days: int) -> None:
        self.period = QSpinBox()
        self.period.setRange(0, MAX_PERIOD_DAYS)
        self.period.setSpecialValueText(self.tr("all conversations"))
        self.period.setPrefix(self.tr("the last "))
        self.period.valueChanged.connect(self._period_changed)
        self.period.setValue(period_days)
        self._period_changed(period_days)
        self.since_label = QLabel()
        self.since_label.setStyleSheet(HINT_STYLE)

    def _period_changed(self, days: int) -> None:
        """'the last 1 day', 'the last 90 days': the suffix follows the number."""
        self.period.setSuffix(plural(days, self.tr(" day"), self.tr(" days", "", days)))

    def _build_layout(self) -> None:
        self.per_person = QRadioButton(self.tr("One &page per person"))
        self.compact = QRadioButton(self.tr("Co&mpact: people follow one another"))
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.per_person)
        self.layout_group.addButton(self.compact)

    def _lay_out(self) -> None:
        who = QGridLayout()
        who.addWidget(self.everyone, 0, 0, 1, 2)
        who.addWidget(self.one_circle, 1, 0)
        who.addWidget(self.circle, 1, 1)
        who.addWidget(self.chosen, 2, 0, 1, 2)
        who.setColumnStretch(1, 1)
        period = QVBoxLayout()
        period.addWidget(self.period)
        period.addWidget(self.since_label)
        layout_box = QVBoxLayout()
        layout_box.addWidget(self.per_person)
        layout_box.addWidget(self.compact)
        notes = QVBoxLayout()
        notes.addWidget(self.notes)
        notes.addWidget(self.notes_hint)
        # the hint starts under the check box's text, not under its box
        style = self.notes.style()
        self.notes_hint.setIndent(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        )
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.addRow(self.tr("Who:"), who)
        form.addRow(self.tr("Conversations from:"), period)
        form.addRow(self.tr("Layout:"), layout_box)
        form.addRow(self.tr("Privacy:"), notes)
        main = QVBoxLayout(self)
        main.addLayout(form)
        main.addSpacing(10)
        main.addWidget(self.reach)
        main.addWidget(self.too_long)
        main.addSpacing(6)
        main.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.period.valueChanged.connect(self._update_since)
        self.one_circle.toggled.connect(self.circle.setEnabled)
        self.circle.activated.connect(lambda _index: self.one_circle.setChecked(True))
        self.who_group.buttonToggled.connect(self._update_reach)
        self.layout_group.buttonToggled.connect(self._update_reach)
        self.circle.currentIndexChanged.connect(self._update_reach)

    def _load(self, choices: OverviewChoices, selected: list[str]) -> None:
        who = choices.who
        if who is Who.SELECTED and not selected:
            who = Who.EVERYONE  # nobody is selected now: the nearest sensible choice
        {Who.EVERYONE: self.everyone, Who.CIRCLE: self.one_circle, Who.SELECTED: self.chosen}[
            who
        ].setChecked(True)
        self.circle.setCurrentIndex(max(0, self.circle.findData(choices.circle.value)))
        self.circle.setEnabled(who is Who.CIRCLE)
        (self.compact if choices.layout is Layout.COMPACT else self.per_person).setChecked(True)
        self.notes.setChecked(choices.include_private_notes)
        self._update_since()
        self._update_reach()

    # -- results ----------------------------------------------------------------
    def period_days(self) -> int:
        return self.period.value()

    def people_count(self) -> int:
        """How many people the choice covers."""
        if self.chosen.isChecked():
            return self._selected_count
        if self.one_circle.isChecked():
            return self._sizes.get(Circle(self.circle.currentData()), 0)
        return sum(self._sizes.values())

    def page_estimate(self) -> int:
        layout = Layout.COMPACT if self.compact.isChecked() else Layout.PER_PERSON
        return estimated_pages(self.people_count(), layout)

    def saves_pdf(self) -> bool:
        """Continue saves a PDF rather than opening the preview: too many pages."""
        return self._preview and self.page_estimate() > PREVIEW_PAGE_LIMIT

    def choices(self) -> OverviewChoices:
        if self.chosen.isChecked():
            who = Who.SELECTED
        elif self.one_circle.isChecked():
            who = Who.CIRCLE
        else:
            who = Who.EVERYONE
        return dataclasses.replace(
            self._choices,
            who=who,
            circle=Circle(self.circle.currentData()),
            since=since_for(self.period.value(), self._today),
            layout=Layout.COMPACT if self.compact.isChecked() else Layout.PER_PERSON,
            include_private_notes=self.notes.isChecked(),
        )

    def _selected_text(self, selected: list[str]) -> str:
        if not selected:
            return self.tr("The &selected people (select some in the list first)")
        if len(selected) == 1:
            return self.tr("Only {0}").format(selected[0].replace("&", "&&"))
        return self.tr("The %Ln &selected people", "", len(selected))

    @Slot()
    def _update_reach(self) -> None:
        people = self.people_count()
        if people == 0:
            text = self.tr("No one to print with this choice.")
        else:
            text = plural(
                people,
                self.tr("This covers 1 person."),
                # {0}, not %Ln: thousands written as the language does, even in English
                self.tr("This covers {0} people.", "", people).format(number(people)),
            )
            if self.per_person.isChecked():
                pages = self.page_estimate()
                text += " " + self.tr("About {0} pages.", "", pages).format(number(pages))
        self.reach.setText(text)
        too_long = self.saves_pdf()
        self.too_long.setHidden(not too_long)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save as P&DF…") if too_long else self.tr("&Continue…"))

    @Slot()
    def _update_since(self) -> None:
        since = since_for(self.period.value(), self._today)
        self.since_label.setText(
            self.tr("since {0}").format(format_date(since)) if since else self.tr("however old")
        )
