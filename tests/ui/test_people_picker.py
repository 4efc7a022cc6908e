"""Choosing the people in a conversation: suggestions, namesakes, new people, Delete."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from relations_app.records import NEW_PERSON, PersonChoice, PersonRef
from relations_app.ui.widgets.people_picker import PeoplePicker


def choices(*people):
    """(id, name, label, detail) per person."""
    return [
        PersonChoice(PersonRef(i, name), label, False, detail) for i, name, label, detail in people
    ]


@pytest.fixture
def picker(qtbot):
    def make(*people) -> PeoplePicker:
        widget = PeoplePicker(choices(*people))
        qtbot.addWidget(widget)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        widget.entry.setFocus()
        return widget

    return make


def suggestions(picker) -> list[str]:
    model = picker.suggestions
    return [model.item(row).text() for row in range(model.rowCount())]


def test_enter_takes_the_only_match_rather_than_adding_what_was_typed(picker, qtbot):
    """The trial: "Jul", Enter, Enter added a new person "Jul" instead of Julie."""
    p = picker((1, "Julie Moreau", "Julie Moreau", "Atelier · Lyon"), (2, "Ana", "Ana", ""))
    qtbot.keyClicks(p.entry, "Jul")
    assert p.completer.popup().isVisible()
    assert suggestions(p)[0] == "Julie Moreau — Atelier · Lyon"
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)  # a second Enter on the empty entry adds no one
    assert p.people() == (PersonRef(1, "Julie Moreau"),)
    assert p.entry.text() == ""


def test_matches_ignore_accents_and_case_and_show_organisation_and_city(picker, qtbot):
    p = picker(
        (1, "Agnès Écuyer", "Agnès Écuyer (Acme)", "Acme · Paris"),
        (2, "Agnès Écuyer", "Agnès Écuyer (Lyon)", "Lyon"),
        (3, "Bruno", "Bruno", "Globex"),
    )
    qtbot.keyClicks(p.entry, "AGNES ecuy")
    assert suggestions(p) == [
        "Agnès Écuyer — Acme · Paris",
        "Agnès Écuyer — Lyon",
        "Add “AGNES ecuy” as a new person",
    ]
    qtbot.keyClick(p.completer.popup(), Qt.Key.Key_Down)  # the Lyon one
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    assert p.people() == (PersonRef(2, "Agnès Écuyer"),)
    assert p.chosen.item(0).text() == "Agnès Écuyer (Lyon)"


def test_a_name_typed_whole_is_taken_before_longer_names_that_contain_it(picker, qtbot):
    p = picker((1, "Anabel", "Anabel", ""), (2, "Ana", "Ana", ""))
    qtbot.keyClicks(p.entry, "ana")
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    assert p.people() == (PersonRef(2, "Ana"),)


def test_a_new_name_or_the_last_suggestion_adds_a_new_person(picker, qtbot):
    p = picker((1, "Anabel", "Anabel", ""))
    qtbot.keyClicks(p.entry, "Priya Raman")
    assert suggestions(p) == ["Add “Priya Raman” as a new person"]
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(p.entry, "Ana")  # a new Ana, though Anabel contains the name
    qtbot.keyClick(p.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    assert p.people() == (PersonRef(NEW_PERSON, "Priya Raman"), PersonRef(NEW_PERSON, "Ana"))
    assert p.chosen.item(0).text() == "Priya Raman (new person)"


def test_namesakes_are_not_guessed_from_a_bare_name(picker):
    p = picker((1, "Anna", "Anna (Acme)", "Acme"), (2, "Anna", "Anna (Lyon)", "Lyon"))
    p.entry.setText("anna")
    with pytest.raises(Exception, match="Several people match"):
        p.add_typed()
    assert p.people() == ()
    p.entry.setText("Anna (Lyon)")
    p.add_typed()
    assert p.people() == (PersonRef(2, "Anna"),)


def test_delete_removes_the_chosen_person_selected(picker, qtbot):
    p = picker((1, "Ana", "Ana", ""), (2, "Bo", "Bo", ""))
    p.set_people([PersonRef(1, "Ana"), PersonRef(2, "Bo")])
    p.chosen.setFocus()
    p.chosen.setCurrentRow(0)
    qtbot.keyClick(p.chosen, Qt.Key.Key_Delete)
    assert p.people() == (PersonRef(2, "Bo"),)


def test_the_field_and_its_button_keep_their_size_while_typing(picker, qtbot):
    p = picker((1, "Julie Moreau", "Julie Moreau", "Atelier · Lyon"))
    sizes = {(p.entry.width(), p.add_button.width(), p.add_button.text())}
    for key in "Julie Moreau-Lefebvre de la Tour":
        qtbot.keyClicks(p.entry, key)
        sizes.add((p.entry.width(), p.add_button.width(), p.add_button.text()))
    assert len(sizes) == 1, sizes


def test_typing_an_archived_persons_name_picks_them_rather_than_a_duplicate(qtbot, services):
    from relations_app.records import Person

    old = services.people.save(Person(name="Old Friend", archived=True))
    picker = PeoplePicker(services.people.choices())
    qtbot.addWidget(picker)
    picker.entry.setText("old friend")
    picker.add_typed()
    assert picker.people() == (PersonRef(old.id, "Old Friend"),)
    assert picker.chosen.item(0).text() == "Old Friend, archived"


def test_a_name_that_is_someones_by_the_duplicates_rule_is_never_offered_as_new(picker, qtbot):
    """Accents, case and punctuation set aside (services/duplicates.py): a new user
    typed 'agnes' and made a second Agnès that way."""
    p = picker((1, "Agnès Dupré", "Agnès Dupré", ""), (2, "Jean-Luc", "Jean-Luc", "Acme"))
    qtbot.keyClicks(p.entry, "agnes  dupre")
    assert suggestions(p) == ["Agnès Dupré"]
    qtbot.keyClick(p.entry, Qt.Key.Key_Return)
    p.entry.setText("jean luc")
    p.add_typed()
    assert p.people() == (PersonRef(1, "Agnès Dupré"), PersonRef(2, "Jean-Luc"))
