"""An -ing event that an adjective or noun of intent governs is planned, or negated when the
intent is denied (kg.extract.intents)."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities, sentence_events


def _factuality(nlp, sentence: str, lemma: str) -> Factuality:
    return event_factualities(nlp, sentence)[lemma]


@pytest.mark.parametrize(
    ("sentence", "lemma", "expected"),
    [
        # BBC business/392: an interest told, no bid made
        ("Paris-based Euronext, owner of Liffe in London, has also said it is interested in bidding for LSE.",
         "bid", Factuality.PLANNED),
        # BBC tech/281
        ('Mr Hogan said worm writers were more interested in recruiting PCs to take part in "bot nets".',
         "recruit", Factuality.PLANNED),
        ("Deutsche Boerse expressed an interest in buying the LSE.", "buy", Factuality.PLANNED),
        # BBC business/428: no one means to
        ("This, they say, indicates that neither country is interested in raising the temperature at this stage.",
         "raise", Factuality.NEGATED),
        ("Euronext is not interested in buying the LSE.", "buy", Factuality.NEGATED),
    ],
)
def test_an_intent_makes_its_ing_event_planned(nlp, sentence, lemma, expected):
    assert _factuality(nlp, sentence, lemma) is expected


def test_a_deed_after_a_preposition_stays_asserted(nlp):
    # "succeeded in": no intent word; the deed is done
    sentence = "Euronext succeeded in buying the LSE last year."
    assert _factuality(nlp, sentence, "buy") is Factuality.ASSERTED


def test_a_demand_made_is_no_deed_done(nlp):
    # a verb of intent's "on" + -ing (intent_words.tsv): the removal is demanded, not done
    sentence = "The Tories insisted on removing the clause from the bill."
    assert _factuality(nlp, sentence, "remove") is Factuality.PLANNED


@pytest.mark.parametrize(
    ("sentence", "lemma", "agent"),
    [
        # the subject of "be" + adjective does what the adjective's -ing clause says
        # (kg.extract.clauses; BBC business/475, entertainment/308)
        ("Deutsche Bank, which was responsible for selling the convertible bonds to investors, could face penalties "
         "if the complaint is upheld.", "sell", "Deutsche Bank"),
        ("Jeunet was also responsible for directing Tautou in Amelie in 2001.", "direct", "Jeunet"),
        ("Microsoft is keen on buying Yahoo.", "buy", "Microsoft"),
        # BBC business: the one close to doing it does it
        ("In November, Absa said it was close to striking a deal with Barclays.", "strike", "it"),
        ("Andy Roddick is reportedly close to confirming Dean Goldfine as his new coach.", "confirm", "Andy Roddick"),
    ],
)
def test_the_subject_of_an_adjective_does_its_ing_clause(nlp, sentence, lemma, agent):
    events = [event for event in sentence_events(nlp, sentence) if event.lemma == lemma]
    assert events, lemma
    assert {a.argument.text for a in events[0].arguments if a.role == "agent"} == {agent}
