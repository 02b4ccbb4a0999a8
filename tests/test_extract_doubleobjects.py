"""kg.extract.doubleobjects: two direct objects side by side, people first, are who gets
what, not one list of themes."""

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # entertainment, tech: the first object is people, the second follows it straight away
    ("The BBC is trialling a similar service, offering broadband users the chance to watch programmes already "
     "broadcast on their PC.", "offer",
     {"recipient": ["broadband users"], "theme": ["the chance to watch programmes already broadcast on their PC"]}),
    ("Sun Grid costs users $1 (53p) for an hour's worth of processing.", "cost", {"recipient": ["users"]}),
    # the dative the parser marked stays as it was
    ("NTL is also offering viewers the chance to catch up with programmes they have missed.", "offer",
     {"recipient": ["viewers"], "theme": ["the chance to catch up with programmes they have missed"]}),
])
def test_people_before_a_second_object_get_it(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # not people first: a level after the object, a name NER missed
    ("In 2001 the 11 September attacks pushed claims up to $37bn.", "push", {"recipient": None}),
    ("He sold his company 19 for less than expected.", "sell", {"recipient": None}),
    # not side by side: a noun the parser misread beyond a phrase
    ("Coach Andy Robinson dropped Dawson for the autumn Tests after he missed training.", "drop", {"recipient": None}),
    # a verb's form the parser read as an object
    ("Henson sent Luscombe streaking away and when he off-loaded to Martyn Williams, the flanker showed his nous.",
     "send", {"recipient": None}),
    # a verb of describing: the second object says what the first is
    ("The Tories branded Mr Blair a failure.", "brand", {"recipient": None}),
])
def test_other_objects_get_no_recipient(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
