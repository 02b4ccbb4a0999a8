"""A relative clause set off by a comma on a name inside reported speech is the writer's gloss.

"The heavy metal star said he could have met the same fate as late Beatle George Harrison, who
was repeatedly stabbed in a break-in in 1999": the stabbing is the writer's background on
Harrison, not what the star said; "Mr Camus said he will return to the Lagardere group, which
owns 30% of EADS": the stake is told. Such a clause is framed by no
report around it (``kg.extract.modalscope.told_scope``) and is no part of what the speaker is
credited with (``kg.extract.attribution``): its events are asserted, with their own modality.

Only a relative clause (who, which, whose) right after a comma on a proper name that is no
subject ("said Brown, who lied to Parliament, should resign" may be the speaker's charge), in the
present with no modal or the past with a date of its own ("Barclays, which lost £1m in the raid"
may be the report's own news), never of "be" ("claimed X, which was the equivalent of": the claim's
own tense moved back), nor one on a common noun ("a sharp fall in mining, which was driven by
oil": the report's finding), nor inside quotation marks (the speaker's own words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.words import Word

W = TypeVar("W", "Word", "Token")  # kg's words, or spaCy's tokens (kg.extract.attribution)

__all__ = ["gloss", "glosses_in"]

_RELATIVES = frozenset({"who", "which", "whose"})
_TOLD = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def gloss(verb: W) -> bool:
    """Whether ``verb`` heads a relative clause that glosses a name (see the module)."""
    if verb.dep_ != "relcl" or verb.lemma_ == "be" or verb.tag_ not in _TOLD or verb.head.pos_ != "PROPN":
        return False
    if verb.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # "said Brown, who lied to Parliament, should resign": maybe the speaker's charge
    first = verb.left_edge
    if first.lower_ not in _RELATIVES and not (first.head.lower_ in _RELATIVES or first.lower_ == "whose"):
        return False
    if first.i == 0 or verb.doc[first.i - 1].lower_ != "," or first.i <= verb.head.i:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in auxiliaries):
        return False
    if verb.tag_ == "VBN" and not auxiliaries:
        return False  # a bare participle: no clause of its own
    dated = any(t.ent_type_ == "DATE" or (t.like_num and len(t.lower_) == 4) for t in verb.subtree)
    if (verb.tag_ not in ("VBZ", "VBP") or auxiliaries) and not dated:
        return False  # a past only when dated: "Barclays, which lost £1m in the raid" may be the report's news
    return not any(t.lower_ in _MARKS for t in verb.doc[verb.sent.start:verb.sent.end])


def glosses_in(clause: W) -> list[W]:
    """The glossing relative clauses inside ``clause``, each by its verb."""
    return [t for t in clause.subtree if gloss(t)]
