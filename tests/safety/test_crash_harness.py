"""Kill a writer with SIGKILL at random moments: every acknowledged entry survives,
intact, and every multi-row action is all or nothing.

What the harness proves does not depend on the disk's speed: every trial is
killed only after it has acknowledged at least one conversation, at a random
moment after that, so each of the TRIALS kills lands in the middle of writing.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relations_app.paths import DataPaths
from relations_app.storage.sqlite import Key, connect, is_plain
from tests.safety.encrypted import PASSPHRASE, encryption, open_services

TRIALS = 50


def encrypted_journal(paths: DataPaths, passphrase: str) -> None:
    services = open_services(paths)
    encryption(services, paths).encrypt(Key(passphrase))
    services.store.close()


WRITER = Path(__file__).with_name("crash_writer.py")


def run_trial(path: Path, trial: int, rng: random.Random, passphrase: str | None) -> list[str]:
    env = dict(os.environ, CRASH_WRITER_PASSPHRASE=passphrase or "")
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(trial)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    seen = []
    for line in child.stdout:  # the store is open; wait for a first acknowledged commit
        seen.append(line)
        if line.startswith("conversation ") or not line.endswith("\n"):
            break
    time.sleep(rng.uniform(0.0, 0.3))
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    lines = ("".join(seen) + rest).split("\n")
    return lines[:-1]  # the last piece has no newline: not acknowledged


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_every_acknowledged_commit_survives_sigkill(tmp_path, passphrase):
    rng = random.Random(20261127)
    path = tmp_path / "relations.sqlite3"
    key = Key(passphrase) if passphrase else None
    if passphrase:
        encrypted_journal(DataPaths(tmp_path), passphrase)
    acknowledged: dict[int, str] = {}
    for trial in range(TRIALS):
        lines = run_trial(path, trial, rng, passphrase)
        # every trial reopened the journal its predecessor left behind, and wrote
        assert lines and lines[0].startswith("person "), f"trial {trial} could not start: {lines}"
        assert any(line.startswith("conversation ") for line in lines), f"trial {trial}: {lines}"
        for line in lines:
            kind, record_id, *rest = line.split(" ", 2)
            if kind == "conversation":
                acknowledged[int(record_id)] = rest[0]
    print(f"{len(acknowledged)} acknowledged commits in {TRIALS} trials")

    assert is_plain(path) == (passphrase is None)
    conn = connect(path, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute("SELECT id, notes FROM conversation"))
        for conversation_id, notes in acknowledged.items():
            assert stored.get(conversation_id) == notes
        # all or nothing: each conversation has its two participants, and no new
        # person exists without the conversation that created them
        counts = conn.execute(
            "SELECT COUNT(*) FROM conversation c WHERE "
            "(SELECT COUNT(*) FROM participant p WHERE p.conversation_id = c.id) != 2"
        ).fetchone()[0]
        assert counts == 0
        orphans = conn.execute(
            "SELECT COUNT(*) FROM person WHERE name LIKE 'New %' AND id NOT IN "
            "(SELECT person_id FROM participant)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()
