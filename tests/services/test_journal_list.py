"""The Journal's orders and filters, run in SQL, agree with a Python reference
on random journals: every order in both directions, words typed with or
without accents, prefixes, several words, and a person."""

import datetime as dt
import random
import re

import pytest

from relations_app.folding import fold
from relations_app.records import Channel, Conversation, Person, PersonRef
from relations_app.services.journal_list import NOTES_PREFIX, JournalQuery, Order
from tests.conftest import TODAY

# Letters the accent-blind index and fold() treat alike (ß, œ or ł are not
# among them: see test_search_index.py for what each does with those).
SYLLABLES = ["ca", "fé", "to", "mà", "ri", "né", "lu", "ço", "bë", "ân", "pi", "Ré", "É"]
WORD = re.compile(r"[^\W_]+")


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def text(rng: random.Random, words: int) -> str:
    separators = [" ", " ", ", ", "\n", " - ", "'"]
    return "".join(word(rng) + rng.choice(separators) for _ in range(words)).strip()


def fill(services, rng: random.Random, people: int = 25, talks: int = 150) -> list[Person]:
    saved = [
        services.people.save(Person(name=f"{word(rng).title()} {word(rng).title()}"))
        for _ in range(people)
    ]
    for _ in range(talks):
        who = rng.sample(saved, k=rng.choice([1, 1, 2, 3]))
        day = TODAY - dt.timedelta(days=rng.randint(0, 40))
        due = day + dt.timedelta(days=rng.randint(0, 60)) if rng.random() < 0.4 else None
        services.conversations.save(
            Conversation(
                date=day,
                time=dt.time(rng.randint(8, 20), 30) if rng.random() < 0.5 else None,
                people=tuple(PersonRef(p.id, p.name) for p in who),
                channel=rng.choice(list(Channel)),
                place=text(rng, rng.randint(0, 2)),
                notes=rng.choice(["", "\n  ", " "]) + text(rng, rng.randint(0, 12)),
                learned=text(rng, rng.randint(0, 4)),
                depth=rng.randint(1, 5),
                follow_up=text(rng, 2) if due or rng.random() < 0.2 else "",
                follow_up_due=due,
                follow_up_done=rng.random() < 0.3,
            )
        )
    return saved


def reference_key(c: Conversation, order: Order) -> tuple:
    value = {
        Order.DATE: (),
        Order.PEOPLE: (min((fold(ref.name) for ref in c.people), default=""),),
        Order.CHANNEL: (c.channel.value,),
        Order.NOTES: (fold(c.notes.lstrip(" \t\n\r")[:NOTES_PREFIX]),),
        Order.DEPTH: (c.depth,),
        Order.FOLLOW_UP: (
            "" if c.follow_up_done or not c.follow_up_due else c.follow_up_due.isoformat(),
        ),
    }[order]
    time = c.time.strftime("%H:%M") if c.time else ""  # no time sorts before any time
    return (*value, c.date.isoformat(), time, c.id)


def tokens(value: str) -> list[str]:
    return WORD.findall(fold(value))


def reference_matches(c: Conversation, typed: str) -> bool:
    said = tokens(" ".join((c.notes, c.learned, c.place, c.follow_up)))
    names = tokens(" ".join(ref.name for ref in c.people))
    return all(
        any(t.startswith(q) for t in said) or any(t.startswith(q) for t in names)
        for q in tokens(typed)
    )


def reference_ids(conversations, query: JournalQuery) -> list[int]:
    listed = [
        c
        for c in conversations
        if reference_matches(c, query.text)
        and (query.person_id is None or any(r.id == query.person_id for r in c.people))
    ]
    listed.sort(key=lambda c: reference_key(c, query.order), reverse=query.descending)
    return [c.id for c in listed]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_order_agrees_with_python_in_both_directions(services, seed):
    fill(services, random.Random(seed))
    everything = services.conversations.all()
    for order in Order:
        for descending in (False, True):
            query = JournalQuery(order=order, descending=descending)
            assert services.journal.ids(query) == reference_ids(everything, query), query


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_filters_agree_with_python(services, seed):
    rng = random.Random(seed)
    people = fill(services, rng)
    everything = services.conversations.all()
    typed = [word(rng)[: rng.randint(1, 4)] for _ in range(12)]
    typed += [fold(t) for t in typed[:4]]  # typed without accents
    typed += [f"{a} {b}" for a, b in zip(typed[::2], typed[1::2], strict=False)]
    typed += [people[0].name.split()[0][:3], "", "  ,  "]
    for text_typed in typed:
        for person in (None, people[1].id):
            query = JournalQuery(text=text_typed, person_id=person, order=Order.PEOPLE)
            assert services.journal.ids(query) == reference_ids(everything, query), query


def test_sort_keys_place_a_row_where_the_list_has_it(services):
    fill(services, random.Random(8), talks=60)
    for order in Order:
        query = JournalQuery(order=order)
        ids = services.journal.ids(query)
        keys = services.journal.sort_keys(query, ids)
        assert sorted(ids, key=keys.__getitem__, reverse=True) == ids


def test_keys_only_for_rows_the_filter_lists(services):
    ana = services.people.save(Person(name="Ana"))
    first, second = (
        services.conversations.save(
            Conversation(date=TODAY, people=(PersonRef(ana.id, "Ana"),), notes=notes)
        )
        for notes in ("Coffee at the café", "A walk")
    )
    query = JournalQuery(text="CAFE")
    assert set(services.journal.keys(query, [first.id, second.id])) == {first.id}
    assert set(services.journal.sort_keys(query, [first.id, second.id])) == {first.id, second.id}
