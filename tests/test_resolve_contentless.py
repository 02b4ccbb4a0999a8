"""A statement event with its speaker and nothing said is not kept (kg.resolve.contentless);
one with a content, a topic or a recipient stays, and so does an act whole in itself
("would not apologise", a speech)."""

from __future__ import annotations

from collections import Counter

from kg.extract import extract
from kg.records import Document
from kg.resolve import resolve


def _lemmas(nlp, text: str) -> Counter[str]:
    document = Document(id="t", text=text, date="2005-01-13")
    return Counter(event.lemma for event in resolve(extract(document, nlp(text))).events)


def test_a_hint_with_no_content_is_dropped(nlp):
    # politics/380: the hinted clause is left to no argument
    text = ("Speaking on BBC Radio 4, Michael Howard hinted the Tories might go into the general "
            "election with a promise to cancel income tax for the lowest-paid workers.")
    assert _lemmas(nlp, text)["hint"] == 0


def test_a_confirm_with_no_content_is_dropped(nlp):
    # politics/281, paraphrased
    text = ("Robert Kilroy-Silk told Sky News there was support for a new party, "
            "something he has yet to confirm will happen.")
    assert _lemmas(nlp, text)["confirm"] == 0


def test_a_statement_with_its_content_stays(nlp):
    # politics/2xx: what was unveiled is the event's theme
    text = "Plans to abolish 162 quangos have been unveiled by the Conservatives."
    assert _lemmas(nlp, text)["unveil"] == 1


def test_an_apology_is_whole_in_itself(nlp):
    # politics/2xx, paraphrased: the refusal to apologise is news with no content
    text = "Ken Livingstone said earlier this week he would not apologise even if Tony Blair asked."
    assert _lemmas(nlp, text)["apologise"] == 1


def test_a_speech_is_an_occasion(nlp):
    # tech/291: a speech set for a day stays
    text = "Microsoft chief Bill Gates is to make a pre-show keynote speech on Wednesday."
    assert _lemmas(nlp, text)["make speech"] == 1
