"""A clause's subject whose own phrase stands between it and its verb ("MG Rover's proposed tie-up
with China's top carmaker has been delayed").

``kg.resolve.countedsubjects.literal_subjects`` takes a subject only when nothing but
auxiliaries and adverbs stands between it and its verb: a comma, a relative or a participle
there makes the noun no subject of that verb. The parse often ends the subject's span at its
head and leaves the head's prepositional phrase out: "MG Rover's proposed tie-up [with China's
top carmaker] has been delayed", "Hatton National Bank's customers [in the south of Sri Lanka]
were affected". ``phrase_subjects`` takes such a subject when what stands between is one
phrase on a preposition (no comma, quotation mark, bracket or relative word, at most eight
words) and then only the auxiliaries and adverbs of ``subject_gap_words.txt``, one at least:
not "Dallaglio's decision not to kick for goal ... was blamed" (an infinitive), nor "the
firm's profits, which rose" (a relative). Only a subject something was done to (a patient or
theme): one that acts with a phrase between is as often a claim told loosely ("Mr Hain told
Today that Mr Howard's stance on the legislation was putting the country at risk"). ``kg.resolve.namedowners`` keeps the event of such a
subject a name owns.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from kg.records import EventMention
from kg.resolve.countedsubjects import GAP_WORDS

__all__ = ["phrase_subjects"]

_SUBJECT_ROLES = ("theme", "patient")  # what was done to it; not an agent ("Mr Howard's stance on ... was putting")
_PREPOSITIONS = frozenset({"of", "with", "in", "for", "between", "over", "against", "on", "into", "at", "from"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "what", "where", "when"})
_PUNCTUATION = re.compile(r"[,;:()\"“”‘’\[\]-]\s|[,;:()\"“”\[\]]")
_MOST_WORDS = 8


def phrase_gap(between: str) -> bool:
    """Whether the text between a subject and its verb is one prepositional phrase and then
    auxiliaries or adverbs (see the module's docstring).

    >>> phrase_gap(" with China's top carmaker has been "), phrase_gap(" in the south of Sri Lanka were ")
    (True, True)
    >>> phrase_gap(" not to kick for goal in the dying minutes was "), phrase_gap(", which has ")
    (False, False)
    >>> phrase_gap(" with China's top carmaker "), phrase_gap(" has been ")
    (False, False)
    """
    if _PUNCTUATION.search(between):
        return False
    words = between.split()
    auxiliaries = 0
    while words and words[-1].lower() in GAP_WORDS:
        words.pop()
        auxiliaries += 1
    if not auxiliaries or not words or words[0].lower() not in _PREPOSITIONS or len(words) > _MOST_WORDS:
        return False
    return not any(word.lower() in _RELATIVES or word.lower() in GAP_WORDS for word in words[1:])


def phrase_subjects(mention: EventMention, kept: Sequence[tuple[int, int | None]], text: str,
                    subjects: Collection[int]) -> list[int]:
    """The indexes of the mention's subject arguments no entity stands for, each a clause's own
    subject (``own_subjects``) a patient or theme, whose phrase on a preposition stands between it
    and its verb."""
    if mention.kind != "clause":
        return []
    return [index for index, cluster in kept
            if cluster is None and mention.arguments[index].role in _SUBJECT_ROLES
            and mention.arguments[index].argument.end <= mention.trigger_start
            and mention.arguments[index].argument.head_start in subjects
            and phrase_gap(text[mention.arguments[index].argument.end : mention.trigger_start])]
