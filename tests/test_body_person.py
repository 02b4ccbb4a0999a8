"""Rule ``body and person apart`` (kg.extract.bodyperson): a body's span and a person's full name
side by side stay two names, and a post's name before the person is the person's title.
Sentences from politics/299 and politics/328 of the BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.bodyperson import is_post, person_after_body
from kg.extract.mentions import find_mentions
from kg.extract.words import Words
from kg.types import EntityType as T

_HOWARD = "Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards."
_HARMAN = (
    "He said the answer had been prepared in his office with the involvement of Solicitor General "
    "Harriet Harman, two of his own officials and three Foreign Office officials."
)


def _names(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_a_body_and_a_full_name_stay_apart(nlp):
    names = _names(nlp, _HOWARD)
    assert names.get("Michael Howard") is T.PERSON
    assert "BBC Michael Howard" not in names


def test_the_rule_asks_for_a_full_name_after_a_body(nlp):
    words = Words(nlp("Shares in Lockheed Martin and the BBC Michael Howard rose."))
    at = {w.text: w.i for w in words.words}
    assert person_after_body(words, "ORG", "PERSON", at["Michael"], at["Howard"] + 1)
    # A one-word span joins as before ("Lockheed" + "Martin"), and so does a pair of bodies.
    assert not person_after_body(words, "ORG", "PERSON", at["Martin"], at["Martin"] + 1)
    assert not person_after_body(words, "ORG", "ORG", at["Michael"], at["Howard"] + 1)
    assert not person_after_body(words, "PERSON", "PERSON", at["Michael"], at["Howard"] + 1)


def test_a_posts_name_is_no_body(nlp):
    words = Words(nlp(_HARMAN))
    at = {w.text: w.i for w in words.words}
    assert is_post(words, at["Solicitor"], at["General"] + 1)
    assert not is_post(words, at["Foreign"], at["Office"] + 1)
    names = _names(nlp, _HARMAN)
    assert "Solicitor General Harriet Harman" not in names and "Solicitor General" not in names
