"""An -ing clause set off by a comma after a purpose tells what the purpose's verb did, as sure as
that verb, not the purpose's plan (kg.extract.purposeasides)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # bbc/business/479: the models were unveiled, as surely as Ford is working.
    ("However, Ford is working hard to revitalise its product portfolio, unveiling the Fusion and Zephyr models "
     "at the International Motor Show in Detroit.", "unveil", ("asserted", None)),
    # The same, paraphrased: a conjunct with no "and" (the parser's other reading).
    ("Ford said it was working hard to revitalise its product portfolio, unveiling new models in Detroit.",
     "unveil", ("reported", "say")),
    # The same, paraphrased: the verb the purpose belongs to is planned, so is the unveiling.
    ("Ford will work hard to revitalise its product portfolio, unveiling new models in Detroit.",
     "unveil", ("planned", "will")),
])
def test_a_participle_after_a_purpose_is_as_sure_as_its_verb(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # The purpose itself stays planned (bbc/business/479).
    ("However, Ford is working hard to revitalise its product portfolio, unveiling the Fusion and Zephyr models "
     "at the International Motor Show in Detroit.", "revitalise", ("planned", "to")),
    # After a control verb's infinitive the participle is part of the plan (paraphrased from business/479).
    ("Ford plans to revitalise its product portfolio, unveiling new models in Detroit.", "unveil", ("planned", "plan")),
    # bbc/business/204: the participle after the main verb keeps that verb's plan.
    ("President Bush is to send his toughest budget proposals to date to the US Congress, seeking large cuts in "
     "domestic spending to lower the deficit.", "seek", ("planned", "be to")),
])
def test_other_participles_and_purposes_are_unchanged(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading
