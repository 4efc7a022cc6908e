"""The Today page, driven as a user would: each item acts in one or two clicks,
the page follows at once, and Edit ▸ Undo takes each action back."""

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from relations_app.app import main
from relations_app.birthdays import Birthday
from relations_app.models.people_model import Column
from relations_app.operations import Changes, Snooze
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    PersonRef,
)
from relations_app.services import Services
from relations_app.storage.database import db
from relations_app.ui.actions import ActionId
from relations_app.ui.main_window import PEOPLE_TAB, TODAY_TAB
from relations_app.ui.today_page import long_date
from relations_app.ui.widgets.cards import ElidedLabel
from tests.conftest import NOW, TODAY, plain

DAY = dt.timedelta(days=1)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def not_now(dialog) -> None:
    dialog.reject()


@pytest.fixture
def journal(services):
    """Someone in every section, added 100 days ago."""
    then = Services.create(services.store, clock=lambda: NOW - 100 * DAY)
    people = {}
    for name, circle, days, extra in [
        ("Ana Sousa", Circle.INNER, 14, dict(next_question="How is the studio?")),
        ("Bruno Costa", Circle.CLOSE, 30, dict(looking_for=("feedback on my CV",))),
        ("Chloé", Circle.WIDER, 60, {}),
        ("Dana", Circle.WIDER, None, dict(looking_for=("a ceramics mentor",))),
        ("Eve", Circle.ACQUAINTANCE, None, dict(can_offer=("ceramics mentoring",))),
    ]:
        people[name] = then.people.save(
            Person(name=name, circle=circle, keep_in_touch_days=days, **extra)
        )
    for name, ago in (("Ana Sousa", 20), ("Bruno Costa", 40), ("Chloé", 10)):
        person = people[name]
        services.conversations.save(
            Conversation(
                date=TODAY - ago * DAY,
                people=(PersonRef(person.id, person.name),),
                notes=f"Coffee with {name}",
            )
        )
    people["help"] = services.help.save(
        Help(
            person_id=people["Bruno Costa"].id,
            direction=Direction.GIVEN,
            kind=HelpKind.ADVICE,
            description="Read his cover letter",
            offered_on=TODAY - 10 * DAY,
            due_on=TODAY - DAY,
        )
    )
    services.offers.save(Offer(name="Feedback on a CV"))
    return people


@pytest.fixture
def today(qtbot, ctx, journal):
    """The window, opened on a journal with people: it lands on Today."""
    from relations_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def names(window, section: str) -> list[str]:
    QApplication.processEvents()
    return [item.headline_text() for item in window.today.items(section)]


def item_of(window, section: str, name: str):
    QApplication.processEvents()
    return next(i for i in window.today.items(section) if name in i.headline_text())


def undo(window) -> None:
    window.actions[ActionId.UNDO].trigger()
    QApplication.processEvents()


# -- landing ------------------------------------------------------------------------------
def test_a_journal_with_people_opens_on_today(today):
    assert today.tabs.currentIndex() == TODAY_TAB
    assert today.tabs.tabText(TODAY_TAB) == "Today"


def test_an_empty_journal_opens_on_the_welcome(window):
    assert window.tabs.currentIndex() == PEOPLE_TAB
    assert window.people.stack.currentWidget() is window.people.welcome


def test_each_section_says_why_and_giving_comes_first(today):
    page = today.today
    assert page.items("could_help")[0].why.startswith("Bruno Costa is looking for")
    assert names(today, "promises") == ["Bruno Costa · “Read his cover letter” · late"]
    assert names(today, "reconnect") == ["Ana Sousa · 6 days late", "Bruno Costa · 10 days late"]
    reconnect = item_of(today, "reconnect", "Ana Sousa")
    assert "Ask: How is the studio?" in reconnect.text()
    assert "Last talked on 26 May 2026: Coffee with Ana Sousa" in plain(reconnect.text())
    assert names(today, "introductions") == ["Dana and Eve"]


