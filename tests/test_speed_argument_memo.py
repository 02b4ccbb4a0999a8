"""The heads and arguments of runs of words, read once per document (``Words.heads``,
``Words.arguments``: kg.extract.spans.argument_head and to_argument), answer what
reading them afresh answers, for every run asked again and for spaCy's own tokens."""

from __future__ import annotations

import random

from kg.extract.spans import _argument, _first_outside, argument_head, noun_phrase, to_argument
from kg.extract.words import Words

# Real sentences (politics/3xx, business/2xx), shortened.
_TEXT = ("Mr Kennedy said the Liberal Democrats would scrap the council tax and replace it with a local income tax. "
         "The German car maker said its first-quarter profits rose by 12% to 1.2bn euros. "
         "Ministers have not ruled out a ban on smoking in all public places in England.")


def _runs(words: Words, rng: random.Random) -> list[list]:
    """Runs of words as rules ask for them: noun phrases, slices, shuffled and gapped ones."""
    runs = [list(noun_phrase(word)) for word in words if word.pos_ in ("NOUN", "PROPN", "PRON")]
    for _ in range(200):
        start = rng.randrange(len(words))
        run = list(words[start : start + rng.randrange(0, 8)])
        if rng.random() < 0.3:
            rng.shuffle(run)
        if rng.random() < 0.3 and len(run) > 2:
            del run[1]
        runs.append(run)
    return runs


def test_a_run_s_head_asked_again_is_the_head_read_afresh(nlp):
    words = Words(nlp(_TEXT))
    try:
        rng = random.Random(40)
        runs = _runs(words, rng)
        for run in runs + runs[::-1]:  # every run asked twice, in two orders
            assert argument_head(run) is _first_outside(run)
            assert argument_head(list(run)) is _first_outside(run)  # a copy of the list: the same answer
        assert argument_head([]) is None
        assert any(len(key) > 2 for key in words.heads)
        assert all(len(key) > 2 for key in words.heads)  # one or two words are read without the memo
    finally:
        words.release()
    assert words.heads == {} and words.arguments == {}


def test_a_run_s_argument_made_again_equals_the_one_made_afresh(nlp):
    words = Words(nlp(_TEXT))
    try:
        rng = random.Random(41)
        for run in [run for run in _runs(words, rng) if run] * 2:
            ordered = sorted(run, key=lambda word: word.i)
            assert to_argument(ordered, words.text) == _argument(ordered, words.text)
        # "the council tax": made once, the same record every time it is asked for.
        tax = next(word for word in words if word.text == "tax")
        phrase = list(noun_phrase(tax))
        assert to_argument(phrase, words.text) is to_argument(list(phrase), words.text)
        assert to_argument(phrase, words.text).text == "the council tax"
        # Another text than the words' own is never served from the memo.
        other = words.text.upper()
        assert to_argument(phrase, other).text == "THE COUNCIL TAX"
    finally:
        words.release()


def test_spacy_tokens_are_read_without_the_memo(nlp):
    doc = nlp(_TEXT)
    maker = next(token for token in doc if token.text == "maker")
    phrase = noun_phrase(maker)
    assert [t.text for t in phrase] == ["The", "German", "car", "maker"]
    assert argument_head(phrase).i == maker.i
    assert to_argument(phrase, doc.text).text == "The German car maker"
    assert argument_head([doc[0]]).i == 0
