"""How hard an act is, is no event of the act: "found it difficult to satisfy" tells no satisfying.

"Vodafone has found it difficult to satisfy Japan's technologically demanding mobile users",
"News Corp was finding it difficult to identify a suitable target", "she found it hard to
persuade Commons officials", "the Lions will be hard to beat", "tools that make it easy to
modify almost any part": the "to" infinitive of an adjective of ease or difficulty
(``ease_adjectives.tsv``) says how hard the act is or was, not that it happened, nor that
anyone plans it (it is no purpose, which the "to" would otherwise make it: planned); a
verb coordinated with it or governed by it is no event either ("easy to install and
administer", "hard to persuade officials to change the rules"). A past making easier for someone tells what they did ("made it easier for
Michael Heseltine to mount his own bid": he did, an event). "Too" still negates ("some mobiles are too difficult to use": no use), and "possible" and
"impossible" stay factuality cues ("is impossible to find": negated), and so they are when made
or found so (``made_possible``): "the ruling made it impossible for Yukos to pay its tax bill",
"make it impossible to dismiss the feud as hearsay": no paying, no dismissing (negated, not told
nor a purpose); "makes it possible for police to hold suspects": possible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.events import FACTUALITY_CUES
from kg.lexicon.table import read_table
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

EASE_ADJECTIVES = {row.fields[0]: row.fields[1] for row in read_table("ease_adjectives.tsv")}
_ADJECTIVES = FACTUALITY_CUES["adjective"]
_SMALL_CLAUSE = frozenset({"ccomp", "oprd", "xcomp"})  # "made it impossible": the adjective a verb's predicate


def rated(verb: Word) -> bool:
    """Whether ``verb`` is the "to" infinitive of an adjective of ease or difficulty, a conjunct
    of one, or an infinitive one governs."""
    for _ in range(4):  # up the conjuncts and the infinitives it governs: "hard to persuade officials to change"
        if verb.dep_ not in ("conj", "xcomp") or verb.head.pos_ != "VERB":
            break
        verb = verb.head
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.pos_ != "ADJ" or head.lower_ not in EASE_ADJECTIVES or head.i > verb.i:
        return False
    if EASE_ADJECTIVES[head.lower_] == "ease" and head.head.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "made it easier for Michael Heseltine to mount his own bid": he did
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "advmod" and c.lower_ == "too" for c in head.children)  # "too difficult to use": not used (negated)


def made_possible(verb: Word) -> tuple[Factuality, str] | None:
    """What "possible" or "impossible" (a factuality adjective of ``factuality_cues.tsv``) that a
    verb makes or finds so says of ``verb``, its "to" infinitive ("made it impossible for Yukos to
    pay": negated, "impossible"); ``None`` for any other verb."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "ADJ" or head.dep_ not in _SMALL_CLAUSE or head.i > verb.i or \
            head.head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    value = _ADJECTIVES.get(head.lower_)
    return (value, head.lower_) if value in (Factuality.NEGATED, Factuality.POSSIBLE) and head.lower_ not in EASE_ADJECTIVES else None
