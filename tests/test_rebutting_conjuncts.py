"""A verb of rebutting words (a claim noun or a pronoun for them) coordinated after a reported
clause, with no subject of its own, is the speaker's act, not part of what they said
(kg.extract.speechbounds.speaker_conjunct)."""

import pytest

from tests.extract_helpers import resolved_part


def _contents(nlp, text):
    return [quote.content for quote in resolved_part(nlp, text).quotes]


@pytest.mark.parametrize(("text", "content"), [
    # bbc/politics/402
    ("Mr Milburn has repeatedly said the chancellor was key to the campaign and dismissed claims of a rift.",
     "the chancellor was key to the campaign"),
    # bbc/politics/218
    ('The prime minister said he had discussed these claims with the chancellor and dismissed them as a "load of '
     'nonsense".', "he had discussed these claims with the chancellor"),
])
def test_a_rebuttal_is_the_speakers_act(nlp, text, content):
    assert _contents(nlp, text) == [content]


def test_a_rebuttal_of_no_words_stays_in_the_content(nlp):
    text = "The spokesman said the board met on Monday and rejected the bid."
    assert _contents(nlp, text) == ["the board met on Monday and rejected the bid"]
