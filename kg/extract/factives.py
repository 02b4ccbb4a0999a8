"""What a negated verb of disclosure leaves of its that-clause: still told, or not told.

"Disney did not disclose that a 50% Disney-owned subsidiary employed the wife of a director",
"did not reveal that it provided $200,000 for office space": a factive verb
(``factive_verbs.txt``) takes its that-clause as true whether or not it happened; the
negation says only that nobody disclosed it, so the content is the writer's, asserted (or
reported, by whoever frames the whole), not left open ("did not say that it would close":
possible) nor reported by the one who kept quiet. A refusal to comment is no telling either:
"refused to confirm he is setting up a party" leaves the party possible (``kg.extract.refusals``),
and so does a speech neither made: "The club has neither confirmed nor denied that it is in
talks to sell the striker" (the talks possible, not told, and no denial; ``kg.extract.neithernor``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import NEGATIONS
from kg.extract.neithernor import after_nor
from kg.extract.refusals import refused_comment
from kg.lexicon import SPEECH_CUES
from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

FACTIVE_VERBS = read_words("factive_verbs.txt")


def untold(verb: Word) -> tuple[Factuality, str | None] | None:
    """What ``verb``, which governs a that-clause, leaves of it when it tells nothing: a refusal
    to comment or a speech after "neither ... nor" (possible), or a negated factive verb
    (asserted, framed only from outside)."""
    lemma = verb.lemma_.lower()
    if refused_comment(verb) or (after_nor(verb) and lemma in SPEECH_CUES):  # "neither confirmed nor denied that"
        return Factuality.POSSIBLE, f"not {lemma}"
    if lemma in FACTIVE_VERBS and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in verb.children):
        return Factuality.ASSERTED, None
    return None
