"""An infinitive the parser hung on the object of a verb of asking is what was asked for.

"The finance minister has urged councils to limit increases": the parser may read "to limit
increases" as a clause of the noun "councils" (acl), not the verb's complement, so nothing asks for
the limiting and it read as done. When the noun is the direct object of a verb that asks someone to
act (``kg.extract.requests.asking_verb``: urge, ask, order, advise, warn ...), its "to" infinitive
is that verb's complement, read as the verb's xcomp is ("limit": possible, cue "urge"). Not an
infinitive of any other verb's object ("bought shares to sell later"), nor one with a subject or a
relative word of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.event_arguments import has_to
from kg.extract.requests import asking_verb

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["hung_request"]


def hung_request(verb: Word) -> Word | None:
    """The verb of asking whose object ``verb``, a "to" infinitive, hangs on (see the module), else ``None``."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not has_to(verb):
        return None
    noun = verb.head
    asker = noun.head
    if noun.dep_ != "dobj" or asker.pos_ != "VERB" or not asking_verb(asker.lemma_.lower()):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # "asked the bank for someone to ...", "for them to": a subject of its own
    return asker