def test_at_start_the_first_screen_is_painted_first_and_the_rest_follows(qtbot, ctx, journal):
    """What Relations shows in its first frame is the top of Today, exactly as
    the whole agenda makes it; the cards below and the status bar's count
    follow right after that frame (docs/performance.md, start-up)."""
    from relations_app.ui.main_window import MainWindow

    whole = MainWindow(ctx)
    qtbot.addWidget(whole)
    window = MainWindow(ctx, rest_after_first_frame=True)
    qtbot.addWidget(window)
    page = window.today
    for section in ("could_help", "promises", "coming_up"):
        assert names(window, section) == names(whole, section)
    assert [c.isHidden() for c in page.later_cards()] == [True, True, True]
    assert "to reconnect" not in window.summary_label.text()
    window.show()
    qtbot.waitUntil(lambda: page.agenda is not None)
    assert [c.isVisible() for c in page.later_cards()] == [True, True, True]
    for section in ("could_help", "promises", "reconnect", "introductions", "coming_up"):
        assert names(window, section) == names(whole, section)
    assert names(window, "reconnect") == ["Ana Sousa · 6 days late", "Bruno Costa · 10 days late"]
    assert "2 to reconnect with" in window.summary_label.text()


# -- reconnect ----------------------------------------------------------------------------
def test_log_a_conversation_from_reconnect_and_the_person_leaves_at_once(today, dialogs, services):
    ana = item_of(today, "reconnect", "Ana Sousa")
    seen = {}

    def fill(dialog):
        seen["with"] = [ref.name for ref in dialog.people.people()]
        seen["panel"] = dialog.panel.text()
        dialog.notes.setPlainText("Lunch at the studio")
        save(dialog)

    def next_time(dialog):
        seen["question"] = dialog.fields[ana_id].text()
        dialog.fields[ana_id].setText("Did the first class go well?")
        save(dialog)

    ana_id = services.people.refs()[0].id
    dialogs.run(ana.action("Log conversation…").click, fill, next_time)
    assert seen["with"] == ["Ana Sousa"]
    assert "Ask: How is the studio?" in seen["panel"]
    assert seen["question"] == "How is the studio?"
    assert names(today, "reconnect") == ["Bruno Costa · 10 days late"]
    assert services.people.get(ana_id).next_question == "Did the first class go well?"
    undo(today)  # the question
    undo(today)  # the conversation
    assert names(today, "reconnect")[0] == "Ana Sousa · 6 days late"
    assert services.people.get(ana_id).next_question == "How is the studio?"


def test_not_now_hides_someone_for_a_week_and_undo_brings_them_back(today, services):
    item_of(today, "reconnect", "Bruno Costa").action("Not now").click()
    assert names(today, "reconnect") == ["Ana Sousa · 6 days late"]
    bruno = next(p for p in services.people.summaries() if p.person.name == "Bruno Costa")
    assert bruno.person.snoozed_until == TODAY + 7 * DAY
    assert "off the list until 22 Jun 2026" in plain(today.statusBar().currentMessage())
    undo(today)
    assert len(names(today, "reconnect")) == 2


def test_not_now_until_a_chosen_day(today, dialogs, services):
    bruno = item_of(today, "reconnect", "Bruno Costa")

    def choose(dialog):
        assert dialog.until.minimumDate().toPython() == TODAY + DAY
        dialog.until.setDate(TODAY + 30 * DAY)
        save(dialog)

    dialogs.run(lambda: today.today.snooze_requested.emit(bruno_id(services), True), choose)
    assert names(today, "reconnect") == ["Ana Sousa · 6 days late"]
    assert services.people.get(bruno_id(services)).snoozed_until == TODAY + 30 * DAY
    assert bruno is not None


def bruno_id(services) -> int:
    return next(r.id for r in services.people.refs() if r.name == "Bruno Costa")


def test_change_interval_moves_someone_off_the_list(today, dialogs, services):
    def every_60_days(dialog):
        assert dialog.days.value() == 30
        dialog.days.setValue(60)
        save(dialog)

    dialogs.run(
        item_of(today, "reconnect", "Bruno Costa").action("Change interval…").click, every_60_days
    )
    assert services.people.get(bruno_id(services)).keep_in_touch_days == 60
    assert names(today, "reconnect") == ["Ana Sousa · 6 days late"]
    undo(today)
    assert len(names(today, "reconnect")) == 2


