"""kg.extract.phrasalcues: a particle verb is its own cue word."""

import pytest


def _readings(nlp, sentence):
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality.value for event in extract(Document("t", sentence), nlp(sentence)).events}


@pytest.mark.parametrize(("sentence", "lemma", "factuality"), [
    # A particle verb is its own cue (kg.extract.phrasalcues): "closing in on" is near doing it.
    ("Newcastle manager Graeme Souness is closing in on signing Chelsea defender Celestine Babayaro when the "
     "transfer window reopens.", "sign", "possible"),
    # "came close to" did not happen.
    ("Arsenal came close to signing the striker last summer.", "sign", "negated"),
])
def test_a_particle_verb_is_its_own_cue(nlp, sentence, lemma, factuality):
    assert _readings(nlp, sentence)[lemma] == factuality
