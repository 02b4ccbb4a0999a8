"""Whether an article is a sports report, and of which sports, from its words.

Rule ``sport words``: an article is a sports report when enough of its words are
sport words (``kg/lexicon/data/sport_words.tsv``): there "Leicester beat Bath" names
clubs. A word of the first half of a hyphenated sport word counts only there: the
"quarter" of "a quarter-final", not of "the third quarter" of a firm's year.
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.lexicon import SPORT_WORDS

_SPORT_SHARE = 0.012  # a sports report: at least this share of its words are sport words ...
_SPORT_MIN = 5  # ... and at least this many
_KIND_MIN = 2  # a sport's own words seen this often make it that sport
_PARTS_OF_SPEECH = frozenset({"NOUN", "VERB", "ADJ"})


def sport_context(words: Words) -> frozenset[str]:
    """The sports an article reports on: empty for no sports report, else ``"sport"``
    and each sport whose own words occur at least twice ("football", "rugby" ...)."""
    hits: dict[str, int] = {}
    total = 0
    tokens = words.words
    for i, word in enumerate(tokens):
        kind = SPORT_WORDS.get(word.lemma_.lower())
        if kind == "prefix":
            # "quarter-final", "semi-final": the word counts before its hyphen only.
            kind = "any" if i + 1 < len(tokens) and tokens[i + 1].text == "-" else None
        if kind is not None and word.pos_ in _PARTS_OF_SPEECH:
            total += 1
            hits[kind] = hits.get(kind, 0) + 1
    if total < max(_SPORT_MIN, _SPORT_SHARE * len(tokens)):
        return frozenset()
    return frozenset({"sport"} | {kind for kind, count in hits.items() if kind != "any" and count >= _KIND_MIN})
