"""A name of two words or more ending in a plural, no given name first, is a band in a text
that speaks of bands (kg.extract.bands.plural_name); a work's kind noun right before it
keeps it a work ("compilation", type_cues.tsv). Sentences from BBC entertainment and
business articles (index 200 and up), some paraphrased."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str, name: str) -> list[T]:
    return [mention.type for mention in find_mentions(nlp(text)) if mention.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # entertainment/268
        ("Black Sabbath are one of Britain's most successful heavy rock bands. The top five includes Led Zeppelin, "
         "Iron Maiden and Sex Pistols.", "Sex Pistols"),
        # entertainment/283
        ("Essex act Prodigy are to headline the second stage, joining main stage headliners Scissor Sisters and "
         "Franz Ferdinand. The Manchester band will play on 9 July.", "Scissor Sisters"),
    ],
)
def test_a_plural_name_in_a_text_of_bands_is_a_band(nlp, text, name):
    assert _types(nlp, text, name) == [T.ORGANIZATION]


def test_a_text_of_no_bands_keeps_ner_s_reading(nlp):
    """business/363: a strait's plural name NER read as a person's; no band's word in the text."""
    text = ("Analysts have said that oil companies like ChevronTexaco, Exxon Mobil and British Petroleum would be "
            "happy to find alternative routes to the Bosphorus and Dardanelles Straits.")
    assert _types(nlp, text, "Dardanelles Straits") == [T.PERSON]


def test_a_given_name_first_is_a_person_s(nlp):
    text = "The band played a tribute to Serena Williams before the tennis star met the guitarist."
    assert T.ORGANIZATION not in _types(nlp, text, "Serena Williams")


def test_a_compilation_is_a_work(nlp):
    """entertainment/244: the kind's noun before the name, in a text of bands."""
    text = ("The band's last song is released on the B-side compilation Lipstick Traces, the guitarist said.")
    assert _types(nlp, text, "Lipstick Traces") == [T.WORK]
