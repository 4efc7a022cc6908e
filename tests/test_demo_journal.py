"""The demo journal (bench/demo_journal.py) is what screenshots and first tries
are made from: it must still build against the services as they are now."""

import subprocess
import sys
from pathlib import Path

from relations_app.paths import DataPaths
from relations_app.services import Services
from relations_app.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_journal_builds_with_every_person(tmp_path):
    folder = tmp_path / "demo"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "demo_journal.py"), str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    store = Store(DataPaths(folder).store)
    store.open()
    try:
        assert Services.create(store).people.count() == 31
    finally:
        store.close()
