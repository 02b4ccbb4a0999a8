"""What an offer, a promise, a pledge or a proposal gives is its "of" phrase, the theme
(kg.extract.genitives, given_of_nouns.txt), never the one who offers; an "of" that names
someone is still who acts."""

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC entertainment/207 ("flooded with offers of TV work"), business/220 (Deutsche Boerse's
    # "informal offer of 530 pence per LSE share"), paraphrased.
    ("The union is considering an offer of a 4% pay increase.", "offer",
     {"theme": ["a 4% pay increase"], "agent": None}),
    ("The company rejected an offer of TV work.", "offer", {"theme": ["TV work"], "agent": None}),
])
def test_what_is_offered_is_the_theme(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # An "of" that names someone, and a possessor, still act.
    ("The offer of Mr Glazer was rejected by the board.", "offer", {"agent": ["Mr Glazer"], "theme": None}),
    ("Drivers rejected the operator's offer of an 8% rise over two years.", "offer",
     {"agent": ["the operator"], "theme": ["an 8% rise"]}),
])
def test_a_named_of_or_a_possessor_still_acts(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
