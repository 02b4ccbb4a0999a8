"""What an estimate is of: "The IEA raised its forecasts [for global demand]".

The clause rules move a phrase the parse hangs on a verb's object to the verb ("blamed
the unrest on terrorists": the terrorists are the verb's), and a theme keeps none of
its phrases but "of" ("annual bonus rates on its policies" -> "annual bonus rates").
An estimate noun (``estimate_nouns.txt``: forecast, estimate, target) is named by
its "for", "from" or "on" phrase, though: "raised its forecasts for global demand" is
no raising for the sake of demand, "revise its output estimates from Russia" no
revising out of Russia, "raised targets for its Mangala fields" no reason. The phrase
stays in the noun's phrase. A time is not what it is of: "its forecast for 2005" says
when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

ESTIMATE_NOUNS = read_words("estimate_nouns.txt")
_NAMING = frozenset({"for", "from", "on"})
_TIMES = frozenset({"DATE", "TIME"})


def names_estimate(noun: Token | Word, prep: Token | Word) -> bool:
    """Whether ``prep``'s phrase on ``noun`` says what the estimate is of."""
    if noun.lemma_.lower() not in ESTIMATE_NOUNS or prep.dep_ != "prep" or prep.lower_ not in _NAMING:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ not in _TIMES and not pobj.like_num