def test_a_refused_interval_is_shown_in_the_dialog(today, dialogs):
    seen = {}

    def too_long(dialog):
        dialog.days.setMaximum(99999)
        dialog.days.setValue(5000)
        save(dialog)
        seen["error"] = dialog.error_label.text()
        dialog.reject()

    dialogs.run(item_of(today, "reconnect", "Ana Sousa").action("Change interval…").click, too_long)
    assert seen["error"] == "Keep in touch every 1 to 3650 days, or leave it empty."
    assert len(names(today, "reconnect")) == 2


# -- promises, help, introductions ---------------------------------------------------------
def test_mark_a_promise_done_and_undo(today, services, journal):
    item_of(today, "promises", "Bruno Costa").action("Mark done").click()
    assert names(today, "promises") == []
    done = services.help.get(journal["help"].id)
    assert (done.status, done.done_on) == (HelpStatus.DONE, TODAY)
    undo(today)
    assert services.help.get(journal["help"].id).status is HelpStatus.OFFERED
    assert len(names(today, "promises")) == 1


def test_mark_a_follow_up_done(today, services):
    ana = services.people.refs()[0]
    services.conversations.save(
        Conversation(date=TODAY, people=(ana,), follow_up="Send the article")
    )
    today.ctx.runner.broadcast(Changes.all())
    item = item_of(today, "promises", "Send the article")
    item.action("Mark done").click()
    assert all("Send the article" not in n for n in names(today, "promises"))


def test_record_an_introduction_and_it_is_not_suggested_again(today, dialogs, services):
    def note(dialog):
        assert "Dana is looking for “a ceramics mentor”" in dialog.description.toPlainText()
        save(dialog)

    dialogs.run(item_of(today, "introductions", "Dana").action("Record introduction…").click, note)
    assert names(today, "introductions") == []
    given = [h for h in services.help.all() if h.kind is HelpKind.INTRODUCTION]
    assert {h.introduced_id for h in given} == {h.person_id for h in given}
    undo(today)
    assert names(today, "introductions") == ["Dana and Eve"]
    assert not [h for h in services.help.all() if h.kind is HelpKind.INTRODUCTION]


def test_record_help_opens_the_help_dialog_with_the_offer(today, dialogs, services):
    seen = {}

    def look(dialog):
        seen["what"] = dialog.description.toPlainText()
        seen["due"] = dialog.due_on.isEnabled()
        dialog.due_on.set_date(TODAY + 3 * DAY)
        save(dialog)

    dialogs.run(item_of(today, "could_help", "Bruno Costa").action("Record help…").click, look)
    assert seen == {"what": "Feedback on a CV", "due": True}
    promised = [h for h in services.help.all() if h.description == "Feedback on a CV"]
    assert promised[0].due_on == TODAY + 3 * DAY
    QApplication.processEvents()
    assert any("Feedback on a CV" in i.text() for i in today.today.items("coming_up"))


# -- the page as a whole ----------------------------------------------------------------------
def test_show_all_and_show_fewer(today, services, qtbot):
    for index in range(7):
        services.people.save(
            Person(name=f"Friend {index}", circle=Circle.CLOSE, keep_in_touch_days=7)
        )
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(lambda: len(names(today, "reconnect")) == 5)
    card = today.today.cards["reconnect"]
    assert plain(card.more.text()) == "Show all 9" and card.count.text() == "9"
    card.more.click()
    qtbot.waitUntil(lambda: len(names(today, "reconnect")) == 9)
    assert plain(card.more.text()) == "Show fewer"
    card.more.click()
    qtbot.waitUntil(lambda: len(names(today, "reconnect")) == 5)


