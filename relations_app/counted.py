"""Every phrase that counts something, for the code that is not a QObject.

pyside6-lupdate (6.11) gives ``translate(context, text, "", n)`` numerus forms
only when ``n`` is a number written out: with a variable it files the string
without them, and with an expression such as ``len(x)`` it files nothing at all
(tests/i18n checks that no count goes through translate()). ``self.tr(text, "", n)``
it reads whatever ``n`` is; so these phrases live in small classes whose
names are the contexts the rest of their module uses ("Labels", "Overview",
"CommandLine"), and a translator finds them beside their neighbours.

English needs no catalogue: the singular is a string of its own (i18n.plural).
"""

from __future__ import annotations

from relations_app.i18n import plural, translate


class _Counted:
    """``self.tr`` as lupdate reads it, looked up under the class's name through
    i18n.translate: the command line has no QCoreApplication to ask."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(type(self).__name__, text, disambiguation, n)


class Labels(_Counted):
    def people(self, n: int) -> str:
        return plural(n, self.tr("1 person"), self.tr("%Ln people", "", n))

    def conversations(self, n: int) -> str:
        return plural(n, self.tr("1 conversation"), self.tr("%Ln conversations", "", n))

    def values(self, n: int) -> str:
        return plural(n, self.tr("1 value"), self.tr("%Ln values", "", n))

    def in_days(self, n: int) -> str:
        return self.tr("in %Ln days", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%Ln days ago", "", n)

    def days_late(self, n: int) -> str:
        return plural(n, self.tr("1 day late"), self.tr("%Ln days late", "", n))

    def due_in_days(self, n: int) -> str:
        return self.tr("due in %Ln days", "", n)


class Overview(_Counted):
    def chosen_people(self, n: int) -> str:
        return plural(n, self.tr("1 chosen person"), self.tr("%Ln chosen people", "", n))

    def people_figure(self, n: int) -> str:
        """The word under a figure: 'person' or 'people'."""
        return plural(n, self.tr("person"), self.tr("people", "", n))

    def conversations_figure(self, n: int) -> str:
        return plural(n, self.tr("conversation"), self.tr("conversations", "", n))

    def conversations_heading(self, n: int) -> str:
        return plural(n, self.tr("1 conversation"), self.tr("%Ln conversations", "", n))

    def more_on_their_pages(self, n: int) -> str:
        return plural(
            n,
            self.tr("… and 1 more, on their page."),
            self.tr("… and %Ln more, on their pages.", "", n),
        )

    def names_and_more(self, names: str, n: int) -> str:
        return self.tr("{0} and %Ln more", "", n).format(names)

    def characters_missing(self, listed: str, n: int) -> str:
        return self.tr(
            "No font on this computer can draw %Ln character(s) ({0}). They print as "
            "empty boxes; installing a font that covers them (Noto, for example) fixes it.",
            "",
            n,
        ).format(listed)

    def characters_missing_for(self, listed: str, names: str, n: int) -> str:
        return self.tr(
            "No font on this computer can draw %Ln character(s) ({0}) in what is printed for "
            "{1}. They print as empty boxes; installing a font that covers them (Noto, for "
            "example) fixes it.",
            "",
            n,
        ).format(listed, names)


class Today(_Counted):
    def times(self, n: int) -> str:
        return plural(n, self.tr("once"), self.tr("%Ln times", "", n))

    def every_days(self, n: int) -> str:
        return plural(n, self.tr("every day"), self.tr("every %Ln days", "", n))

    def circle_over(self, name: str, n: int, limit: int) -> str:
        return self.tr(
            "Your {0} circle has %Ln people; most people can keep up with about {1} "
            "at that closeness.",
            "",
            n,
        ).format(name, limit)

    def circle_within(self, name: str, n: int, limit: int) -> str:
        return plural(
            n,
            self.tr("Your {0} circle has 1 person, within the {1} or so most people keep up with."),
            self.tr(
                "Your {0} circle has %Ln people, within the {1} or so most people keep up with.",
                "",
                n,
            ),
        ).format(name, limit)

    def conversations_this_month(self, n: int, deep: int) -> str:
        return plural(
            n,
            self.tr("1 conversation this month, {0} of them deep."),
            self.tr("%Ln conversations this month, {0} of them deep.", "", n),
        ).format(deep)


class CommandLine(_Counted):
    def wrote_people(self, destination: str, n: int) -> str:
        return plural(
            n, self.tr("Wrote 1 person to {0}"), self.tr("Wrote %Ln people to {0}", "", n)
        ).format(destination)

    def would_add(self, n: int) -> str:
        return plural(n, self.tr("Would add 1 person."), self.tr("Would add %Ln people.", "", n))

    def skipped(self, n: int) -> str:
        return plural(
            n, self.tr("Skipped 1 already there."), self.tr("Skipped %Ln already there.", "", n)
        )

    def added(self, n: int) -> str:
        return plural(n, self.tr("Added 1 person."), self.tr("Added %Ln people.", "", n))

    def left_out(self, n: int) -> str:
        return plural(
            n,
            self.tr("1 value could not be read and was left out (see --dry-run)."),
            self.tr("%Ln values could not be read and were left out (see --dry-run).", "", n),
        )

    def more_items(self, n: int) -> str:
        return self.tr("… and %Ln more (relations today --json lists all)", "", n)

    def wrote_overview(self, destination: str, pages: int) -> str:
        return plural(
            pages,
            self.tr("Wrote the overview (1 page) to {0}"),
            self.tr("Wrote the overview (%Ln pages) to {0}", "", pages),
        ).format(destination)


LABELS = Labels()
OVERVIEW = Overview()
TODAY = Today()
COMMAND_LINE = CommandLine()


class Search(_Counted):
    def found(self, n: int) -> str:
        return plural(n, self.tr("1 found"), self.tr("%Ln found", "", n))

    def shown_of(self, n: int, count: str) -> str:
        """'50 of 1,825': ``count`` already written as a number."""
        return self.tr("%Ln of %1", "", n).replace("%1", count)

    def newest_of_more_than(self, n: int, cap: str) -> str:
        return self.tr("the newest %Ln of more than %1", "", n).replace("%1", cap)
