"""What a proposal sets out is planned, not told: "Under the plan, councils secure deals with
developers", "Under age discrimination proposals from the DTI last year workers were to be allowed
to work on till 70", "under Lib Dem plans students study near home": a clause with an "under"
phrase whose noun is a proposal's (``proposal_nouns.txt``: plan, proposal, bill, manifesto ...)
tells the proposal's content, planned, cue "under", where the clause is a present or a "be to"
(past too: "were to be allowed"). Read before, a present there was asserted: a plan's content
given as fact. Not a past or perfect ("Under the plan, councils secured deals": done), nor a rule,
scheme or deal in force ("under the rules", "under the scheme"), nor an "under" with no proposal
("under pressure"); a modal's own reading ("would", "could") stays, as strong or stronger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import is_present
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Word

PROPOSAL_NOUNS = read_words("proposal_nouns.txt")


def under_plan(verb: Word, child: Word) -> str | None:
    """The cue "under" when ``child`` is an "under" phrase of ``verb`` whose noun is a proposal's
    and ``verb`` a present or a "be to" (see the module docstring); else ``None``."""
    if child.dep_ != "prep" or child.lower_ != "under":
        return None
    noun = next((c for c in child.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in PROPOSAL_NOUNS or noun.pos_ != "NOUN":
        return None
    return "under" if is_present(verb) or _be_to(verb) else None


def _be_to(verb: Word) -> bool:
    """ "workers were to be allowed", "is to be stripped": "be" with a "to" infinitive of its own."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
