"""What a new user's trial on a journal of years (thousands of people) found."""

from PySide6.QtCore import QLocale

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
