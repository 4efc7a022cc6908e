"""The Today agenda on a fixed clock: every rule the page and `relations today` show."""

import dataclasses
import datetime as dt

import pytest

from relations_app.birthdays import Birthday
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    HelpStatus,
    Offer,
    Person,
    PersonRef,
)
from relations_app.services import Services
from relations_app.storage.database import db
from tests.conftest import NOW, TODAY

DAY = dt.timedelta(days=1)


def added(services: Services, days_ago: int, **fields) -> Person:
    """A person added ``days_ago`` days before today."""
    then = Services.create(services.store, clock=lambda: NOW - days_ago * DAY)
    return then.people.save(Person(**fields))


def talk(services: Services, days_ago: int, *people: Person, **fields) -> Conversation:
    refs = tuple(PersonRef(p.id, p.name) for p in people)
    return services.conversations.save(
        Conversation(date=TODAY - days_ago * DAY, people=refs, **fields)
    )


def helped(services, person, direction, days_ago, status=HelpStatus.DONE, **fields):
    day = TODAY - days_ago * DAY
    return services.help.save(
        Help(
            person_id=person.id,
            direction=direction,
            kind=fields.pop("kind", HelpKind.ADVICE),
            description=fields.pop("description", "A hand"),
            status=status,
            offered_on=day,
            done_on=day if status is HelpStatus.DONE else None,
            **fields,
        )
    )


def names(items, attribute="person"):
    return [getattr(item, attribute).name for item in items]


# -- someone you could help ----------------------------------------------------------
def test_a_need_that_meets_my_offer_says_which_words(services):
    services.offers.save(Offer(name="Cours de céramiste"))
    services.offers.save(Offer(name="Feedback on a CV"))
    added(services, 10, name="Hugo", looking_for=("un mentor en céramique",))
    added(services, 10, name="Zoé", looking_for=("a flat in Lyon",))
    (idea,) = services.agenda.build().could_help.items
    assert idea.person.name == "Hugo"
    assert idea.match.words() == "céramique ~ céramiste"
    assert (
        idea.why
        == "Hugo is looking for “un mentor en céramique”; you can offer “Cours de céramiste”."
    )


def test_received_more_than_given_lately(services):
    hugo = added(services, 400, name="Hugo", circle=Circle.CLOSE)
    even = added(services, 400, name="Even")
    for days_ago in (10, 50, 300):
        helped(services, hugo, Direction.RECEIVED, days_ago)
    helped(services, hugo, Direction.RECEIVED, 400)  # more than a year ago: not lately
    helped(services, hugo, Direction.GIVEN, 20, status=HelpStatus.DECLINED)  # not given
    helped(services, even, Direction.RECEIVED, 10)
    helped(services, even, Direction.GIVEN, 5)
    (idea,) = services.agenda.build().could_help.items
    assert (idea.person.name, idea.received, idea.given) == ("Hugo", 3, 0)
    assert idea.why == (
        "You received help from Hugo 3 times in the last 12 months and gave none: "
        "what could you do for Hugo?"
    )


def test_could_help_puts_the_inner_circle_first_and_leaves_archived_people_out(services):
    services.offers.save(Offer(name="Python mentoring"))
    for name, circle in (("Wide", Circle.WIDER), ("Inner", Circle.INNER)):
        added(services, 5, name=name, circle=circle, looking_for=("a Python mentor",))
    gone = added(services, 5, name="Archived", looking_for=("Python",), archived=True)
    assert gone.archived
    assert names(services.agenda.build().could_help.items) == ["Inner", "Wide"]


