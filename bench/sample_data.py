"""Journals to look at and to measure: a small curated one, and large generated ones."""

from __future__ import annotations

import datetime as dt
import random

from relations_app.birthdays import Birthday
from relations_app.records import (
    Channel,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    PersonRef,
    SharedValue,
    Value,
)
from relations_app.services import Services
from relations_app.services.exchange_format import read_document

MY_VALUES = [
    ("Honesty", "Saying what is true, kindly."),
    ("Curiosity", "Asking one more question."),
    ("Generosity", "Giving first, without keeping score."),
    ("Craft", "Doing small things well."),
    ("Courage", "Doing the right thing when it costs something."),
]


MY_OFFERS = [
    "Feedback on a portfolio or a CV",
    "Introductions to people in public policy",
    "French proofreading",
    "Python and data analysis",
]


def fill_demo(services: Services, today: dt.date) -> None:
    """A handful of people with a real-looking story: for screenshots and trying the app."""
    for name, description in MY_VALUES:
        services.values.save(Value(name=name, description=description))
    people = {}
    for name, circle, extra in [
        (
            "Amélie Laurent",
            Circle.INNER,
            dict(
                nickname="Mél",
                birthday=Birthday(7, 14),
                organisation="Atelier Laurent",
                city="Lyon",
                keep_in_touch_days=14,
                met_how="Flatmates in our first year at university",
                met_where="Grenoble",
                what_matters="Opening her own ceramics studio next spring; worried about money.",
                next_question="Did the bank say yes to the studio loan?",
                looking_for=("an accountant for a small studio", "élèves pour des cours du soir"),
                can_offer=("cours de céramique", "feedback on handmade products"),
            ),
        ),
        (
            "Jonas Becker",
            Circle.CLOSE,
            dict(
                organisation="Stadtwerke Köln",
                birthday=Birthday(3, 15, 1988),
                city="Köln",
                keep_in_touch_days=30,
                met_how="Climbing partner, introduced by Amélie",
                what_matters="Becoming a father in March; learning to slow down.",
                next_question="How is Lena feeling?",
                looking_for=("advice from other new fathers",),
                can_offer=("climbing coaching", "energy market data"),
            ),
        ),
        (
            "Priya Raman",
            Circle.CLOSE,
            dict(
                organisation="Open Data Institute",
                city="London",
                keep_in_touch_days=45,
                met_how="Spoke after her talk on public data",
                what_matters="Wants to move from research into policy work.",
                looking_for=("contacts in public policy", "a mentor in government"),
                can_offer=("data analysis", "feedback on research writing"),
            ),
        ),
        (
            "Tomás Ortega",
            Circle.WIDER,
            dict(
                organisation="Ortega & Hijos",
                city="Sevilla",
                keep_in_touch_days=90,
                met_how="Neighbour during the Sevilla year",
                what_matters="Keeping the family bakery alive.",
                looking_for=("a website for the bakery",),
                can_offer=("bread for events",),
            ),
        ),
        (
            "Yui Tanaka",
            Circle.WIDER,
            dict(
                city="Kyoto",
                keep_in_touch_days=60,
                met_how="Language exchange, Japanese for French",
                what_matters="Finishing her translation of Colette.",
                looking_for=(
                    "a French proofreader for her Colette translation",
                    "initiation à la céramique",
                ),
                can_offer=("Japanese lessons",),
            ),
        ),
        (
            "Samuel Okafor",
            Circle.ACQUAINTANCE,
            dict(
                organisation="Brightwater Studio",
                city="Lisbon",
                met_how="Met at the design meetup",
                what_matters="Looking for his first senior role.",
                looking_for=("a senior design role", "portfolio reviews"),
                can_offer=("websites for small businesses",),
            ),
        ),
    ]:
        people[name] = services.people.save(Person(name=name, circle=circle, **extra))

    def ref(name: str) -> PersonRef:
        return PersonRef(people[name].id, name)

    for days_ago, names, channel, place, notes, learned, depth, follow in [
        (
            3,
            ["Amélie Laurent"],
            Channel.IN_PERSON,
            "Café Mokxa",
            "Long breakfast. She showed me the plans for the studio: two wheels, a kiln, a shop front.\n"
            "She is scared of the loan but lit up talking about teaching evening classes.",
            "She keeps every rejection letter in a box: 'proof I tried'.",
            5,
            ("Send her the contact of the accountant who helped me", 7),
        ),
        (
            12,
            ["Jonas Becker", "Amélie Laurent"],
            Channel.VIDEO,
            "",
            "Planning the spring climbing weekend. Jonas may not come because of the baby.",
            "",
            3,
            None,
        ),
        (
            20,
            ["Priya Raman"],
            Channel.CALL,
            "",
            "Talked about leaving research. She wants to write policy that people actually read.",
            "Her father was a civil servant in Chennai; she wants to finish what he started.",
            4,
            ("Introduce her to Maya at the ministry", 10),
        ),
        (
            41,
            ["Tomás Ortega"],
            Channel.MESSAGE,
            "",
            "Sent photos of the new oven. The bakery survived the summer.",
            "",
            2,
            None,
        ),
        (
            75,
            ["Yui Tanaka"],
            Channel.LETTER,
            "Kyoto",
            "A handwritten letter about the Colette translation and the autumn in Kyoto.",
            "",
            4,
            None,
        ),
    ]:
        follow_up, due = (
            (follow[0], today - dt.timedelta(days=days_ago) + dt.timedelta(days=follow[1]))
            if follow
            else ("", None)
        )
        services.conversations.save(
            Conversation(
                date=today - dt.timedelta(days=days_ago),
                people=tuple(ref(n) for n in names),
                channel=channel,
                place=place,
                notes=notes,
                learned=learned,
                depth=depth,
                follow_up=follow_up,
                follow_up_due=due,
            )
        )
    for name, value, evidence, days_ago in [
        (
            "Amélie Laurent",
            "Courage",
            "Quit a safe job to open the studio, and told her parents first.",
            3,
        ),
        ("Amélie Laurent", "Craft", "Threw the same bowl forty times until the rim was right.", 60),
        (
            "Jonas Becker",
            "Honesty",
            "Told me plainly my route was unsafe, then helped me fix it.",
            12,
        ),
        (
            "Priya Raman",
            "Curiosity",
            "Asked me more questions in ten minutes than anyone at the conference.",
            20,
        ),
        (
            "Tomás Ortega",
            "Generosity",
            "Gave day-old bread to the shelter every evening, for years.",
            41,
        ),
    ]:
        services.values.save_shared(
            SharedValue(
                person_id=people[name].id,
                value_name=value,
                evidence=evidence,
                noted_on=today - dt.timedelta(days=days_ago),
            )
        )
    for offer in MY_OFFERS:
        services.offers.save(Offer(name=offer))
    services.help.record_introduction(
        people["Priya Raman"].id,
        people["Jonas Becker"].id,
        "Both work on open energy data",
        today - dt.timedelta(days=100),
    )
    for name, direction, kind, description, status, days_ago in [
        (
            "Amélie Laurent",
            Direction.GIVEN,
            HelpKind.INTRODUCTION,
            "Introduced her to my accountant",
            HelpStatus.OFFERED,
            3,
        ),
        (
            "Priya Raman",
            Direction.GIVEN,
            HelpKind.INTRODUCTION,
            "Introduction to Maya at the ministry",
            HelpStatus.IN_PROGRESS,
            20,
        ),
        (
            "Jonas Becker",
            Direction.RECEIVED,
            HelpKind.SKILL,
            "Taught me to lead-climb safely",
            HelpStatus.DONE,
            200,
        ),
        (
            "Samuel Okafor",
            Direction.GIVEN,
            HelpKind.ADVICE,
            "Reviewed his portfolio before interviews",
            HelpStatus.DONE,
            30,
        ),
    ]:
        offered = today - dt.timedelta(days=days_ago)
        services.help.save(
            Help(
                person_id=people[name].id,
                direction=direction,
                kind=kind,
                description=description,
                status=status,
                offered_on=offered,
                done_on=offered + dt.timedelta(days=5) if status is HelpStatus.DONE else None,
                due_on=offered + dt.timedelta(days=7) if status.is_open else None,
            )
        )


