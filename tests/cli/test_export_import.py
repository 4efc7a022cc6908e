"""The command line's export and import: lossless, and all or nothing on bad input."""

import codecs
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from relations_app.app import main
from relations_app.birthdays import Birthday
from relations_app.records import (
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
from relations_app.services import Services
from relations_app.storage.store import Store

NOTE = ("Notes with accents: é à ü ñ; emoji 🌱🤝; right-to-left: שלום مرحبا; " * 400)[:20000]


def fill(services: Services) -> None:
    services.values.save(Value(name="Honesty", description="Say what is true"))
    services.values.save(Value(name="Noticed", mine=False))
    ana = services.people.save(
        Person(
            name="Amélie Laurent",
            nickname="Mél",
            circle=Circle.INNER,
            met_how="University",
            met_where="Grenoble",
            met_on=dt.date(2010, 9, 1),
            organisation="Atelier",
            email="a@example.org",
            phone="+33 1",
            city="Lyon",
            birthday=Birthday(2, 3, 1990),
            keep_in_touch_days=14,
            what_matters="Her studio",
            next_question="The loan?",
            notes=NOTE,
            looking_for=("a ceramics mentor", "Un local à Lyon"),
            can_offer=("Pottery lessons",),
            snoozed_until=dt.date(2026, 6, 20),
        )
    )
    ghost = services.people.save(Person(name="Deleted later"))
    bo = services.people.save(Person(name="Bo 李", circle=Circle.ACQUAINTANCE, archived=True))
    services.people.delete(ghost.id)  # leaves a gap in the ids
    services.conversations.save(
        Conversation(
            date=dt.date(2026, 5, 2),
            time=dt.time(9, 30),
            people=(PersonRef(ana.id, ""), PersonRef(bo.id, "")),
            place="Café",
            notes=NOTE,
            learned="Learned",
            depth=5,
            follow_up="Send link",
            follow_up_due=dt.date(2026, 5, 9),
            follow_up_done=True,
        )
    )
    services.conversations.save(
        Conversation(date=dt.date(2026, 5, 1), people=(PersonRef(ana.id, ""),))
    )
    services.values.save_shared(
        SharedValue(
            person_id=ana.id, value_name="honesty", evidence="Told me", noted_on=dt.date(2026, 5, 2)
        )
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.RECEIVED,
            kind=HelpKind.SKILL,
            description="Taught me",
            status=HelpStatus.DONE,
            offered_on=dt.date(2026, 1, 1),
            done_on=dt.date(2026, 1, 5),
        )
    )
    services.help.save(
        Help(
            person_id=ana.id,
            direction=Direction.GIVEN,
            kind=HelpKind.ADVICE,
            description="Read her business plan",
            offered_on=dt.date(2026, 6, 1),
            due_on=dt.date(2026, 6, 30),
        )
    )
    services.help.record_introduction(ana.id, bo.id, "Ceramics", dt.date(2026, 6, 2))
    services.offers.save(Offer(name="Feedback on a CV"))
    services.offers.save(Offer(name="Céramique, les bases"))


def export_text(data_dir, tmp_path, name="out.json") -> str:
    target = tmp_path / name
    assert main(["--data-dir", str(data_dir), "export", "json", str(target)]) == 0
    return target.read_text(encoding="utf-8")


def test_export_import_export_is_lossless(tmp_path, services, data_dir):
    fill(services)
    services.store.close()
    first = export_text(data_dir, tmp_path, "first.json")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", "json", str(tmp_path / "first.json")]) == 0
    second = export_text(other, tmp_path, "second.json")
    assert first == second
    document = json.loads(first)
    assert document["format"] == "relations-export" and document["version"] == 2
    assert document["my_offers"] == ["Céramique, les bases", "Feedback on a CV"]
    amelie = document["people"][0]
    assert amelie["looking_for"] == ["a ceramics mentor", "Un local à Lyon"]
    assert amelie["can_offer"] == ["Pottery lessons"]
    assert amelie["snoozed_until"] == "2026-06-20"
    assert amelie["help"][1]["due_on"] == "2026-06-30"
    assert amelie["help"][2]["introduced"] == 2
    assert document["people"][1]["help"][0]["introduced"] == 1
    assert [p["id"] for p in document["people"]] == [1, 2]
    assert document["people"][0]["notes"] == NOTE
    assert document["conversations"][1]["people"] == [1, 2]
    services.store.open()


def test_export_file_is_private(tmp_path, services, data_dir):
    services.store.close()
    export_text(data_dir, tmp_path)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o600
    services.store.open()


def test_import_adds_to_a_store_that_has_data(tmp_path, services, data_dir):
    fill(services)
    services.store.close()
    export_text(data_dir, tmp_path)
    assert main(["--data-dir", str(data_dir), "import", "json", str(tmp_path / "out.json")]) == 0
    services.store.open()
    assert services.people.count() == 4
    assert len(services.values.all()) == 2  # merged by name


def valid_document() -> dict:
    return {
        "format": "relations-export",
        "version": 1,
        "values": [],
        "people": [{"id": 1, "name": "Ana", "circle": "inner"}],
        "conversations": [{"date": "2026-01-01", "people": [1], "channel": "call"}],
    }


def broken(change):
    document = valid_document()
    change(document)
    return json.dumps(document)