# -- promises -------------------------------------------------------------------------
def test_promises_overdue_first_then_undated_then_later_and_soon_ones_come_up(services):
    ana = added(services, 60, name="Ana")
    helped(services, ana, Direction.GIVEN, 30, status=HelpStatus.OFFERED, description="Undated")
    helped(
        services,
        ana,
        Direction.GIVEN,
        20,
        status=HelpStatus.IN_PROGRESS,
        description="Late",
        due_on=TODAY - 3 * DAY,
    )
    helped(
        services,
        ana,
        Direction.GIVEN,
        2,
        status=HelpStatus.OFFERED,
        description="Today",
        due_on=TODAY,
    )
    helped(
        services,
        ana,
        Direction.GIVEN,
        2,
        status=HelpStatus.OFFERED,
        description="Soon",
        due_on=TODAY + 4 * DAY,
    )
    helped(
        services,
        ana,
        Direction.GIVEN,
        2,
        status=HelpStatus.OFFERED,
        description="Later",
        due_on=TODAY + 40 * DAY,
    )
    helped(services, ana, Direction.GIVEN, 2, status=HelpStatus.DONE, description="Kept")
    helped(services, ana, Direction.RECEIVED, 2, status=HelpStatus.OFFERED, description="Theirs")
    talk(services, 8, ana, follow_up="Send the link")  # a follow-up without a date
    talk(services, 8, ana, follow_up="  \n ")  # only spaces: nothing to do
    talk(services, 3, ana, follow_up="Call back", follow_up_due=TODAY + 2 * DAY)
    agenda = services.agenda.build()
    assert [p.what for p in agenda.promises.items] == [
        "Late",
        "Today",
        "Undated",
        "Send the link",
        "Later",
    ]
    late = agenda.promises.items[0]
    assert late.why == "You offered this 20 days ago; it was due 3 days ago."
    assert late.days_late(TODAY) == 3 and late.help is not None
    assert agenda.promises.items[3].why == (
        "You noted this after your conversation of 7\u00a0Jun\u00a02026; no date was set."
    )
    assert [(c.day, c.promise.what) for c in agenda.coming_up.items] == [
        (TODAY + 2 * DAY, "Call back"),
        (TODAY + 4 * DAY, "Soon"),
    ]
    assert (
        agenda.coming_up.items[0].why
        == "“Call back” for Ana is due in 2 days (17\u00a0Jun\u00a02026)."
    )


def test_marking_a_promise_done_takes_it_off(services):
    ana = added(services, 60, name="Ana")
    promise = helped(services, ana, Direction.GIVEN, 3, status=HelpStatus.OFFERED)
    talk_ = talk(services, 3, ana, follow_up="Send the link")
    assert len(services.agenda.build().promises.items) == 2
    services.help.mark_done(promise.id, TODAY)
    services.conversations.set_follow_up_done(talk_.id, True)
    assert services.agenda.build().promises.items == ()


# -- reconnect ------------------------------------------------------------------------
def test_reconnect_ranked_with_the_last_conversation_and_the_question(services):
    inner = added(services, 100, name="Inner", circle=Circle.INNER, keep_in_touch_days=30)
    fortnight = added(
        services, 100, name="Fortnight", keep_in_touch_days=14, next_question="How was Kyoto?"
    )
    yearly = added(services, 500, name="Yearly", keep_in_touch_days=365)
    added(services, 0, name="New close", circle=Circle.CLOSE, keep_in_touch_days=30)
    added(services, 0, name="New wider", keep_in_touch_days=30)  # due in 30 days
    talk(services, 31, inner, notes="Old talk")
    talk(services, 24, fortnight, notes="\nLong walk by the river.\nMore.")
    talk(services, 395, yearly)
    agenda = services.agenda.build()
    assert names(agenda.reconnect.items) == ["Inner", "New close", "Fortnight", "Yearly"]
    walk = agenda.reconnect.items[2]
    assert walk.last.first_line == "Long walk by the river."
    assert walk.person.next_question == "How was Kyoto?"
    assert walk.state.days_late == 10
    assert walk.why == "You keep in touch every 14 days and last talked 24 days ago: 10 days late."
    assert agenda.reconnect.items[1].why == (
        "You keep in touch every 30 days and have not talked since adding them today: due today."
    )


def test_logging_a_conversation_or_snoozing_takes_someone_off(services):
    ana = added(services, 100, name="Ana", keep_in_touch_days=14)
    bo = added(services, 100, name="Bo", keep_in_touch_days=14)
    assert names(services.agenda.build().reconnect.items) == ["Ana", "Bo"]
    talk(services, 0, ana)
    services.people.snooze(bo.id, TODAY + 7 * DAY)
    assert services.agenda.build().reconnect.items == ()
    back = services.agenda.build(TODAY + 7 * DAY)  # the snooze is over on its day
    assert names(back.reconnect.items) == ["Bo"]


# -- who should meet whom ---------------------------------------------------------------
def test_introductions_pair_a_need_with_an_offer_and_are_not_suggested_twice(services):
    seeker = added(services, 10, name="Tomás", looking_for=("a website for the bakery",))
    giver = added(services, 10, name="Samuel", can_offer=("websites for small businesses",))
    added(services, 10, name="Self", looking_for=("web design",), can_offer=("web design",))
    (idea,) = services.agenda.build().introductions.items
    assert (idea.seeker.name, idea.giver.name) == ("Tomás", "Samuel")
    assert idea.match.words() == "website ~ websites"
    assert idea.why == (
        "Tomás is looking for “a website for the bakery”; "
        "Samuel can offer “websites for small businesses”."
    )
    services.help.record_introduction(seeker.id, giver.id, "Website", TODAY)
    assert services.agenda.build().introductions.items == ()


