"""An infinitive after a passive verb of saying or thinking is what is said of the subject, however hung.

"Olmert was reported in June to have attended a meeting": with a phrase between the verb and
its infinitive the parse hangs "to have attended" on "reported" as an adverbial clause, a
purpose, and the attending came out asserted. After a passive verb of saying, thinking or
expecting (a ``control`` cue of ``factuality_cues.tsv``: "is said", "was reported", "is
believed", "is understood", "is expected") no infinitive is a purpose: it is the verb's
complement ("was reported to have attended": speculated), as it is when nothing stands between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_CONTROL = FACTUALITY_CUES["control"]
# What a passive verb of saying or thinking makes of its subject's infinitive: "is said to", "is expected to".
_HEARSAY = frozenset({Factuality.SPECULATED, Factuality.POSSIBLE, Factuality.REPORTED})


def raised_infinitive(verb: Word) -> Word | None:
    """The passive verb of saying or thinking a "to" infinitive hung on it as an adverbial
    clause completes (see the module), or ``None``."""
    head = verb.head
    if verb.dep_ != "advcl" or head is verb or not has_to(verb):
        return None
    if any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return None  # "was reported, in order to ..."; a clause with a subject of its own
    if not any(c.dep_ == "auxpass" for c in head.children) or not any(c.dep_ == "nsubjpass" for c in head.children):
        return None
    if any(c.dep_ == "xcomp" for c in head.children):
        return None  # the verb has its complement already: the infinitive is something else
    return head if _CONTROL.get(head.lemma_.lower()) in _HEARSAY else None
