"""What an aim, a goal or a plan "is to" do is that noun's content: planned, never done
(kg.extract.aims): the infinitive after the copula and what hangs on it; not after a subject
that frames no plan, and "is to" with a party for subject stays "be to"."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC politics/360 ("The aim of his package will be to keep any disillusioned core Labour voters
    # in the fold, while ensuring ..."), tech/334 ("Nintendo's goal is to ship 5 million"), paraphrased.
    ("Labour's aim is to recruit black candidates in London while ensuring that Tony Blair keeps his majority.",
     "ensure", ("planned", "aim")),
    ("The aim is for Labour to recruit Trevor Phillips in London.", "recruit", ("planned", "aim")),
    ("The goal is for Nintendo to ship five million consoles in Europe.", "ship", ("planned", "goal")),
    ("The hope is for Wales to beat England in Cardiff.", "beat", ("possible", "hope")),
])
def test_an_aims_content_is_planned(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/301 ("Investors are to receive £194m compensation"), paraphrased; a subject of no intent.
    ("Investors in Equitable Life are to receive compensation from Halifax.", "receive", ("planned", "be to")),
    ("Labour recruited black candidates in London while ensuring that Tony Blair kept his majority.",
     "ensure", ("asserted", None)),
])
def test_other_infinitives_keep_their_reading(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence).get(lemma) == reading