def test_an_introduction_the_other_way_round_counts_too(services):
    seeker = added(services, 10, name="A", looking_for=("a ceramics teacher",))
    giver = added(services, 10, name="B", can_offer=("teaching ceramics",))
    services.help.record_introduction(giver.id, seeker.id, "Clay", TODAY - 100 * DAY)
    assert services.agenda.build().introductions.items == ()


# -- coming up ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "birthday, today, shown",
    [
        (dt.date(1990, 6, 15), TODAY, TODAY),  # today
        (dt.date(1990, 6, 29), TODAY, dt.date(2026, 6, 29)),  # in 14 days: in
        (dt.date(1990, 6, 30), TODAY, None),  # in 15 days: not yet
        (dt.date(1992, 2, 29), dt.date(2027, 2, 20), dt.date(2027, 2, 28)),  # not a leap year
        (dt.date(1992, 2, 29), dt.date(2028, 2, 20), dt.date(2028, 2, 29)),
        (dt.date(1990, 1, 2), dt.date(2026, 12, 25), dt.date(2027, 1, 2)),  # over new year
    ],
)
def test_birthdays_in_the_next_14_days(services, birthday, today, shown):
    added(services, 10, name="Ana", birthday=Birthday.from_date(birthday))
    coming = services.agenda.build(today).coming_up.items
    assert [c.day for c in coming] == ([shown] if shown else [])


def test_a_birthday_without_a_year_comes_up_too(services):
    # Nothing the dialogs write has no year; a contact file's "--12-30" is kept
    # by others as 1604 (issue 11): the rule reads only the month and the day.
    ana = added(services, 10, name="Ana")
    db.execute_sql("UPDATE person SET birthday = '1604-12-30' WHERE id = ?", (ana.id,))
    coming = services.agenda.build(dt.date(2026, 12, 25)).coming_up.items
    assert [c.day for c in coming] == [dt.date(2026, 12, 30)]


def test_a_birthday_says_when(services):
    added(services, 10, name="Ana", birthday=Birthday(6, 18, 1990))
    added(services, 10, name="Léa", birthday=Birthday(6, 20))  # the year unknown
    ana, lea = services.agenda.build().coming_up.items
    assert ana.why == "Ana turns 36 in 3 days (18\u00a0June)."
    assert lea.why == "Léa has a birthday in 5 days (20\u00a0June)."


# -- circles and this month -------------------------------------------------------------------
def test_circles_counted_against_what_people_can_keep_up_with(services):
    for i in range(7):
        added(services, 1, name=f"Inner {i}", circle=Circle.INNER)
    added(services, 1, name="Close", circle=Circle.CLOSE)
    circles = {c.circle: c for c in services.agenda.build().circles}
    assert circles[Circle.INNER].over and len(circles[Circle.INNER].names) == 7
    assert circles[Circle.INNER].why == (
        "Your inner circle has 7 people; most people can keep up with about 5 at that closeness."
    )
    assert circles[Circle.CLOSE].why == (
        "Your close circle has 1 person, within the 15 or so most people keep up with."
    )
    assert not circles[Circle.WIDER].over


def test_this_month_by_depth_with_the_last_meaningful_talk_per_circle(services):
    inner = added(services, 400, name="Inner", circle=Circle.INNER)
    wider = added(services, 400, name="Wider")
    talk(services, 1, inner, depth=2)
    talk(services, 3, inner, depth=5, notes="Heart to heart")
    talk(services, 10, wider, depth=4)  # 5 June: this month
    talk(services, 20, wider, depth=4)  # 26 May: last month
    talk(services, 400, wider, depth=1)  # too old for the chart
    helped(services, wider, Direction.GIVEN, 2)
    month = services.agenda.build().month
    assert month.first_day == dt.date(2026, 6, 1)
    assert month.by_depth == (0, 1, 0, 1, 1)
    assert [day for day, _ in month.months][0] == dt.date(2025, 7, 1)
    assert len(month.months) == 12 and month.months[-2][1] == (0, 0, 0, 1, 0)
    assert {c: talk_.first_line for c, talk_ in month.meaningful} == {
        Circle.INNER: "Heart to heart",
        Circle.WIDER: "",
    }
    assert (month.help_given, month.help_received) == (1, 0)
    assert month.why == "3 conversations this month, 2 of them deep. Help given: 1, received: 0."


