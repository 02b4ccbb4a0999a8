"""What a body of findings suggests is its finding, reported, not a guess.

"Support for a ban on hunting has fallen, a poll suggests", "Research from Halifax suggests the
value of private housing stock is continuing to rise", "figures compiled by the Tories suggest":
the poll, the research or the figures found it, and the text reports the finding in their name
(reported, the poll its source), as after "a survey found". A speculating speech verb ("suggest"
is a speech cue of ``factuality_cues.tsv`` valued speculated) whose subject is a noun of
``finding_nouns.txt`` reports instead. A finding that foretells or wishes, with "will" or "would"
anywhere in its clause, keeps the speculation: reported, its "will" would read as a plan ("Labour
will hold key seats, winning a majority, the Populus survey suggests"), and a wish the parse hides
as a fact ("is the song Britons would most like played at their funeral, a survey has suggested").
A person, a party or a newspaper's report that suggests still speculates ("Mr Blunkett suggested
Parliament could decide", "Initial reports suggested").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.table import read_words
from kg.types import Factuality

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["found_by"]

_FINDINGS = read_words("finding_nouns.txt")
_FUTURE = frozenset({"will", "would", "'ll", "'d", "shall"})
_INTERRUPTING = frozenset({"parataxis", "ccomp", "advcl"})  # "..., a poll suggests."


def found_by(value: Factuality | None, subject: Word | None, content: Word | None) -> Factuality | None:
    """The factuality a speech verb valued ``value`` gives its clause ``content`` (``None``: the
    clause the verb interrupts), ``subject`` its subject (see the module): reported for a
    speculating verb whose subject is a body of findings, unless the clause foretells."""
    if value is not Factuality.SPECULATED or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return value
    if subject.lower_ not in _FINDINGS and subject.lemma_.lower() not in _FINDINGS:
        return value
    clause = content if content is not None else subject.head.head if subject.head.dep_ in _INTERRUPTING else None
    foretold = clause is not None and any(w.tag_ == "MD" and w.lower_ in _FUTURE for w in clause.subtree)
    return value if foretold else Factuality.REPORTED
