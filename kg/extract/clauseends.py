"""Where reported content ends when the parse split what was said in two.

The parse may cut the clause a speech verb says in two, each half a clause of the
verb, so the content stops short of its point: "Ozzy Osbourne has said his family
will not make any more episodes of | reality TV show The Osbournes", "He also said he
was | confident shadow home secretary Mr Davis would 'set out the position'". A second
clause of the verb right after the first (nothing between) is more of what was said,
unless it opens with an adverb or a conjunction ("Blair says the economy is 'strong and
stable' however consumer debt is at its highest": the writer's), as it is after a conjunction ("he says he is now getting stronger every day and his
long-term target is to play for New Zealand again").

The parse may also hang "and" or "but" on the clause, and the clause after it on the
speech verb itself, so the content ends on the conjunction. That clause goes on what
was said when it is a state ("The group believes pressure is growing for change and
the government's current position is unsustainable") or a participle with no subject
of its own ("He insisted the changes were 'very modest' and designed to tackle the
problem"); any other clause is the writer's next sentence, and the conjunction is cut
("Sir Edward told the nation he was resigning and the Queen invited Mr Wilson to form
a government": he told only that he was resigning).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLOSING = frozenset({'"', "”", "'", "''"})
_STOPS = frozenset({".", "?", "!"})
# A second clause opening with an adverb or conjunction ("however consumer debt is at its highest")
# is the writer's retort, not more of what was said.
_CONTRASTING = frozenset({"ADV", "CCONJ", "SCONJ"})


def content_end(verb: Word, clause: Word, last: int) -> int:
    """Where what ``verb`` says through ``clause`` ends, its words running to ``last``
    (exclusive): through a second clause of the verb right after them, or the verb's
    conjunct after a conjunction they end on, when it goes on what was said; else before
    such a conjunction (and a comma before it)."""
    doc = clause.doc
    second = next((c for c in verb.children if c.dep_ == "ccomp" and c is not clause and _start(c) == last), None)
    if second is not None and doc[last].pos_ not in _CONTRASTING:
        return _end(second, last) or last
    if doc[last - 1].dep_ != "cc":  # the clause's last word, hung on the clause or a word of it
        return last
    following = next((c for c in verb.children if c.dep_ == "conj" and _start(c) == last), None)
    end_of = _end(following, last) if following is not None and _goes_on(following) else None
    if end_of is not None:
        return end_of
    end = last - 1
    while end > clause.i and doc[end - 1].text == ",":
        end -= 1
    return end


def _start(word: Word) -> int:
    return min(w.i for w in word.subtree)


def _end(clause: Word, floor: int) -> int | None:
    """The end of ``clause``'s words from ``floor``, without the sentence's full stop hung on
    it; ``None`` when they hold a sentence's end, two sentences a misparse joined ('"...,"
    said Nick Ross, editor at PC Pro. Apple's work would also help, he said')."""
    doc = clause.doc
    end = max(w.i for w in clause.subtree) + 1
    while end > floor and doc[end - 1].is_punct and doc[end - 1].text not in _CLOSING:
        end -= 1
    if any(doc[i].text in _STOPS and doc[i + 1].text not in _CLOSING for i in range(floor, end - 1)):
        return None
    return end


def _goes_on(conjunct: Word) -> bool:
    """A state with its own subject ("the position is unsustainable"), or a participle with
    no subject or auxiliary ("designed to tackle"): more of what was said."""
    if any(c.dep_ in _SUBJECTS for c in conjunct.children):
        return conjunct.lemma_.lower() == "be"
    return conjunct.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)
