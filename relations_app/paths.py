"""Where things live: the data folder and the files in it.

Order of precedence: --data-dir, then RELATIONS_DATA_DIR, then the platform's
user data folder for "Relations" (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from relations_app import APP_NAME

ENV_DATA_DIR = "RELATIONS_DATA_DIR"
STORE_FILE_NAME = "relations.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    folder: Path

    @property
    def store(self) -> Path:
        return self.folder / STORE_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def settings(self) -> Path:
        return self.folder / "settings.ini"

    @property
    def lock(self) -> Path:
        return self.folder / "relations.lock"


def resolve_data_folder(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_path  # 3 ms, paid only when no folder is named

    return user_data_path(APP_NAME, appauthor=False)


def data_paths(cli_value: str | os.PathLike | None = None) -> DataPaths:
    return DataPaths(resolve_data_folder(cli_value))
