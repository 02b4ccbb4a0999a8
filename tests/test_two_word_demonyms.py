"""Rule ``two-word demonyms`` (kg.extract.nationals): a nationality of two words that NER kept
before a person's name ("New Zealander Graham Henry") is cut from it, as one word is
("American Davenport"). Sentences from sport/386 and sport/392 of the BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.nationals import nationals_stripped
from kg.extract.words import Words
from kg.records import Mention
from kg.types import EntityType as T


def _names(nlp, text: str) -> dict[str, T]:
    return {mention.text: mention.type for mention in find_mentions(nlp(text))}


def test_a_two_word_nationality_is_cut_from_a_persons_name(nlp):
    text = "He lost his starting place to New Zealander Jason Spice and has fallen further behind."
    names = _names(nlp, text)
    assert names.get("Jason Spice") is T.PERSON
    assert not any(name.startswith("New Zealander") for name in names)


def _stripped(nlp, text: str, name: str) -> str:
    words = Words(nlp(text))
    start = next(w.i for w in words.words if w.text == name.split()[0])
    end = start + len(name.split())
    first, last = words.words[start], words.words[end - 1]
    mention = Mention(first.idx, last.idx + len(last.text), name, T.ORGANIZATION, 0)
    return nationals_stripped([(mention, (start, end))], words)[0][0].text


def test_the_coach_loses_his_nationality(nlp):
    text = "In 2001 New Zealander Graham Henry was the head coach of the touring side."
    assert _stripped(nlp, text, "New Zealander Graham Henry") == "Graham Henry"


def test_a_firms_name_keeps_its_nationality(nlp):
    # No person's name after the demonym: a firm's own name stays whole.
    assert _stripped(nlp, "Shares in South African Breweries rose on Monday.", "South African Breweries") == (
        "South African Breweries"
    )
    # A country's name of two words is no demonym.
    assert _stripped(nlp, "New Zealand Rugby said it would appeal.", "New Zealand Rugby") == "New Zealand Rugby"
