"""Search everything: what the one search box finds, where it says it found
it, and that it stays in step with edits, deletes, imports and undo."""

import dataclasses
import datetime as dt

import pytest

from relations_app.folding import fold
from relations_app.operations.base import perform
from relations_app.operations.journal import DeleteConversation, SaveConversation
from relations_app.operations.people import SavePerson
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services.excerpts import excerpt, matches_in, typed_words
from relations_app.services.journal_list import JournalQuery
from relations_app.services.search import COUNT_CAP
from tests.conftest import TODAY


def talk(services, person, notes, days_ago=0, **more):
    return services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=days_ago),
            people=(PersonRef(person.id, person.name),),
            notes=notes,
            **more,
        )
    )


def found_people(results):
    return [hit.name for hit in results.people]


def found_notes(results):
    return [hit.conversation.notes for hit in results.conversations]


def test_a_word_typed_without_accents_finds_it_written_with_them(services):
    services.people.save(Person(name="Hélène Dupré", city="Besançon"))
    talk(services, services.people.save(Person(name="Marc")), "Un café à Besançon, très tôt")
    results = services.search.search("besancon")
    assert found_people(results) == ["Hélène Dupré"]
    assert found_notes(results) == ["Un café à Besançon, très tôt"]
    assert found_people(services.search.search("HELENE")) == ["Hélène Dupré"]
    assert found_notes(services.search.search("cafe tot")) == ["Un café à Besançon, très tôt"]


def test_prefixes_find_words_as_they_are_typed(services):
    ana = services.people.save(Person(name="Ana"))
    talk(services, ana, "We spoke of okonomiyaki in Osaka", days_ago=730)
    for typed in ("o", "ok", "okon", "okonomiyaki"):
        assert found_notes(services.search.search(typed)) == ["We spoke of okonomiyaki in Osaka"]
    assert services.search.search("okonomiyakis").conversations == ()


def test_where_it_was_found_is_said_and_the_words_are_marked(services):
    services.people.save(
        Person(name="Léa", organisation="Atelier", notes="Met at the pottery fair in Lyon")
    )
    results = services.search.search("pottery")
    (hit,) = results.people
    assert hit.excerpt.field == "notes"
    start, length = hit.excerpt.matches[0]
    assert hit.excerpt.text[start : start + length] == "pottery"
    # a word found in the name needs no excerpt: the name says it
    assert services.search.search("lea").people[0].excerpt is None


def test_a_conversation_is_found_by_the_name_of_someone_in_it_and_a_word(services):
    ana = services.people.save(Person(name="Ana Sousa"))
    bruno = services.people.save(Person(name="Bruno"))
    talk(services, ana, "coffee and plans")
    talk(services, bruno, "coffee again")
    assert found_notes(services.search.search("ana coffee")) == ["coffee and plans"]
    # the same rule as the Journal's filter: a name alone lists that person's talks
    assert found_notes(services.search.search("sousa")) == ["coffee and plans"]


def test_conversations_come_newest_first_and_people_by_best_match(services):
    ana = services.people.save(Person(name="Ana", notes="likes jazz"))
    services.people.save(Person(name="Jazz Quartet"))
    talk(services, ana, "jazz night", days_ago=5)
    talk(services, ana, "more jazz", days_ago=1)
    results = services.search.search("jazz")
    assert found_people(results) == ["Jazz Quartet", "Ana"]  # in the name counts most
    assert found_notes(results) == ["more jazz", "jazz night"]


def test_archived_people_come_last_and_say_so(services):
    services.people.save(Person(name="Old Friend Jazz", archived=True))
    services.people.save(Person(name="Jazz Now"))
    results = services.search.search("jazz")
    assert found_people(results) == ["Jazz Now", "Old Friend Jazz"]
    assert [hit.archived for hit in results.people] == [False, True]


