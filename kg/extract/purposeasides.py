"""An -ing clause set off by a comma after a purpose tells what the main clause did, not the purpose.

"Ford is working hard to revitalise its product portfolio, unveiling the Fusion and Zephyr
models at the Motor Show": the parser hangs "unveiling" on the purpose "to revitalise" (as an
adverbial clause, or a conjunct with no "and"), whose plan it then shares (planned), though the unveiling happened as surely as the working. A
participle after the comma that closes a purpose ("to" infinitive the subject's aim, not a
control verb's complement: ``kg.extract.purposes``) is read as if it hung on the verb the
purpose belongs to: asserted after "is working", planned after "will work", told after "said
it was working". Not a participle with a subject, a subordinator or no comma before it ("cut
costs to return to profit by selling assets": the means of the purpose), nor one after a
control verb's infinitive ("plans to cut costs, closing three plants": the closing is planned
with the cutting), nor after a tool's function (``kg.extract.toolpurposes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.controllers import adverbial_controller
from kg.extract.event_arguments import has_to
from kg.extract.outcomes import contest_outcome
from kg.extract.purposes import separated
from kg.extract.toolpurposes import tool_function

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["purpose_owner"]

_OWN = frozenset({"nsubj", "nsubjpass", "csubj", "mark", "aux", "auxpass"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def purpose_owner(participle: Word) -> Word | None:
    """The verb whose purpose the -ing clause ``participle`` follows after a comma (see the module), else ``None``."""
    purpose = participle.head
    if participle.dep_ not in ("advcl", "conj") or participle.tag_ != "VBG" or purpose.i >= participle.i:
        return None
    if participle.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") and purpose.i < c.i < participle.i for c in purpose.children):
        return None  # "to revitalise its brand and unveil": both the aim's
    if any(c.dep_ in _OWN for c in participle.children) or (start := participle.left_edge.i) == 0:
        return None
    if participle.doc[start - 1].text != "," or not _is_purpose(purpose):
        return None
    owner = purpose.head
    return owner if owner.pos_ in _CLAUSE_POS else None


def _is_purpose(verb: Word) -> bool:
    """Whether ``verb`` is a "to" infinitive its head's subject aims at: an adverbial one with no subject of its own
    ("working hard to revitalise"), or a continuing one after the head's own argument ("travelled to Paris to meet")."""
    head = verb.head
    if verb.tag_ != "VB" or not has_to(verb) or head.i == verb.i or head.pos_ not in _CLAUSE_POS or contest_outcome(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or tool_function(verb) is not None:
        return False
    if verb.dep_ == "advcl":
        return adverbial_controller(verb) is None
    return verb.dep_ == "xcomp" and separated(head, verb)
