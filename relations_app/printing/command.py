"""`relations overview --pdf FILE [--person NAME]... [--circle NAME] [--since DATE] [--notes]
[--compact]`

The same PDF as File ▸ Export overview as PDF…, from the command line. Every
argument is checked before anything is written: a wrong name, circle or date
leaves no file behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from relations_app import i18n
from relations_app.counted import COMMAND_LINE
from relations_app.i18n import translate
from relations_app.labels import circle_label
from relations_app.paths import DataPaths
from relations_app.records import Circle, PersonRef
from relations_app.services.overview import (
    DEFAULT_PERIOD_DAYS,
    Layout,
    OverviewChoices,
    OverviewData,
    OverviewService,
    Who,
    since_for,
)

# the QGuiApplication this command made, kept alive until the process ends
_application = None


class BadInputError(ValueError):
    """An argument that names nothing in the journal, or a date that is no date."""


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "overview",
        parents=[common],
        help=translate("CommandLine", "print the relationship overview to a PDF file"),
    )
    parser.add_argument(
        "--pdf",
        metavar=translate("CommandLine", "FILE"),
        type=Path,
        required=True,
        help=translate("CommandLine", "the PDF file to write"),
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument(
        "--person",
        metavar=translate("CommandLine", "NAME"),
        action="append",
        default=[],
        help=translate("CommandLine", "only this person (repeat for several)"),
    )
    who.add_argument(
        "--circle",
        metavar=translate("CommandLine", "NAME"),
        help=translate("CommandLine", "only one circle: inner, close, wider or acquaintance"),
    )
    parser.add_argument(
        "--since",
        metavar=translate("CommandLine", "DATE"),
        help=translate(
            "CommandLine",
            "conversations from this day on, as YYYY-MM-DD (default: the last {0} days)",
        ).format(DEFAULT_PERIOD_DAYS),
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help=translate(
            "CommandLine", "include private notes (left out by default: paper leaves the laptop)"
        ),
    )
    parser.add_argument(
        "--compact",
        action="store_true",
        help=translate("CommandLine", "let people follow one another instead of one page each"),
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    """Write the overview; 0 done, 1 the journal could not be used, 2 bad arguments
    or a PDF that could not be written."""
    # imported here, not at the top: cli imports this module to register the command
    from relations_app.cli import fail, open_services
    from relations_app.exit_status import BAD_INPUT as EXIT_BAD_INPUT

    today = dt.date.today()
    try:
        since = parse_since(args.since, today)
        circle = parse_circle(args.circle) if args.circle else None
    except BadInputError as error:
        return fail(str(error), EXIT_BAD_INPUT)
    services = open_services(paths, getattr(args, "key", None))
    try:
        person_ids = resolve_people(services.people.refs(include_archived=True), args.person)
        choices = OverviewChoices(
            who=Who.SELECTED if person_ids else Who.CIRCLE if circle else Who.EVERYONE,
            circle=circle or Circle.INNER,
            person_ids=tuple(person_ids),
            since=since,
            layout=Layout.COMPACT if args.compact else Layout.PER_PERSON,
            include_private_notes=args.notes,
        )
        data = OverviewService(services).gather(choices, today)
        owned = services.store.owns(args.pdf)
    except BadInputError as error:
        return fail(str(error), EXIT_BAD_INPUT)
    finally:
        services.store.close()
    return _write(data, args.pdf, owned)


def _write(data: OverviewData, destination: Path, owned: bool) -> int:
    """The PDF at the path named: a failure there is the argument's (status 2),
    with its cause (a full or read-only disk, a path that is one of the
    journal's own files: ``owned``); the journal is untouched."""
    from relations_app.cli import fail
    from relations_app.exit_status import BAD_INPUT as EXIT_BAD_INPUT
    from relations_app.exit_status import OK as EXIT_OK
    from relations_app.printing.coverage import find_unprintable
    from relations_app.printing.pdf import write_pdf
    from relations_app.services.messages import file_error_cause, journal_in_the_way

    if owned:  # refused before anything is laid out
        reason = journal_in_the_way(destination).strerror
        return fail(
            translate("CommandLine", "{0}: cannot write the PDF ({1})").format(destination, reason),
            EXIT_BAD_INPUT,
        )
    ensure_gui_application()
    missing = find_unprintable(data)
    if missing is not None:
        print(
            translate("CommandLine", "relations: warning: {0}").format(missing.message()),
            file=sys.stderr,
        )
    try:
        pages = write_pdf(data, destination)
    except OSError as error:
        reason = file_error_cause(error) if error.errno else str(error)
        return fail(
            translate("CommandLine", "{0}: cannot write the PDF ({1})").format(destination, reason),
            EXIT_BAD_INPUT,
        )
    print(COMMAND_LINE.wrote_overview(str(destination), pages))
    return EXIT_OK


def parse_since(text: str | None, today: dt.date) -> dt.date | None:
    if text is None:
        return since_for(DEFAULT_PERIOD_DAYS, today)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(
            translate(
                "CommandLine", "--since {0}: not a date; write it as YYYY-MM-DD, e.g. {1}"
            ).format(text, today.isoformat())
        ) from None


def parse_circle(text: str) -> Circle:
    """A circle by its code (inner) or its name in the user's language (Inner)."""
    wanted = text.strip().casefold()
    for circle in Circle:
        if wanted in (circle.value, circle_label(circle).casefold()):
            return circle
    names = ", ".join(circle.value for circle in Circle)
    raise BadInputError(
        translate("CommandLine", "--circle {0}: no such circle; choose one of {1}").format(
            text, names
        )
    )


def resolve_people(refs: list[PersonRef], names: list[str]) -> list[int]:
    """The ids of the people named, matching whole names whatever their case.

    Two people with the same name are both printed: the name is all we were given.
    """
    ids: list[int] = []
    for name in names:
        wanted = " ".join(name.split()).casefold()
        found = [ref.id for ref in refs if " ".join(ref.name.split()).casefold() == wanted]
        if not found:
            raise BadInputError(
                translate("CommandLine", "--person {0}: no one of that name in the journal").format(
                    name
                )
            )
        ids.extend(pid for pid in found if pid not in ids)
    return ids


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; without a display, offscreen is enough."""
    from PySide6.QtGui import QGuiApplication

    from relations_app.resources import load_fonts

    global _application
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication(sys.argv[:1])
        i18n.install(_application)
    load_fonts()
