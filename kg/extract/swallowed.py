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

`_stranded_name`: the same for a name right before a verb the parse read as an adverbial clause
(or a conjunct whose first verb has no subject), wherever the parse hung the name's "and": "has
donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged a contribution to
Unicef" (DiCaprio pledged, not Bullock), "penned by Fred Barron and the Two Ronnies return".

`_before_aside`: the same for a noun before an aside between commas, when the parse hung the
noun on the first clause and left the verb after the aside with no subject ("but almost
immediately O'Gara, winning his 50th cap, answered": O'Gara answered and won his cap, not
Hodgson, who nailed the conversion; "after the previous candidate, Robert Oulds, was sacked").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import ROLE_HEADS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["SUBJECT_DEPS", "children_of", "left_edge", "move", "rehang_swallowed", "right_edge", "tensed", "under"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
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
    children: dict[int, list[Word]] | None = None  # each word's, gathered at the first verb that may take a subject
    for verb in words:
        if verb.dep_ not in ("conj", "advcl") or verb.pos_ not in _VERBS or verb.head.i > verb.i or (
                verb.head.pos_ not in _VERBS or verb.lower_ in ROLE_HEADS):
            continue  # not a post the tagger read as a verb: "Wales scrum-half Dwayne Peel and Ireland lock Paul O'Connell"
        if children is None:
            children = children_of(words)
        own = children.get(verb.i, [])
        first = left_edge(verb, children)
        if any(c.dep_ in SUBJECT_DEPS for c in own) or not tensed(verb, own) or first < 2:
            continue
        passive = any(c.dep_ == "auxpass" for c in own)
        if words[first - 1].text == ",":
            _before_aside(words, verb, first - 1, children, passive)
            continue
        subject = None
        if verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS and c.pos_ != "NUM" for c in children.get(verb.head.i, ())):
            # not "Two converted tries from Barkley and Lewsey helped": a first verb with no subject
            subject = _swallowed(words, words[first - 1], verb.head, children)
        subject = subject or _stranded_name(words, verb, first, children)
        if subject is None:
            continue
        joiner = words[left_edge(subject, children) - 1]
        move(joiner, verb.head, children)
        move(subject, verb, children)
        subject.dep_ = "nsubjpass" if passive else "nsubj"


def _stranded_name(words: list[Word], verb: Word, first: int, children: dict[int, list[Word]]) -> Word | None:
    """ "donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged a contribution",
    "penned by Fred Barron and the Two Ronnies return": the head of a name's phrase right before
    ``verb`` (no subordinator of its own) that the parse made a conjunct after "and" or "but"
    in the clause before, wherever that conjunct hangs; else ``None``."""
    if first != verb.i or any(c.dep_ == "mark" for c in children.get(verb.i, ())):
        return None
    name = words[first - 1]
    if name.pos_ != "PROPN":
        return None
    while name.dep_ in ("compound", "flat") and name.i < name.head.i < verb.i:
        name = name.head
    if name.dep_ != "conj" or name.head.i > name.i or right_edge(name, children) != verb.i - 1:
        return None
    joiner = words[left_edge(name, children) - 1]
    return name if joiner.dep_ == "cc" and joiner.lower_ in ("and", "but") and joiner.head is name.head else None