FIRST = [
    "Ana",
    "Bo",
    "Chloé",
    "Dmitri",
    "Eilidh",
    "Farid",
    "Greta",
    "Hiro",
    "Inès",
    "José",
    "Kofi",
    "Léa",
    "Mateus",
    "Nadia",
    "Olu",
    "Pia",
    "Quentin",
    "Rosa",
    "Søren",
    "Tariq",
    "Uma",
    "Vera",
]
LAST = [
    "Almeida",
    "Brandt",
    "Castro",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopes",
    "Müller",
    "Nakamura",
    "Okoro",
    "Petrov",
    "Rossi",
    "Silva",
]
WORDS = (
    "coffee walk project family travel book idea job move garden music health plan climbing "
    "kids startup research doubt hope kitchen friend letter weekend mentor thesis"
).split()


SYLLABLES = "ba ca dé fi go hu ja ke li mo nu pa qui ro sé ta vi wo xa yo zé an el in on ur".split()


class JournalText:
    """Notes written the way people write: a few thousand words, some very
    common and most rare (Zipf's law), so that a word searched for is in a few
    conversations, not in four out of five as with WORDS."""

    def __init__(self, words: int = 6000, seed: int = 11) -> None:
        rng = random.Random(seed)
        made = {
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(words)
        }
        self.words = sorted(made - set(WORDS))
        rng.shuffle(self.words)
        for rank, word in enumerate(WORDS):  # everyday words, in some talks out of ten
            self.words.insert(60 + 40 * rank, word)
        total = 0.0
        self.cumulative = []
        for rank in range(1, len(self.words) + 1):
            total += 1 / rank
            self.cumulative.append(total)

    def __call__(self, rng: random.Random, count: int = 40) -> str:
        return " ".join(rng.choices(self.words, cum_weights=self.cumulative, k=count))


