"""A name set beside the noun of a firm's kind is a company's, in all its mentions.

NER reads a company's name it does not know as a person's, and repeats the reading:
"water firm Aguas Argentinas" is an organisation there (the cue noun types that
mention) and a person on each of its eight later mentions ("wants Aguas Argentinas
to make an annual investment"), which outvote the cue. The kind noun is evidence
about the name, not about its mention only.

Rule ``firm kind``: a name right after a lower-case, singular noun of a firm's kind
(``firm_kinds.txt``: "firm", "business", "retailer", "chain"), which modifies the
name or which the name stands in apposition to ("property business Lensworth",
"Leading electronics chain Best Buy"), acts as a company (``kg.extract.spread.
companies_not_people`` then types every mention NER read as a person an
organisation, unless the name looks like a person's, has a person's title or is a
name of one of the article's people). Not a name that is the subject of a clause on
the noun ("the company Tim Smith founded"), nor after a noun a person is called too
("film maker Morgan Spurlock", "broadcaster John Humphrys": not in the table).

Rule ``firm trade``: so does a single name right after the plural noun of a trade
(``firm_trades.txt``), set beside it: "according to consultants Strategy Analytics",
"analysts Ovum": no one person is several analysts (not a list, "analysts Ovum and
Gartner", whose members the noun shares; nor "colleagues", "rivals": not in the table).
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon.table import read_words

FIRM_KINDS = read_words("firm_kinds.txt")
FIRM_TRADES = read_words("firm_trades.txt")


def after_firm_kind(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a name set beside a firm's kind right before them: "water
    firm Aguas Argentinas", "electronics chain Best Buy" (see the module docstring)."""
    if start == 0:
        return False
    before = words.words[start - 1]
    if before.pos_ != "NOUN" or not before.text.islower():
        return False
    root = words.root(start, end)
    if before.tag_ == "NNS":  # rule ``firm trade``: "consultants Strategy Analytics"; not a list
        listed = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
        if listed or fold(before.lemma_) not in FIRM_TRADES:
            return False
    elif before.tag_ != "NN" or fold(before.lemma_) not in FIRM_KINDS:
        return False
    return before.head is root or (root.dep_ == "appos" and root.head is before)
