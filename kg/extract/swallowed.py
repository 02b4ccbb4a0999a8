"""The subject of a second clause that the parse swallowed into the first clause's object.

"Her appearance will also benefit charities in the region and the Swiss star will donate her
prize money": the parse makes "the Swiss star" a conjunct of "region" and "donate" a conjunct
of "benefit" with no subject of its own, so the appearance donates and the region's list holds
a star. Two clauses joined by "and" with no comma are read wrong this way when the second
subject follows the first clause's object ("Arsenal were drawn at home to Stoke and Chelsea
will play host to Scunthorpe", "the world auto market has its problems and analysts warn").

`rehang_swallowed` hangs such a noun back on the second verb as its subject, with its "and" on
the first verb, before the words' children are counted. Only where the second verb has a tense
of its own (a tensed form or an auxiliary: a clause, not "to write and executive produce"), no
subject, and its first word comes right after the noun's phrase (nothing between, not "and in
recent years has served"), and only a noun coordinated by "and", "but" or "while" whose phrase
the first verb's object or preposition holds, not a date or an amount ("falls throughout 2001
and 2002 forced"). The topmost such conjunct is the subject: "talks with Russia and Saudi
Arabia have been taking place" (the talks, not Saudi Arabia); of a list of names the last ("in
Duff and Robben and Drogba showed": Drogba). Left as the parse has it: a first verb with no
subject or a number for one ("Two converted tries from Barkley and Lewsey helped": the tries),
another list before the noun ("the damage and reports of more casualties and destruction are"),
and a post the tagger read as a verb ("Ireland lock Paul O'Connell").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["rehang_swallowed"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_TENSED_AUX = frozenset({"MD", "VBD", "VBZ", "VBP"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_JOINERS = frozenset({"and", "but", "while", "whereas"})
_AMOUNTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# The words a noun phrase is made of on its way up to the first verb ("charities in the region").
_PHRASE_DEPS = frozenset({"conj", "pobj", "prep", "dobj", "attr", "oprd", "dative", "npadvmod", "appos", "compound",
                          "nmod", "poss", "xcomp"})


def rehang_swallowed(words: list[Word]) -> None:
    """Give each second clause the subject the parse put in the first clause's object (see the
    module); only ``head`` and ``dep_`` change, before any children are read."""
    children: dict[int, list[Word]] = {}
    for word in words:
        if word.head is not word:
            children.setdefault(word.head.i, []).append(word)
    for verb in words:
        if verb.dep_ != "conj" or verb.pos_ not in _VERBS or verb.head.i > verb.i or verb.head.pos_ not in _VERBS or (
                verb.lower_ in ROLE_HEADS):
            continue  # not a post the tagger read as a verb: "Wales scrum-half Dwayne Peel and Ireland lock Paul O'Connell"
        own = children.get(verb.i, [])
        if any(c.dep_ in _SUBJECTS for c in own) or not _tensed(verb, own) or not any(
                c.dep_ in _SUBJECTS and c.pos_ != "NUM" for c in children.get(verb.head.i, ())):
            continue  # not "Two converted tries from Barkley and Lewsey helped": a first verb with no subject
        first = _left_edge(verb, children)
        if first < 1:
            continue
        subject = _swallowed(words, words[first - 1], verb.head, children)
        if subject is None:
            continue
        joiner = words[_left_edge(subject, children) - 1]
        _move(joiner, verb.head, children)
        _move(subject, verb, children)
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in own) else "nsubj"


def _move(word: Word, head: Word, children: dict[int, list[Word]]) -> None:
    """Hang ``word`` on ``head``, keeping ``children`` true for the verbs read after it."""
    children[word.head.i].remove(word)
    children.setdefault(head.i, []).append(word)
    word.head = head


def _tensed(verb: Word, own: list[Word]) -> bool:
    return verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED_AUX for c in own)


def _left_edge(word: Word, children: dict[int, list[Word]]) -> int:
    first = word.i
    stack = [word]
    while stack:
        for child in children.get(stack.pop().i, ()):
            first = min(first, child.i)
            stack.append(child)
    return first


def _under(word: Word, children: dict[int, list[Word]]) -> list[Word]:
    found = [word]
    for below in found:
        found.extend(children.get(below.i, ()))
    return found


def _right_edge(word: Word, children: dict[int, list[Word]]) -> int:
    last = word.i
    stack = [word]
    while stack:
        for child in children.get(stack.pop().i, ()):
            last = max(last, child.i)
            stack.append(child)
    return last


def _swallowed(words: list[Word], last: Word, first_verb: Word, children: dict[int, list[Word]]) -> Word | None:
    """The topmost noun coordinated by "and" whose phrase ends with ``last`` on the way up from
    ``last`` to ``first_verb`` through noun phrases only; else ``None``."""
    found = None
    word = below = last
    for _ in range(32):
        if word is first_verb:
            break
        if word.dep_ not in _PHRASE_DEPS or word.head is word or _right_edge(word, children) != last.i:
            return None
        if word.dep_ == "conj" and (word.pos_ not in _NOUNS or not (word.head.pos_ in _NOUNS or word.head is first_verb)):
            return None  # "the impact of the damage and reports [VBZ] of more casualties and destruction are"
        if word.dep_ == "conj" and not (below.dep_ == "conj" and below.head is word):
            found = word  # the last of a list is the subject: "in Duff and Robben and Drogba showed"
        word, below = word.head, word
    else:
        return None
    if found is None or found.ent_type_ in _AMOUNTS or word is not first_verb:
        return None
    above = found.head
    while above is not first_verb:  # another list before it leaves the "and" unclear: "the damage and
        if any(c.dep_ == "conj" and c.i < found.i and c.i > above.i and found not in _under(c, children)  # reports of
               for c in children.get(above.i, ())):  # casualties and destruction are"
            return None
        above = above.head
    start = _left_edge(found, children)
    joiner = words[start - 1] if start > 0 else None
    if joiner is None or joiner.dep_ != "cc" or joiner.lower_ not in _JOINERS or joiner.head is not found.head:
        return None
    return found
