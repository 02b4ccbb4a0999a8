"""A time right after a verb of saying dates the saying, though the parse hangs it on the clause said.

"Deutsche Bank said earlier this month it would reduce its German workforce by 1,920": the
parser hung "earlier this month" on "reduce", the verb of the clause said (no "that" between), and
the cut was read as dated this month; it was announced then, to come later. A time adverb of a
clause under a verb of saying (``speech_cues.tsv``: say, announce, warn ...) that stands right
after that verb, before the clause's subject, is the saying's: ``said_time`` tells the clause's
event to leave it.

Not a time inside the clause, after its subject ("said the bank would cut jobs next month": the
cut's), nor one of a clause that is no speech verb's ("decided last week it would ...": the
decision's clause keeps what the parse gives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import SPEECH_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["said_time"]


def said_time(head: Word) -> bool:
    """Whether the time adverb ``head`` of a said clause stands right after the verb of saying, before the clause's subject."""
    clause, speech = head.head, head.head.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_CUES or head.i > clause.i:
        return False
    first = min(t.i for t in head.subtree)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return first == speech.i + 1 and subject is not None and head.i < subject.i
