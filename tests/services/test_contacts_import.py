"""The contacts preview and import: who is already there, and the three choices."""

from pathlib import Path

import pytest

from relations_app.birthdays import Birthday
from relations_app.contacts.contact import Contact
from relations_app.contacts.reading import read_contact_files
from relations_app.records import Circle, Person
from relations_app.services.contacts import Choice, Decision, choices_for, filled_in
from relations_app.services.duplicates import Reason
from relations_app.storage.errors import StoreError
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "contacts" / "fixtures"


def preview(services, *names):
    files = read_contact_files([FIXTURES / name for name in names], TODAY)
    return services.contacts.preview(files, services.duplicates.index())


def test_the_preview_marks_who_is_in_the_journal_and_who_the_files_repeat(services):
    agnes = services.people.save(Person(name="Agnes Dupre", archived=True))
    rows = preview(services, "apple.vcf", "linkedin.csv")
    assert [r.contact.name for r in rows] == [
        "Agnès Dupré",
        "נועה כהן",
        "Boulangerie du Coin",
        "Agnès Dupré",
        "Raphaël Nguyen",
    ]
    assert [(m.person.id, m.reasons) for m in rows[0].matches] == [(agnes.id, (Reason.NAME,))]
    assert rows[3].repeats == 0  # LinkedIn's Agnès is the phone's
    assert [r.already_there for r in rows] == [True, False, False, True, False]


def test_fill_in_only_the_empty_fields_of_the_person_matched(services):
    kept = services.people.save(
        Person(name="Agnès Dupré", circle=Circle.INNER, organisation="Mine", notes="my notes")
    )
    row = preview(services, "apple.vcf")[0]
    counts = services.contacts.import_contacts(
        [Choice(row.contact, Decision.FILL, kept.id)], Circle.WIDER
    )
    assert (counts.added, counts.filled) == (0, 1)
    after = services.people.get(kept.id)
    assert after.organisation == "Mine" and after.notes == "my notes"  # never overwritten
    assert after.email == "agnes.dupre@example.org"
    assert after.birthday == Birthday(9, 30)
    assert after.circle == Circle.INNER
    assert services.people.count() == 1


def test_skip_and_add_as_new(services):
    services.people.save(Person(name="Agnès Dupré"))
    rows = preview(services, "apple.vcf")
    choices = [
        Choice(rows[0].contact, Decision.ADD),
        Choice(rows[1].contact, Decision.SKIP),
        Choice(rows[2].contact, Decision.ADD),
    ]
    counts = services.contacts.import_contacts(choices, Circle.CLOSE)
    assert (counts.added, counts.filled) == (2, 0)
    names = sorted(s.person.name for s in services.people.summaries())
    assert names == ["Agnès Dupré", "Agnès Dupré", "Boulangerie du Coin"]


def test_an_import_that_fails_half_way_writes_nothing(services, monkeypatch):
    services.people.save(Person(name="Already"))
    good = Contact(name="Fine", source="x.vcf", line=1)
    target = services.people.save(Person(name="Target"))
    from relations_app.services import contacts

    def broken(choice, now):
        raise StoreError("disk I/O error", "other")

    monkeypatch.setattr(contacts.ContactsService, "_fill", staticmethod(broken))
    with pytest.raises(StoreError):
        services.contacts.import_contacts(
            [Choice(good), Choice(good, Decision.FILL, target.id)], Circle.WIDER
        )
    assert sorted(s.person.name for s in services.people.summaries()) == ["Already", "Target"]


def test_a_repeat_filled_in_completes_the_contact_added_above_it(services):
    """The phone's Agnès and LinkedIn's Agnès: one person, with the phone's
    birthday and LinkedIn's organisation."""
    rows = preview(services, "apple.vcf", "linkedin.csv")
    assert rows[3].repeats == 0
    choices = choices_for(rows, {0: Decision.ADD, 3: Decision.FILL, 4: Decision.ADD})
    assert [c.contact.name for c in choices] == ["Agnès Dupré", "Raphaël Nguyen"]
    services.contacts.import_contacts(choices, Circle.ACQUAINTANCE)
    agnes = next(p.person for p in services.people.summaries() if p.person.name == "Agnès Dupré")
    assert agnes.birthday == Birthday(9, 30)
    assert services.people.count() == 2


def test_filling_in_takes_only_the_empty_fields():
    phone = Contact("Agnès", "phone.vcf", 1, email="a@example.org", birthday=Birthday(9, 30))
    work = Contact("Agnès Dupré", "work.csv", 2, email="other@example.org", organisation="Atelier")
    both = filled_in(phone, work)
    assert (both.name, both.email, both.organisation) == ("Agnès", "a@example.org", "Atelier")
    assert both.birthday == Birthday(9, 30)


def test_a_repeat_of_a_skipped_row_comes_in_in_its_place(services):
    rows = preview(services, "apple.vcf", "linkedin.csv")
    choices = choices_for(rows, {3: Decision.FILL})
    assert [(c.contact.source, c.decision) for c in choices] == [("linkedin.csv", Decision.ADD)]


def test_a_repeat_of_a_row_filling_someone_in_fills_that_person_too(services):
    kept = services.people.save(Person(name="Agnes Dupre"))
    rows = preview(services, "apple.vcf", "linkedin.csv")
    choices = choices_for(rows, {0: Decision.FILL, 3: Decision.FILL})
    assert [(c.decision, c.person_id) for c in choices] == [(Decision.FILL, kept.id)] * 2
    assert choices_for(rows, {}) == []


def test_colleagues_who_share_the_office_number_are_not_already_there(services, tmp_path):
    kept = services.people.save(Person(name="Ana Costa", phone="+33 4 78 00 00 00"))
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=WORK:04 78 00 00 00\nEND:VCARD\n"
        for name in ("Bruno Lima", "Chloé Girard", "Ana Costa")
    )
    (tmp_path / "office.vcf").write_text(cards, encoding="utf-8")
    files = read_contact_files([tmp_path / "office.vcf"], TODAY)
    rows = services.contacts.preview(files, services.duplicates.index())
    assert [r.already_there for r in rows] == [False, False, True]
    assert [(m.person.id, m.reasons) for m in rows[2].matches] == [(kept.id, (Reason.NAME,))]
