"""What a verb of avoiding or stopping leaves of the -ing it governs, by how sure the avoiding is.

"LG Card avoided being delisted": the delisting did not happen (negated, cue "avoid"). But an
avoiding only hoped for, planned or needed is no fact, and neither is what it would avoid: "the
EU and US hoped to avoid having to resolve the dispute", "needed capital to avoid being thrown
off the market", "will avoid a vote": the act avoided is possible, not negated (cue "avoid").

"Britannia has stopped making payments": the payments no longer happen (negated, cue "stop"),
where the table's "stop" kept them told. A stopping negated tells the act went on ("The phone
didn't stop ringing", "has never stopped making payments": asserted, not negated), and one only
planned, ordered or asked for leaves it open ("will stop selling", "ordered the firm to stop
selling": possible, cue "stop"). Only an -ing after "stop": "stopped to talk to fans" is a
purpose, done (``kg.extract.factuality``'s reading as before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["avoided", "avoided_in"]

_OPEN = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})
_CUES = frozenset({"avoid", "stop"})
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})


def avoided(before: Factuality, cue: str | None, complement: Word) -> tuple[Factuality, str | None] | None:
    """The reading of a clause at a verb of avoiding or stopping (the control ``cue``) whose
    complement is ``complement``, the clause read ``before`` up to that verb; ``None`` where the
    verb's own control reading stands."""
    if cue == "avoid" and before in _OPEN:
        return Factuality.POSSIBLE, "avoid"  # "hoped to avoid having to resolve"
    if cue != "stop" or complement.tag_ != "VBG":
        return None
    if before is Factuality.NEGATED:
        return Factuality.ASSERTED, None  # "didn't stop ringing": it rang
    if before in _OPEN:
        return Factuality.POSSIBLE, "stop"  # "will stop selling"
    return (Factuality.NEGATED, "stop") if before is Factuality.ASSERTED else None


def avoided_in(cue: str | None, own: Factuality, outer: Factuality) -> str | None:
    """The cue of a clause negated by its own avoiding or stopping (``own``, ``cue``) that a plan
    or a doubt around it frames, anything but a fact told ("needed capital to avoid being thrown
    off", "ordered the firm to stop selling", "believes it is time advertisers stopped providing"):
    the avoided act is then possible, no fact; "said he stopped working" stays negated."""
    return cue if cue in _CUES and own is Factuality.NEGATED and outer not in _TOLD else None
