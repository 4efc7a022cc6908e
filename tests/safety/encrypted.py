"""Helpers for the tests of encrypted journals: a journal with text that must
never be found in plain bytes, and a look at every byte of a data folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from relations_app.paths import DataPaths
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services import Services
from relations_app.services.backups import BackupService, open_store
from relations_app.services.encryption import EncryptionService
from relations_app.storage.sqlite import Key
from relations_app.storage.store import Store
from tests.conftest import fixed_clock

PASSPHRASE = "correct horse battery staple"
# what the tests write, and look for in raw bytes
SECRETS = ("Quillfeather", "SECRET-NOTE-7731", "Zéphyrine")


def write_secrets(services: Services, serial: int = 0) -> None:
    person = services.people.save(
        Person(name=f"Zéphyrine Quillfeather {serial}", notes=f"SECRET-NOTE-7731 {serial}")
    )
    services.conversations.save(
        Conversation(
            date=dt.date(2026, 6, 1),
            people=(PersonRef(person.id, person.name),),
            notes=f"Quillfeather told me SECRET-NOTE-7731 #{serial}",
        )
    )


def plain_hits(folder: Path) -> list[str]:
    """Every file under ``folder`` in whose bytes a secret can be read, as
    UTF-8 or UTF-16 (SQLite's two text encodings)."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in data:
                    hits.append(f"{path.name}: {secret} ({encoding})")
    return hits


def open_services(paths: DataPaths, passphrase: str | None = None) -> Services:
    store = Store(paths.store, Key(passphrase) if passphrase else None)
    open_store(store, paths.backups, fixed_clock)
    return Services.create(store, clock=fixed_clock)


def encryption(services: Services, paths: DataPaths) -> EncryptionService:
    return EncryptionService(services.store, paths.backups, fixed_clock)


def backups(services: Services, paths: DataPaths) -> BackupService:
    return BackupService(services.store, paths.backups, fixed_clock)


def exported(services: Services) -> str:
    return json.dumps(services.exchange.export_document(), sort_keys=True, ensure_ascii=False)
