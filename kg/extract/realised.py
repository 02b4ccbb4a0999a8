"""A past obligation or ability that was carried out: its infinitive happened.

A control verb or an adjective after "be" leaves its infinitive open ("has to pull
out", "will be able to halve": planned, possible), but in a past tense with no
auxiliary of its own the text tells what was done (``realised`` cues of
``factuality_cues.tsv``):

- "The sprinter had to pull out of the race": he pulled out;
- "Paterson was able to slot another three points", "I was able to come back": he
  slotted them, she came back.

Not "would be able to", "has been able to", "is able to" (an auxiliary or a present
tense), nor "had yet to" (not done); a negation, an "if" or a framing verb around the clause still reads as it
does ("was not able to": negated; "if every voter was able to spend time": possible).

An eagerness or a wish to do what is done by saying it is the saying (``uttered_acts.tsv``):
"Gallacher was keen to pay tribute to the role Hodges has played", "I want to thank everyone
involved": asserted, not planned; not "will be keen to stress", "is due to highlight".
A past-perfect hope or plan that events overtook did not happen (``kg.extract.overtaken``), nor
what a stated verb of excluding governs ("has ruled out selling": ``kg.extract.ruledout``); an -ing
a plan includes is planned ("The proposals include cutting": ``kg.extract.includedplans``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.includedplans import included_plan
from kg.extract.overtaken import overtaken
from kg.extract.ruledout import ruled_out_complement
from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_table
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

REALISED = FACTUALITY_CUES["realised"]
_OWN_AUXILIARIES = frozenset({"aux", "auxpass"})
_UTTERED = {kind: frozenset(row.fields[0] for row in read_table("uttered_acts.tsv") if row.fields[1] == kind)
            for kind in ("eager", "act")}
_TELLING_TENSES = frozenset({"VBD", "VBZ", "VBP"})


def fulfilled(verb: Word, adjective: Word | None, complement: Word) -> tuple[Factuality, str | None] | None:
    """What ``verb`` (with its linking adjective, if any) says happened of its infinitive ``complement``:
    done ("had to pull out", "was keen to pay tribute"), not done ("had hoped to buy"), or ``None``."""
    if realised(verb, adjective) or uttered(verb, adjective, complement):
        return Factuality.ASSERTED, None
    if adjective is None and (ruled := ruled_out_complement(verb) or included_plan(verb, complement)) is not None:
        return ruled  # "has ruled out selling Gerrard": no selling (kg.extract.ruledout); "plans include cutting" (kg.extract.includedplans)
    cue = overtaken(verb) if adjective is None else None
    return (Factuality.NEGATED, cue) if cue is not None else None


def uttered(verb: Word, adjective: Word | None, complement: Word) -> bool:
    """Whether ``verb`` is an eagerness or wish, present or simple past, to do an act done by
    saying it ("was keen to pay tribute", "I want to thank everyone")."""
    eager = adjective.lower_ if adjective is not None and verb.lemma_.lower() == "be" else verb.lemma_.lower()
    if eager not in _UTTERED["eager"] or verb.tag_ not in _TELLING_TENSES or any(
            c.dep_ in _OWN_AUXILIARIES for c in verb.children):
        return False  # "will be keen to stress", "would want to thank"
    lemma = complement.lemma_.lower()
    return lemma in _UTTERED["act"] or any(
        f"{lemma} {c.lemma_.lower()}" in _UTTERED["act"] for c in complement.children if c.dep_ in ("prt", "dobj"))


def realised(verb: Word, adjective: Word | None) -> bool:
    """Whether ``verb`` (with the adjective that links it to an infinitive, if any) is a
    past obligation or ability that was carried out: "had to", "was able to"."""
    if not _perfect(verb) and (verb.tag_ != "VBD" or any(c.dep_ in _OWN_AUXILIARIES or c.lower_ == "yet" for c in verb.children)):
        return False  # "would have been able to", "had yet to be set" (negated)
    if adjective is None:
        return verb.lemma_.lower() in REALISED
    return verb.lemma_.lower() == "be" and adjective.lower_ in REALISED


def _perfect(verb: Word) -> bool:
    """A present perfect of the obligation or ability, with no modal nor negation: "has had to
    play in a lone role", "have been able to cut costs" (done, as "had to" is)."""
    auxiliaries = [c for c in verb.children if c.dep_ in _OWN_AUXILIARIES]
    return verb.tag_ == "VBN" and bool(auxiliaries) and all(
        a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries) and not any(
        c.dep_ == "neg" or c.lower_ == "yet" for c in verb.children)
