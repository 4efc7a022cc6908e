"""The Today page attacked: the day turning while another tab is shown, names
written right to left, keyboard-only use. Each test drives the real window."""

from PySide6.QtWidgets import QApplication

from relations_app.models.people_model import Column
from relations_app.operations import Changes
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services import Services
from relations_app.ui.main_window import PEOPLE_TAB, TODAY_TAB
from tests.conftest import NOW, TODAY, detail_text
from tests.ui import test_encryption_ui, test_today_page
from tests.ui.test_today_page import DAY

journal, today = test_today_page.journal, test_today_page.today  # the page's fixtures
encrypted_dir, session = test_encryption_ui.encrypted_dir, test_encryption_ui.session


def test_the_day_turning_while_people_is_shown_moves_every_view_to_the_new_day(
    today, services, qtbot
):
    """Left open overnight on the People tab: at the first check of the new day
    the table, the detail pane and the status bar judge by it, and agree with
    Today when it is opened."""
    then = Services.create(services.store, clock=lambda: NOW - 100 * DAY)
    soon = then.people.save(Person(name="Due tomorrow", keep_in_touch_days=10))
    services.conversations.save(
        Conversation(date=TODAY - 9 * DAY, people=(PersonRef(soon.id, soon.name),))
    )
    today.ctx.runner.broadcast(Changes.all())
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    today.people.select(soon.id)
    model = today.people.model

    def next_reconnect() -> str:
        QApplication.processEvents()
        return model.data(model.index(model.row_of(soon.id), Column.NEXT_RECONNECT))

    assert next_reconnect() == "due tomorrow"
    assert "2 to reconnect with" in today.summary_label.text()
    today.ctx.clock = lambda: NOW + DAY
    today.today_commands.check_day()  # what its minute timer does
    assert next_reconnect() == "due today"
    assert "due today" in detail_text(today)
    assert "3 to reconnect with" in today.summary_label.text()
    today.tabs.setCurrentIndex(TODAY_TAB)
    QApplication.processEvents()
    assert today.today.agenda.today == TODAY + DAY
    assert today.today.agenda.reconnect.total == 3
    assert "3 to reconnect with" in today.summary_label.text()


def test_a_name_written_right_to_left_does_not_turn_the_sentence_around(today, services, qtbot):
    """An Arabic or Hebrew name first in a line made Qt lay the whole line out
    right to left: "… you can offer “Feedback on a CV” is looking for محمد"."""
    from PySide6.QtCore import Qt

    services.people.save(Person(name="محمد עמית", looking_for=("feedback on a CV",)))
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(
        lambda: any("محمد" in i.headline_text() for i in today.today.items("could_help"))
    )
    item = next(i for i in today.today.items("could_help") if "محمد" in i.headline_text())
    block = item.label.doc.begin()
    directions = []
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    assert len(directions) >= 2  # the name, and the sentence saying why
    assert set(directions) == {Qt.LayoutDirection.LeftToRight}


def test_enter_on_a_focused_link_does_what_a_click_does(today, qtbot):
    """A keyboard user reaches "Not now" with Tab and presses Enter, as on any link."""
    from PySide6.QtCore import Qt

    from tests.ui.test_today_page import item_of, names

    link = item_of(today, "reconnect", "Bruno Costa").action("Not now")
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names(today, "reconnect") == ["Ana Sousa · 6 days late"])
    # the keyboard stays where it was: on the item that took Bruno's place
    ana = item_of(today, "reconnect", "Ana Sousa")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ana.action("Not now"))
    link = item_of(today, "reconnect", "Ana Sousa").action("Not now")
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: names(today, "reconnect") == [])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.today.scroll)  # the page


