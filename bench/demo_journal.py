"""A realistic journal to look at: about thirty people, for screenshots and trying the app.

    .venv/bin/python bench/demo_journal.py /tmp/demo            # ~30 people
    .venv/bin/python bench/demo_journal.py /tmp/one --people 1  # the empty-ish journal

Accented and long names, a name that looks like markup, every circle, needs and
offers that match (in French and English), promises kept and not, follow-ups,
snoozes and a year of conversations at every depth. Dates are relative to
today, so the Today page always has something to say.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from sample_data import fill_demo  # noqa: E402

from relations_app.birthdays import Birthday  # noqa: E402
from relations_app.records import (  # noqa: E402
    Channel,
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Person,
    PersonRef,
)
from relations_app.services import Services  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

# name, circle, every (days), looking for, can offer, question
MORE_PEOPLE = [
    (
        "Élodie Marchand-Bérenger",
        Circle.CLOSE,
        21,
        ("un mentor en céramique",),
        (),
        "Comment s'est passé le salon de Nantes ?",
    ),
    (
        "Hugo Lefèvre",
        Circle.CLOSE,
        30,
        (),
        ("aide pour un déménagement",),
        "Did the new job start well?",
    ),
    ("Zoë Ødegård", Circle.WIDER, 60, ("a data job in Lyon",), ("Norwegian lessons",), ""),
    (
        "Maximilian Alexander von Hohenzollern-Sigmaringen",
        Circle.ACQUAINTANCE,
        120,
        (),
        ("introductions in Berlin startups",),
        "",
    ),
    (
        "Søren Kierkegaard-Nielsen",
        Circle.WIDER,
        45,
        ("feedback on my portfolio",),
        (),
        "How is the thesis going?",
    ),
    (
        "Inès Benali",
        Circle.INNER,
        10,
        ("a ceramics mentor for my sister",),
        ("conseils en céramique",),
        "Ask about her mother's surgery",
    ),
    ("<b>Bold</b> & Co", Circle.ACQUAINTANCE, 90, (), (), ""),
    (
        "François-Xavier Dupont",
        Circle.WIDER,
        60,
        ("proofreading a grant application in French",),
        (),
        "",
    ),
    (
        "Łukasz Wiśniewski",
        Circle.CLOSE,
        28,
        (),
        ("Python mentoring",),
        "Did the marathon training hold up?",
    ),
    ("Chloé Nguyễn", Circle.CLOSE, 21, ("a data analysis mentor",), ("Vietnamese cooking",), ""),
    ("Aoife Ní Bhriain", Circle.WIDER, 60, (), ("feedback on a CV",), ""),
    (
        "José María Ortega y Gasset",
        Circle.ACQUAINTANCE,
        180,
        ("a flat in Lyon for September",),
        (),
        "",
    ),
    (
        "Nadia Haddad",
        Circle.WIDER,
        45,
        ("contacts in public policy",),
        (),
        "How did the interview at the ministry go?",
    ),
    ("Olivier Roux", Circle.ACQUAINTANCE, 120, (), ("a spare room in Lyon",), ""),
    ("Margaux Petit", Circle.CLOSE, 14, (), (), "Has she heard back from Sciences Po?"),
    ("Tomás Ó Súilleabháin", Circle.WIDER, 90, ("a ceramics studio to share",), (), ""),
    ("Ana-Luísa Gonçalves", Circle.WIDER, 60, (), ("Portuguese lessons",), ""),
    ("Björn Þórsson", Circle.ACQUAINTANCE, 150, (), (), ""),
    ("Camille", Circle.INNER, 7, (), (), "Is the baby sleeping better?"),
    (
        "Dr. Wilhelmina Catherine Featherstonehaugh-Cholmondeley",
        Circle.WIDER,
        90,
        ("mentoring young researchers",),
        (),
        "",
    ),
    ("Mathéo Girard", Circle.ACQUAINTANCE, 120, ("un stage en analyse de données",), (), ""),
    ("Yasmine El Idrissi", Circle.CLOSE, 30, (), ("relecture en français",), ""),
    ("Grégoire Lambert", Circle.INNER, 14, (), (), ""),
    ("Ren Zhào", Circle.WIDER, 60, ("a climbing partner",), (), ""),
    ("Solène Faure", Circle.INNER, 10, (), (), "How is the new flat?"),
]
NOTES = [
    "Coffee near the station; talked about her plans for the autumn and the job hunt.",
    "Long call about his father's health and how he is coping.",
    "Quick messages about the climbing trip.",
    "Lunch: she is thinking about leaving Paris; we weighed both sides for an hour.",
    "Walked along the Saône and talked about what really matters to us.",
    "Dinner with friends; only a few minutes alone but good ones.",
]
CHANNELS = [Channel.IN_PERSON, Channel.CALL, Channel.VIDEO, Channel.MESSAGE]


def fill_more(services: Services, today: dt.date, count: int) -> None:
    rng = random.Random(7)
    refs = []
    for name, circle, every, looking, offering, question in MORE_PEOPLE[:count]:
        person = services.people.save(
            Person(
                name=name,
                circle=circle,
                keep_in_touch_days=every,
                looking_for=looking,
                can_offer=offering,
                next_question=question,
                city=rng.choice(["Lyon", "Paris", "Nantes", "Berlin", ""]),
                birthday=Birthday.from_date(
                    dt.date(1990 + rng.randrange(10), today.month, 1)
                    + dt.timedelta(days=rng.randrange(28))
                ),
            )
        )
        refs.append((person, every))
    for person, every in refs:
        for _ in range(rng.randrange(1, 6)):
            day = today - dt.timedelta(days=rng.randrange(3, min(360, every * 3)))
            recent = (today - day).days < 30
            follow_up = rng.choice(["", "", "Send the article on mentoring"]) if recent else ""
            services.conversations.save(
                Conversation(
                    date=day,
                    people=(PersonRef(person.id, person.name),),
                    channel=rng.choice(CHANNELS),
                    notes=rng.choice(NOTES),
                    depth=rng.choice([1, 2, 3, 3, 4, 5]),
                    follow_up=follow_up,
                    follow_up_due=rng.choice([None, day + dt.timedelta(days=7)])
                    if follow_up
                    else None,
                )
            )
    _help(services, refs, today, rng)


def _help(services, refs, today: dt.date, rng: random.Random) -> None:
    for person, _ in refs[:8]:
        received = rng.random() < 0.5
        services.help.save(
            Help(
                person_id=person.id,
                direction=Direction.RECEIVED if received else Direction.GIVEN,
                kind=rng.choice(list(HelpKind)),
                description=rng.choice(
                    ["Lent me his van", "Read my cover letter", "Introduced me to Claire"]
                    if received
                    else ["Read her cover letter", "Introduce him to Claire", "Lend my tent"]
                ),
                status=HelpStatus.DONE if received else HelpStatus.OFFERED,
                offered_on=today - dt.timedelta(days=rng.randrange(10, 90)),
                done_on=today - dt.timedelta(days=5) if received else None,
                due_on=None if received else today + dt.timedelta(days=rng.randrange(-10, 12)),
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=30)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    store = Store(args.folder / "relations.sqlite3")
    store.open()
    services = Services.create(store)
    today = dt.date.today()
    if args.people <= 1:
        services.people.save(
            Person(name="Amélie Laurent", circle=Circle.INNER, keep_in_touch_days=14)
        )
    else:
        fill_demo(services, today)
        fill_more(services, today, args.people - 5)
    print(f"{services.people.count()} people in {args.folder}")
    store.close()


if __name__ == "__main__":
    main()
