"""Choosing the people in a conversation: completion, namesakes, new people."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from relations_app.records import NEW_PERSON, PersonChoice, PersonRef
from relations_app.ui.widgets.people_picker import PeoplePicker


def choices(*people):
    return [PersonChoice(PersonRef(i, name), label) for i, name, label in people]


def test_choosing_a_completion_leaves_the_entry_empty_for_the_next_name(qtbot):
    picker = PeoplePicker(choices((1, "Zoë Núñez", "Zoë Núñez"), (2, "Ana", "Ana")))
    qtbot.addWidget(picker)
    picker.entry.setText("Zo")
    completer = picker.entry.completer()
    # what QCompleter does on a real screen when a suggestion is chosen: it
    # announces the choice, then writes the chosen text into the line edit
    completer.activated.emit("Zoë Núñez")
    picker.entry.setText("Zoë Núñez")
    qtbot.waitUntil(lambda: picker.entry.text() == "")
    qtbot.keyClicks(picker.entry, "Priya Raman")
    qtbot.keyClick(picker.entry, Qt.Key.Key_Return)
    assert picker.people() == (PersonRef(1, "Zoë Núñez"), PersonRef(NEW_PERSON, "Priya Raman"))


def test_namesakes_are_told_apart_and_a_bare_shared_name_is_not_guessed(qtbot):
    picker = PeoplePicker(choices((1, "Anna", "Anna (Acme)"), (2, "Anna", "Anna (Lyon)")))
    qtbot.addWidget(picker)
    picker.entry.setText("anna")
    assert not picker.add_button.isEnabled()
    assert "Several people" in picker.add_button.toolTip()
    picker.entry.setText("Anna (Lyon)")
    picker.add_typed()
    assert picker.people() == (PersonRef(2, "Anna"),)
    assert picker.chosen.item(0).text() == "Anna (Lyon)"


def test_typing_an_archived_persons_name_picks_them_rather_than_a_duplicate(qtbot, services):
    from relations_app.records import Person

    old = services.people.save(Person(name="Old Friend", archived=True))
    picker = PeoplePicker(services.people.choices())
    qtbot.addWidget(picker)
    picker.entry.setText("old friend")
    picker.add_typed()
    assert picker.people() == (PersonRef(old.id, "Old Friend"),)
    assert picker.chosen.item(0).text() == "Old Friend, archived"
    QApplication.processEvents()
