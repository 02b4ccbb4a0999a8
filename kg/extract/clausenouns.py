"""The "that" clause that says what a noun of content claims, fears or hopes is part of the argument.

"Tory leader Michael Howard has dismissed claims that his immigration policy was moving onto the turf
of the BNP": what Mr Howard dismissed is the claims that his policy was..., not "claims"; "Shares in
MCI have risen on speculation that it is in takeover talks", "Insurers have sought to calm fears that
they face huge losses". Cut to its head, the argument says nothing a reader could use
(``kg.extract.event_arguments.shortened`` keeps it whole when this says so). Nouns of
``clause_nouns.txt``; the clause opens with "that" as its mark and has a subject of its own, so a
relative clause ("introducing legislation that will clamp down": "that" its subject) is cut as
before. The clause's own events stay ("fears that up to 300 jobs would be moved": a speculated move).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import CLAUSE_NOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["content_clause"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def content_clause(noun: Word, child: Word) -> bool:
    """Whether ``child`` is the "that" clause after ``noun`` that says what the noun claims or fears:
    "claims [that his immigration policy was moving onto the turf]"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAUSE_NOUNS or child.i < noun.i:
        return False
    if child.dep_ not in ("acl", "ccomp", "relcl") or child.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c for c in child.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "that" or mark.i != noun.i + 1:
        return False
    return any(c.dep_ in _SUBJECTS and c.i > mark.i for c in child.children)
