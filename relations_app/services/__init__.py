"""Services: every read the interface needs and every write, one transaction each.

They take and return plain records (relations_app.records) and know nothing of
widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

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
    store: Store
    people: PeopleService
    conversations: ConversationService
    values: ValueService
    help: HelpService
    exchange: ExchangeService
    snapshots: SnapshotService
    offers: OfferService
    practice: PracticeService  # the one clock and the rules about time
    agenda: AgendaService  # the Today page's practice for one day
    duplicates: DuplicatesService
    contacts: ContactsService
    merge: MergeService
    journal: JournalList  # the Journal's table: ordered and filtered in SQL
    search: SearchService  # the one search box over people and conversations

    @classmethod
    def create(cls, store: Store, clock: Clock = dt.datetime.now) -> Services:
        values = ValueService(store, clock)
        conversations = ConversationService(store, clock)
        return cls(
            store=store,
            people=PeopleService(store, clock),
            conversations=conversations,
            values=values,
            help=HelpService(store, clock),
            exchange=ExchangeService(store, clock),
            snapshots=SnapshotService(store),
            offers=OfferService(store),
            practice=PracticeService(clock),
            agenda=AgendaService(clock),
            duplicates=DuplicatesService(store),
            contacts=ContactsService(store, clock),
            merge=MergeService(store, clock),
            journal=JournalList(store, conversations),
            search=SearchService(store, conversations),
        )
