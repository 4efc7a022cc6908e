"""The export puts each conversation's line together from its row
(exchange_export): it must be, byte for byte, what json's encoder writes for
the conversation as a dict, as the export wrote it before, whatever the row
holds: text json must escape, nulls, and values a hand edit left in odd forms."""

import datetime as dt
import json

from relations_app.records import Channel, Conversation, Person, PersonRef
from relations_app.services import rows
from relations_app.services.exchange_export import ENCODE, _iso_text, journal_text
from relations_app.storage.database import db
from relations_app.storage.tables import ConversationTable
from tests.conftest import TODAY


def encoded_as_dicts(file_ids: dict[int, int]) -> list[str]:
    """The conversations as the export wrote them before: a dict each, through json."""
    participants: dict[int, list[int]] = {}
    for cid, pid in db.execute_sql("SELECT conversation_id, person_id FROM participant"):
        participants.setdefault(cid, []).append(file_ids[pid])
    query = ConversationTable.select(*rows.CONVERSATION_COLUMNS).order_by(
        ConversationTable.date, ConversationTable.time, ConversationTable.id
    )
    text = ConversationTable.notes.python_value
    lines = []
    for (
        cid,
        day,
        time,
        channel,
        place,
        notes,
        learned,
        depth,
        follow_up,
        due,
        done,
        made,
        changed,
    ) in db.execute_sql(*query.sql()):
        entry = {
            "date": _iso_text(day, ConversationTable.date),
            "time": text(time),
            "people": sorted(participants.get(cid, [])),
            "channel": text(channel),
            "place": text(place),
            "notes": text(notes),
            "learned": text(learned),
            "depth": ConversationTable.depth.python_value(depth),
            "follow_up": text(follow_up),
            "follow_up_due": _iso_text(due, ConversationTable.follow_up_due),
            "follow_up_done": bool(done),
            "created_at": _iso_text(made, ConversationTable.created_at),
            "updated_at": _iso_text(changed, ConversationTable.updated_at),
        }
        lines.append(ENCODE(entry))
    return lines


def odd_journal(services) -> dict[int, int]:
    ana = services.people.save(Person(name="Ana"))
    bo = services.people.save(Person(name='Bo "B" \\ 李'))
    refs = (PersonRef(bo.id, bo.name), PersonRef(ana.id, ana.name))
    texts = ['"quoted"', "back\\slash", "tab\tnew\nline\r", "\x01\x1f\x7f", "é 李 🙂 \u2028", ""]
    for n, text in enumerate(texts):
        services.conversations.save(
            Conversation(
                date=TODAY - dt.timedelta(days=n),
                people=refs[: 1 + n % 2],
                time=dt.time(n, 5) if n % 2 else None,
                channel=list(Channel)[n % len(Channel)],
                place=text,
                notes=text * 3,
                learned=text,
                depth=1 + n % 5,
                follow_up=text or "x",
                follow_up_due=TODAY + dt.timedelta(days=n) if n % 3 else None,
                follow_up_done=bool(n % 2),
            )
        )
    # what a hand edit in a SQLite shell may leave, which the export writes as it is read
    talk = "(SELECT min(id) FROM conversation)"
    for column, value in [
        ("date", "2026-6-01"),
        ("depth", "4"),
        ("created_at", "2026-06-01T10:00:00+02:00"),
        ("updated_at", "2026-06-01 10:00:00.250000"),
        ("follow_up_done", 2),
        ("channel", "carrier pigeon"),
        ("time", "7h"),
    ]:
        db.execute_sql(f"UPDATE conversation SET {column} = ? WHERE id = {talk}", (value,))
    db.execute_sql(
        "UPDATE conversation SET follow_up_due = '2026-06-20 00:00:00',"
        " created_at = '2026-06-01T10:00:00Z' WHERE id = (SELECT max(id) FROM conversation)"
    )
    return {ana.id: 1, bo.id: 2}


def test_each_line_is_what_json_writes_for_the_conversation(services):
    file_ids = odd_journal(services)
    text = journal_text()
    start = text.index('  "conversations": [\n') + len('  "conversations": [\n')
    lines = text[start : text.index("\n  ]", start)].split(",\n")
    assert [line.removeprefix("    ") for line in lines] == encoded_as_dicts(file_ids)


def test_the_export_s_text_is_valid_json_and_reads_back_as_the_document(services):
    odd_journal(services)
    text = journal_text()
    assert json.loads(text) == services.exchange.export_document()
    assert text.endswith("\n}\n") and "\n    {" in text  # one entry a line


def test_a_day_no_calendar_has_is_exported_as_stored_for_the_import_to_name(services, tmp_path):
    """A SQLite shell or another program can leave "2024-02-30" where a day
    belongs: the export still writes the whole journal (it stopped on an
    AttributeError, nothing written), that text as it is stored, and an
    import names where it is."""
    from relations_app.records import Direction, Help, HelpKind, HelpStatus, SharedValue
    from relations_app.services.exchange_format import ExchangeError, read_document

    file_ids = odd_journal(services)
    ana = min(file_ids)
    services.values.save_shared(SharedValue(ana, "Courage", None, "Spoke up", noted_on=TODAY))
    services.help.save(
        Help(
            ana,
            Direction.GIVEN,
            HelpKind.ADVICE,
            None,
            "Advice",
            HelpStatus.OFFERED,
            offered_on=TODAY,
        )
    )
    for table, column in [
        ("conversation", "date"),
        ("conversation", "follow_up_due"),
        ("shared_value", "noted_on"),
        ("help", "offered_on"),
    ]:
        db.execute_sql(f"UPDATE {table} SET {column} = '2024-02-30'")
    services.exchange.export_json(tmp_path / "odd.json")
    text = journal_text()
    start = text.index('  "conversations": [\n') + len('  "conversations": [\n')
    lines = text[start : text.index("\n  ]", start)].split(",\n")
    assert [line.removeprefix("    ") for line in lines] == encoded_as_dicts(file_ids)
    document = json.loads(text)
    assert {talk["date"] for talk in document["conversations"]} == {"2024-02-30"}
    (person,) = [p for p in document["people"] if p["help"]]
    assert person["shared_values"][0]["noted_on"] == "2024-02-30"
    assert person["help"][0]["offered_on"] == "2024-02-30"
    try:
        read_document(document, TODAY)
    except ExchangeError as error:
        assert "'2024-02-30' is not a date (YYYY-MM-DD)" in str(error)
    else:
        raise AssertionError("read without a word")


def test_bytes_another_program_stored_as_text_are_exported_as_text(services):
    """Invalid UTF-8 in a text column (written by another program) comes back
    from SQLite as bytes: the export writes it with replacement characters, as
    the window shows it, instead of stopping with an error."""
    ana = services.people.save(Person(name="Ana"))
    talk = services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ana.name),), notes="walk")
    )
    db.execute_sql("UPDATE conversation SET place = ? WHERE id = ?", [b"caf\xe9 \xff", talk.id])
    document = json.loads(journal_text())
    (written,) = document["conversations"]
    assert written["place"] == "caf\ufffd \ufffd"
    assert written["notes"] == "walk"
