"""Undo and redo of every kind of operation give back the journal exactly:
the export and every row of every table compare equal."""

import dataclasses
import datetime as dt

import pytest

from relations_app.contacts.contact import Contact
from relations_app.operations import (
    Cancelled,
    DeleteConversation,
    DeleteHelp,
    DeleteOffer,
    DeletePerson,
    DeleteSharedValue,
    DeleteValue,
    ImportContacts,
    ImportJournal,
    MarkHelpDone,
    MergePeople,
    Progress,
    RecordIntroduction,
    SaveConversation,
    SaveHelp,
    SaveOffer,
    SavePerson,
    SaveSharedValue,
    SaveValue,
    SetArchived,
    SetFollowUpDone,
    SetInterval,
    SetNextQuestion,
    Snooze,
    perform,
)
from relations_app.records import (
    NEW_PERSON,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    PersonRef,
    SharedValue,
    Value,
)
from relations_app.services.contacts import Choice, Decision
from relations_app.services.merge import proposal
from relations_app.storage.database import db
from relations_app.storage.errors import ValidationError
from relations_app.storage.tables import ALL_TABLES
from tests.conftest import TODAY


@pytest.fixture
def journal(services):
    s = services
    amelie = s.people.save(
        Person(
            name="Amélie Laurent",
            circle=Circle.INNER,
            city="Lyon",
            keep_in_touch_days=14,
            looking_for=("un mentor en céramique",),
        )
    )
    bruno = s.people.save(
        Person(name="Bruno Costa", organisation="Globex", can_offer=("ceramics mentoring",))
    )
    chloe = s.people.save(Person(name="Chloé", keep_in_touch_days=30))
    alone = s.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=3),
            people=(PersonRef(amelie.id, ""),),
            notes="Coffee",
            follow_up="Send the article",
            follow_up_due=TODAY + dt.timedelta(days=2),
        )
    )
    shared = s.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=1),
            time=dt.time(18, 30),
            people=(PersonRef(amelie.id, ""), PersonRef(bruno.id, "")),
            notes="Dinner, the three of us\nand more",
        )
    )
    s.conversations.save(Conversation(date=TODAY, people=(PersonRef(chloe.id, ""),)))
    s.values.save(Value(name="Craft", description="Doing things well"))
    honesty = s.values.save_shared(
        SharedValue(amelie.id, "Honesty", evidence="Told me straight", noted_on=TODAY)
    )
    s.values.save_shared(
        SharedValue(bruno.id, "Honesty", evidence="Owned his mistake", noted_on=TODAY)
    )
    given = s.help.save(
        Help(amelie.id, Direction.GIVEN, HelpKind.ADVICE, description="CV", offered_on=TODAY)
    )
    s.help.save(
        Help(
            bruno.id,
            Direction.RECEIVED,
            HelpKind.TIME,
            description="Moved flat",
            status=HelpStatus.DONE,
            offered_on=TODAY,
            done_on=TODAY,
        )
    )
    s.help.record_introduction(chloe.id, amelie.id, "Both in Lyon", TODAY)  # names Amélie
    offer = s.offers.save(Offer(name="Feedback on a CV"))
    return {
        "offer": offer,
        "amelie": amelie,
        "bruno": bruno,
        "chloe": chloe,
        "alone": alone,
        "shared": shared,
        "honesty": honesty,
        "help": given,
    }


def every_row() -> dict:
    names = [t._meta.table_name for t in ALL_TABLES]
    return {n: db.execute_sql(f"SELECT * FROM {n} ORDER BY id").fetchall() for n in names}


def state(services):
    return services.exchange.export_document(), every_row()