def test_the_people_table_waits_for_its_tab_and_the_count_agrees_everywhere(today, services):
    """Opening on Today does not read the People table; the status bar's count
    comes from the page, and from the same rule on the Journal."""
    assert today.people.model.rowCount() == 0
    assert "2 to reconnect with" in today.summary_label.text()
    today.tabs.setCurrentWidget(today.journal)
    bruno = services.people.get(bruno_id(services))
    today.ctx.runner.run(Snooze(bruno.id, TODAY + 7 * DAY, bruno.name))
    assert "1 to reconnect with" in today.summary_label.text()
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    assert today.people.model.rowCount() == 5
    assert "5 people" in today.summary_label.text()
    assert "1 to reconnect with" in today.summary_label.text()


def test_the_status_bar_count_opens_today(today):
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    assert 'href="today"' in today.summary_label.text()
    today.summary_label.linkActivated.emit("today")
    assert today.tabs.currentIndex() == TODAY_TAB


def test_open_shows_the_person_in_the_people_tab(today):
    item_of(today, "reconnect", "Bruno Costa").action("Open").click()
    assert today.tabs.currentIndex() == PEOPLE_TAB
    assert today.people.summary_of(today.people.selected_id()).person.name == "Bruno Costa"


def test_only_the_top_of_the_practice_stands_out_in_the_people_table(today, services, qtbot):
    for index in range(6):  # close friends never talked with: due at once
        services.people.save(
            Person(name=f"Friend {index}", circle=Circle.CLOSE, keep_in_touch_days=7)
        )
    today.ctx.runner.broadcast(Changes.all())
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    model = today.people.model
    qtbot.waitUntil(lambda: model.due_count() == 8)
    bold = [
        model.data(model.index(row, Column.NAME))
        for row in range(model.rowCount())
        if model.data(model.index(row, Column.NEXT_RECONNECT), Qt.ItemDataRole.FontRole)
    ]
    today.tabs.setCurrentIndex(TODAY_TAB)  # built again as it comes into view
    shown = [n.split(" · ")[0] for n in names(today, "reconnect")]
    assert sorted(bold) == sorted(shown) and len(bold) == 5


def test_markup_in_a_name_is_shown_as_written(today, services, qtbot):
    services.people.save(
        Person(name="<b>Bold</b> & <i>Co</i>", circle=Circle.INNER, keep_in_touch_days=7)
    )
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(lambda: any("<b>Bold</b>" in n for n in names(today, "reconnect")))


def test_today_json_agrees_with_the_page(today, data_dir, capsys):
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), "today", "--json", "--date", TODAY.isoformat()])
    document = json.loads(capsys.readouterr().out)
    assert status == 0
    page = today.today
    for section in ("could_help", "promises", "reconnect", "introductions", "coming_up"):
        shown = [item.headline_text() for item in page.items(section)]
        listed = document[section]
        assert len(listed) == getattr(page.agenda, section).total
        assert len(shown) == min(5, len(listed))
        for item, line in zip(listed, shown, strict=False):
            assert all(name in line for name in item["people"]), (section, item, line)
    assert [r["days_late"] for r in document["reconnect"]] == [6, 10]


def test_a_journal_without_conversations_draws_no_empty_chart(qtbot, ctx, services):
    from relations_app.ui.main_window import MainWindow

    services.people.save(Person(name="Ana", circle=Circle.INNER, keep_in_touch_days=14))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.today
    assert page.month.items[0].plain_text() == "No conversation logged this month yet."
    assert not page.chart.isVisible()
    window.ctx.services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(1, "Ana"),), notes="Tea", depth=4)
    )
    window.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(page.chart.isVisible)


def test_a_long_name_in_the_last_deep_conversations_is_cut_to_fit(today, services, qtbot):
    long_name = "Maximilian Alexander von Hohenzollern-Sigmaringen " * 3
    person = services.people.save(Person(name=long_name.strip(), circle=Circle.WIDER))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(person.id, person.name),), notes="Walk", depth=5)
    )
    today.resize(1024, 700)
    today.ctx.runner.broadcast(Changes.all())

    def shown():
        labels = today.today.month.findChildren(ElidedLabel)
        return next((w for w in labels if w.whole_text() == person.name), None)

    qtbot.waitUntil(lambda: shown() is not None)
    label = shown()
    QApplication.processEvents()
    assert label.text().endswith("…") and label.text() != person.name
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert person.name in label.toolTip()


