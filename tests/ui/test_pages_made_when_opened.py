"""The People and Journal pages are made the first time they are opened (the
window opens on Today, and they cost its first frame): made later, they look
as they were left, and a session that never opened them keeps what was saved
of them."""

from relations_app.records import Person
from relations_app.ui.journal_page import JournalPage
from relations_app.ui.main_window import JOURNAL_TAB, PEOPLE_TAB, TODAY_TAB, MainWindow
from relations_app.ui.people_page import PeoplePage


def opened(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_pages_are_made_when_first_opened(qtbot, ctx, services):
    services.people.save(Person(name="Ana"))
    window = opened(qtbot, ctx)
    assert window.tabs.currentIndex() == TODAY_TAB
    assert not isinstance(window.tabs.widget(PEOPLE_TAB), PeoplePage)
    assert not isinstance(window.tabs.widget(JOURNAL_TAB), JournalPage)
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    assert window.tabs.currentWidget() is window.people
    assert window.tabs.tabText(PEOPLE_TAB) == "People"
    assert window.people.model.rowCount() == 1
    assert window.people.table.isVisible()
    window.tabs.setCurrentWidget(window.journal)
    assert window.tabs.currentIndex() == JOURNAL_TAB
    assert [window.tabs.tabText(i) for i in range(3)] == ["Today", "People", "Journal"]


def test_a_page_made_later_looks_as_it_was_left_and_an_unopened_one_keeps_its_layout(
    qtbot, ctx, services
):
    services.people.save(Person(name="Ana"))
    first = opened(qtbot, ctx)
    first.tabs.setCurrentWidget(first.people)
    first.people.splitter.setSizes([500, 700])
    first.save_state()
    saved = ctx.settings.state(first, "people_splitter")
    assert saved

    second = opened(qtbot, ctx)  # on Today; People never opened
    second.save_state()
    assert ctx.settings.state(second, "people_splitter") == saved

    third = opened(qtbot, ctx)
    assert third.people.splitter.saveState() == saved
