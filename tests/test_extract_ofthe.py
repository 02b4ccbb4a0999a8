"""A title "X of the Y" NER cut to its last words is whole (kg.extract.ofthe), and a
name holding "of" the parse made a phrase's head only modifies the words after it
(kg.resolve.namemodifiers); sentences shortened from unseen articles."""

from __future__ import annotations

import pytest

from kg.types import EntityType as T
from tests.extract_helpers import article_graph, mention_types, speaker_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"They go for films like Titanic, Gladiator, and the Lord of the Rings, films with scale," he said.',
         "Lord of the Rings"),
        ("Games linked to Shrek, Spider-Man, Harry Potter and Lord of the Rings were all in the top 20.",
         "Lord of the Rings"),
        ("The award went to Shaun of the Dead and My Summer of Love.", "Shaun of the Dead"),
        ("Falling Down and The Phantom of the Opera director Joel Schumacher will attend.", "Phantom of the Opera"),
    ],
)
def test_of_the_title_is_whole(nlp, text, name):
    assert mention_types(nlp, text).get(name) is T.WORK


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Mr Hain, Leader of the Commons, told BBC News he was pleased.", "Leader of the Commons"),  # a post
        ("David Higdon, Vice President of the ATP, admitted he was worried.", "Vice President of the ATP"),
        ('"None of the Tories\' figures add up," he said.', "None of the Tories"),  # a quantity
        ("Members of the BBC Trust met on Monday.", "Members of the BBC Trust"),  # a common noun opening
        ('He was the "Father of the House" and as such he spoke first.', "Father of the House"),  # a chamber's
    ],
)
def test_of_the_post_or_part_is_no_title(nlp, text, not_name):
    assert not_name not in mention_types(nlp, text)


def test_body_head_keeps_its_type(nlp):
    # "Museum" heads a body's name (type_cues.tsv): no work, whatever NER gave.
    assert mention_types(nlp, "He visited the Museum of the Moving Image in London.").get(
        "Museum of the Moving Image") is not T.WORK


def test_role_after_title_names_the_speaker(nlp):
    text = "Lord of the Rings director Peter Jackson has said that it will be years before he starts work on The Hobbit."
    assert speaker_labels(nlp, text) == {"Lord of the Rings director Peter Jackson": "Peter Jackson"}


def test_title_before_a_noun_is_no_place(nlp):
    graph = article_graph(nlp, "Peter Jackson was in Sydney to visit a Lord of the Rings exhibition, which has "
                               "attracted 140,000 visitors.")
    places = [p for e in graph.events() if e.lemma == "visit" for p in e.participants if p.role == "place"]
    assert places and all(p.entity is None for p in places), places
