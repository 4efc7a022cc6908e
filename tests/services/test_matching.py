"""Matching needs and offers: explainable, in French and English."""

import pytest

from relations_app.services.matching import OfferIndex, match, terms


@pytest.mark.parametrize(
    "need, offer, words",
    [
        ("un mentor en céramique", "cours de céramiste", "céramique ~ céramiste"),
        ("a ceramics mentor", "Mentoring in céramique", "ceramics ~ céramique, mentor ~ Mentoring"),
        ("A DATA job in Lyon", "data people in lyon", "DATA, Lyon"),
        ("someone to read my CV", "Feedback on a CV", "CV"),
        ("l'emploi des jeunes", "Emplois", "emploi ~ Emplois"),
        ("la politique publique", "public policy", "publique ~ public"),
        ("a website for the bakery", "websites for small businesses", "website ~ websites"),
        ("un éditeur", "editeur freelance", "éditeur"),  # accents set aside: said once
    ],
)
def test_matches_say_which_words_matched(need, offer, words):
    found = match(need, offer)
    assert found is not None and found.words() == words
    assert (found.need, found.offer) == (need, offer)


@pytest.mark.parametrize(
    "need, offer",
    [
        ("a job in the city", "a flat for the summer"),  # only stop words in common
        ("un poste dans une école", "une maison pour les vacances"),
        ("contacts in public health", "contacts in music"),  # "contacts" says little alone
        ("des conseils", "conseil"),
        ("", "anything"),
    ],
)
def test_no_match_on_common_or_weak_words(need, offer):
    assert match(need, offer) is None


def test_a_weak_word_counts_beside_a_telling_one():
    found = match("contacts in public policy", "Introductions to people in public policy")
    assert found.words() == "public, policy"
    both = match("contacts in music", "music contacts")
    assert both.words() == "contacts, music"


def test_terms_drop_elisions_stop_words_and_numbers():
    assert list(terms("Qu'il trouve l'atelier d'art en 2026")) == ["ateli", "art"]


def test_the_index_finds_each_owner_once_strongest_first():
    index = OfferIndex(
        [
            ("ana", "cours de céramique"),
            ("bo", "céramique et mentorat de céramistes à Lyon"),
            ("bo", "céramique"),
            ("chloé", "jardinage"),
            ("dan", "the the the"),  # nothing significant: never a match
        ]
    )
    found = index.matches("un mentor en céramique à Lyon")
    assert [owner for owner, _ in found] == ["bo", "ana"]
    assert found[0][1].words() == "céramique, Lyon"
    assert index.matches("un mentor en céramique", best=1)[0][0] == "ana"
    assert index.matches("un thé") == []  # "thé" folds to "the", a common word


def test_a_word_in_many_offers_counts_only_beside_another():
    offers = [(f"mentor {i}", f"mentoring in topic{i}") for i in range(60)]
    offers.append(("potter", "mentoring in ceramics"))
    index = OfferIndex(offers)
    assert index.matches("a mentor") == []  # 61 mentors: "mentor" alone says little
    ((owner, found),) = index.matches("a mentor in ceramics")
    assert owner == "potter" and found.words() == "mentor ~ mentoring, ceramics"
