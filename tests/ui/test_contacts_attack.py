"""Defects found by attacking the contacts import, merge and export with the
files and names of real address books (long accented names, long columns)."""

import csv
import datetime as dt

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from relations_app.records import Conversation, Person, PersonRef
from relations_app.ui.actions import ActionId
from tests.ui.test_merge_and_export import two_entries

LONG_NAME = "Marie-Françoise de La Rochefoucauld-Montmorency"


def wholly_seen(widget: QWidget) -> bool:
    """Not cut by the edge of what holds it (a scroll area that never scrolls sideways)."""
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_mapping_step_shows_every_choice_even_beside_long_first_values(
    window, dialogs, tmp_path
):
    path = tmp_path / "mes contacts.csv"
    header = ["Nom complet de la personne rencontrée", "Adresse électronique", "Commentaires"]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(header)
        for n in range(3):
            writer.writerow(
                [f"{LONG_NAME} {n}", f"mf{n}@universite-paris-saclay.example.fr", "x" * 80]
            )
    seen = {}

    def look(dialog) -> None:
        dialog.show()
        QApplication.processEvents()
        seen["choices seen"] = [wholly_seen(combo) for combo in dialog.combos]
        seen["chosen"] = [combo.currentText() for combo in dialog.combos]
        dialog.reject()

    dialogs.run(lambda: window.import_dropped([path]), look)
    assert seen["chosen"] == ["Name", "Email", "Notes"]
    assert seen["choices seen"] == [True, True, True]


def test_a_merge_counts_a_conversation_both_were_in_once(window, services, dialogs):
    first, second = two_entries(window, services)
    refs = (PersonRef(first.id, ""), PersonRef(second.id, ""))
    services.conversations.save(Conversation(date=dt.date(2026, 1, 5), people=refs, notes="Both"))
    seen = {}

    def look(dialog) -> None:
        seen["intro"] = dialog.intro.text()
        dialog.reject()

    dialogs.run(lambda: window.contacts.merge_people(first.id, second.id), look)
    # Coffee, Call and the one both were in: three end up on the one kept
    assert "kept: 3 conversations, 2 shared values, 2 records of help." in seen["intro"]


def test_the_merge_shows_both_long_names_in_view(window, services, dialogs):
    first = services.people.save(Person(name=LONG_NAME, email="mf@example.org"))
    second = services.people.save(
        Person(name="Marie Francoise de la Rochefoucauld Montmorency", phone="06 12 34 56 78")
    )
    seen = {}

    def look(dialog) -> None:
        dialog.show()
        QApplication.processEvents()
        seen["names seen"] = [wholly_seen(label) for label in dialog.name_labels]
        dialog.reject()

    dialogs.run(lambda: window.contacts.merge_people(first.id, second.id), look)
    assert seen["names seen"] == [True, True]


def test_possible_duplicates_give_both_entries_of_a_pair_as_much_room(window, services, dialogs):
    for n in range(3):
        services.people.save(Person(name=f"{LONG_NAME} {n}", email=f"mf{n}@example.org"))
        services.people.save(Person(name=f"Marie Francoise de La Rochefoucauld Montmorency {n}"))
    seen = {}

    def look(dialog) -> None:
        QApplication.processEvents()
        header = dialog.table.horizontalHeader()
        seen["widths"] = [header.sectionSize(column) for column in range(3)]
        dialog.reject()

    dialogs.run(window.contacts.find_duplicates, look)
    first, second, _why = seen["widths"]
    assert first >= 0.8 * second  # was a quarter of the width against half


def test_export_contacts_chosen_over_the_journal_says_so_and_keeps_it(
    window, services, dialogs, monkeypatch
):
    services.people.save(Person(name=LONG_NAME))
    journal = services.store.path
    before = journal.read_bytes()[:16]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(journal), "vCard (*.vcf)"))
    )
    seen = {}

    def options(dialog) -> None:
        dialog.accept()

    def refused(box) -> None:
        seen["text"] = box.text()
        box.accept()

    dialogs.run(window.actions[ActionId.EXPORT_VCARD].trigger, options, refused)
    assert "this is the journal itself" in seen["text"]
    assert "Nothing was exported." in seen["text"]
    assert journal.read_bytes()[:16] == before == b"SQLite format 3\x00"
    assert services.people.count() == 1
