"""A speech verb's clause that asks is not what was said.

"Duff explained what went wrong", "Fox is still to announce which technology it will
be supporting", "to reveal what could happen if Yellowstone were to erupt": the clause
is an indirect question (or a free relative: "has added what it calls smart folders"),
and its words are no statement of the speaker's. A question word opens the clause and
belongs to the clause's own verb, or to a noun of it ("which technology"); one that
opens an adverbial inside the clause does not ask ("said when he arrived the door was
open": "when" belongs to "arrived"), nor one that opens the clause's subject ("said what
mattered was winning": "what" belongs to "mattered", the subject of "was"). A relative
pronoun before the verb stands for a noun the speaker speaks of ("contracts worth $3bn which
it believes were overpriced": kg.extract.relativespeech reads that); "what" there has no
noun ("published what they say are the full costings"): nothing is said. So is one after a
noun of the sentence's own ("accused him of glossing over his finances which, they claim,
would ..."): it asks only right after the verb or its object ("told the FT which ...").
A refusal to answer keeps its question: "Neither Mr Hale nor Ms Grant would say how they
would spend the money" (a negated speech, kg.extract.speechfacts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.factuality import Scope
from kg.lexicon import QUESTION_WORDS, RELATIVE_WORDS
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word


def asking_clause(verb: Word, clause: Word) -> bool:
    """Whether a speech verb's clause is an indirect question (its first word a question word of its own)."""
    first = clause.doc[min(t.i for t in clause.subtree)]
    if first.lower_ not in QUESTION_WORDS or first.tag_ not in ("WP", "WP$", "WRB", "WDT"):
        return False
    if Scope().of_word(verb).factuality == Factuality.NEGATED:
        return False  # "Neither would say how they would spend the money": the refusal is a statement
    if first.lower_ in RELATIVE_WORDS and not _right_after(verb, first):
        return False  # "contracts which it believes were overpriced": a relative clause, about the contracts
    if first.head.i == clause.i:
        return True
    return first.dep_ in ("det", "poss") and first.head.head.i == clause.i


def _right_after(verb: Word, first: Word) -> bool:
    """Whether ``first`` follows the verb with only the verb's object between ("reveal which",
    "told the FT which"), as kg.extract.relativespeech reads a question word."""
    if first.i < verb.i:
        return False
    for word in verb.doc[verb.i + 1 : first.i]:
        if word.is_punct or word.is_space:
            continue
        while word.head.i != verb.i and word.head.i != word.i:
            word = word.head
        if word.head.i != verb.i or word.dep_ not in ("dobj", "dative"):
            return False
    return True