def test_after_logging_a_conversation_from_the_keyboard_the_focus_is_on_the_next_item(
    today, qtbot, dialogs
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.ui.test_today_page import item_of, names

    def save(dialog):
        dialog.notes.setPlainText("Lunch")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    link = item_of(today, "reconnect", "Ana Sousa").action("Log conversation…")
    link.setFocus()
    dialogs.run(lambda: qtbot.keyClick(link, Qt.Key.Key_Space), save, lambda d: d.reject())
    qtbot.waitUntil(lambda: names(today, "reconnect") == ["Bruno Costa · 10 days late"])
    bruno = item_of(today, "reconnect", "Bruno Costa")
    # the window's focus (what has it once the dialog is gone and the window active again)
    qtbot.waitUntil(lambda: today.focusWidget() is bruno.action("Log conversation…"))


def test_tab_goes_through_the_page_in_reading_order(today, services, qtbot):
    """Heading, then each section's items and its "Show all", the side column,
    and the footer's setting last (it was reached second, before any item)."""
    from relations_app.records import Circle
    from tests.ui.test_today_page import names

    for index in range(5):
        services.people.save(
            Person(name=f"Friend {index}", circle=Circle.CLOSE, keep_in_touch_days=7)
        )
    today.ctx.runner.broadcast(Changes.all())
    qtbot.waitUntil(lambda: len(names(today, "reconnect")) == 5)
    page = today.today
    reconnect = page.cards["reconnect"]
    qtbot.waitUntil(reconnect.items[-1].isVisible)  # new items are shown on the next turn
    page.setFocus()
    order = []
    for _ in range(40):
        today.focusNextChild()
        widget = today.focusWidget()
        if widget is page.scroll or not page.isAncestorOf(widget):
            break
        order.append(widget)
    texts = [getattr(w, "shown_text", lambda w=w: type(w).__name__)() for w in order]
    assert texts[0] == "What I can offer…"
    assert order[-1] is page.limit_box, texts
    first_item = reconnect.items[0].actions[0]
    last_item = reconnect.items[-1].actions[-1]
    assert order.index(first_item) < order.index(last_item) < order.index(reconnect.more)
    assert order.index(reconnect.more) == order.index(last_item) + 1
    introductions = page.cards["introductions"].items[0].actions[0]
    assert order.index(reconnect.more) < order.index(introductions)


def test_the_window_opens_on_today_whatever_date_a_hand_edit_left(qtbot, ctx, services):
    from relations_app.records import Circle
    from relations_app.storage.database import db
    from relations_app.ui.main_window import MainWindow

    ana = services.people.save(Person(name="Ana", circle=Circle.INNER, keep_in_touch_days=7))
    db.execute_sql(
        "UPDATE person SET created_at = 'yesterday', birthday = '2000-02-30' WHERE id = ?",
        (ana.id,),
    )
    window = MainWindow(ctx)  # raised ValueError: the app did not start
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == TODAY_TAB
    assert [i.headline_text() for i in window.today.items("reconnect")] == ["Ana · due today"]
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    assert window.people.model.rowCount() == 1


def test_every_view_ranks_and_counts_the_same_people_to_reconnect_with(
    today, services, data_dir, capsys, tmp_path, qtbot
):
    """One journal, one day: the page, the People table's emphasis, the status
    bar, `relations today --json` and the printed overview read back agree."""
    import json

    from relations_app.app import main
    from relations_app.printing.pdf import write_pdf
    from relations_app.records import Circle
    from relations_app.resources import load_fonts
    from relations_app.services.overview import OverviewChoices, OverviewService
    from tests.pdf_reading import pdf_text

    then = Services.create(services.store, clock=lambda: NOW - 400 * DAY)
    for name, circle, days, ago in [
        ("Wide late", Circle.WIDER, 365, 400),  # 35 over a year
        ("Close barely", Circle.CLOSE, 14, 15),
        ("Close very", Circle.CLOSE, 7, 30),
        ("Acq never", Circle.ACQUAINTANCE, 30, None),
        ("Future talk", Circle.INNER, 7, -3),  # a conversation dated ahead
        ("Snoozed", Circle.INNER, 7, 60),
    ]:
        person = then.people.save(Person(name=name, circle=circle, keep_in_touch_days=days))
        if ago is not None:
            services.conversations.save(
                Conversation(date=TODAY - ago * DAY, people=(PersonRef(person.id, name),))
            )
        if name == "Snoozed":
            services.people.snooze(person.id, TODAY + DAY)
    today.today.limit_box.setValue(50)
    today.ctx.runner.broadcast(Changes.all())
    QApplication.processEvents()
    page = [item.person.name for item in today.today.agenda.reconnect.items]
    assert page == [  # by circle, then by lateness relative to the interval
        "Ana Sousa",
        "Close very",
        "Bruno Costa",
        "Close barely",
        "Wide late",
        "Acq never",
    ]
    data = OverviewService(services).gather(OverviewChoices(), TODAY)
    assert [s.person.name for s, _ in data.overdue()] == page
    load_fonts()
    target = tmp_path / "overview.pdf"
    write_pdf(data, target)
    text = pdf_text(target)
    section = text[text.index("Time to reconnect") :]
    printed = sorted(page, key=section.index)
    assert printed == page
    assert f"{len(page)} to reconnect with" in today.summary_label.text()
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    QApplication.processEvents()
    model = today.people.model
    assert model.due_count() == len(page)
    summaries = [model.summary_at(row) for row in range(model.rowCount())]
    top = {s.person.name for s in summaries if model.is_top(s.person.id)}
    assert top == set(page)
    capsys.readouterr()  # last: the command closes the journal when done
    assert main(["--data-dir", str(data_dir), "today", "--json", "--date", str(TODAY)]) == 0
    listed = [item["people"][0] for item in json.loads(capsys.readouterr().out)["reconnect"]]
    assert listed == page


def test_the_day_turning_just_as_the_journal_locks_reads_nothing(qtbot, session):
    """The minute check may come between the lock (the journal closed, the
    window hidden) and the window's end: it must not read the closed journal."""
    import datetime as dt

    session, _ = session
    window = session.window
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    QApplication.processEvents()  # the detail pane drawn
    window.ctx.clock = lambda: dt.datetime.now() + DAY
    session.lock()
    assert session.locked and not session.store.is_open
    window.today_commands.check_day()  # raised StoreError: the journal is closed


def test_the_day_check_waits_for_a_long_job_to_end(today, services):
    """An import or a backup runs on a worker while the window waits in a
    local event loop: the minute check then reads nothing, and catches up after."""
    today.tabs.setCurrentIndex(PEOPLE_TAB)
    QApplication.processEvents()
    reads = []
    today.updates.load_all = lambda: reads.append("all")
    today.ctx.clock = lambda: NOW + DAY
    today.runner.work.busy = True
    today.today_commands.check_day()
    assert reads == []
    today.runner.work.busy = False
    today.today_commands.check_day()
    assert reads == ["all"]


def test_a_journal_another_program_wrote_badly_opens_on_today_and_every_tab(ctx, services, qtbot):
    """Bytes, numbers and unreadable days where text and days belong (a SQLite
    shell, a sync tool): the window opens on Today, and People, the Journal and
    the search box show every row as well as it can be read."""
    from relations_app.storage.database import db
    from relations_app.ui.main_window import JOURNAL_TAB, MainWindow

    ana = services.people.save(Person(name="Ana", looking_for=("a mentor",)))
    talk = services.conversations.save(
        Conversation(
            date=TODAY, people=(PersonRef(ana.id, ana.name),), notes="walk", follow_up="call"
        )
    )
    db.execute_sql(
        "UPDATE person SET name = ?, looking_for = ?, keep_in_touch_days = 'often',"
        " created_at = 'long ago' WHERE id = ?",
        [b"Ana \xff", b"a mentor \xff", ana.id],
    )
    db.execute_sql("UPDATE conversation SET date = 'not a date' WHERE id = ?", [talk.id])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.tabs.currentIndex() == TODAY_TAB
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    assert window.people.model.rowCount() == 1
    window.tabs.setCurrentIndex(JOURNAL_TAB)
    assert window.journal.model.rowCount() == 1
    results = services.search.search("walk")
    assert [hit.conversation.id for hit in results.conversations] == [talk.id]
