"""A speaker "it" that takes up a writing: the report, survey or study that was the
subject of the clause nearest before it.

"Thursday's report was drawn up by two committees scrutinising the work of the ODPM
and the Department for Constitutional Affairs. It said that ...": "it" is the report,
not the last body named inside its agent (the nearest-subject rule of
``kg.resolve.speakers`` reads names inside a subject no entity stands for), and in
"The survey also looked at issues of nationality. It found ..." it is the survey,
where that rule finds no one. The speaker becomes the writing as written ("Thursday's
report"), as when the article writes "the report said". Not when a subject nearer the
pronoun is something else ("The report was published. Tesco said ... It added":
Tesco's rule), nor a writing's name ("The Financial Times": a name's head is capitalised).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from kg.folding import fold
from kg.records import Argument
from kg.resolve.coref import THIRD_PERSON_PRONOUNS
from kg.resolve.speakers import DOCUMENTS, Context
from kg.resolve.typed import VERB_KINDS

# Subjects that only stand for another word: "which", "that" ("a report that found").
_STAND_INS = frozenset({"which", "that", "who", "what", "this"})


def writing_subject(context: Context, pronoun: Argument, quoted: Sequence[tuple[int, int]]) -> Argument | None:
    """The subject a speaker "it" takes up when the nearest clause subject before it, in
    its own or the previous sentence and outside quotations (``quoted``), is a writing
    no name heads ("Thursday's report", "a Toshiba study"); ``None`` otherwise."""
    text = context.extraction.document.text
    if text[pronoun.head_start : pronoun.head_end].lower() != "it":
        return None
    starts = [start for start, _ in context.extraction.sentences]
    sentence = bisect_right(starts, pronoun.start) - 1
    floor = starts[max(sentence - 1, 0)] if starts else 0
    clauses = [proposition for proposition in context.extraction.propositions
               if proposition.kind in VERB_KINDS and floor <= proposition.subject.start < pronoun.start]
    # What clauses before take as object or adverbial: a clause there is no sentence's own
    # ("drawn up by two committees scrutinising the work of ...", "the battle companies have").
    inner = [(argument.start, argument.end) for clause in clauses
             for argument in (clause.object, *clause.extras) if argument is not None and clause.subject.start < argument.start]
    nearest: Argument | None = None
    for proposition in clauses:
        subject = proposition.subject
        if any(start <= subject.start < end for start, end in [*quoted, *inner]):
            continue
        head = text[subject.head_start : subject.head_end]
        if head.lower() in THIRD_PERSON_PRONOUNS or head.lower() in _STAND_INS:
            continue  # "It said ... It added": the first "it"'s subject again
        if nearest is None or subject.start > nearest.start:
            nearest = subject
    if nearest is None:
        return None
    head = text[nearest.head_start : nearest.head_end]
    return nearest if head.islower() and fold(head) in DOCUMENTS else None
