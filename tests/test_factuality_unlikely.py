"""What a source calls unlikely is expected not to happen: negated (FactBank's PR-, probably-not),
never possible, which read "a rise is very unlikely" as a rise that may come; "likely" stays
possible ("unlikely" in kg/lexicon/data/factuality_cues.tsv, kind ``adjective``). On BBC news
sentences, paraphrased where needed."""

from __future__ import annotations

import pytest

from kg.types import Factuality
from tests.extract_helpers import event_factualities, event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC sport/341: "is unlikely to" + infinitive
    ("Flanker Colin Charvis is unlikely to play any part in Wales' final two games of the Six Nations.", "play"),
    # BBC sport/442, paraphrased: under a speech verb, the speaker's expectation
    ("British and Irish Lions coach Clive Woodward says he is unlikely to select any players not involved "
     "in next year's Six Nations Championship.", "select"),
    # BBC politics/211, paraphrased: an extraposed that-clause
    ("Lord Woolf said it is highly unlikely that the lord chancellor would appoint a judge against his wishes.",
     "appoint"),
    # BBC tech/2xx style, paraphrased: an event noun the clause calls unlikely
    ("Analysts said a rise in interest rates was very unlikely this year.", "rise"),
])
def test_what_is_called_unlikely_is_negated(nlp, sentence, lemma):
    factuality, cue = event_readings(nlp, sentence)[lemma]
    assert (factuality, cue) == (Factuality.NEGATED.value, "unlikely")


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # BBC business/416: "likely" stays a guess that it will happen
    ("That means that the Federal Reserve is likely to continue its policy of raising interest rates.",
     "continue", Factuality.POSSIBLE),
    # "unlikely" as a plain adjective of a person frames no event (BBC sport/268, paraphrased)
    ("Sol Campbell proved to be an unlikely match-winner as he scored to earn Arsenal a win at Portsmouth.",
     "score", Factuality.ASSERTED),
])
def test_likely_and_an_unlikely_person_are_no_negation(nlp, sentence, lemma, factuality):
    assert event_factualities(nlp, sentence)[lemma] is factuality
