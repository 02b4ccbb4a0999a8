"""A verb of aspect before the -ing verb it governs heads no event; the -ing verb's event stays
(kg.extract.aspectgerunds). Sentences from unseen BBC articles (index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _lemmas(nlp, sentence: str) -> dict[str, dict[str, list[str]]]:
    return {event.lemma: event_roles(event) for event in sentence_events(nlp, sentence)}


@pytest.mark.parametrize(("sentence", "aspect", "event"), [
    # BBC sport/203 (shortened).
    ("Adrian Mutu, banned by the English FA, can resume playing next May.", "resume", "play"),
    # BBC sport/386 (shortened).
    ("Alastair Campbell is due to resume working for the government in the new year.", "resume", "work"),
    # BBC politics/349 (paraphrased): the particle "on".
    ("Michael Howard kept on talking about the past.", "keep on", "talk"),
    # BBC business/484 (paraphrased): "on" read as a preposition taking the -ing.
    ("Sales of the toys carried on rising on Monday as children spent their pocket money.", "carry", "rise"),
])
def test_the_ing_verb_is_the_event(nlp, sentence, aspect, event):
    lemmas = _lemmas(nlp, sentence)
    assert event in lemmas, lemmas
    assert aspect not in lemmas and aspect.split()[0] not in lemmas, lemmas


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC entertainment/378 (shortened): an object, no -ing: the career began.
    ("Born in New Jersey, Debra Hill began her career as a production assistant.", "begin"),
    # BBC business/392 (shortened): the talks began.
    ("Euronext also began talks with the London Stock Exchange.", "begin"),
])
def test_an_aspect_verb_with_no_ing_complement_stays(nlp, sentence, lemma):
    lemmas = _lemmas(nlp, sentence)
    assert lemma in lemmas, lemmas
