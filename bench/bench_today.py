"""The Today agenda at 2,000 people / 20,000 conversations and 10,000 / 100,000.
Writes docs/performance.md (section "today").

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_today.py

Each run times, interleaved so that a busy machine slows all alike: the agenda
as the page builds it (five items a section) the first time, and again after a
conversation is logged (what every edit costs: matches of needs and offers are kept while
needs and offers do not change); the whole agenda (`relations today --json`);
and two baselines measured in the same run: loading the People table's rows
(what the window does at start and after every edit) and the one query every
"who is due" answer needs (each person's last conversation day).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from report import machine, update_section  # noqa: E402
from sample_data import fill_random  # noqa: E402

from relations_app.records import Conversation, PersonRef  # noqa: E402
from relations_app.services import Services, agenda_data, matching  # noqa: E402
from relations_app.services.agenda import AgendaService  # noqa: E402
from relations_app.storage.database import db  # noqa: E402
from relations_app.storage.queries import last_conversation_dates  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

SIZES = ((2_000, "under 50 ms"), (10_000, "under 200 ms"))
RUNS = int(os.environ.get("BENCH_RUNS", "9"))
PAGE_LIMIT = 5


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(people: int, folder: Path) -> dict:
    store = Store(folder / "relations.sqlite3")
    store.open()
    services = Services.create(store)
    started = time.perf_counter()
    fill_random(services, people)
    print(f"filled {people:,} people in {time.perf_counter() - started:.0f} s", flush=True)
    someone = services.people.refs()[0]

    def after_an_edit() -> float:
        services.conversations.save(
            Conversation(date=dt.date.today(), people=(PersonRef(someone.id, ""),))
        )
        return timed(lambda: services.agenda.build(limit=PAGE_LIMIT))

    actions = {
        "page": first_build,
        "rebuild": after_an_edit,
        "all": lambda: AgendaService(dt.datetime.now).build(),
        "summaries": services.people.summaries,
        "last": last_conversation_dates,
    }
    for action in actions.values():  # warm the caches once
        action()
    runs: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(RUNS):
        for name, action in actions.items():
            runs[name].append(action() if name == "rebuild" else timed(action))
    agenda = services.agenda.build()
    needs = [need for row in agenda_data.person_rows() for need in row.looking_for]
    figures = {name: statistics.median(values) for name, values in runs.items()}
    figures["needs"] = (len(needs), len(set(needs)))
    every_need_apart()
    first_build()  # the new needs' words read once, as the page would at start
    figures["page_apart"] = statistics.median(first_build() for _ in range(RUNS))
    store.close()
    figures["page_worst"] = max(runs["page"])
    figures["rebuild_worst"] = max(runs["rebuild"])
    figures["counts"] = {
        "reconnect": agenda.reconnect.total,
        "promises": agenda.promises.total,
        "could_help": agenda.could_help.total,
        "introductions": agenda.introductions.total,
    }
    print(people, figures, flush=True)
    return figures


def first_build() -> float:
    """The page's agenda as at start: a new service, the matcher's caches empty."""
    for cached in (matching.terms, matching.stem, matching._fold_word):
        cached.cache_clear()
    return timed(lambda: AgendaService(dt.datetime.now).build(limit=PAGE_LIMIT))


def every_need_apart() -> None:
    """Word each need differently (a word of its own that no offer has): the
    generated journals draw needs from a short list, and the same need is
    matched once per build; real needs are seldom word for word the same."""
    with db.atomic():
        for pid, text in db.execute_sql(
            "SELECT id, looking_for FROM person WHERE looking_for != ''"
        ):
            apart = "\n".join(f"{need} n{pid}x{i}" for i, need in enumerate(text.split("\n")))
            db.execute_sql("UPDATE person SET looking_for = ? WHERE id = ?", (apart, pid))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # reads as fast as before the change


def row(people: int, target: str, f: dict) -> str:
    return (
        f"| {people:,} / {people * 10:,} | **{f['page']:.0f} ms** (worst {f['page_worst']:.0f}) "
        f"| {f['page_apart']:.0f} ms "
        f"| **{f['rebuild']:.0f} ms** (worst {f['rebuild_worst']:.0f}) | {target} "
        f"| {f['all']:.0f} ms | {f['summaries']:.0f} ms | {f['last']:.0f} ms |"
    )


def verdict(results: list) -> str:
    """Says plainly which targets the first build meets, and which it misses."""
    lines = []
    for people, target, f in results:
        limit = int(target.split()[1])
        met = "meets" if f["page"] < limit else "**misses**"
        apart = "meets it too" if f["page_apart"] < limit else "**misses** it"
        lines.append(
            f"At {people:,} people the first build {met} its target ({target}); "
            f"with every need worded apart it {apart} ({f['page_apart']:.0f} ms); "
            f"after an edit it takes {f['rebuild']:.0f} ms."
        )
    return " ".join(lines)


def main() -> None:
    results = []
    load_before = os.getloadavg()[0]
    for people, target in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            results.append((people, target, measure(people, Path(tmp))))
    load = f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    rows = "\n".join(row(*entry) for entry in results)
    counts = "; ".join(
        f"{people:,} people: {f['counts']['reconnect']:,} due, {f['counts']['promises']:,} "
        f"open promises, {f['counts']['could_help']:,} people to help, "
        f"{f['counts']['introductions']:,} introductions"
        for people, _, f in results
    )
    needs = "; ".join(
        f"{people:,} people: {f['needs'][0]:,} needs, {f['needs'][1]:,} worded differently"
        for people, _, f in results
    )
    update_section(
        "today",
        f"""
## The Today agenda

`bench/bench_today.py`, {dt.date.today().isoformat()}, {machine()}, median of {RUNS}
interleaved runs on the generated journals of `bench/sample_data.py` (ten
conversations a person; needs and offers on about 15% of people each). The
machine has 2 cores and was shared (load average {load}): the baselines
show how busy it was.

| people / conversations | the page's agenda (5 a section), first | first, every need worded apart | again, after an edit | target | whole agenda (`today --json`) | baseline: People table rows | baseline: last-conversation query |
| --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

*First*: a new agenda service with the matcher's caches emptied, as when the
window opens. The generated needs come from a short list ({needs}); a need
worded exactly as another is matched once per build, so the column *every need
worded apart* gives each need a word of its own (that no offer has) and builds
again: what a journal of needs all different would cost (measured after the
other columns, not interleaved with them).

What the sections hold in all: {counts}. Everyone is ranked from light rows;
full records are read only for the items shown, so the page's agenda costs
about as much as loading the People table, and the whole agenda grows with the
number of items listed. {verdict(results)} Where the time goes at 10,000:
reading the light rows and each person's last conversation, matching every
need against every offer (about 2,000 needs against 2,000 offers), then
ranking who could be helped and who is due.
""",
    )


if __name__ == "__main__":
    main()