def test_a_window_left_open_overnight_shows_the_new_day(today):
    before = names(today, "reconnect")
    today.ctx.clock = lambda: NOW + 30 * DAY
    today.today_commands.check_day()  # what its minute timer does
    assert today.today.agenda.today == TODAY + 30 * DAY
    assert names(today, "reconnect") != before
    assert today.today.date_label.text() == long_date(TODAY + 30 * DAY)


def test_a_circle_on_the_page_shows_that_circle_in_the_people_tab(today):
    from relations_app.ui.widgets.link_button import LinkButton

    inner = next(b for b in today.today.circles.findChildren(LinkButton) if b.text() == "Inner")
    inner.click()
    QApplication.processEvents()
    assert today.tabs.currentIndex() == PEOPLE_TAB
    proxy = today.people.table.model()
    shown = [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]
    assert shown == ["Ana Sousa"]


def test_a_thousand_people_due_are_counted_as_the_language_writes_numbers(today, qtbot):
    from PySide6.QtCore import QLocale

    rows = [(f"Friend {i:04}", "close", 7, f"{NOW}", f"{NOW}") for i in range(1234)]
    db.execute_sql("BEGIN")
    for row in rows:
        db.execute_sql(
            "INSERT INTO person (name, circle, keep_in_touch_days, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            row,
        )
    db.execute_sql("COMMIT")
    before = QLocale()
    for locale, written in (
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "1,236"),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "1\u202f236"),
    ):
        QLocale.setDefault(locale)
        try:
            today.ctx.runner.broadcast(Changes.all())
            card = today.today.cards["reconnect"]
            qtbot.waitUntil(lambda card=card, written=written: card.count.text() == written)
            assert plain(card.more.text()) == f"Show all {written}"
            assert len(card.items) == 5
        finally:
            QLocale.setDefault(before)


def test_an_ampersand_in_a_name_is_shown_in_a_link_and_takes_no_shortcut(today, services, qtbot):
    eve = services.people.get(next(r.id for r in services.people.refs() if r.name == "Eve"))
    services.people.save(dataclasses.replace(eve, name="Tom &Jerry <b>&amp;</b>"))
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(lambda: any("Tom" in n for n in names(today, "introductions")))
    item = item_of(today, "introductions", "Tom")
    link = item.action("Open Tom &Jerry <b>&amp;</b>")
    assert link.shortcut().isEmpty()
    assert "Tom &Jerry <b>&amp;</b>" in item.headline_text()


def test_how_many_items_a_section_shows_is_chosen_on_the_page_and_kept(today, services, qtbot):
    for index in range(6):
        services.people.save(
            Person(name=f"Friend {index}", circle=Circle.CLOSE, keep_in_touch_days=7)
        )
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(lambda: len(names(today, "reconnect")) == 5)
    today.today.limit_box.setValue(2)
    assert len(names(today, "reconnect")) == 2
    assert plain(today.today.cards["reconnect"].more.text()) == "Show all 8"
    assert today.ctx.settings.today_items == 2
    assert today.people.model.top_size == 2


def test_opening_someone_archived_meanwhile_says_where_they_are(today, services):
    eve = services.people.get(next(r.id for r in services.people.refs() if r.name == "Eve"))
    services.people.save(dataclasses.replace(eve, archived=True))
    today.ctx.runner.broadcast(Changes.all())
    today.today_commands.open_person(eve.id)  # an item shown before the change
    assert today.tabs.currentIndex() == PEOPLE_TAB
    assert today.statusBar().currentMessage().startswith("They are archived")


def test_a_birthday_without_a_year_comes_up_as_day_and_month(today, services, qtbot):
    services.people.save(Person(name="Léa", circle=Circle.WIDER, birthday=Birthday(6, 20)))
    today.ctx.runner.broadcast(Changes.all())

    def shown() -> bool:
        QApplication.processEvents()
        return any(
            plain(i.text()) == "Léa · in 5 days\nLéa has a birthday in 5 days (20 June)."
            for i in today.today.items("coming_up")
        )

    qtbot.waitUntil(shown)
