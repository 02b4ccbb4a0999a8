"""A people's word said of someone is no entity: rule ``adjective`` of ``kg.extract.namelike``.

NER reads a nationality's or a faith's word as a group of people wherever it stands,
and the small model tags it a proper noun: "Ms Kelly, who is Catholic, is reported
to be pro-life" gave the node "Catholic :: Group". After "be", "become", "seem" or
"feel", with no determiner, number or possessive of its own, the word says what
someone is, as an adjective does ("he is Welsh"); it names no group. A noun phrase
stays: "Ms Kelly is a Catholic", "they are the French", and a plural ("they are
Catholics") names people, and so does a party's word ("the seat is Labour": ``nicknames.tsv``).
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import NICKNAMES
from kg.nlp.labels import NATIONALITY_LABELS

_LINKING_VERBS = frozenset({"be", "become", "seem", "feel", "remain"})
_COMPLEMENTS = frozenset({"attr", "acomp", "oprd"})
_NOUN_MARKS = frozenset({"det", "nummod", "poss", "predet", "amod", "compound"})
_SINGULAR_TAGS = frozenset({"NNP", "NN", "JJ"})


def said_of_someone(words: Words, start: int, end: int, label: str) -> bool:
    """Words ``start:end``, of NER ``label``, are one nationality's or faith's word in the
    singular, the bare complement of a linking verb ("who is Catholic", "he is Welsh")."""
    if label not in NATIONALITY_LABELS or end - start != 1:
        return False
    word = words.words[start]
    return fold(word.text) not in NICKNAMES and (
        word.dep_ in _COMPLEMENTS and word.head.lemma_.lower() in _LINKING_VERBS and word.tag_ in _SINGULAR_TAGS
        and not any(child.dep_ in _NOUN_MARKS for child in word.children)
    )
