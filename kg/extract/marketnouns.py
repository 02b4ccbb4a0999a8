"""A goods noun capitalised only because it opens a sentence, before what a market measures of it, is no name.

"House prices fell further in November" gives NER an organisation "House", and kg then an
owner of the fall: fall(owner=House, House prices). A lone word at the head of a sentence
or a quotation (``kg.extract.initials.heads``) is such a common noun, and rejected under
``kg.extract.namelike``'s ``sentence-initial`` rule, when all of these hold:

- it is written as a common word is at a head: letters only, a capital and then lower case
  (not "OneTel", "UBS");
- it modifies the word right after it, a lower-case noun of what a market measures
  (``market_measures.txt``: prices, sales, exports, output ...; not shares or profits,
  a firm's own: "Shell shares fell");
- the article capitalises it nowhere but at a head ("Shares in Next fell ... Next sales
  rose": Next stays a name);
- it is no given name, nickname, demonym or known place ("Jersey exports" stays).

Unlike ``kg.extract.initials.common_word_at_head`` the article need not write the word in
lower case too: an article about house prices may never write "house" alone.
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import GIVEN_NAMES, NICKNAMES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words

MARKET_MEASURES = read_words("market_measures.txt")
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def goods_word_at_head(words: Words, start: int, end: int, at_head: frozenset[int]) -> bool:
    """Words ``start:end`` are one goods noun at a head before a market's measure of it
    (see the module docstring); ``at_head`` comes from ``kg.extract.initials.heads``."""
    tokens = words.words
    if end - start != 1 or start not in at_head or end >= len(tokens):
        return False
    word, measure = tokens[start], tokens[end]
    text = word.text
    if not (text.isalpha() and len(text) > 1 and text[0].isupper() and text[1:].islower()):
        return False
    if word.dep_ not in _MODIFIERS or word.head.i != measure.i:
        return False
    if not measure.text.islower() or measure.tag_ not in _NOUN_TAGS or fold(measure.lemma_) not in MARKET_MEASURES:
        return False
    lower = word.lower_
    if any(other.lower_ == lower and other.i not in at_head and other.text[:1].isupper() for other in tokens):
        return False  # capitalised inside a sentence too: a name ("Shares in Next fell")
    form = fold(text)
    return form not in GIVEN_NAMES and form not in NICKNAMES and demonym_country(text) is None and (
        not gazetteer().is_place(text)
    )
