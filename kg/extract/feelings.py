"""What an adjective of fear, hope or belief says of its that-clause: possible, the feeler's.

"Critics are concerned that the home secretary will have the power to issue detention
orders", "Fans are worried that EA will monopolise the market", "He is confident that Labour
will win": the clause is what someone fears, hopes or believes (``feeling_adjectives.txt``),
possible, as after the verbs "fear" and "hope"; its own "will" is no plan of its subject's,
and it is no one's claim (a clause inside it gets no source). A clause of how things are or
were, with no modal or "going to" of its own, is the feeler's claim, reported with them its
source ("convinced he has discovered his third major band"; not the plan of the clause
around: "is to launch a new label - convinced he has discovered"). Not an adjective that
takes its clause as true ("aware that", "pleased that"), nor an adjective's infinitive ("is
anxious to sell": planned, ``factuality_cues.tsv``), nor "make sure that" (a purpose).

A negation inside what someone hopes or fears is part of the hope, not a fact told
(``hoped_against``): "I just hope Gerrard does not leave Liverpool", "I pray he doesn't walk
out", "are worried that the site will not be ready": possible, the cue the verb of hope or
fear (``hope_verbs.txt``, each a "speech" row of ``factuality_cues.tsv``) or the adjective,
never negated. Not "hoped he would score, but he did not": the "but" clause is its own.
Nor a negation inside a belief (``belief_adjectives.txt``): "Thanou is confident she will not
be punished" holds no punishment possible; the negation stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

FEELING_ADJECTIVES = read_words("feeling_adjectives.txt")
BELIEFS = read_words("belief_adjectives.txt")
HOPES = read_words("hope_verbs.txt") | (FEELING_ADJECTIVES - BELIEFS)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def feeling(adjective: Word, content: Word) -> tuple[Factuality, str, Word | None] | None:
    """How sure ``content``, the that-clause of ``adjective``, one of fear, hope or belief, is,
    the adjective and who claims it: possible when the clause looks ahead ("are worried that X
    will": worried, no one's claim), else the feeler's claim (reported, their subject); ``None``
    for any other clause, and for "make sure that" (a purpose)."""
    if content.dep_ != "ccomp" or adjective.lower_ not in FEELING_ADJECTIVES or not (
            adjective.pos_ == "ADJ" or adjective.tag_ == "VBN") or adjective.head.lemma_.lower() == "make":
        return None  # "is concerned that" is parsed as a passive too
    ahead = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in content.children) or (
        content.lower_ == "going" and any(c.dep_ == "xcomp" for c in content.children))
    if ahead:  # no source: a clause inside it is no one's claim ("hopeful that the war can be resolved when players come out")
        return Factuality.POSSIBLE, adjective.lower_, None
    linked = adjective if adjective.pos_ == "VERB" else adjective.head if adjective.dep_ in ("acomp", "oprd") else None
    subject = next((c for c in linked.children if c.dep_ in _SUBJECTS), None) if linked is not None else None
    return Factuality.REPORTED, adjective.lower_, subject


def hoped_against(own: Factuality, outer: Factuality, outer_cue: str | None) -> bool:
    """Whether a clause whose own markers read ``own`` is a negation inside a hope or fear that
    frames it (``outer`` possible, its cue a verb of ``hope_verbs.txt`` or a feeling adjective):
    then it stays possible (see the module)."""
    return own is Factuality.NEGATED and outer is Factuality.POSSIBLE and outer_cue in HOPES
