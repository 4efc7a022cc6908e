"""The command line: `relations [--data-dir DIR] [COMMAND ...]`.

Without a command the window opens. Exit status: 0 done, 1 the journal could
not be used (damaged, locked...), 2 bad input (arguments or a file to import).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from relations_app import APP_NAME, __version__, cli_backups
from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.i18n import translate
from relations_app.instance import AlreadyRunning, InstanceLock, LockUnavailable
from relations_app.paths import DataPaths, data_paths
from relations_app.printing import command as overview_command
from relations_app.services import Services
from relations_app.services.backups import BackupService, open_store
from relations_app.services.exchange_format import ExchangeError
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError
from relations_app.storage.store import Store


def build_parser() -> argparse.ArgumentParser:
    t = lambda text: translate("CommandLine", text)  # noqa: E731
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=t(
            "the folder that holds the journal (default: the platform's user data folder; "
            "or set RELATIONS_DATA_DIR)"
        ),
    )
    parser = argparse.ArgumentParser(
        prog="relations",
        parents=[common],
        description=t(
            "Relations: a private, offline journal for the few relationships that matter."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=t("open the journal and the window, then close cleanly (for CI)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export", parents=[common], help=t("write the whole journal to a file")
    )
    export.add_argument("format", choices=["json"])
    export.add_argument("file", type=Path)
    imp = commands.add_parser("import", parents=[common], help=t("add the contents of an export"))
    imp.add_argument("format", choices=["json"])
    imp.add_argument("file", type=Path)
    cli_backups.add_parsers(commands, common)
    overview_command.add_parser(commands, common)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def fail(message: str, status: int) -> int:
    print(f"relations: {message}", file=sys.stderr)
    return status


def open_services(paths: DataPaths) -> Services:
    store = Store(paths.store)
    open_store(store, paths.backups, dt.datetime.now)
    return Services.create(store)


def run(args: argparse.Namespace) -> int:
    paths = data_paths(getattr(args, "data_dir", None))
    lock = None if args.command in cli_backups.LOCK_FREE else InstanceLock(paths.lock)
    try:
        if lock is not None:
            lock.acquire()
        return _dispatch(args, paths)
    except (AlreadyRunning, LockUnavailable) as error:
        return fail(str(error), FAILED)
    except StoreError as error:
        return fail(explain(error), FAILED)
    finally:
        if lock is not None:
            lock.release()


def _dispatch(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.command in cli_backups.HANDLERS:
        status, text = cli_backups.HANDLERS[args.command](args, paths)
        if status == OK:
            print(text)
            return status
        return fail(text, status)
    if args.command == "overview":
        return overview_command.run(args, paths)
    return {"export": _export, "import": _import}[args.command](args, paths)


def _export(args: argparse.Namespace, paths: DataPaths) -> int:
    services = open_services(paths)
    try:
        services.exchange.export_json(args.file)
    except OSError as error:  # a folder that is not there, or not writable: the argument's fault
        return fail(
            translate("CommandLine", "{0}: cannot write ({1})").format(args.file, error.strerror),
            BAD_INPUT,
        )
    finally:
        services.store.close()
    print(translate("CommandLine", "Exported the journal to {0}").format(args.file))
    return OK


def _import(args: argparse.Namespace, paths: DataPaths) -> int:
    services = open_services(paths)
    try:
        document = services.exchange.read_json(args.file)
        BackupService(services.store, paths.backups, dt.datetime.now).backup_now("before-import")
        counts = services.exchange.import_document(document)
    except ExchangeError as error:
        return fail(f"{args.file}: {error}", BAD_INPUT)
    finally:
        services.store.close()
    print(
        translate(
            "CommandLine", "Imported {0} people, {1} conversations and {2} values from {3}"
        ).format(counts.people, counts.conversations, counts.values, args.file)
    )
    return OK
