"""What a verb of avoiding, failing or stopping leaves of what it governs, by how sure that verb is.

"LG Card avoided being delisted": the delisting did not happen (negated, cue "avoid"). But an
avoiding only hoped for, planned or needed is no fact, and neither is what it would avoid: "the
EU and US hoped to avoid having to resolve the dispute", "needed capital to avoid being thrown
off the market", "will avoid a vote": the act avoided is possible, not negated (cue "avoid").
A failure is the same: "Arsenal failed to qualify" did not qualify (negated), but "Arsenal could
fail to qualify", "will fail to reach the last 32 if they lose", "Failing to beat Feyenoord
would leave Celtic out" tell no failure, so the qualifying, reaching, beating is possible (cue
"fail"), never a told "did not"; "said Arsenal had failed to qualify" stays negated. No frame
around such a failure makes its act a claim: "Henry believes he will be blamed if Arsenal fail to
qualify" is no belief that Arsenal qualify (possible, not speculated).

"Britannia has stopped making payments": the payments no longer happen (negated, cue "stop"),
where the table's "stop" kept them told. A stopping negated tells the act went on ("The phone
didn't stop ringing", "has never stopped making payments": asserted, not negated), and one only
planned, ordered or asked for leaves it open ("will stop selling", "ordered the firm to stop
selling": possible, cue "stop"). Only an -ing after "stop": "stopped to talk to fans" is a
purpose, done (``kg.extract.factuality``'s reading as before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["avoided", "avoided_in", "open_failure"]

_OPEN = frozenset({Factuality.PLANNED, Factuality.POSSIBLE})
_CUES = frozenset({"avoid", "fail", "stop"})
_CONDITIONS = frozenset(word for word, value in FACTUALITY_CUES["mark"].items() if value is Factuality.POSSIBLE)  # "if"
_OPENED = frozenset({"avoid", "fail"})  # a verb whose act is open when the verb itself is only planned or possible
_TOLD = frozenset({Factuality.ASSERTED, Factuality.REPORTED})


def avoided(before: Factuality, cue: str | None, complement: Word, before_cue: str | None = None) -> tuple[Factuality, str | None] | None:
    """The reading of a clause at a verb of avoiding, failing or stopping (the control ``cue``) whose
    complement is ``complement``, the clause read ``before`` up to that verb (by ``before_cue``); ``None``
    where the verb's own control reading stands (a failure in a condition keeps the condition's word:
    "if the team fail to secure a place": possible, cue "if")."""
    if cue in _OPENED and before in _OPEN and not (cue == "fail" and before_cue in _CONDITIONS):
        return Factuality.POSSIBLE, cue  # "hoped to avoid having to resolve", "could fail to qualify"
    if cue != "stop" or complement.tag_ != "VBG":
        return None
    if before is Factuality.NEGATED:
        return Factuality.ASSERTED, None  # "didn't stop ringing": it rang
    if before in _OPEN:
        return Factuality.POSSIBLE, "stop"  # "will stop selling"
    return (Factuality.NEGATED, "stop") if before is Factuality.ASSERTED else None


def avoided_in(cue: str | None, own: Factuality, outer: Factuality) -> str | None:
    """The cue of a clause negated by its own avoiding, failing or stopping (``own``, ``cue``) that a
    plan or a doubt around it frames, anything but a fact told ("needed capital to avoid being thrown
    off", "ordered the firm to stop selling", "believes it is time advertisers stopped providing",
    "Failing to beat Feyenoord would leave": its failing a case): the act is then possible, no fact;
    "said he stopped working" stays negated, and so does a failure claimed or believed, not only a case
    ("a report that the firm has failed to win a contract")."""
    if cue == "fail" and outer not in _OPEN:
        return None  # "a report that the firm has failed to win a contract": a failure claimed, still a failure
    return cue if cue in _CUES and own is Factuality.NEGATED and outer not in _TOLD else None


def open_failure(own: Factuality, chain: list[tuple[Word, Word | None]]) -> bool:
    """Whether a clause of the verbs ``chain`` (``kg.extract.factuality.verb_chain``), read ``own``, is the act of
    a failure that is only a case ("if Arsenal fail to qualify", "could fail to qualify"): possible whatever
    frames it, since a belief or report of the failure is none of the act."""
    return own is Factuality.POSSIBLE and any(verb.lemma_.lower() == "fail" for verb, _ in chain[:-1])
