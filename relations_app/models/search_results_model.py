"""What the search box found, as rows of a list: a heading for each kind,
a row for each person or conversation, and a last row to see them all.

Each row has two lines of plain text: a title (a name; a date and who was
there) and where the words were found ("Notes: …dinner in Osaka…"). The
matched words of each line are given as (start, length) pairs under their own
roles; the delegate (ui/search_delegate.py) paints them in bold. Nothing is
read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from relations_app.counted import Search
from relations_app.i18n import number, translate
from relations_app.labels import circle_name, format_date
from relations_app.models.roles import ID_ROLE
from relations_app.services.excerpts import Excerpt, matches_in
from relations_app.services.search import COUNT_CAP, ConversationHit, PersonHit, SearchResults

KIND_ROLE = Qt.ItemDataRole.UserRole + 20  # a RowKind
TITLE_MATCHES_ROLE = Qt.ItemDataRole.UserRole + 21  # ((start, length), ...) in the title
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 22  # the second line
DETAIL_MATCHES_ROLE = Qt.ItemDataRole.UserRole + 23
SEPARATOR = " · "


class RowKind(StrEnum):
    HEADING = "heading"
    PERSON = "person"
    CONVERSATION = "conversation"
    ALL_PEOPLE = "all-people"  # the People tab filtered by the words
    ALL_CONVERSATIONS = "all-conversations"


@dataclass(frozen=True)
class Row:
    kind: RowKind
    title: str
    title_matches: tuple[tuple[int, int], ...] = ()
    detail: str = ""
    detail_matches: tuple[tuple[int, int], ...] = ()
    record_id: int | None = None


def field_label(field: str) -> str:
    """The name of a field as the dialogs show it."""
    labels = {
        "nickname": translate("Search", "Nickname"),
        "organisation": translate("Search", "Organisation"),
        "city": translate("Search", "City"),
        "notes": translate("Search", "Notes"),
        "what_matters": translate("Search", "What matters to them"),
        "looking_for": translate("Search", "Looking for"),
        "can_offer": translate("Search", "Can offer"),
        "learned": translate("Search", "What I learned"),
        "place": translate("Search", "Place"),
        "follow_up": translate("Search", "Follow-up"),
    }
    return labels.get(field, field)


def _labelled(found: Excerpt) -> tuple[str, tuple[tuple[int, int], ...]]:
    """'Notes: …the excerpt…', its matches moved past the label."""
    label = translate("Search", "%1: ").replace("%1", field_label(found.field))
    return label + found.text, tuple((start + len(label), n) for start, n in found.matches)


def person_row(hit: PersonHit, words: tuple[str, ...]) -> Row:
    title = f"{hit.name} ({hit.nickname})" if hit.nickname else hit.name
    if hit.excerpt is not None:
        detail, detail_matches = _labelled(hit.excerpt)
    else:
        circle = circle_name(hit.circle) + SEPARATOR  # not searched: never marked
        where = SEPARATOR.join(part for part in (hit.organisation, hit.city) if part)
        detail = circle + where if where else circle_name(hit.circle)
        detail_matches = tuple((start + len(circle), n) for start, n in matches_in(where, words))
    if hit.archived:
        archived = translate("Search", "archived")
        detail = f"{detail}{SEPARATOR}{archived}" if detail else archived
    return Row(RowKind.PERSON, title, matches_in(title, words), detail, detail_matches, hit.id)


def conversation_row(hit: ConversationHit, words: tuple[str, ...]) -> Row:
    conversation = hit.conversation
    day = format_date(conversation.date)
    names = ", ".join(ref.name for ref in conversation.people)
    lead = day + SEPARATOR if names else day
    title = lead + names
    title_matches = tuple((start + len(lead), n) for start, n in matches_in(names, words))
    if hit.excerpt is not None:
        detail, detail_matches = _labelled(hit.excerpt)
    else:  # found by a name: what the conversation was about
        first_line = conversation.notes.strip().split("\n", 1)[0]
        detail, detail_matches = first_line, ()
    return Row(RowKind.CONVERSATION, title, title_matches, detail, detail_matches, conversation.id)


def rows_of(results: SearchResults) -> list[Row]:
    rows: list[Row] = []
    if results.people:
        shown, count = len(results.people), results.people_count
        rows.append(
            Row(RowKind.HEADING, translate("Search", "People"), detail=_shown(shown, count))
        )
        rows += [person_row(hit, results.words) for hit in results.people]
        if count > shown:
            # no count: People's own filter (any part of a word, in more fields, the
            # archived hidden) may list more or fewer than the search counted
            text = translate("Search", "Filter People by these words")
            rows.append(Row(RowKind.ALL_PEOPLE, text))
    if results.conversations:
        shown, count = len(results.conversations), results.conversations_count
        heading = translate("Search", "Conversations")
        rows.append(Row(RowKind.HEADING, heading, detail=_shown(shown, count, capped=True)))
        rows += [conversation_row(hit, results.words) for hit in results.conversations]
        if count > shown:
            text = translate("Search", "Show them all in the Journal")
            rows.append(Row(RowKind.ALL_CONVERSATIONS, text))
    return rows


def _shown(shown: int, count: int, capped: bool = False) -> str:
    """'3 found', '50 of 1,825', or for conversations counted up to a cap,
    'the newest 100 of more than 1,000'."""
    words = Search()
    if capped and count > COUNT_CAP:
        return words.newest_of_more_than(shown, number(COUNT_CAP))
    if count > shown:
        return words.shown_of(shown, number(count))
    return words.found(count)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.results: SearchResults | None = None

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self.results = results
        self._rows = rows_of(results) if results is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or row.kind == RowKind.HEADING:
            return Qt.ItemFlag.NoItemFlags  # the arrow keys pass over headings
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.detail}" if row.detail else row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        return {
            KIND_ROLE: row.kind,
            ID_ROLE: row.record_id,
            TITLE_MATCHES_ROLE: row.title_matches,
            DETAIL_ROLE: row.detail,
            DETAIL_MATCHES_ROLE: row.detail_matches,
        }.get(role)
