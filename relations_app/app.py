"""Start Relations: the command line, or the window."""

from __future__ import annotations

import os
import sys

from relations_app import i18n
from relations_app.paths import DataPaths, data_paths


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file we create is private, whatever the user's umask
    argv = sys.argv[1:] if argv is None else argv
    options = window_options(argv)
    if options is None:  # a command, --help, --version, or a mistake: the command line's
        from relations_app import cli

        i18n.load()  # the system's language, for --help and argument errors too
        args = cli.parse(argv)
        if args.command:
            return cli.run(args)
        options = getattr(args, "data_dir", None), args.smoke_test
    data_dir, smoke_test = options
    if smoke_test and _no_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a CI machine, a build box
    paths = data_paths(data_dir)
    i18n.load(chosen_language(paths))  # the one chosen in View ▸ Language, or the system's
    from relations_app.ui.launch import run_gui  # the widgets: never for a command

    return run_gui(paths, smoke_test=smoke_test)


def window_options(argv: list[str]) -> tuple[str | None, bool] | None:
    """``--data-dir DIR`` and ``--smoke-test``, the only options of the window,
    read without loading the command line's parser and commands (40 ms of
    every start); None when ``argv`` holds anything else."""
    data_dir, smoke_test = None, False
    items = iter(argv)
    for item in items:
        if item == "--smoke-test":
            smoke_test = True
        elif item == "--data-dir":
            data_dir = next(items, None)
            if data_dir is None or data_dir.startswith("-"):
                return None
        elif item.startswith("--data-dir="):
            data_dir = item.partition("=")[2]
        else:
            return None
    return data_dir, smoke_test


def chosen_language(paths: DataPaths) -> str:
    """The language picked in View ▸ Language, or "" to follow the system."""
    if not paths.settings.is_file():
        return ""
    from relations_app.settings import Settings

    language = Settings(paths.settings).language
    return language if language in i18n.LANGUAGES else ""


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
