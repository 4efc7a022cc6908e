"""AppContext: what every window and command is handed (services, settings, events),
and build_context, which makes the window's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from relations_app.events import Events
from relations_app.paths import DataPaths
from relations_app.services import Services
from relations_app.services.backups import BackupService
from relations_app.settings import Settings

if TYPE_CHECKING:
    from relations_app.storage.store import Store
    from relations_app.ui.runner import Runner


@dataclass
class AppContext:
    paths: DataPaths
    services: Services
    settings: Settings
    events: Events
    clock: Callable[[], dt.datetime] = field(default=dt.datetime.now)
    backups: BackupService | None = None

    # runs before an import or a restore (the backup issue hooks a backup in here)
    before_risky: Callable[[str], None] | None = None
    # every write of the window goes through it (set by the main window)
    runner: Runner | None = None
    # locks an encrypted journal: closes it and hides the window (ui/session.py)
    lock: Callable[[], None] | None = None

    def today(self) -> dt.date:
        return self.clock().date()

    def before_risky_operation(self, what: str) -> None:
        if self.before_risky is not None:
            self.before_risky(what)


def build_context(paths: DataPaths, store: Store) -> AppContext:
    services = Services.create(store)
    backups = BackupService(store, paths.backups, dt.datetime.now)
    return AppContext(
        paths=paths,
        services=services,
        settings=Settings(paths.settings),
        events=Events(),
        backups=backups,
        before_risky=lambda what: backups.backup_now(f"before-{what}"),
    )