def fill_random(
    services: Services,
    people: int,
    conversations_per_person: int = 10,
    seed: int = 7,
    text: JournalText | None = None,
) -> None:
    """A large journal for benchmarks, written in a few big transactions.
    ``text`` writes the notes (by default words drawn evenly from WORDS)."""
    rng = random.Random(seed)
    practice = random.Random(seed + 1)  # its own stream: the older fields stay as they were
    today = dt.date.today()
    for name, _ in MY_VALUES:
        services.values.save(Value(name=name))
    document = {
        "format": "relations-export",
        "version": 2,
        "values": [],
        "my_offers": MY_OFFERS,
        "people": [],
        "conversations": [],
    }
    for pid in range(1, people + 1):
        document["people"].append(
            {
                "id": pid,
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {pid}",
                "circle": rng.choice(list(Circle)).value,
                "organisation": rng.choice(["", "Acme", "Globex", "Initech", "Umbrella"]),
                "keep_in_touch_days": rng.choice([None, 14, 30, 90]),
                "notes": " ".join(rng.choices(WORDS, k=12)),
                "shared_values": [
                    {
                        "value": rng.choice(MY_VALUES)[0],
                        "evidence": "seen it",
                        "noted_on": today.isoformat(),
                    }
                ],
                "help": [
                    {
                        "direction": rng.choice(["given", "received"]),
                        "kind": "advice",
                        "status": "offered",
                        "description": "a hand",
                        "offered_on": today.isoformat(),
                    }
                ],
            }
        )
    for entry in document["people"]:
        extra = _practice_fields(practice, today)
        entry["help"] += extra.pop("help", [])
        entry.update(extra)
    for _ in range(people * conversations_per_person):
        day = today - dt.timedelta(days=rng.randrange(0, 1500))
        document["conversations"].append(
            {
                "date": day.isoformat(),
                "people": sorted(rng.sample(range(1, people + 1), k=rng.choice([1, 1, 1, 2]))),
                "channel": rng.choice(list(Channel)).value,
                "notes": text(rng) if text else " ".join(rng.choices(WORDS, k=40)),
                "depth": rng.randint(1, 5),
            }
        )
    for entry in document["conversations"]:
        entry.update(_follow_up(practice, dt.date.fromisoformat(entry["date"]), today))
    services.exchange.import_document(read_document(document, today))


NEED_STARTS = ["a mentor in", "advice on", "un stage en", "a job in", "feedback on", "cours de"]
OFFER_STARTS = ["mentoring in", "lessons in", "contacts in", "des conseils en", "reviews of"]
TOPICS = (
    "ceramics data-science public-policy design photography cuisine jardinage marketing "
    "finance architecture musique écriture python law médecine teaching research translation "
    "climbing woodwork accounting journalism robotics nursing theatre cinema urbanisme "
    "agriculture astronomy chemistry economics philosophy sculpture typography podcasts "
    "fundraising logistics cybersecurity permaculture bookbinding calligraphy"
).split()


def _practice_fields(rng: random.Random, today: dt.date) -> dict:
    """Needs and offers for some people, a snooze now and then: the practice at scale."""
    fields: dict = {}
    if rng.random() < 0.15:
        fields["looking_for"] = [
            f"{rng.choice(NEED_STARTS)} {rng.choice(TOPICS).replace('-', ' ')}"
            for _ in range(rng.choice([1, 1, 2]))
        ]
    if rng.random() < 0.15:
        fields["can_offer"] = [
            f"{rng.choice(OFFER_STARTS)} {rng.choice(TOPICS).replace('-', ' ')}"
            for _ in range(rng.choice([1, 1, 2]))
        ]
    if rng.random() < 0.02:
        fields["snoozed_until"] = (today + dt.timedelta(days=rng.randint(1, 7))).isoformat()
    if rng.random() < 0.1:
        offered = today - dt.timedelta(days=rng.randint(0, 60))
        fields["help"] = [
            {
                "direction": "given",
                "kind": "advice",
                "status": "offered",
                "description": "a promise",
                "offered_on": offered.isoformat(),
                "due_on": (offered + dt.timedelta(days=rng.randint(0, 30))).isoformat(),
            }
        ]
    return fields


def _follow_up(rng: random.Random, day: dt.date, today: dt.date) -> dict:
    if rng.random() >= 0.05:
        return {}
    due = day + dt.timedelta(days=rng.randint(1, 30)) if rng.random() < 0.5 else None
    return {
        "follow_up": "send the link",
        "follow_up_due": due.isoformat() if due else None,
        "follow_up_done": day < today - dt.timedelta(days=60),
    }
