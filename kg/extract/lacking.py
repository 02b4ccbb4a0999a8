"""How little a framing noun holds: "no evidence that", "little evidence that", and a framing noun said
to be missing: "a lack of evidence that Microsoft broke the law", "an absence of convincing research
that media violence caused harm" (the breaking, the causing negated, as after "no evidence that"; "a
dearth of evidence that": possible; ``scant`` cues of factuality_cues.tsv, "no", "lack of" ...). An
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
    few = next((w.lower_ for w in words if w.lower_ in _SCANT), "") or lacked(noun)
    return few if _SCANT.get(few) is Factuality.NEGATED or "a" not in {c.lower_ for c in noun.children} else ""


def lacked(noun: Word) -> str:
    """The ``scant`` cue of the noun whose preposition takes ``noun`` ("lack of", "absence of"), or ""."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return ""
    owner = noun.head.head
    cue = f"{owner.lemma_.lower()} {noun.head.lower_}"
    return cue if owner.pos_ in _OWNERS and cue in _SCANT else ""
