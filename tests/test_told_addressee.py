"""kg.extract.toldaddressee: the name right after "told", misread as a modifier of the clause's
subject, is the one told, not part of what was told. Sentences paraphrased from BBC
entertainment/148 and politics coverage."""

import pytest

from tests.extract_helpers import said_by


@pytest.mark.parametrize(("sentence", "opening"), [
    ("Henri Yoxall, general manager of British Music Rights, told BBC News schools had been crying out for a resource.",
     "schools had"),
    ("Education Secretary Ruth Kelly told the BBC progress had been made against disruptive pupils.", "progress had"),
    ("Mr Brown told the BBC News website fans were angry about the price.", "fans were"),
])
def test_the_one_told_is_cut_from_what_was_told(nlp, sentence, opening):
    assert opening in said_by(nlp, sentence)


@pytest.mark.parametrize(("sentence", "opening"), [
    # A plain noun after "told" is the one told already; a name inside the clause stays.
    ("Mr Hain told Labour members the election would be close.", "the election"),
    ("Ms Jones told reporters that BBC News had made an error.", "BBC News"),
])
def test_what_was_told_keeps_its_own_words(nlp, sentence, opening):
    assert opening in said_by(nlp, sentence)
