"""An -ing a plan or proposal includes is planned, as the plan is, not done.

"The proposals include cutting Scotland's six single-battalion regiments to five and merging these
into a super regiment", "Other plans on the table include promoting new industries", "the plans
involve changing the VAT system": the parser makes the -ing the complement of "include" or
"involve", a verb of no intent, so the cutting, promoting and changing read as facts. When the
subject of "include", "involve" or "entail" (or a noun coordinated with it: "Other Tory law and
order plans") is a noun that frames what it holds as planned or possible (kind "noun" of
``factuality_cues.tsv``: plan, proposal, scheme, pledge, recommendation, demand ...), or an idea
or option, the -ing takes that noun's reading: "include cutting" planned by "proposal". Not a noun
of what was done ("That change involved ejecting the previous host": ejected; "Mr Blair's political
firsts include becoming the first Labour leader to win two terms"), nor a noun that reports or
claims (a "report" includes what it tells).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["included_plan"]

_NOUNS = FACTUALITY_CUES["noun"]
_INCLUDING = frozenset({"include", "involve", "entail"})
_OPEN = frozenset({"idea", "option"})  # "Ideas already floated include raising tax thresholds": no plan yet
_INTENT = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})


def included_plan(verb: Word, complement: Word) -> tuple[Factuality, str] | None:
    """The reading of the -ing ``complement`` of "include" ``verb`` when a plan includes it (see the module), else ``None``."""
    if verb.lemma_.lower() not in _INCLUDING or complement.tag_ != "VBG" or complement.head.i != verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for noun in [subject, *(c for c in subject.children if c.dep_ == "conj")] if subject is not None else []:
        lemma = noun.lemma_.lower()
        value = Factuality.POSSIBLE if lemma in _OPEN else _NOUNS.get(lemma) or _NOUNS.get(noun.lower_)
        if noun.pos_ == "NOUN" and value in _INTENT:
            return value, lemma
    return None