def test_an_empty_journal_has_a_quiet_agenda(services):
    agenda = services.agenda.build()
    assert (agenda.could_help.items, agenda.promises.items, agenda.reconnect.items) == ((), (), ())
    assert (agenda.introductions.items, agenda.coming_up.items) == ((), ())
    assert agenda.month.by_depth == (0, 0, 0, 0, 0)
    assert agenda.month.why == "No conversation logged this month yet."


def test_the_agenda_follows_the_clock_it_is_given(services):
    ana = added(services, 0, name="Ana", keep_in_touch_days=14)
    assert services.agenda.build().reconnect.items == ()
    later = services.agenda.build(TODAY + 14 * DAY)
    assert names(later.reconnect.items) == ["Ana"]
    assert (later.reconnect.items[0].person.id, later.reconnect.items[0].state.days_late) == (
        ana.id,
        0,
    )


def test_a_limit_keeps_the_first_items_and_says_how_many_in_all(services):
    for i in range(7):
        added(services, 100, name=f"P{i}", circle=Circle.CLOSE, keep_in_touch_days=14)
    short = services.agenda.build(limit=5).reconnect
    assert (len(short.items), short.total, short.hidden) == (5, 7, 2)
    assert names(short.items) == names(services.agenda.build().reconnect.items)[:5]


def test_promises_to_archived_people_are_set_aside(services):
    ana = added(services, 60, name="Ana")
    bo = added(services, 60, name="Bo")
    helped(services, ana, Direction.GIVEN, 3, status=HelpStatus.OFFERED, description="Ana's")
    talk(services, 3, ana, follow_up="Alone with Ana")
    talk(services, 3, ana, bo, follow_up="With both")
    services.people.set_archived(ana.id, True)
    assert [p.what for p in services.agenda.build().promises.items] == ["With both"]


def test_introductions_follow_a_change_of_need_or_offer(services):
    added(services, 10, name="Tomás", looking_for=("a website for the bakery",))
    giver = added(services, 10, name="Samuel", can_offer=("websites for small businesses",))
    assert len(services.agenda.build().introductions.items) == 1
    services.people.save(dataclasses.replace(giver, can_offer=("bread for events",)))
    assert services.agenda.build().introductions.items == ()
    services.people.save(dataclasses.replace(giver, name="Sam", can_offer=("a website",)))
    (idea,) = services.agenda.build().introductions.items
    assert idea.giver.name == "Sam"


def test_could_help_follows_a_change_of_my_offers_or_their_needs(services):
    hugo = added(services, 10, name="Hugo", looking_for=("a Python mentor",))
    assert services.agenda.build().could_help.items == ()
    offer = services.offers.save(Offer(name="Python lessons"))
    (idea,) = services.agenda.build().could_help.items
    assert idea.match.words() == "Python"
    services.people.save(dataclasses.replace(hugo, looking_for=("a flat",)))
    assert services.agenda.build().could_help.items == ()
    services.people.save(dataclasses.replace(hugo, looking_for=("Python help",)))
    services.offers.delete(offer.id)
    assert services.agenda.build().could_help.items == ()


# -- show all, my offers' takers, a conversation's brief ----------------------------------------
def test_a_longer_section_keeps_more_and_the_others_stay_short(services):
    for index in range(8):
        added(services, 100, name=f"Friend {index}", circle=Circle.CLOSE, keep_in_touch_days=7)
    agenda = services.agenda.build(limit=3, longer={"reconnect": 6})
    assert (len(agenda.reconnect.items), agenda.reconnect.total) == (6, 8)
    assert len(services.agenda.build(limit=3).reconnect.items) == 3
    with pytest.raises(ValueError):
        services.agenda.build(longer={"nonsense": 1})


def test_who_looks_for_what_i_offer(services):
    offer = services.offers.save(Offer(name="Feedback on a CV"))
    services.offers.save(Offer(name="Spanish lessons"))
    added(services, 10, name="Zoé", looking_for=("feedback on my cv",))
    added(services, 10, name="Bruno", looking_for=("a CV review, with feedback",))
    added(services, 10, name="Chloé", looking_for=("a flat",))
    assert services.agenda.who_needs_my_offers() == {offer.id: ["Bruno", "Zoé"]}


def test_a_brief_holds_the_question_what_is_open_and_what_they_look_for(services):
    from relations_app.services.briefs import briefs

    ana = added(services, 10, name="Ana", next_question="How is Porto?", looking_for=("a kiln",))
    bruno = added(services, 10, name="Bruno")
    talk(services, 3, ana, bruno, follow_up="Send both the article")
    talk(services, 2, bruno, follow_up="Done already", follow_up_done=True)
    helped(services, ana, Direction.GIVEN, 5, status=HelpStatus.OFFERED, description="Lend a tent")
    helped(services, ana, Direction.GIVEN, 5, description="Already given")
    first, second = briefs([ana.id, bruno.id, 999], TODAY)
    assert (first.question, first.looking_for) == ("How is Porto?", ("a kiln",))
    assert [p.what for p in first.promises] == ["Lend a tent", "Send both the article"]
    assert [p.what for p in second.promises] == ["Send both the article"]
    assert briefs([], TODAY) == []


