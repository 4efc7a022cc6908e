"""What the Today page's actions do, and keeping the page current.

The page is built from the agenda service whenever the journal changes (the
runner's Changes on ``events.changed``): at once when it is shown, else the
next time it is. Log a conversation from the page and the person leaves the
Reconnect list as the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot

from relations_app import operations as ops  # each loads on first use
from relations_app.labels import format_date
from relations_app.services.practice import snooze_until
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.today_page import MOST_ITEMS, TodayPage

DAY_CHECK_MS = 60_000  # a window left open overnight judges by the new day within a minute


def items_per_section(settings) -> int:
    """How many items a section shows before "show all" (the setting, bounded)."""
    return max(1, min(MOST_ITEMS, settings.today_items))


class TodayCommands(FeatureCommands):
    def __init__(self, ctx, window, page: TodayPage) -> None:
        super().__init__(ctx, window)
        self.page = page
        self.stale = True
        self._rest_pending = False  # only the first screen is shown (at start)
        self._day = ctx.today()  # the day every view was last judged by
        self._timer = QTimer(self)  # a burst of changes (an undo, an import) builds once
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        self._connect_signals()

    def _connect_signals(self) -> None:
        p, w = self.page, self.window
        p.log_requested.connect(self.log_conversation)
        p.snooze_requested.connect(self.snooze)
        p.interval_requested.connect(self.change_interval)
        p.help_requested.connect(self.record_help)
        p.help_done_requested.connect(self.mark_help_done)
        p.follow_up_done_requested.connect(self.mark_follow_up_done)
        p.introduction_requested.connect(self.record_introduction)
        p.offers_requested.connect(w.value_commands.my_offers)
        p.person_opened.connect(self.open_person)
        p.conversation_opened.connect(self.open_conversation)
        p.circle_requested.connect(self.show_circle)
        p.expansion_changed.connect(self.refresh)
        p.limit_chosen.connect(self.set_limit)
        self.ctx.events.changed.connect(self.changed)

    # -- keeping the page current ---------------------------------------------------
    @Slot(object)
    def changed(self, changes: ops.Changes) -> None:
        self.stale = True
        if self.page.isVisible():
            self._timer.start()

    def shown(self) -> None:
        """The page came into view: build it if anything changed, or the day did."""
        agenda = self.page.agenda
        if self.stale or agenda is None or agenda.today != self.ctx.today():
            self.refresh()

    def first_screen_then_the_rest(self) -> None:
        """At start: the top of the page now, for the window's first frame;
        the whole agenda as soon as that frame is painted."""
        self.page.limit = items_per_section(self.ctx.settings)
        first = self.ctx.services.agenda.first_screen(
            self.ctx.today(), limit=self.page.limit, longer=self.page.longer()
        )
        self.page.show_first_screen(first)
        self._rest_pending = True
        AfterFirstFrame(self.window, self, self._the_rest)

    @Slot()
    def _the_rest(self) -> None:
        # unless something built the whole agenda since, or the window was
        # hidden meanwhile (locked: the journal is closed; shown() builds it)
        if self._rest_pending and self.page.isVisible() and self.ctx.services.store.is_open:
            self.refresh()

    @Slot()
    def check_day(self) -> None:
        """When the day has turned, every view judges by the new one: the
        People table, the detail pane and the Journal are read again (their
        rows keep the day they were made on), and the page is built again now
        if shown, else when it next is. Not while the window is hidden (locked:
        the journal is closed) nor while a long job has the journal: at the
        first check after."""
        day = self.ctx.today()
        if day == self._day or not self.window.isVisible() or self.ctx.runner.work.busy:
            return
        self._day = day
        self.stale = True
        self.window.updates.load_all()
        if self.page.isVisible():
            self.refresh()

    @Slot()
    def _refresh_if_shown(self) -> None:
        # the window may have been hidden since the change (locked: the journal
        # is closed); the page is built again when it is next shown
        if self.page.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.stale = self._rest_pending = False
        self.page.limit = items_per_section(self.ctx.settings)
        agenda = self.ctx.services.agenda.build(
            self.ctx.today(), limit=self.page.limit, longer=self.page.longer()
        )
        self.page.show_agenda(agenda)
        self.window.updates.update_status()  # its count, while People is not loaded

    @Slot(int)
    def set_limit(self, items: int) -> None:
        """Items a section shows, kept; the People table emphasises as many."""
        self.ctx.settings.today_items = items
        people = self.window.built_people()  # else it is made with the setting
        if people is not None:
            people.model.set_top_size(items_per_section(self.ctx.settings))
        self.refresh()

    def due_count(self) -> int | None:
        """The Reconnect section's total, when the page is up to date; 0 while
        only its first screen is shown (the status bar says it with the rest)."""
        if self._rest_pending:
            return 0
        agenda = self.page.agenda
        if self.stale or agenda is None or agenda.today != self.ctx.today():
            return None
        return agenda.reconnect.total

    # -- where the page leads -----------------------------------------------------------
    @Slot(int)
    def open_person(self, person_id: int) -> None:
        w = self.window
        w.tabs.setCurrentWidget(w.people)
        if not w.people.show_person(person_id):
            self.ctx.runner.said.emit(
                self.tr("They are archived: View ▸ Show archived people lists them.")
            )

    @Slot(int)
    def open_conversation(self, conversation_id: int) -> None:
        self.window.tabs.setCurrentWidget(self.window.journal)
        self.window.journal.show_conversation(conversation_id)

    @Slot(str)
    def show_circle(self, circle: str) -> None:
        self.window.tabs.setCurrentWidget(self.window.people)
        self.window.people.show_circle(circle)

    # -- actions ------------------------------------------------------------------------
    def _name(self, person_id: int) -> str | None:
        person = self.ctx.services.people.get(person_id)
        return person.name if person is not None else None

    @Slot(int)
    def log_conversation(self, person_id: int) -> None:
        self.window.journal_commands.log_conversation([person_id])

    @Slot(int, bool)
    def snooze(self, person_id: int, choose: bool) -> None:
        name = self._name(person_id)
        if name is None:
            return
        today = self.ctx.today()
        if choose:
            from relations_app.ui.practice_dialogs import SnoozeDialog

            SnoozeDialog(
                self.window,
                name,
                today,
                lambda day: self.ctx.runner.run(ops.Snooze(person_id, day, name)),
            ).exec()
            return
        until = snooze_until(today)
        if self.ctx.runner.attempt(ops.Snooze(person_id, until, name)) is not None:
            self.ctx.runner.said.emit(
                self.tr(
                    "{0} is off the list until {1}. Edit ▸ Undo (Ctrl+Z) brings them back."
                ).format(name, format_date(until))
            )

    @Slot(int)
    def change_interval(self, person_id: int) -> None:
        from relations_app.ui.practice_dialogs import IntervalDialog

        person = self.ctx.services.people.get(person_id)
        if person is None:
            return
        IntervalDialog(
            self.window,
            person.name,
            person.keep_in_touch_days,
            lambda days: self.ctx.runner.run(ops.SetInterval(person_id, days, person.name)),
        ).exec()

    @Slot(int, str)
    def record_help(self, person_id: int, offer: str) -> None:
        self.window.value_commands.record_help(person_id, description=offer)

    @Slot(int)
    def mark_help_done(self, help_id: int) -> None:
        if self.ctx.runner.attempt(ops.MarkHelpDone(help_id, self.ctx.today())) is not None:
            self.ctx.runner.said.emit(self.tr("Marked done. Edit ▸ Undo (Ctrl+Z) takes it back."))

    @Slot(int)
    def mark_follow_up_done(self, conversation_id: int) -> None:
        self.window.journal_commands.set_follow_up_done(conversation_id, True)

    @Slot(int, int, str)
    def record_introduction(self, first_id: int, second_id: int, note: str) -> None:
        from relations_app.ui.practice_dialogs import IntroductionDialog

        names = (self._name(first_id), self._name(second_id))
        if None in names:
            return

        def save(entry):
            description, day = entry
            op = ops.RecordIntroduction(first_id, second_id, description, day, names)
            return self.ctx.runner.run(op).result

        IntroductionDialog(self.window, names, note, self.ctx.today(), save).exec()


class AfterFirstFrame(QObject):
    """Calls ``then`` once the window's first frame is painted: its first
    UpdateRequest handled (Qt paints and flushes the window there)."""

    def __init__(self, window: QObject, receiver: QObject, then) -> None:
        super().__init__(window)
        self._receiver, self._then = receiver, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._receiver, self._then)  # once this frame is flushed
            self.deleteLater()
        return False
