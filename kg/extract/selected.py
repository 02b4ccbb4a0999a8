"""The side a team selection is changed from: "Wales have made two changes from the
team that thrashed Italy 38-8 in Rome" -> thrash(agent=Wales, opponent=Italy), not
an agent "the team" no one can look up. The team a relative clause describes, after
"changes from / to" (or "unchanged from") of a clause, is its subject's side: the
subject itself when a country or club is the subject, else the side a coach or
captain is named with ("Wales coach Mike Ruddock has made two changes from the team
that beat Italy 38-8": Wales). Any other "the team" is left as written. The parse
hangs the selection's purpose on the result ("for Saturday's trip to France"): such a
result keeps no reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from kg.extract.spans import argument_head, word_phrase
from kg.folding import fold
from kg.lexicon import COUNTRIES

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["selected_side", "selected_sides"]

_TEAMS = frozenset({"team", "side", "xv", "squad"})
_CHANGES = frozenset({"change", "unchanged"})
_SIDE_LABELS = frozenset({"GPE", "ORG", "NORP"})  # a country's or a club's name
_LEADERS = frozenset({"coach", "captain", "manager", "boss"})


def selected_sides(found: list[tuple[str, list[Word]]]) -> list[tuple[str, list[Word]]]:
    """An event's (role, words) with "the team" a selection is changed from read as its
    side; the result then has no reason: "changes from the team that beat Italy 38-8 for
    Saturday's trip to France" (the trip is the changes' reason, not the win's)."""
    out = [(role, selected_side(tokens)) for role, tokens in found]
    if all(side is tokens for (_, side), (_, tokens) in zip(out, found, strict=True)):
        return found
    return [(role, tokens) for role, tokens in out if role != "reason"]


def selected_side(tokens: list[Word]) -> list[Word]:
    """``tokens``, or the subject's side when they are "the team" a selection is changed
    from or to and a relative clause describes."""
    head = cast("Word | None", argument_head(cast(Any, tokens)))
    if head is None or head.lower_ not in _TEAMS or head.dep_ != "pobj" or not any(c.dep_ == "relcl" for c in head.children):
        return tokens
    prep = head.head
    if prep.lower_ not in ("from", "to"):
        return tokens
    change = prep.head  # "made [two changes from] the team", or "[made] two changes [from] the team"
    if change.lemma_.lower() in _CHANGES:
        verb = change.head if change.dep_ in ("dobj", "acomp") else None
    else:
        verb = change if any(c.dep_ == "dobj" and c.lemma_.lower() in _CHANGES for c in change.children) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return tokens
    if _side(subject):
        return word_phrase(subject)
    leader = next((c for c in subject.children if c.dep_ == "compound" and c.lower_ in _LEADERS), None)
    side = [c for c in leader.children if c.dep_ == "compound"] if leader is not None else []
    if len(side) == 1 and _side(side[0]):
        return [t for t in side[0].subtree]
    return tokens


def _side(word: Word) -> bool:
    """A country's or a club's name: "Wales" (to the tagger, at times, a plural noun)."""
    return word.ent_type_ in _SIDE_LABELS or fold(word.text) in COUNTRIES
