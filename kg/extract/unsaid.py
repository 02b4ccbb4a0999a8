"""A speech verb in the passive with no one saying it is an event, not a quote.

"Slower economic growth, rising oil prices, a stronger yen and weaker exports were
blamed for the fall", "China, often blamed for job losses": "blame" and "accuse"
are speech acts (``non_events.tsv``), read as a quote of their speaker ("The
insurer blamed the cuts on poor share returns"); with no speaker, no quote takes
them and the sentence said nothing the graph kept. In the passive without a "by"
agent the verb is an event of its own (``event_lemmas.tsv``: a statement), its
subject what is blamed or accused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.words import Word


def unsaid(verb: Word) -> bool:
    """Whether ``verb`` is a passive with no agent: "were blamed for the fall", "China,
    often blamed for job losses" (a participle after a name); not "was blamed by
    analysts", "will be blamed" (a modal), nor an active verb."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False  # "he will be blamed if Arsenal fail": no one's, and not yet
    if verb.dep_ == "acl":  # a name it describes: "the retrial of Kozlowski and his lieutenant, accused of ..." is none
        return verb.head.pos_ == "PROPN" or bool(verb.head.ent_type_)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:  # "Morrison was notorious ... and was accused of ...": the subject of the verb before
        return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children)
    # "companies, which hardliners accused of ...": an active verb the tagger read as a participle
    # ("China, which has been accused of ...": the relative word alone is the subject).
    return subject.tag_ in ("WDT", "WP") or not any(t.tag_ in ("WDT", "WP") for t in subject.subtree)