def _before_aside(words: list[Word], verb: Word, close: int, children: dict[int, list[Word]], passive: bool) -> None:
    """ "but almost immediately O'Gara, winning his 50th cap, answered with two penalties", "after
    France full-back Pepito Elhorga, scragged by Lewsey, threw the ball into touch": a name or noun
    right before an aside between commas, which the parse hung on the first clause (a conjunct of
    its verb, a preposition's "after" or "before" object, a loose noun), is the subject of the
    tensed verb with none that follows the aside (not Hodgson, nor the fly-half)."""
    opening = next((i for i in range(close - 1, max(close - _LONGEST_ASIDE, 0), -1) if words[i].text == ","), None)
    if opening is None or opening < 1 or opening + 1 == close:
        return
    aside = [w for w in words[opening + 1 : close] if not opening < w.head.i < close]
    noun = words[opening - 1]
    while noun.dep_ == "pobj" and noun.head.lower_ not in _SUBORDINATORS and noun.head.dep_ == "prep" and (
            noun.head.head.pos_ in ("NOUN", "PROPN")):
        noun = noun.head.head  # "after his predecessor as CEO, Jim Cantalupo, died": the predecessor
    if len(aside) != 1 or aside[0].dep_ in ("conj", "cc") or noun.pos_ not in ("PROPN", "NOUN") or (
            noun.ent_type_ in _AMOUNTS) or right_edge(noun, children) > close:
        return
    first_verb, prep = verb.head, noun.head
    if noun.dep_ == "conj" and prep is first_verb:
        verb.dep_ = "conj"  # "but O'Gara, ..., answered": the conjunct the parse took for a noun
    elif noun.dep_ == "pobj" and prep.lower_ in _SUBORDINATORS and not any(c is not noun for c in children.get(prep.i, ())):
        move(prep, verb, children)
        prep.dep_, verb.dep_ = "mark", "advcl"  # "after X, scragged by Lewsey, threw": an adverbial clause
    elif noun.dep_ != "npadvmod":  # "on 20 minutes Italy, after coming up short, equalised"
        return
    for adverb in [c for c in children.get(noun.i, ()) if c.dep_ == "advmod"]:
        move(adverb, verb, children)  # "almost immediately O'Gara ... answered": the verb's adverbs
    if aside[0].head is first_verb:
        move(aside[0], verb, children)  # "winning his 50th cap", "recently axed by England": said of the noun
    move(noun, verb, children)
    noun.dep_ = "nsubjpass" if passive else "nsubj"


_LONGEST_ASIDE = 16  # words back from an aside's closing comma to its opening one, at most
_SUBORDINATORS = frozenset({"after", "before", "until", "since", "while", "when", "because"})  # not "as CEO"


def children_of(words: list[Word]) -> dict[int, list[Word]]:
    """Each word's children by its index, gathered once: the rules here move words before the
    words' own children are counted (``kg.extract.words``)."""
    children: dict[int, list[Word]] = {}
    for word in words:
        if word.head is not word:
            children.setdefault(word.head.i, []).append(word)
    return children


def move(word: Word, head: Word, children: dict[int, list[Word]]) -> None:
    """Hang ``word`` on ``head``, keeping ``children`` true for the verbs read after it."""
    children[word.head.i].remove(word)
    children.setdefault(head.i, []).append(word)
    word.head = head


def tensed(verb: Word, own: list[Word]) -> bool:
    return verb.tag_ in _TENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED_AUX for c in own)


def left_edge(word: Word, children: dict[int, list[Word]]) -> int:
    return min(below.i for below in under(word, children))


def under(word: Word, children: dict[int, list[Word]]) -> list[Word]:
    found = [word]
    for below in found:
        found.extend(children.get(below.i, ()))
    return found


def right_edge(word: Word, children: dict[int, list[Word]]) -> int:
    return max(below.i for below in under(word, children))


def _swallowed(words: list[Word], last: Word, first_verb: Word, children: dict[int, list[Word]]) -> Word | None:
    """The topmost noun coordinated by "and" whose phrase ends with ``last`` on the way up from
    ``last`` to ``first_verb`` through noun phrases only; else ``None``."""
    found = None
    word = below = last
    for _ in range(32):
        if word is first_verb:
            break
        if word.dep_ not in _PHRASE_DEPS or word.head is word or right_edge(word, children) != last.i:
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
        if any(c.dep_ == "conj" and c.i < found.i and c.i > above.i and found not in under(c, children)  # reports of
               for c in children.get(above.i, ())):  # casualties and destruction are"
            return None
        above = above.head
    start = left_edge(found, children)
    joiner = words[start - 1] if start > 0 else None
    if joiner is None or joiner.dep_ != "cc" or joiner.lower_ not in _JOINERS or joiner.head is not found.head:
        return None
    return found