def operations(j, services):
    """One of each kind, built on the journal."""
    amelie, bruno = j["amelie"], j["bruno"]
    honesty = services.values.all()[1]
    return {
        "add person": SavePerson(Person(name="Dana", city="Nantes")),
        "edit person": SavePerson(dataclasses.replace(amelie, name="Amélie L.", notes="moved")),
        "archive": SetArchived(bruno.id, True, bruno.name),
        "delete person with everything": DeletePerson(amelie.id, amelie.name),
        "log conversation with a new person": SaveConversation(
            Conversation(
                date=TODAY,
                people=(PersonRef(bruno.id, "Bruno Costa"), PersonRef(NEW_PERSON, "Eve Nouvelle")),
                notes="Met Eve",
            )
        ),
        "edit conversation": SaveConversation(
            dataclasses.replace(j["shared"], people=(PersonRef(bruno.id, ""),), depth=5)
        ),
        "follow-up done": SetFollowUpDone(j["alone"].id, True),
        "delete conversation": DeleteConversation(j["shared"].id, j["shared"].date),
        "add value": SaveValue(Value(name="Patience")),
        "rename value": SaveValue(dataclasses.replace(honesty, name="Candour")),
        "delete value shared by two": DeleteValue(honesty.id, honesty.name),
        "record shared value with a new value": SaveSharedValue(
            SharedValue(bruno.id, "Humour", evidence="Made us laugh", noted_on=TODAY)
        ),
        "edit shared value": SaveSharedValue(
            dataclasses.replace(j["honesty"], evidence="Told me the truth")
        ),
        "delete shared value": DeleteSharedValue(j["honesty"].id, "Honesty"),
        "record help": SaveHelp(
            Help(bruno.id, Direction.GIVEN, HelpKind.SKILL, description="Bike", offered_on=TODAY)
        ),
        "edit help": SaveHelp(dataclasses.replace(j["help"], status=HelpStatus.IN_PROGRESS)),
        "delete help": DeleteHelp(j["help"].id),
        "snooze": Snooze(amelie.id, TODAY + dt.timedelta(days=7), amelie.name),
        "change interval": SetInterval(amelie.id, 30, amelie.name),
        "next question": SetNextQuestion(amelie.id, "How was the kiln?", amelie.name),
        "mark help done": MarkHelpDone(j["help"].id, TODAY),
        "record introduction": RecordIntroduction(
            amelie.id, bruno.id, "Ceramics", TODAY, (amelie.name, bruno.name)
        ),
        "add offer": SaveOffer(Offer(name="A spare room in Lyon")),
        "edit offer": SaveOffer(dataclasses.replace(j["offer"], name="Feedback on a cover letter")),
        "delete offer": DeleteOffer(j["offer"].id, j["offer"].name),
        "edit needs and offers": SavePerson(
            dataclasses.replace(bruno, looking_for=("a bike",), can_offer=())
        ),
        "import contacts, one filling someone in": ImportContacts(
            (
                Choice(Contact("Dana Ortiz", "phone.vcf", 1, email="dana@example.org")),
                Choice(Contact("Eve", "phone.vcf", 5), Decision.SKIP),
                Choice(
                    Contact("Chloé", "phone.vcf", 9, city="Brest"), Decision.FILL, j["chloe"].id
                ),
            ),
            Circle.ACQUAINTANCE,
            "phone.vcf",
        ),
        "merge two people who shared a dinner": MergePeople(
            proposal(amelie, bruno), bruno.id, bruno.name
        ),
    }


KINDS = [
    "add person",
    "edit person",
    "archive",
    "delete person with everything",
    "log conversation with a new person",
    "edit conversation",
    "follow-up done",
    "delete conversation",
    "add value",
    "rename value",
    "delete value shared by two",
    "record shared value with a new value",
    "edit shared value",
    "delete shared value",
    "record help",
    "edit help",
    "delete help",
    "snooze",
    "change interval",
    "next question",
    "mark help done",
    "record introduction",
    "add offer",
    "edit offer",
    "delete offer",
    "edit needs and offers",
    "import contacts, one filling someone in",
    "merge two people who shared a dinner",
]


@pytest.mark.parametrize("kind", KINDS)
def test_undo_and_redo_give_back_the_journal_exactly(services, journal, kind):
    op = operations(journal, services)[kind]
    before = state(services)
    done = perform(op, services)
    after = state(services)
    assert after != before
    assert done.changes  # something to refresh
    undone = perform(done.undo, services)
    assert state(services) == before
    redone = perform(undone.undo, services)
    assert state(services) == after
    perform(redone.undo, services)  # and back once more
    assert state(services) == before


def test_deleting_a_person_names_every_row_that_goes_and_every_view_to_refresh(services, journal):
    amelie, chloe = journal["amelie"], journal["chloe"]
    done = perform(DeletePerson(amelie.id, amelie.name), services)
    # Bruno was at the dinner; Chloé's introduction to Amélie loses its link
    assert done.changes.people == {amelie.id, journal["bruno"].id, chloe.id}
    assert done.changes.conversations == {journal["alone"].id, journal["shared"].id}
    assert done.undo.label() == "Delete Amélie Laurent"


def test_a_new_conversation_changes_its_people_and_the_person_it_creates(services, journal):
    bruno = journal["bruno"]
    op = operations(journal, services)["log conversation with a new person"]
    done = perform(op, services)
    eve = next(p for p in services.people.summaries() if p.person.name == "Eve Nouvelle")
    assert done.changes.people == {bruno.id, eve.person.id}
    assert done.changes.conversations == {done.result.id}
    assert done.result.people[1].name == "Eve Nouvelle"


