"""Whose figure a change is when the text says its owner saw it change (kg.extract.seenchanges):
"GM saw its net profits fall", "Eurotunnel has seen sales fall". Sentences from unseen BBC articles
(index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, resolved_part, sentence_events


def _owners(part, lemma: str) -> set[str]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {labels.get(argument.entity, "") if argument.entity else argument.text for event in part.events
            if event.lemma == lemma for argument in event.participants if argument.role == "owner"}


@pytest.mark.parametrize(("text", "lemma", "owner"), [
    # BBC business/467 (shortened): "its" beside a bracketed short name, which the pronoun rules left open.
    ("General Motors (GM) saw its net profits fall 37% in the last quarter of 2004, as it continued to be hit by "
     "losses at its European operations.", "fall", "General Motors"),
    # BBC business/500: no possessive at all; the name in apposition to its description.
    ("Channel Tunnel operator Eurotunnel has seen sales fall in the face of the upsurge in European low-cost airlines.",
     "fall", "Eurotunnel"),
    # BBC business/406 (shortened): as before, through the pronoun.
    ("But Wal-Mart only saw its sales rise after it cut prices.", "rise", "Wal-Mart"),
])
def test_the_one_who_saw_the_figure_change_owns_it(nlp, text, lemma, owner):
    assert _owners(resolved_part(nlp, text), lemma) == {owner}


def _extracted_owners(nlp, sentence: str, lemma: str) -> list[list[str]]:
    return [event_roles(event).get("owner", []) for event in sentence_events(nlp, sentence) if event.lemma == lemma]


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/504 (shortened): a plural of a kind, any company's sales.
    ("Four in ten business leaders were very confident that their companies would see sales rise in 2005.", "rise"),
    # BBC business/450 (shortened): a kind of seller, no one named.
    ("More US consumers were going online, with non-store retailers seeing sales rise by 1.9%.", "rise"),
    # BBC business/218 (shortened): "to see": a hope, its figure's owner only what the phrase gives.
    ("The bank expects to see earnings grow by 20% in its current financial year.", "grow"),
])
def test_no_owner_from_a_kind_or_a_hope(nlp, sentence, lemma):
    owners = _extracted_owners(nlp, sentence, lemma)
    assert owners, [(e.lemma, event_roles(e)) for e in sentence_events(nlp, sentence)]
    assert all(not found for found in owners), owners
