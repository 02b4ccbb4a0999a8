"""How little a framing noun holds: "no evidence that", "little evidence that", and a framing noun said
to be missing: "a lack of evidence that Microsoft broke the law", "an absence of convincing research
that media violence caused harm" (the breaking, the causing negated, as after "no evidence that"; "a
dearth of evidence that": possible; ``scant`` cues of factuality_cues.tsv, "no", "lack of" ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES

if TYPE_CHECKING:
    from kg.extract.words import Word

_SCANT = FACTUALITY_CUES["scant"]


def scant_cue(noun: Word) -> str:
    """The ``scant`` cue of a framing noun: its determiner or adjective ("no", "little"; not "a little"),
    or the noun whose "of" takes it ("lack of"); "" when it holds what it frames."""
    few = next((c.lower_ for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in _SCANT), "") or lacked(noun)
    return few if "a" not in {c.lower_ for c in noun.children} else ""


def lacked(noun: Word) -> str:
    """The ``scant`` cue ("lack of") of the noun whose "of" takes ``noun``, or ""."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return ""
    owner = noun.head.head
    cue = f"{owner.lemma_.lower()} of"
    return cue if owner.pos_ == "NOUN" and cue in _SCANT else ""
