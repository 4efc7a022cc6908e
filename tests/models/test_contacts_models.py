"""The contacts preview and the duplicate pairs, as models: the model tester,
check states, the choices of a marked contact, filtering."""

from pathlib import Path

from PySide6.QtCore import Qt

from relations_app.contacts.reading import read_contact_files
from relations_app.models.contacts_preview_model import (
    Column,
    ContactsPreviewModel,
    ContactsPreviewProxy,
    Show,
)
from relations_app.models.duplicate_pairs_model import DuplicatePairsModel
from relations_app.records import Person
from relations_app.services.contacts import Decision
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "contacts" / "fixtures"
CHECK = Qt.ItemDataRole.CheckStateRole


def preview_model(services) -> ContactsPreviewModel:
    services.people.save(Person(name="Agnes Dupre", email="other@example.org"))
    files = read_contact_files([FIXTURES / "apple.vcf", FIXTURES / "linkedin.csv"], TODAY)
    model = ContactsPreviewModel()
    model.set_preview(services.contacts.preview(files, services.duplicates.index()))
    model.sort(Column.SOURCE)  # the files' own order, as the dialog shows them
    return model


def test_the_preview_passes_the_model_tester_ticked_or_not(qtmodeltester, services):
    model = preview_model(services)
    qtmodeltester.check(model)
    assert model.setData(model.index(1, Column.NAME), Qt.CheckState.Checked.value, CHECK)
    assert model.setData(model.index(0, Column.ACTION), Decision.ADD.value)
    qtmodeltester.check(model)
    proxy = ContactsPreviewProxy()
    proxy.setSourceModel(model)
    proxy.set_text("dupre")
    qtmodeltester.check(proxy)


def test_marked_contacts_say_who_and_choose_skip_fill_in_or_add(services):
    model = preview_model(services)
    rows = {model.index(r, Column.NAME).data(): r for r in range(model.rowCount())}
    cells = [model.index(r, Column.ALREADY).data() for r in range(model.rowCount())]
    assert cells == ["Agnes Dupre (same name)", "", "", "Agnes Dupre (same name)", ""]
    action = model.index(0, Column.ACTION)
    assert action.data() == "Skip" and action.flags() & Qt.ItemFlag.ItemIsEditable
    plain = model.index(rows["Boulangerie du Coin"], Column.ACTION)
    assert plain.data() == "" and not plain.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(plain, Decision.ADD.value)  # nothing to choose for it
    assert not model.setData(action, "nonsense")
    model.set_chosen([0, rows["Boulangerie du Coin"]], True)
    assert model.decisions() == {0: Decision.FILL, rows["Boulangerie du Coin"]: Decision.ADD}
    assert action.data() == "Fill in" and action.data(Qt.ItemDataRole.EditRole) == "fill"
    model.set_decision([0], Decision.SKIP)
    assert model.index(0, Column.NAME).data(CHECK) == Qt.CheckState.Unchecked
    assert model.chosen_count() == 1


def test_the_filter_shows_the_chosen_or_those_already_there(services):
    model = preview_model(services)
    proxy = ContactsPreviewProxy()
    proxy.setSourceModel(model)
    proxy.set_show(Show.MARKED)
    assert proxy.rowCount() == 2
    model.set_chosen([1, 2], True)
    proxy.set_show(Show.CHOSEN)
    assert sorted(proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())) == [
        "Boulangerie du Coin",
        "נועה כהן",
    ]
    model.set_chosen([1], False)  # stays in view under the pointer until the filter changes
    assert proxy.rowCount() == 2
    proxy.set_text("boulangerie")
    assert proxy.rowCount() == 1


def test_the_duplicate_pairs_pass_the_model_tester(qtmodeltester, services):
    services.people.save(Person(name="Agnès Dupré", city="Lyon"))
    services.people.save(Person(name="agnes dupre", archived=True))
    services.people.save(Person(name="Bruno", email="b@example.org"))
    services.people.save(Person(name="Bruno Costa", email="B@example.org"))
    model = DuplicatePairsModel()
    model.set_pairs(services.duplicates.possible_pairs())
    model.sort(2)  # strongest reason first
    qtmodeltester.check(model)
    assert [[model.index(r, c).data() for c in range(3)] for r in range(2)] == [
        ["Bruno (b@example.org)", "Bruno Costa (B@example.org)", "same email"],
        ["Agnès Dupré (Lyon)", "agnes dupre, archived", "same name"],
    ]
