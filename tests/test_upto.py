"""An amount "up to X" cut off from its bare preposition runs on in the phrase (kg.extract.upto)."""

from __future__ import annotations

from tests.extract_helpers import check_roles, sentence_events


def test_speeds_of_up_to_keep_their_amount(nlp):
    # tech/335: was support(theme=speeds of), "up" a particle
    check_roles(nlp, "Vodafone will eventually support speeds of up to 14Mbps.", "support",
                {"theme": ["speeds of up to 14Mbps"]})
    lemmas = [event.lemma for event in sentence_events(nlp, "BT is offering broadband speeds of up to 8Mbps.")]
    assert "offer" in lemmas and "offer up" not in lemmas


def test_an_amount_the_preposition_holds_is_left_as_it_is(nlp):
    # "of" has its object, nothing is cut
    check_roles(nlp, "The charges carry sentences of up to 20 years.", "carry", {"theme": ["sentences of up to 20 years"]})
    # "up" after a preposition with its object is no amount of it
    assert not [e for e in sentence_events(nlp, "Mr Smith presided over a net fall in jobs up to the election.")
                if any(a.argument.text.endswith("up to the election") for a in e.arguments)]