BAD_FILES = {
    "not-json": ('{"format": "relations-export", ', "not valid JSON (line 1"),
    "other-format": (broken(lambda d: d.update(format="vcard")), "not a Relations export"),
    "other-version": (broken(lambda d: d.update(version=3)), "export version 3"),
    "boolean-version": (broken(lambda d: d.update(version=True)), "export version true"),
    "needs-not-a-list": (
        broken(lambda d: d["people"][0].update(looking_for="a mentor")),
        "people[0].looking_for: expected a list",
    ),
    "need-not-text": (
        broken(lambda d: d["people"][0].update(looking_for=["a mentor", 3])),
        "people[0].looking_for[1]: expected text",
    ),
    "need-too-long": (
        broken(lambda d: d["people"][0].update(can_offer=["x" * 201])),
        "people[0].can_offer[0]: This is 201 characters long",
    ),
    "offer-not-text": (broken(lambda d: d.update(my_offers=[{}])), "my_offers[0]: expected text"),
    "bad-snooze": (
        broken(lambda d: d["people"][0].update(snoozed_until="soon")),
        "people[0].snoozed_until: 'soon' is not a date",
    ),
    "due-before-offer": (
        broken(
            lambda d: d["people"][0].update(
                help=[
                    {
                        "direction": "given",
                        "offered_on": "2026-05-02",
                        "due_on": "2026-05-01",
                        "description": "x",
                    }
                ]
            )
        ),
        "people[0].help[0].due_on: Due on (1\u00a0May\u00a02026) is before",
    ),
    "introduced-nobody": (
        broken(
            lambda d: d["people"][0].update(
                help=[{"direction": "given", "introduced": 9, "description": "x"}]
            )
        ),
        "people[0].help[0].introduced: no person with id 9",
    ),
    "nameless-person": (broken(lambda d: d["people"][0].pop("name")), "people[0].name: is missing"),
    "unknown-circle": (
        broken(lambda d: d["people"][0].update(circle="bestie")),
        "people[0].circle: unknown circle 'bestie'",
    ),
    "bad-date": (
        broken(lambda d: d["conversations"][0].update(date="2026-13-01")),
        "conversations[0].date: '2026-13-01' is not a date",
    ),
    "unknown-person-id": (
        broken(lambda d: d["conversations"][0].update(people=[1, 99])),
        "conversations[0].people[1]: no person with id 99",
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_give_one_clear_line_exit_2_and_change_nothing(
    name, tmp_path, services, data_dir, capsys
):
    fill(services)
    services.store.close()
    before = export_text(data_dir, tmp_path, "before.json")
    content, expected = BAD_FILES[name]
    bad = tmp_path / f"{name}.json"
    bad.write_text(content, encoding="utf-8")
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), "import", "json", str(bad)])
    error = capsys.readouterr().err
    assert status == 2
    assert len(error.strip().splitlines()) == 1
    assert expected in error
    assert str(bad) in error
    assert export_text(data_dir, tmp_path, "after.json") == before
    services.store.open()


def test_a_problem_late_in_the_file_writes_nothing(tmp_path, data_dir, capsys):
    document = valid_document()
    document["people"] += [{"id": i, "name": f"P{i}"} for i in range(2, 50)]
    document["conversations"].append({"date": "2026-01-02", "people": [77]})
    bad = tmp_path / "late.json"
    bad.write_text(json.dumps(document))
    assert main(["--data-dir", str(data_dir), "import", "json", str(bad)]) == 2
    store = Store(data_dir / "relations.sqlite3")
    store.open()
    assert Services.create(store).people.count() == 0
    store.close()


def test_the_installed_command_runs(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "relations_app",
            "--data-dir",
            str(tmp_path),
            "export",
            "json",
            str(tmp_path / "x.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "x.json").read_text())["people"] == []


def test_a_version_1_file_imports_unchanged(tmp_path, data_dir):
    """Files written before needs, offers and snoozes keep importing: the new
    fields take their defaults."""
    document = valid_document()
    document["people"][0].update(
        keep_in_touch_days=14,
        help=[{"direction": "given", "description": "A lift", "offered_on": "2026-01-02"}],
    )
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(document))
    assert main(["--data-dir", str(data_dir), "import", "json", str(old)]) == 0
    exported = json.loads(export_text(data_dir, tmp_path))
    person = exported["people"][0]
    assert (person["looking_for"], person["can_offer"], person["snoozed_until"]) == ([], [], None)
    assert person["keep_in_touch_days"] == 14
    assert person["help"][0]["due_on"] is None and person["help"][0]["introduced"] is None
    assert exported["my_offers"] == []


def test_an_export_saved_with_a_byte_order_mark_imports_as_it_was(tmp_path, services, data_dir):
    """Notepad (before 2019) and other Windows editors save UTF-8 with a
    byte-order mark in front: an export opened and saved there was refused as
    "not valid JSON (... Unexpected UTF-8 BOM (decode using utf-8-sig))"."""
    fill(services)
    services.store.close()
    text = export_text(data_dir, tmp_path)
    edited = tmp_path / "edited.json"
    edited.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", "json", str(edited)]) == 0
    assert export_text(other, tmp_path, "again.json") == text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_import_on_a_terminal_counts_its_rows_on_one_line(
    tmp_path, services, data_dir, monkeypatch
):
    fill(services)
    services.store.close()
    export_text(data_dir, tmp_path)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--data-dir", str(data_dir), "import", "json", str(tmp_path / "out.json")]) == 0
    shown = terminal.getvalue()
    assert shown.count("\n") == 1 and shown.endswith("\n")  # redrawn in place, then ended
    last = shown.rstrip("\n").split("\r")[-1]
    assert last.startswith("Importing: 100% (") and " rows)" in last
    percents = [int(line.split("%")[0].split()[-1]) for line in shown.split("\r") if "%" in line]
    assert percents == sorted(percents) and max(percents) == 100  # never past its end


def test_an_import_into_a_pipe_or_a_file_prints_no_progress(tmp_path, services, data_dir, capsys):
    fill(services)
    services.store.close()
    export_text(data_dir, tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", "json", str(tmp_path / "out.json")]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.startswith("Imported 2 people")
