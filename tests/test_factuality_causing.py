"""What a verb of causing makes its object do is as sure as the causing, whatever the object is:
"leading the pair to trade kicks" (the pair traded them), not the causer's purpose
(factuality_cues.tsv control cues read asserted; kg.extract.controllers.adverbial_controller)."""

import pytest

from tests.extract_helpers import event_roles, sentence_events


def _event(nlp, sentence, lemma):
    return next(event for event in sentence_events(nlp, sentence) if event.lemma == lemma)


@pytest.mark.parametrize(("sentence", "lemma", "agent"), [
    # bbc/entertainment/276: the parser hangs "to trade" on "leading" as an adverbial clause.
    ("The music resumed minutes later but after several more songs, the singer appeared to accidentally disconnect "
     "Walden's guitar, leading the pair to trade kicks and punches.", "trade", "the pair"),
    # bbc/politics/303.
    ("But it partly collapsed over the Conservative leader's own role, prompting the Queen to ask Harold Wilson to "
     "form a Labour government.", "ask", "the Queen"),
    # bbc/business/429: a thing caused to act.
    ("The Commerce Department figures caused the dollar to weaken further.", "weaken", None),
])
def test_what_is_caused_is_as_sure_as_the_causing(nlp, sentence, lemma, agent):
    event = _event(nlp, sentence, lemma)
    assert event.factuality.value == "asserted"
    if agent is not None:
        assert event_roles(event)["agent"] == [agent]


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # A need of a thing stays a purpose (bbc/business, paraphrased: Yukos "needed further capital to avoid").
    ("The firm needed further capital to avoid being thrown off the market.", "throw off", ("possible", "avoid")),
    # A causing that is only planned leaves what it causes planned (paraphrased from bbc/entertainment/276).
    ("The singer will disconnect the guitar, leading the pair to trade kicks and punches.", "trade", ("planned", "will")),
])
def test_a_purpose_or_a_planned_causing_is_unchanged(nlp, sentence, lemma, reading):
    event = _event(nlp, sentence, lemma)
    assert (event.factuality.value, event.cue) == reading