def test_renaming_a_value_changes_the_people_who_share_it(services, journal):
    op = operations(journal, services)["rename value"]
    done = perform(op, services)
    assert done.changes.people == {journal["amelie"].id, journal["bruno"].id}


def test_a_refused_operation_writes_nothing(services, journal):
    before = state(services)
    with pytest.raises(ValidationError):
        perform(SavePerson(Person(name="  ")), services)
    assert state(services) == before


def document_of(services):
    from relations_app.services.exchange_format import read_document

    return read_document(services.exchange.export_document(), TODAY)


def test_an_import_is_undone_as_a_whole(services, journal):
    document = document_of(services)
    before = state(services)
    done = perform(ImportJournal(document, "friends.json"), services)
    assert services.people.count() == 6
    assert done.undo.label() == "Import friends.json"
    undone = perform(done.undo, services)
    assert state(services) == before
    perform(undone.undo, services)
    assert services.people.count() == 6


class CancelWhen(Progress):
    """Cancel at the first report, or only once every row is written."""

    def __init__(self, at_end: bool) -> None:
        self.at_end = at_end
        self.reports: list[tuple[int, int]] = []

    @property
    def cancelled(self) -> bool:
        if not self.reports:
            return False
        done, total = self.reports[-1]
        return done == total if self.at_end else True

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))


@pytest.mark.parametrize("at_end", [False, True])
def test_a_cancelled_import_writes_nothing(services, journal, at_end):
    """Cancelled in the middle of a statement (SQLite interrupts it) or once
    every row is written, before the commit: either way nothing is kept."""
    document = document_of(services)
    big = dataclasses.replace(document, conversations=document.conversations * 400)
    before = state(services)
    progress = CancelWhen(at_end)
    with pytest.raises(Cancelled):
        perform(ImportJournal(big, "big.json"), services, progress)
    assert progress.reports
    assert state(services) == before
    services.people.save(Person(name="Still writable"))  # the connection is sound
    assert services.people.count() == 4


def test_a_merge_keeps_everything_of_both_and_its_undo_gives_both_back(services, journal):
    amelie, bruno = journal["amelie"], journal["bruno"]
    both = [services.people.detail(p.id) for p in (amelie, bruno)]
    before = state(services)
    done = perform(MergePeople(proposal(amelie, bruno), bruno.id, bruno.name), services)
    assert services.people.get(bruno.id) is None
    detail = services.people.detail(amelie.id)
    talks = {c.id for d in both for c in d.conversations}
    assert {c.id for c in detail.conversations} == talks  # the dinner once, with Amélie
    assert len(talks) < sum(len(d.conversations) for d in both)
    assert sorted(s.evidence for s in detail.shared_values) == sorted(
        s.evidence for d in both for s in d.shared_values
    )
    assert sorted(h.description for h in detail.help) == sorted(
        h.description for d in both for h in d.help
    )
    assert done.undo.label() == "Merge Bruno Costa into Amélie Laurent"
    assert bruno.id in done.changes.people
    perform(done.undo, services)
    assert state(services) == before


def test_a_cancelled_contacts_import_writes_nothing(services, journal):
    choices = tuple(Choice(Contact(f"Person {n}", "big.vcf", n)) for n in range(3000))
    before = state(services)
    progress = CancelWhen(at_end=False)
    with pytest.raises(Cancelled):
        perform(ImportContacts(choices, Circle.ACQUAINTANCE, "big.vcf"), services, progress)
    assert progress.reports
    assert state(services) == before


def test_a_merge_joins_what_both_look_for_and_keeps_introductions_pointing_at_them(services):
    agnes = services.people.save(Person(name="Agnès", looking_for=("a kiln", "a mentor")))
    twin = services.people.save(Person(name="Agnes D.", looking_for=("a mentor", "a studio")))
    sam = services.people.save(Person(name="Sam"))
    services.help.record_introduction(sam.id, twin.id, "Ceramics", TODAY)
    before = state(services)
    done = perform(MergePeople(proposal(agnes, twin), twin.id, twin.name), services)
    assert services.people.get(agnes.id).looking_for == ("a kiln", "a mentor", "a studio")
    (introduction,) = services.people.detail(sam.id).help
    assert introduction.introduced_id == agnes.id  # not lost with the entry merged away
    perform(done.undo, services)
    assert state(services) == before
