"""What someone wishes another would do is the wisher's wish: possible, never the doer's plan.

"It wants them to use public transport", "England would prefer him to progress to a position
in the back row", "he would love the 19-year-old to come to Knowsley Road": with an object
before its infinitive (object control), a verb of wishing (``wish_verbs.txt``) leaves the act
open, whatever the wisher's own clause says ("would" is no plan of the 19-year-old's), and
no one's plan. Without an object the infinitive is the subject's own
intent ("wants to leave": planned, ``factuality_cues.tsv``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.attempts import attempted
from kg.extract.permits import permitted
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

WISH_VERBS = read_words("wish_verbs.txt")
_RELATIVE = frozenset({"WDT", "WP"})  # "the changes that he wants to make": his own plan


def wished(verb: Word, complement: Word) -> bool:
    """Whether ``complement``, an infinitive of ``verb``, is what ``verb`` wishes someone else
    (its object, or the subject spaCy gives the infinitive: "prefer him to build") would do."""
    if verb.lemma_.lower() not in WISH_VERBS or complement.dep_ not in ("xcomp", "ccomp") or complement.i < verb.i:
        return False
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in complement.children):
        return False
    return any(c.dep_ in ("dobj", "dative") and c.i < complement.i and c.tag_ not in _RELATIVE for c in verb.children) or any(
        c.dep_ == "nsubj" and c.i < complement.i for c in complement.children)


def left_open(verb: Word, complement: Word) -> bool:
    """Whether ``verb`` leaves its ``complement`` possible, not done: a permission in the present
    (``kg.extract.permits``: "the rule allows clubs to sign"), a wish for another (``wished``) or an
    attempt told as done (``kg.extract.attempts``: "tried to play down the row")."""
    return permitted(verb) or wished(verb, complement) or attempted(verb)
