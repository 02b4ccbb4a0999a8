"""A verb of giving with a "with" phrase: its object is who gets, the "with" phrase what is
given ("providing clients with health-related products"; kg.extract.doubleobjects)."""

import pytest

from tests.extract_helpers import event_roles, one_event


@pytest.mark.parametrize(("sentence", "lemma", "recipient", "theme"), [
    # bbc/business/226
    ("McDonalds has also been taking steps to improve its junk food reputation, revamping its menu and providing "
     "clients with health-related products such as pedometers.", "provide", "clients", "health-related products"),
    # bbc/business/224
    ("Earlier this month, Mr Glazer presented the board with detailed proposals on an offer to buy the football "
     "club.", "present", "the board", "detailed proposals"),
])
def test_the_object_gets_what_the_with_phrase_names(nlp, sentence, lemma, recipient, theme):
    roles = event_roles(one_event(nlp, sentence, lemma))
    assert (roles.get("recipient"), roles.get("theme")) == ([recipient], [theme])


def test_a_bare_mass_noun_is_no_recipient(nlp):
    roles = event_roles(one_event(nlp, "The charity will provide help with the forms.", "provide"))
    assert "recipient" not in roles
