"""A corpus of bad import files, made the same way every time: every field of a
valid export given values it must refuse, broken structure, broken encoding,
cut-off files, deep nesting and oversized numbers and strings.

Every file here must be refused: none is a valid export by accident (no random
byte flips, which could turn a note into another valid note).
"""

from __future__ import annotations

import copy
import json
import random

from relations_app.services.validation import MAX_LINE_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH

VALID = {
    "format": "relations-export",
    "version": 1,
    "values": [{"name": "Honesty", "description": "Say it kindly", "mine": True}],
    "people": [
        {
            "id": 1,
            "name": "Amélie",
            "nickname": "Mél",
            "circle": "inner",
            "met_how": "University",
            "met_where": "Grenoble",
            "met_on": "2010-09-01",
            "organisation": "Atelier",
            "email": "a@example.org",
            "phone": "+33 1",
            "city": "Lyon",
            "birthday": "1990-02-03",
            "keep_in_touch_days": 14,
            "what_matters": "Her studio",
            "next_question": "The loan?",
            "notes": "Private",
            "archived": False,
            "created_at": "2026-01-05T09:00:00",
            "updated_at": "2026-01-05T09:00:00",
            "shared_values": [
                {"value": "Honesty", "evidence": "Told me", "noted_on": "2026-05-02"}
            ],
            "help": [
                {
                    "direction": "given",
                    "kind": "advice",
                    "status": "done",
                    "description": "Helped",
                    "offered_on": "2026-05-02",
                    "done_on": "2026-05-09",
                }
            ],
        }
    ],
    "conversations": [
        {
            "date": "2026-05-02",
            "time": "09:30",
            "people": [1],
            "channel": "call",
            "place": "Café",
            "notes": "Long talk",
            "learned": "Something",
            "depth": 4,
            "follow_up": "Send link",
            "follow_up_due": "2026-05-09",
            "follow_up_done": False,
            "created_at": "2026-05-02T11:00:00",
            "updated_at": "2026-05-02T11:00:00",
        }
    ],
}

NOT_TEXT = [12345, True, [], {}, "\ud800", "a\u0000b"]
# (an empty optional date is no date, as null is: not bad, so not here)
BAD_DATES = ["2026-13-01", "9999-12-31", "1066-01-01", 20260101, "2026-02-30", "tomorrow"]
BAD_MOMENTS = ["2026-13-01T00:00:00", "9999-12-31T23:59:59", "1066-01-01T00:00:00", 1, "now"]
BAD_INTEGERS = ["3", 3.5, True, 10**16, 0, -1, 99999]
BAD_BOOLEANS = ["yes", 1, 0, "true", []]

# field -> the bad values for it; lengths one over each field's limit
LIMITS = {
    "name": MAX_NAME_LENGTH,
    "value": MAX_NAME_LENGTH,
    "notes": MAX_TEXT_LENGTH,
    "description": MAX_TEXT_LENGTH,
    "evidence": MAX_TEXT_LENGTH,
    "what_matters": MAX_TEXT_LENGTH,
    "learned": MAX_TEXT_LENGTH,
}
ENUM_FIELDS = {"circle", "channel", "direction", "kind", "status"}
DATE_FIELDS = {"met_on", "birthday", "noted_on", "offered_on", "done_on", "date", "follow_up_due"}
MOMENT_FIELDS = {"created_at", "updated_at"}
INTEGER_FIELDS = {"keep_in_touch_days", "depth", "id"}
BOOLEAN_FIELDS = {"mine", "archived", "follow_up_done"}


def bad_values(field: str) -> list:
    if field in ENUM_FIELDS:
        return ["", "bogus", "INNER", 1, None if field == "direction" else "x" * 300]
    if field in DATE_FIELDS:
        return [*BAD_DATES, ""] if field == "date" else BAD_DATES
    if field in MOMENT_FIELDS:
        return BAD_MOMENTS
    if field in INTEGER_FIELDS:
        return BAD_INTEGERS if field != "id" else ["1", 1.0, True, 10**16, None]
    if field in BOOLEAN_FIELDS:
        return BAD_BOOLEANS
    if field == "time":
        return ["25:00", "noon", 930]
    if field == "people":
        return [[], [2], ["1"], [True], "1", [1.0]]
    if field == "email":
        return [*NOT_TEXT, "no-at-sign", "@" + "e" * MAX_LINE_LENGTH]
    return [*NOT_TEXT, "x" * (LIMITS.get(field, MAX_LINE_LENGTH) + 1)]


