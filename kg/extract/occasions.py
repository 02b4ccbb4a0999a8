"""Who spoke on the occasion a clause names: "Mr Milburn gave details in a speech to the Fabian Society".

An event noun of speech ("speech", "interview", "address", "statement", "letter", "lecture")
in a phrase of occasion ("in", "during") of a clause is the clause subject's own: the one who
gave the details gave the speech. Only when the noun has no doer of its own (no possessor:
"in Mr Brown's speech"; no "by" phrase) and the clause is active ("was told in a speech by"
names its doer elsewhere); and only for a speech to someone (the caller keeps it to a noun
whose one argument is its audience): "Greenspan warned in a speech on Friday" says no more
than the warning, and a bare speech event with its day is near-useless.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.spans import word_phrase

if TYPE_CHECKING:
    from kg.extract.words import Word

_OCCASIONS = frozenset({"in", "during"})
_SPOKEN = frozenset({"speech", "interview", "address", "statement", "letter", "lecture", "briefing", "keynote"})


def occasion_speaker(noun: Word) -> list[Word] | None:
    """The words of the subject of the clause whose occasion ``noun`` names ("Mr Milburn" of
    "Mr Milburn gave details in a speech to ..."), or ``None``."""
    if noun.lemma_.lower() not in _SPOKEN or noun.dep_ != "pobj" or noun.head.lower_ not in _OCCASIONS:
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in noun.children):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # ``spans.noun_phrase`` is annotated for spaCy's Token; kg's Word reads the same.
    return word_phrase(subject) if subject is not None else None