def test_results_are_cut_at_the_limit_and_counted(services):
    ana = services.people.save(Person(name="Ana"))
    for i in range(12):
        services.people.save(Person(name=f"Walker {i}"))
        talk(services, ana, f"walk {i}", days_ago=i)
    results = services.search.search("walk", people_limit=5, conversations_limit=4)
    assert (len(results.people), results.people_count) == (5, 12)
    assert (len(results.conversations), results.conversations_count) == (4, 12)
    assert found_notes(results) == ["walk 0", "walk 1", "walk 2", "walk 3"]


def test_conversations_are_counted_up_to_the_cap(services, monkeypatch):
    monkeypatch.setattr("relations_app.services.search.COUNT_CAP", 5)
    ana = services.people.save(Person(name="Ana"))
    for i in range(9):
        talk(services, ana, f"walk {i}", days_ago=i)
    results = services.search.search("walk", conversations_limit=3)
    assert results.conversations_count == 6  # "more than 5"
    assert COUNT_CAP == 1000


@pytest.mark.parametrize(
    "typed",
    ['"', "'", "*", "NEAR(a b)", "notes:", "a OR b", "(", ")", "^", "-", "--", "\u0000", "   "],
)
def test_no_input_can_break_the_search(services, typed):
    talk(services, services.people.save(Person(name="Ana")), "notes OR not")
    results = services.search.search(typed)  # never an FTS5 syntax error
    assert all(isinstance(hit.name, str) for hit in results.people)


def test_markup_is_found_as_the_text_it_is(services):
    services.people.save(Person(name="<b>Bold</b> & Co"))
    (hit,) = services.search.search("bold").people
    assert hit.name == "<b>Bold</b> & Co"


def test_the_search_follows_edits_deletes_and_undo(services):
    ana = services.people.save(Person(name="Ana"))
    saved = talk(services, ana, "first draft about ceramics")
    assert found_notes(services.search.search("ceramics")) == ["first draft about ceramics"]

    perform(SaveConversation(dataclasses.replace(saved, notes="now about glassblowing")), services)
    assert services.search.search("ceramics").conversations == ()
    assert found_notes(services.search.search("glass")) == ["now about glassblowing"]

    deleted = perform(DeleteConversation(saved.id, saved.date), services)
    assert services.search.search("glass").conversations == ()
    perform(deleted.undo, services)  # the delete taken back: found again
    assert found_notes(services.search.search("glass")) == ["now about glassblowing"]

    added = perform(SavePerson(Person(name="Zoé Quintana")), services)
    assert found_people(services.search.search("quint")) == ["Zoé Quintana"]
    perform(added.undo, services)
    assert services.search.search("quint").people == ()


def test_the_search_finds_what_an_import_brought(services, tmp_path):
    ana = services.people.save(Person(name="Ana"))
    talk(services, ana, "marmalade recipe")
    exported = tmp_path / "journal.json"
    services.exchange.export_json(exported)
    services.people.delete(ana.id)
    assert services.search.search("marmalade").conversations == ()
    services.exchange.import_document(services.exchange.read_json(exported))
    assert found_notes(services.search.search("marmalade")) == ["marmalade recipe"]


def test_excerpts_cut_long_text_on_words_and_keep_the_marks_in_place():
    text = ("lorem ipsum " * 20) + "the okonomiyaki place " + ("dolor sit " * 30)
    found = excerpt("notes", text, typed_words("okono"))
    assert found.text.startswith("…") and found.text.endswith("…")
    start, length = found.matches[0]
    assert found.text[start : start + length] == "okonomiyaki"
    assert len(found.text) < 200
    assert not found.text[1:].startswith(" ")


def test_marks_fall_on_whole_words_whatever_their_accents():
    text = "Crème brûlée, CRÈME fraîche, increment"
    marked = [text[s : s + n] for s, n in matches_in(text, typed_words("creme"))]
    assert marked == ["Crème", "CRÈME"]  # not "inCREMEnt": words start with what is typed


