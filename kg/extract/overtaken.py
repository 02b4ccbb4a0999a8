"""A hope, plan or expectation in the past perfect that events overtook: its infinitive did not happen.

News writes a plan that came to nothing in the past perfect ("had hoped to", "had been expected
to"), then tells what happened instead, in the same sentence or the next:

- "AstraZeneca had hoped to pitch its Iressa drug against rival medicine Tarceva." (Iressa proved
  no better than a placebo): no pitching, negated, not a live possibility;
- "Gazprom had been expected to win the auction but is thought to have failed to get finance";
- "It had planned to relaunch the brand" (the name was sold).

The verb is one of ``overtaken_verbs.txt`` with "had" and no modal before it, its subject's own
infinitive (a verb of ``kg.extract.factuality.verb_chain``). Not "has hoped", "hoped to", "would
have hoped" (no past perfect), nor a negated one ("had not planned to": the negation rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import lemma_in
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

OVERTAKEN_VERBS = dict.fromkeys(read_words("overtaken_verbs.txt"), True)  # a table for ``lemma_in``
_AUXILIARIES = frozenset({"aux", "auxpass"})


def overtaken(verb: Word) -> str | None:
    """The cue ("had hoped") when ``verb`` is a past-perfect hope, plan or expectation
    whose infinitive events overtook; ``None`` otherwise."""
    if lemma_in(verb, OVERTAKEN_VERBS) not in OVERTAKEN_VERBS or verb.tag_ not in ("VBN", "VBG"):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in _AUXILIARIES]
    if not any(c.lower_ == "had" for c in auxiliaries) or any(c.tag_ == "MD" for c in auxiliaries):
        return None  # "has hoped", "would have hoped"
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "had not planned to": the negation's own reading
    return f"had {verb.lower_}"