def places() -> list[tuple[str, ...]]:
    """Every field of VALID, as a path of keys (list indexes are 0)."""
    found = []
    for key in VALID["values"][0]:
        found.append(("values", 0, key))
    for key, value in VALID["people"][0].items():
        if isinstance(value, list):
            for inner in value[0]:
                found.append(("people", 0, key, 0, inner))
        else:
            found.append(("people", 0, key))
    for key in VALID["conversations"][0]:
        found.append(("conversations", 0, key))
    return found


def with_value(path: tuple, value) -> dict:
    document = copy.deepcopy(VALID)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def without(path: tuple) -> dict | None:
    document = copy.deepcopy(VALID)
    target = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return document


REQUIRED = {("people", 0, "name"), ("people", 0, "id"), ("conversations", 0, "date")}
REQUIRED |= {("values", 0, "name"), ("people", 0, "shared_values", 0, "value")}
REQUIRED |= {("people", 0, "help", 0, "direction"), ("people", 0, "help", 0, "description")}
REQUIRED |= {("people", 0, "shared_values", 0, "evidence")}


def encode(document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def field_files() -> list[tuple[str, bytes]]:
    files = []
    for path in places():
        name = ".".join(str(part) for part in path)
        for index, value in enumerate(bad_values(str(path[-1]))):
            files.append((f"{name}={index}", encode(with_value(path, value))))
        if path in REQUIRED:
            files.append((f"{name}-missing", encode(without(path))))
    return files


def structure_files() -> list[tuple[str, bytes]]:
    shapes = {
        "top-list": [VALID],
        "top-string": "relations-export",
        "top-null": None,
        "top-number": 1,
        "people-object": {**VALID, "people": {"1": VALID["people"][0]}},
        "people-string": {**VALID, "people": "Amélie"},
        "person-list": {**VALID, "people": [["Amélie"]]},
        "values-number": {**VALID, "values": 3},
        "conversations-object": {**VALID, "conversations": {}},
        "duplicate-ids": {**VALID, "people": VALID["people"] * 2},
        "format-missing": {k: v for k, v in VALID.items() if k != "format"},
        "format-other": {**VALID, "format": "vcard"},
        "format-list": {**VALID, "format": ["relations-export"]},
        "version-missing": {k: v for k, v in VALID.items() if k != "version"},
        "version-3": {**VALID, "version": 3},
        "version-true": {**VALID, "version": True},
        "version-float": {**VALID, "version": 1.0},
        "version-string": {**VALID, "version": "1"},
        "version-huge": {**VALID, "version": 10**20},
    }
    files = [(name, encode(shape)) for name, shape in shapes.items()]
    text = encode(VALID).decode("utf-8")
    deep = "[" * 3000 + "]" * 3000
    files += [
        ("nested-top", b"[" * 5000 + b"]" * 5000),
        ("nested-in-person", text.replace('"nickname"', f'"x": {deep}, "nickname"').encode()),
        ("nested-objects", ('{"a":' * 2000 + "1" + "}" * 2000).encode()),
        ("digits-5000", text.replace('"depth": 4', '"depth": ' + "9" * 5000).encode()),
        ("digits-negative", text.replace('"id": 1,', '"id": -' + "9" * 5000 + ",").encode()),
        ("nan", text.replace('"depth": 4', '"depth": NaN').encode()),
        ("infinity", text.replace('"depth": 4', '"depth": -Infinity').encode()),
        ("huge-circle", text.replace('"inner"', json.dumps("x" * 2_000_000)).encode()),
        ("empty", b""),
        ("whitespace", b"  \n\t "),
        ("nul-bytes", b"\x00" * 100),
    ]
    return files


def encoding_files(rng: random.Random) -> list[tuple[str, bytes]]:
    data = encode(VALID)
    files = [
        ("utf-16", encode(VALID).decode("utf-8").encode("utf-16")),
        ("latin-1", encode(VALID).decode("utf-8").encode("latin-1", "replace")),
    ]
    for n in range(20):
        position = rng.randrange(len(data))
        broken = (
            data[:position] + bytes([rng.choice([0x80, 0xC3, 0xFF, 0xFE, 0xED])]) + data[position:]
        )
        files.append((f"bad-byte-{n}", broken))
    return files


def cut_files(rng: random.Random) -> list[tuple[str, bytes]]:
    data = encode(VALID).rstrip()
    return [(f"cut-{n}", data[: rng.randrange(1, len(data))]) for n in range(40)]


def corpus() -> list[tuple[str, bytes]]:
    rng = random.Random(20261130)
    return field_files() + structure_files() + encoding_files(rng) + cut_files(rng)
