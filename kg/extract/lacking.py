"""How little a framing noun holds: "no evidence that", "little evidence that", and a framing noun said
to be missing: "a lack of evidence that Microsoft broke the law", "an absence of convincing research
that media violence caused harm" (the breaking, the causing negated, as after "no evidence that"; "a
dearth of evidence that": possible; ``scant`` cues of factuality_cues.tsv, "no", "lack of" ...), and
small odds of a thing ("little chance of a deal being agreed", "slim hope of": negated, as "unlikely" is;
"a slim chance": possible). An
attempt that failed ("an unsuccessful bid to", "failed in an attempt to") is ``kg.extract.thwarted``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

_SCANT = FACTUALITY_CUES["scant"]
_OWNERS = frozenset({"NOUN", "VERB"})


def scant_cue(noun: Word) -> str:
    """The ``scant`` cue of a framing noun: its determiner or adjective ("no", "little"; not "a little"),
    or the noun whose "of" takes it ("lack of"); "" when it holds what it frames."""
    words = [w for c in noun.children if c.dep_ in ("det", "amod") or (c.dep_ == "nummod" and c.lower_ == "no")  # "absolutely no chance"
             for w in (c, *c.conjuncts)]  # a coordinated one too: "little or no"
    some = "a" in {c.lower_ for c in noun.children}  # "a little evidence", "a slim chance": what it holds
    few = ("" if some else slim_odds(noun, words)) or next((w.lower_ for w in words if w.lower_ in _SCANT), "") or lacked(noun)
    return few if _SCANT.get(few) is Factuality.NEGATED or not some else ""


def slim_odds(noun: Word, words: list[Word]) -> str:
    """The ``scant`` cue of a noun of likelihood one of ``words`` says is small ("little chance",
    "slim hope": expected not to happen, negated, as "unlikely" is), or ""."""
    return next((cue for w in words if (cue := f"{w.lower_} {noun.lemma_.lower()}") in _SCANT), "")


def lacked(noun: Word) -> str:
    """The ``scant`` cue of the noun whose preposition takes ``noun`` ("lack of", "absence of"), or ""."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return ""
    owner = noun.head.head
    cue = f"{owner.lemma_.lower()} {noun.head.lower_}"
    return cue if owner.pos_ in _OWNERS and cue in _SCANT else ""