def test_dates_at_the_ends_of_the_calendar_and_huge_intervals_do_not_stop_the_agenda(services):
    """Written straight into the file (an older version, a hand-edited import):
    the agenda still builds and says something sensible about each."""
    far = added(services, 0, name="Far", circle=Circle.INNER, keep_in_touch_days=7)
    near = added(services, 0, name="Near", circle=Circle.CLOSE, keep_in_touch_days=1)
    db.execute_sql(
        "UPDATE person SET snoozed_until = '9999-12-31', birthday = '2000-02-29', "
        "created_at = '9999-12-31 23:59:59', keep_in_touch_days = 2147483647 WHERE id = ?",
        (far.id,),
    )
    db.execute_sql("UPDATE person SET created_at = '0001-01-01 00:00:00' WHERE id = ?", (near.id,))
    talk(services, 0, far, follow_up="Call back")
    db.execute_sql("UPDATE conversation SET date = '9999-12-31', follow_up_due = '9999-12-31'")
    helped(services, near, Direction.GIVEN, 0, status=HelpStatus.OFFERED)
    db.execute_sql("UPDATE help SET offered_on = '0001-01-01', due_on = '9999-12-31'")
    agenda = services.agenda.build(limit=None)
    assert names(agenda.reconnect.items) == ["Near"]  # Far is snoozed to the end of time
    assert agenda.reconnect.items[0].state.days_late > 700_000
    assert "days late" in agenda.reconnect.items[0].why
    promises = {p.what: p.why for p in agenda.promises.items}
    assert set(promises) == {"Call back", "A hand"}
    assert all(why.endswith(".") for why in promises.values())
    assert services.agenda.build(dt.date(9999, 12, 31)).today == dt.date(9999, 12, 31)


def test_the_cycle_collector_is_back_after_a_build_even_one_that_failed(services, monkeypatch):
    import gc

    from relations_app.services import agenda_data

    services.agenda.build()
    assert gc.isenabled()

    def closed():
        assert not gc.isenabled()  # held back while the agenda is built
        raise RuntimeError("the journal is closed")

    monkeypatch.setattr(agenda_data, "person_rows", closed)
    with pytest.raises(RuntimeError):
        services.agenda.build()
    assert gc.isenabled()
    gc.disable()  # a caller that holds it back keeps it so
    try:
        with pytest.raises(RuntimeError):
            services.agenda.build()
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- the first screen (the window's first frame at start) ---------------------------------
@pytest.mark.parametrize("limit", [None, 1, 2])
def test_the_first_screen_is_the_top_of_the_whole_agenda(services, limit):
    services.offers.save(Offer(name="Feedback on a CV"))
    needs = added(services, 50, name="Ana", looking_for=("feedback on my CV",))
    owed = added(services, 50, name="Bo", circle=Circle.INNER)
    helped(services, owed, Direction.RECEIVED, 20)
    helped(services, owed, Direction.RECEIVED, 30)
    plain = added(services, 50, name="Cy", keep_in_touch_days=30)  # only a promise
    helped(services, plain, Direction.GIVEN, 5, HelpStatus.OFFERED, due_on=TODAY + 3 * DAY)
    helped(services, plain, Direction.GIVEN, 9, HelpStatus.OFFERED, due_on=TODAY - DAY)
    gone = added(services, 50, name="Dee", looking_for=("feedback on my CV",), archived=True)
    helped(services, gone, Direction.GIVEN, 5, HelpStatus.OFFERED)
    born = TODAY + 4 * DAY
    added(services, 50, name="Eve", birthday=Birthday(born.month, born.day))
    talk(services, 3, needs, plain, follow_up="Send the link", follow_up_due=TODAY + 2 * DAY)
    talk(services, 8, owed, follow_up="Call back")
    whole = services.agenda.build(TODAY, limit=limit)
    first = services.agenda.first_screen(TODAY, limit=limit)
    assert first.could_help == whole.could_help and first.could_help.total == 2
    assert first.promises == whole.promises and first.promises.total == 2
    assert first.coming_up == whole.coming_up and first.coming_up.total == 3
    assert first.circles == whole.circles
    assert [p.people[0].name for p in whole.promises.items][:1] == ["Cy"]
