"""A second clause's subject the parse swallowed into the first clause's object (kg.extract.swallowed), on BBC news."""

from __future__ import annotations

import pytest

from kg.records import Document


def _roles(nlp, sentence: str, lemma: str) -> list[dict[str, list[str]]]:
    from kg.extract import extract

    events = extract(Document("t", sentence), nlp(sentence)).events
    found = []
    for event in events:
        if event.lemma == lemma:
            roles: dict[str, list[str]] = {}
            for a in event.arguments:
                roles.setdefault(a.role, []).append(sentence[a.argument.start : a.argument.end])
            found.append(roles)
    return found


@pytest.mark.parametrize(("sentence", "lemma", "role", "subject"), [
    # BBC sport: the star donates, not her appearance; the region's list holds no star
    ("Her appearance will also benefit charities in the region and the Swiss star will donate her prize money.",
     "donate", "agent", "the Swiss star"),
    # BBC entertainment: Eastwood pipped Scorsese, not the boxing drama
    ("The boxing drama was named best picture and Eastwood pipped Scorsese to best director.", "pip", "agent", "Eastwood"),
    # BBC tech: the number of new viruses grew, not the count of known ones
    ("The count of known viruses broke the 100,000 barrier and the number of new viruses grew by more than 50%.",
     "grow", "theme", "the number of new viruses"),
])
def test_the_noun_before_a_tensed_conjunct_is_its_subject(nlp, sentence, lemma, role, subject):
    (event,) = _roles(nlp, sentence, lemma)
    assert event.get(role) == [subject], event


def test_the_first_clause_keeps_its_own_object(nlp):
    sentence = "Her appearance will also benefit charities in the region and the Swiss star will donate her prize money."
    (benefit,) = _roles(nlp, sentence, "benefit")
    assert benefit.get("place") == ["the region"], benefit


def test_a_conjunct_after_its_own_adverbial_keeps_the_shared_subject(nlp):
    # BBC politics: "and in recent years has served": the phrase before the verb is its own
    sentence = ("He quit the government in 1999 and in recent years has served as the chairman of the all-party "
                "committee on Lords reform.")
    (serve,) = _roles(nlp, sentence, "serve")
    assert serve.get("agent") == ["He"], serve
