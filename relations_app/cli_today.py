"""`relations today [--json] [--date YYYY-MM-DD]`: the Today page's agenda, for
scripts and desktop notifications. The same service builds both, so they agree.

The text form keeps each section as short as the page (the first few, then how
many more); --json gives every item, each with ``people`` (names) and ``why``.

It runs while the window is open, since that is when a notification script
runs: when the journal is held on this computer it is read through a read-only
connection (Store.open_to_read), in one short read transaction, and nothing is
written. Every other command still needs the journal to itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import TYPE_CHECKING

from relations_app.counted import COMMAND_LINE
from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.i18n import labelled, translate
from relations_app.instance import AlreadyRunning
from relations_app.labels import circle_label, format_date
from relations_app.paths import DataPaths
from relations_app.services import Services
from relations_app.storage.errors import StoreError
from relations_app.storage.sqlite import Key

if TYPE_CHECKING:  # the agenda loads when `today` runs, not for every command (14 ms)
    from relations_app.services.agenda import Agenda, Promise, ReconnectItem, Section
from relations_app.storage.store import Store

TEXT_LIMIT = 5  # items per section in the text form, as on the page
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(9998, 12, 31)


def add_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "today",
        parents=[common],
        help=translate(
            "CommandLine", "print today's practice: whom to help, promises, whom to reconnect with"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "print one JSON object with every item (for scripts)"),
    )
    parser.add_argument(
        "--date",
        metavar="DATE",
        help=translate("CommandLine", "the agenda as of this day, YYYY-MM-DD (default: today)"),
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """0 printed, 1 the journal could not be used, 2 a --date that is no date."""
    from relations_app.cli import fail, open_services  # cli imports this module

    try:
        day = _parse_date(args.date)
    except ValueError as error:
        return fail(str(error), BAD_INPUT)
    key = getattr(args, "key", None)
    held = getattr(args, "beside", None)
    try:
        services = open_services(paths, key) if held is None else _services_to_read(paths, key)
    except StoreError as error:
        if held is None or error.kind != "closed":
            raise
        return fail(_closed_by(held), FAILED)
    try:
        with services.store.read():
            agenda = services.agenda.build(day, limit=None if args.json else TEXT_LIMIT)
    finally:
        services.store.close()
    if args.json:
        from relations_app.services.agenda_json import agenda_document

        sys.stdout.write(json.dumps(agenda_document(agenda), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(agenda_text(agenda))
    return OK


def reads_beside(args: argparse.Namespace, held: AlreadyRunning) -> bool:
    """Whether this command reads the journal beside the process that holds it:
    `today` does (a notification script runs while the window is open), when
    that process is on this computer, where SQLite's locks are to be trusted."""
    return args.command == "today" and not held.elsewhere


def _services_to_read(paths: DataPaths, key: Key | None) -> Services:
    store = Store(paths.store, key)
    store.open_to_read()
    return Services.create(store)


def _closed_by(held: AlreadyRunning) -> str:
    return translate(
        "CommandLine",
        "Relations (process {0}) has this journal closed just now: locked while idle, or "
        "busy restoring it. Unlock it or wait, then try again.",
    ).format(held.pid)


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            translate("CommandLine", "--date {0}: not a date; write it as YYYY-MM-DD").format(text)
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:  # a year back and one ahead must still be dates
        raise ValueError(
            translate("CommandLine", "--date {0}: choose a day between {1} and {2}").format(
                text, FIRST_DAY.isoformat(), LAST_DAY.isoformat()
            )
        )
    return day


def agenda_text(agenda: Agenda) -> str:
    lines = [translate("CommandLine", "Today, {0}").format(format_date(agenda.today)), ""]
    sections = (
        (translate("CommandLine", "Someone you could help"), agenda.could_help, _why),
        (translate("CommandLine", "Promises"), agenda.promises, _promise),
        (translate("CommandLine", "Reconnect"), agenda.reconnect, _reconnect),
        (translate("CommandLine", "Who should meet whom"), agenda.introductions, _why),
        (translate("CommandLine", "Coming up"), agenda.coming_up, _why),
    )
    for title, section, line in sections:
        lines += _section_lines(title, section, line)
    lines.append(translate("CommandLine", "Circles"))
    for count in agenda.circles:
        lines.append(
            "  " + labelled(circle_label(count.circle), f"{len(count.names)} / {count.limit}")
        )
        if count.over:
            lines.append(f"    {count.why}")
    lines += ["", translate("CommandLine", "This month"), f"  {agenda.month.why}", ""]
    return "\n".join(lines).replace("\u00a0", " ")


# C0 and C1 controls: a line break, or an escape sequence a terminal would obey
# (clear the screen, set its title), in a name imported from elsewhere
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")


def one_line(text: str) -> str:
    """User text as one line of plain characters, each control a space."""
    return CONTROLS.sub(" ", text)


def _why(item) -> str:
    return item.why


def _promise(promise: Promise) -> str:
    names = ", ".join(ref.name for ref in promise.people)
    what = " ".join(promise.what.split())
    return labelled(f"{names} — {what}", promise.why)


def _reconnect(item: ReconnectItem) -> str:
    return labelled(item.person.name, item.why)


def _section_lines(title: str, section: Section, line) -> list[str]:
    if not section.total:
        return []
    lines = [title]
    lines += [f"  • {one_line(line(item))}" for item in section.items]
    if section.hidden:
        lines.append("  " + COMMAND_LINE.more_items(section.hidden))
    return [*lines, ""]
