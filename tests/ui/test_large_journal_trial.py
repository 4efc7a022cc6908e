"""What a new user's trial on a journal of years (thousands of people) found."""

from PySide6.QtCore import QLocale, Qt

from relations_app.models.roles import ID_ROLE
from relations_app.operations import Changes
from tests.models.test_journal_model import bulk_journal

PEOPLE, CONVERSATIONS = 1_200, 1_500


def test_filtered_counts_write_thousands_as_the_language_does(french, window, services, qtbot):
    """'12 sur 1 200', as '1 200 personnes' beside it, not '12 sur 1200'."""
    bulk_journal(services, CONVERSATIONS, people=PEOPLE)
    window.ctx.events.changed.emit(Changes.all())
    window.tabs.setCurrentWidget(window.people)
    qtbot.keyClicks(window.people.filter.edit, "person 00")
    shown = window.people.proxy.rowCount()
    assert 0 < shown < PEOPLE
    people_count = window.people.filter.count.text()
    assert people_count == f"{shown} sur {QLocale().toString(PEOPLE)}"

    window.tabs.setCurrentWidget(window.journal)
    qtbot.keyClicks(window.journal.filter.edit, "talk")
    window.journal.filter.combo.setCurrentIndex(1)  # one person's conversations
    shown = window.journal.model.rowCount()
    assert 0 < shown < CONVERSATIONS
    journal_count = window.journal.filter.count.text()
    assert journal_count == f"{shown} sur {QLocale().toString(CONVERSATIONS)}"
    assert "1200" not in people_count and "1500" not in journal_count


def test_the_journal_s_person_filter_finds_a_name_from_any_part_of_it(window, services, qtbot):
    """Among thousands of people, typing part of a name (accents ignored)
    offers the few it fits; choosing one filters the Journal on them. What
    fits no one goes back to the choice in force."""
    from relations_app.records import Conversation, Person, PersonRef
    from tests.conftest import TODAY

    bulk_journal(services, 300, people=400)
    elodie = services.people.save(Person(name="Élodie Durand"))
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(elodie.id, elodie.name),), notes="Au marché")
    )
    window.ctx.events.changed.emit(Changes.all())
    window.tabs.setCurrentWidget(window.journal)
    combo = window.journal.filter.combo
    completer = combo.completer()
    combo.lineEdit().setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "lod")  # inside the name, no accent typed
    assert completer.completionCount() == 1
    assert completer.popup().isVisible()
    assert combo.view().model().rowCount() > 400  # the box's own list is still everyone
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentData() == elodie.id
    assert window.journal.model.rowCount() == 1
    assert combo.lineEdit().text() == "Élodie Durand"
    qtbot.keyClicks(combo.lineEdit(), "zzz")  # fits no one, then the box is left
    combo.lineEdit().editingFinished.emit()
    assert combo.lineEdit().text() == "Élodie Durand" and combo.currentData() == elodie.id


def test_a_conversation_opened_from_far_away_comes_into_the_middle(window, services, qtbot):
    """Opened from the search box or Today, a row out of sight is scrolled to
    the middle of the table, not left at its bottom edge."""
    bulk_journal(services, 400, people=50)
    window.ctx.events.changed.emit(Changes.all())
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.journal)
    table = window.journal.table
    far = table.model().index(300, 0).data(ID_ROLE)
    assert window.journal.show_conversation(far)
    qtbot.wait(10)  # the tab laid out
    rect = table.visualRect(table.model().index(300, 0))
    middle = table.viewport().rect().center().y()
    assert abs(rect.center().y() - middle) <= 2 * rect.height()  # the view scrolls by rows
    near = table.model().index(301, 0).data(ID_ROLE)  # in sight already: the view stays
    scrolled = table.verticalScrollBar().value()
    assert window.journal.show_conversation(near)
    assert table.verticalScrollBar().value() == scrolled
