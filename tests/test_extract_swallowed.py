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


@pytest.mark.parametrize(("sentence", "lemma", "role", "subject"), [
    # BBC sport: O'Gara answered and won his cap, not Hodgson (the parse made O'Gara a conjunct of "nailed")
    ("England fly-half Charlie Hodgson nailed the conversion from out on the left, but almost immediately O'Gara, "
     "winning his 50th cap, answered with two penalties in quick succession.", "answer", "agent", "O'Gara"),
    ("England fly-half Charlie Hodgson nailed the conversion from out on the left, but almost immediately O'Gara, "
     "winning his 50th cap, answered with two penalties in quick succession.", "win", "agent", "O'Gara"),
    # BBC sport: the full-back threw the ball into touch, not the fly-half who failed to punish it
    ("The fly-half failed to dispense punishment though with a scuffed attempt after France full-back Pepito Elhorga, "
     "scragged by Lewsey, threw the ball into touch.", "throw", "agent", "France full-back Pepito Elhorga"),
    # BBC business: the predecessor died, not Mr Bell
    ("Mr Bell took over as chief executive after his predecessor as CEO, Jim Cantalupo, died suddenly of a heart "
     "attack in April.", "die", "theme", "his predecessor"),
])
def test_the_noun_before_an_aside_is_the_subject_of_the_verb_after_it(nlp, sentence, lemma, role, subject):
    (event,) = _roles(nlp, sentence, lemma)
    assert event.get(role) == [subject], event


def test_a_list_of_verbs_keeps_its_subject(nlp):
    # BBC sport: he was turned over; the clause between commas is one more verb of the list, no aside
    sentence = ("He missed a tackle on Michael Owen in the build-up to Wales' try, conceded a penalty at the breakdown, "
                "was turned over in another tackle and fumbled the kick into touch.")
    (turn,) = _roles(nlp, sentence, "turn over")
    assert turn.get("patient") == ["He"], turn
