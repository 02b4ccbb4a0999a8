"""kg.extract.termacronyms searches for its pattern only before a bracketed acronym, from the
start of the lower-case words before it: the matches are those of the pattern tried at every
position (``_DEFINED.finditer``), so the terms found are the same. Sentences after business/2xx,
tech/2xx and sport/3xx of the BBC corpus, and made-up strings at the pattern's edges."""

from __future__ import annotations

import random

from kg.extract.termacronyms import _DEFINED, _defined, term_acronyms

_TEXTS = [
    "Growth in the country's gross domestic product (GDP) slowed, and the consumer price index (CPI) rose.",
    "Using liquid-crystal displays (LCDs) cuts power, the internet service provider (ISP) said.",
    "The drug may alleviate the symptoms of multiple sclerosis (MS), said the Medical Research Council (MRC).",
    "the launch of its much anticipated initial public offer (IPO)",  # nine words: the match starts at the second
    "XYZinitial public offer (IPO)",  # the pattern may start inside a word
    "an -odd\u00a0general meeting\n(EGM) and (IPO) and public offer(IPO) and a b (ABs)",
    "",
]


def _spans(matches) -> list[tuple]:
    return [(match.span(), match.groups()) for match in matches]


def test_the_matches_are_finditer_s_on_corpus_sentences():
    for text in _TEXTS:
        assert _spans(_defined(text)) == _spans(_DEFINED.finditer(text))


def test_the_terms_found():
    assert term_acronyms(_TEXTS[0]) == {"GDP", "CPI"}
    assert term_acronyms(_TEXTS[1]) == {"ISP"}  # "liquid-crystal displays": two words for three letters
    assert term_acronyms(_TEXTS[2]) == {"MS"}  # "Medical Research Council": capitalised, a name
    assert term_acronyms(_TEXTS[3]) == {"IPO"}


def test_the_matches_are_finditer_s_on_random_strings():
    rng = random.Random(42)
    pieces = ["a", "ab", "b-c", "-x", "Xab", " ", "  ", "\n", "\u00a0", "(AB)", "(ABs)", "(ABC)", ")", "(", ".", "Q"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(40)))
        expected = _spans(_DEFINED.finditer(text))
        assert _spans(_defined(text)) == expected, text
        found += bool(expected)
    assert found > 1_000  # the strings do hold matches
