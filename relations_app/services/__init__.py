"""Services: every read the interface needs and every write, one transaction each.

They take and return plain records (relations_app.records) and know nothing of
widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relations_app.services.agenda import AgendaService
    from relations_app.services.contacts import ContactsService
    from relations_app.services.conversations import ConversationService
    from relations_app.services.duplicates import DuplicatesService
    from relations_app.services.exchange import ExchangeService
    from relations_app.services.help import HelpService
    from relations_app.services.journal_list import JournalList
    from relations_app.services.merge import MergeService
    from relations_app.services.offers import OfferService
    from relations_app.services.people import PeopleService
    from relations_app.services.practice import PracticeService
    from relations_app.services.search import SearchService
    from relations_app.services.snapshots import SnapshotService
    from relations_app.services.values import ValueService
    from relations_app.storage.store import Store

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Services:
    """What the window shows from the start is made with it; the rest (address
    books, export and import, merging, undo's snapshots) on first use, with the
    modules they need: the window does not wait for them (docs/performance.md)."""

    store: Store
    people: PeopleService
    conversations: ConversationService
    values: ValueService
    help: HelpService
    offers: OfferService
    practice: PracticeService  # the one clock and the rules about time
    agenda: AgendaService  # the Today page's practice for one day
    journal: JournalList  # the Journal's table: ordered and filtered in SQL
    clock: Clock = field(default=dt.datetime.now, repr=False)

    @classmethod
    def create(cls, store: Store, clock: Clock = dt.datetime.now) -> Services:
        # imported here, not with the package: opening the journal needs a few
        # of its modules (backups, recovery), and at start its check of the
        # journal runs on a thread while these load (docs/performance.md)
        from relations_app.services.agenda import AgendaService
        from relations_app.services.conversations import ConversationService
        from relations_app.services.help import HelpService
        from relations_app.services.journal_list import JournalList
        from relations_app.services.offers import OfferService
        from relations_app.services.people import PeopleService
        from relations_app.services.practice import PracticeService
        from relations_app.services.values import ValueService

        conversations = ConversationService(store, clock)
        return cls(
            store=store,
            people=PeopleService(store, clock),
            conversations=conversations,
            values=ValueService(store, clock),
            help=HelpService(store, clock),
            offers=OfferService(store),
            practice=PracticeService(clock),
            agenda=AgendaService(clock),
            journal=JournalList(store, conversations),
            clock=clock,
        )

    @cached_property
    def search(self) -> SearchService:
        """The one search box over people and conversations."""
        from relations_app.services.search import SearchService

        return SearchService(self.store, self.conversations)

    @cached_property
    def exchange(self) -> ExchangeService:
        from relations_app.services.exchange import ExchangeService

        return ExchangeService(self.store, self.clock)

    @cached_property
    def snapshots(self) -> SnapshotService:
        from relations_app.services.snapshots import SnapshotService

        return SnapshotService(self.store)

    @cached_property
    def duplicates(self) -> DuplicatesService:
        from relations_app.services.duplicates import DuplicatesService

        return DuplicatesService(self.store)

    @cached_property
    def contacts(self) -> ContactsService:
        from relations_app.services.contacts import ContactsService

        return ContactsService(self.store, self.clock)

    @cached_property
    def merge(self) -> MergeService:
        from relations_app.services.merge import MergeService

        return MergeService(self.store, self.clock)
