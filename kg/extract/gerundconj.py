"""The -ing an -ing conjunct continues when the parser coordinated it with a finite verb.

"Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about their opponents'
policies and then attacking the lies": the parse coordinates "attacking" with "accused", so it
would take Dr Fox as its subject and the accusing's certainty. A bare -ing (no auxiliary, no
subject of its own) does not coordinate with a finite verb: it continues the last -ing after a
preposition of that verb ("of telling"), whose subject (the ministers) and reading (alleged) it
shares.

So with a bare infinitive (no "to", no auxiliary, no subject of its own) coordinated with a
finite verb or a participle: the forms do not coordinate, so it continues the last "to"
infinitive of that verb's phrase before it ("has unveiled a budget designed to expand public
spending by 30% but loosen the Islamic republic's dependence on oil": the budget is to loosen
it, as it is to expand spending; nothing was loosened yet).

And the reverse: a past form coordinated with the -ing after a finite verb's preposition
continues that finite verb ("A US judge banned Gazprom from taking part in the auction and
barred banks from lending": the judge barred them; nothing says the barring did not happen).
A past-tense verb coordinated with an infinitive after "to" or a modal inside what a speech
verb says goes on from the speech verb (``kg.extract.narrated``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.narrated import narrated_conjunct

if TYPE_CHECKING:
    from kg.extract.words import Word

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def conj_head(verb: Word) -> Word:
    """The word ``verb`` hangs on: for a bare -ing conjunct of a finite verb, the last -ing
    after a preposition of that verb before it ("of telling ... and then attacking"); for a
    bare infinitive, the last "to" infinitive before it ("designed to expand ... but loosen"); for a
    past-tense conjunct of an infinitive inside what was said, the speech verb ("said it would not
    return but did so": ``kg.extract.narrated``); else its head."""
    head = verb.head
    if (speech := narrated_conjunct(verb)) is not None:
        return speech
    if verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ in _FINITE | {"VBN"} and not any(
            c.dep_ in _OWN for c in verb.children):
        infinitives = [w for w in head.subtree if head.i < w.i < verb.i and w.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in w.children)]
        return infinitives[-1] if infinitives else head  # "designed to expand ... but loosen"
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and head.tag_ == "VBG" and head.dep_ == "pcomp" \
            and head.head.dep_ == "prep" and head.head.head.tag_ in _FINITE and not any(c.dep_ in _OWN for c in verb.children):
        return head.head.head  # "banned Gazprom from taking part ... and barred banks from lending": the banning's
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ not in _FINITE or any(
            c.dep_ in _OWN for c in verb.children):
        return head
    gerunds = [w for w in head.subtree if head.i < w.i < verb.i and w.tag_ == "VBG" and w.dep_ == "pcomp"
               and w.head.dep_ == "prep" and w.head.head is head]
    return gerunds[-1] if gerunds else head
