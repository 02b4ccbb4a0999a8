"""A clause about no one in particular: what it tells is a case, not a deed done.

- a subject's determiner or pronoun of no one in particular (``generic`` cues of
  ``factuality_cues.tsv``): "Any investor accepting the offer", "anyone who sells",
  "whoever wins the final";
- a restrictive relative clause in the simple present on a bare plural subject of a
  clause under a modal: "Firms that break the new law could face huge fines", "Sports
  fans who drive to matches may also find themselves the target", "users who click on
  such mail will find themselves redirected": an "if" in disguise (if firms break the
  law), so the breaking is possible, not told. Not one set off by a comma ("Cuban
  citizens, who receive money from overseas, will be affected": they do receive it), nor
  one in another tense ("Firms that broke the law will be fined": they broke it), nor
  one whose noun has a determiner ("The firms that break the law": the text means some).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.frames import GENERIC, generic
from kg.lexicon.events import FACTUALITY_CUES
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["generic_clause"]

_MODALS = FACTUALITY_CUES["modal"]
_PRESENT = frozenset({"VBP", "VBZ"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SPECIFIERS = frozenset({"det", "poss", "nummod", "predet"})
_OPENERS = frozenset({",", "-", "(", "—", "–"})


def generic_clause(clause: Word, noun: Word) -> tuple[Factuality, str] | None:
    """The factuality and cue of ``clause``, an ``acl`` or ``relcl`` of ``noun``, when
    ``noun`` names no one in particular (see the module); ``None`` otherwise."""
    if (anyone := generic(noun)) is not None:
        return GENERIC[anyone], anyone
    if clause.dep_ != "relcl" or clause.tag_ not in _PRESENT or noun.tag_ != "NNS" or noun.dep_ not in _SUBJECTS:
        return None
    if any(c.dep_ in _SPECIFIERS for c in noun.children) or any(c.dep_ == "aux" for c in clause.children):
        return None
    start = clause.left_edge.i
    if start <= noun.i or (start > 0 and clause.doc[start - 1].text in _OPENERS):
        return None
    modal = next((c.lower_ for c in noun.head.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    return (Factuality.POSSIBLE, modal) if modal is not None else None