def test_a_whole_page_pasted_into_the_box_is_searched_without_failing(services):
    """SQLite refuses a query nested more than 1,000 deep: each word typed is
    one more condition, so a pasted page (or a word held down with spaces)
    made the search, and the Journal's filter, fail."""
    ana = services.people.save(Person(name="Ana"))
    talk(services, ana, "a note about the harbour walk")
    page = " ".join(f"word{i}" for i in range(1500))
    assert services.search.search(page).empty()
    assert services.journal.ids(JournalQuery(text=page)) == []
    repeated = " ".join(["harbour"] * 3000)
    assert found_notes(services.search.search(repeated)) == ["a note about the harbour walk"]
    assert len(services.journal.ids(JournalQuery(text=repeated))) == 1


def test_text_written_with_separate_accents_is_marked_where_it_was_found(services):
    """Text pasted from some programs keeps its accents as separate marks
    ("e" + U+0301). The index reads "écrire" whole; the excerpt cut it at the
    mark, so the person was found with nothing to say where, or half a word bold."""
    decomposed = "J'aime e\u0301crire des lettres"
    services.people.save(Person(name="Ana", notes=decomposed))
    (hit,) = services.search.search("ecrire").people
    assert hit.excerpt is not None and hit.excerpt.field == "notes"
    start, length = hit.excerpt.matches[0]
    assert hit.excerpt.text[start : start + length] == "e\u0301crire"
    (hit,) = services.search.search("écri").people
    assert [hit.excerpt.text[s : s + n] for s, n in hit.excerpt.matches] == ["e\u0301crire"]


def test_an_excerpt_of_a_long_note_reads_it_word_by_word_only_near_the_match(monkeypatch):
    """Every word of a field was folded in Python to find the first match: a
    hundred conversations with pasted 25,000-character notes took 600 ms a
    keystroke. Whole stretches are folded at once now, and only the stretch
    that holds a word typed is read word by word."""
    from relations_app.services import excerpts

    folded = []

    def counting_fold(text):
        folded.append(text)
        return fold(text)

    monkeypatch.setattr(excerpts, "fold", counting_fold)
    note = "réunion projet budget équipe " * 1000 + "okonomiyaki à Osaka " + "retard " * 1000
    found = excerpt("notes", note, typed_words("osaka"))
    assert [found.text[s : s + n] for s, n in found.matches] == ["Osaka"]
    assert found.text.startswith("…") and found.text.endswith("…")
    assert len(folded) < 500  # one stretch word by word, not each of its 5,000 words
    folded.clear()
    assert excerpt("learned", note, typed_words("kofi")) is None
    assert len(folded) < 50


@pytest.mark.parametrize("seed", range(20))
def test_excerpts_mark_every_whole_word_shown_that_starts_with_a_word_typed(seed):
    import random

    rng = random.Random(seed)
    vocabulary = ["Café", "cafés", "increment", "CRÈME", "crème", "Straße", "œuvre", "x", "🎉"]
    text = " ".join(rng.choice(vocabulary) + rng.choice(["", ",", "\n", "  "]) for _ in range(900))
    typed = typed_words(rng.choice(["cafe", "creme", "oeuvre", "stra", "x"]))
    found = excerpt("notes", text, typed)
    if found is None:
        assert matches_in(text, typed) == ()
        return
    body = found.text.strip("…")
    expected = [body[s : s + n] for s, n in matches_in(body, typed)]
    assert [found.text[s : s + n] for s, n in found.matches] == expected
    assert found.matches[0] == (found.text.index(expected[0]), len(expected[0]))


def test_an_excerpt_collapses_long_runs_of_spaces_around_the_match():
    blank = "\n" * 5000
    assert excerpt("notes", f"{blank}  kofi  {blank}", ("kofi",)).text == "kofi"
    assert excerpt("notes", f"before{blank}kofi{blank}after", ("kofi",)).text == (
        "before kofi after"
    )
    long = excerpt("notes", "x " * 3000 + "kofi" + " y" * 3000, ("kofi",))
    assert long.text.startswith("…x ") and long.text.endswith(" y…")
    assert long.text[long.matches[0][0] :].startswith("kofi")
