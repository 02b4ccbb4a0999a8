"""A work's noun the parser hangs on a word inside the name after it, as an adjective,
is still the name's cue (kg.extract.innerwork, read by kg.extract.cues.cue_type): "the Abba musical Mamma Mia" ("musical"
amod of "Mamma"). On sentences of unseen BBC entertainment articles, read by the session
``nlp`` outside a sports report."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text), sport=frozenset())}


@pytest.mark.parametrize(
    ("text", "work"),
    [
        # NER's person; "musical" amod of "Mamma" (entertainment/346, paraphrased)
        ("Benny Andersson has made money from the Abba musical Mamma Mia.", "Mamma Mia"),
        # NER's person; "single" amod of "Grief" (entertainment/240, paraphrased)
        ("But it will face a challenge from tsunami charity single Grief Never Grows Old.", "Grief Never Grows Old"),
    ],
)
def test_the_title_after_the_noun_is_a_work(nlp, text, work):
    assert _types(nlp, text)[work] is T.WORK


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the person's name before the noun stays a person (entertainment/346, paraphrased)
        ("Benny Andersson has made money from the Abba musical Mamma Mia.", "Benny Andersson"),
        # an adjective that is no work's noun leaves the name alone (entertainment/295, paraphrased)
        ("The gala saw the musical director Richard Eyre greet the cast.", "Richard Eyre"),
    ],
)
def test_not_a_person(nlp, text, person):
    assert _types(nlp, text)[person] is T.PERSON


def test_not_after_a_persons_full_name(nlp):
    # "musical" on "Jailhouse" after Elvis Presley's name: the title keeps NER's reading (entertainment/242)
    text = ("Top of the Pops has turned to the star of Elvis Presley musical Jailhouse Rock after the late rock "
            "legend scooped the UK's 1,000th number one single.")
    assert _types(nlp, text)["Jailhouse Rock"] is not T.WORK
