"""``kg.resolve.thegovernment``: "the government" as a participant is the one state the
article can mean (model tests on sentences of unseen articles)."""

from __future__ import annotations

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve


def _events(nlp, text: str) -> set[str]:
    document = Document(id="t", text=text, date="2005-03-01", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    graph = resolve(extract(document, doc))
    labels = {entity.key: entity.label for entity in graph.entities}
    return {
        f"{event.lemma}({','.join(sorted(labels.get(p.entity, '') for p in event.participants if p.entity))})"
        for event in graph.events
    }


def test_the_government_is_the_only_country_named(nlp):
    # business/258: the article names South Korea and no other state.
    text = (
        "South Korea will boost state spending next year in an effort to create jobs and kick start its "
        "sputtering economy.\n\nThe problem facing South Korea is that many consumers are reeling from the effects "
        "of a credit bubble that only recently burst. Millions of consumers are defaulting on their credit card "
        "bills. Analysts expect more defaults.\n\nThe government voiced concern about the effect of redundancies "
        "in the building trade."
    )
    assert "voice(South Korea)" in _events(nlp, text)


def test_the_government_beside_a_post_of_no_country_stays_open(nlp):
    # politics/207: "the prime minister" is of a country the article does not name; Iraq is no government here.
    text = (
        "The latest speculation suggests the prime minister favours a February poll.\n\n"
        "The papers suggest ministers believe the government could benefit from a bounce following successful "
        "Iraq elections in January. The government voiced concern about the effect of redundancies."
    )
    assert not any("Iraq" in event for event in _events(nlp, text))
