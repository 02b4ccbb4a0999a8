"""The second sentence's opening description stands for the lead's subject, the one entity of
its kind the lead names (kg.resolve.storysubject): "Eurotunnel has seen sales fall ... The
firm cut 300 jobs"; not another kind ("Glenn Hoddle ... The club"), nor a lead naming two
of that kind."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    names = {entity.key: entity.label for entity in graph.entities}
    return {event.lemma: [(p.role, names.get(p.entity, p.text) if p.entity else p.text) for p in event.participants]
            for event in graph.events}


@pytest.mark.parametrize(
    ("text", "lemma", "participant"),
    [
        # BBC business 500, paraphrased: a firm's kind
        ("Channel Tunnel operator Eurotunnel has seen sales fall in the face of cheap airlines. "
         "The firm cut 300 jobs in France last year.", "cut", ("agent", "Eurotunnel")),
        # BBC sport 428, paraphrased: a player's ranking, the lead naming no other player
        ("Top seed Roger Federer had to save two match points in Dubai on Tuesday. "
         "The world number one hit 20 aces in the final set.", "hit", ("agent", "Roger Federer")),
        # BBC entertainment 337, paraphrased: an epithet
        ("Actor Leonardo DiCaprio's career has been honoured at a film festival in California. "
         "The star was given the prize by director Martin Scorsese.", "give prize", ("patient", "Leonardo DiCaprio")),
    ],
)
def test_the_second_sentences_description_is_the_leads_subject(nlp, text, lemma, participant):
    events = _events(nlp, text)
    assert lemma in events, events
    assert participant in events[lemma], events[lemma]


@pytest.mark.parametrize(
    ("text", "lemma", "wrong"),
    [
        # BBC sport 226, paraphrased: a club is no manager
        ("Glenn Hoddle will be unveiled as the new Wolves manager on Tuesday. "
         "The club sacked its coach in December.", "sack", ("agent", "Glenn Hoddle")),
        # BBC politics 280, paraphrased: two people in the lead, either may be the prime minister
        ("George W Bush will take a softer approach in his second term, Tony Blair has said. "
         "The prime minister praised the plans on Sunday.", "praise", ("agent", "George W Bush")),
        # BBC business 312, paraphrased: a firm is no chief executive
        ("Parmalat has sued 45 banks as it tries to reclaim money paid before its collapse. "
         "The chief executive launched a new bid on Monday.", "launch", ("agent", "Parmalat")),
    ],
)
def test_no_story_subject_of_another_kind_or_among_two(nlp, text, lemma, wrong):
    assert wrong not in _events(nlp, text).get(lemma, [])
