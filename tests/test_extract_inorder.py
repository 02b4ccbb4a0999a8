"""An "in order to" infinitive is its served verb's doer's act, and "order" is no subject
(kg.extract.inorder): a later "It" still finds the doer. Sentences after business/012 of
the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.extract.inorder import served_verb
from tests.extract_helpers import role_labels


def test_a_later_it_finds_the_doer_past_an_in_order_clause(nlp):
    text = ("Fuel prices\n\nIndonesia pays subsidies to importers in order to stabilise domestic fuel prices, but "
            "higher oil prices have forced the government to spend more on holding prices down. It spent 59.2 "
            "trillion rupiah on fuel subsidies in 2004.")
    assert ("agent", "Indonesia") in role_labels(nlp, text, "spend")


def test_the_served_verb(nlp):
    doc = nlp("Indonesia pays subsidies to importers in order to stabilise domestic fuel prices.")
    stabilise = next(t for t in doc if t.lower_ == "stabilise")
    assert served_verb(stabilise).lower_ == "pays"


def test_an_order_to_act_is_no_purpose(nlp):
    doc = nlp("The court issued an order to freeze the firm's assets.")
    freeze = next(t for t in doc if t.lower_ == "freeze")
    assert served_verb(freeze) is None
