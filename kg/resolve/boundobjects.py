"""An object pronoun never means the subject of its own verb (binding).

"If Mr Blair won't allow him to run the election campaign": "him" is not Mr Blair (that
would be "himself"), so the subject of the verb right before the pronoun is no candidate
of "him" ("let him", "told him", "allow him to"). "her" counts only before "to" or a
punctuation mark: "Ms Smith told her father" is a possessive, and may well be hers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.records import Argument, Proposition

if TYPE_CHECKING:
    from kg.resolve.coref import Linker

__all__ = ["local_subjects"]


def local_subjects(linker: Linker, pronoun: str, argument: Argument, earlier: Sequence[tuple[Proposition, int]]) -> set[int]:
    """The subjects of the verb whose object ``argument`` (an object form of ``pronoun``) is."""
    text = linker.text
    if pronoun != "him" and not (pronoun == "her" and (text.startswith(" to ", argument.end) or
                                                      text[argument.end:argument.end + 1] in (".", ",", ";", "\""))):
        return set()
    if argument.end - argument.start != len(pronoun):
        return set()
    return {cluster for clause, cluster in earlier
            if clause.trigger is not None and clause.trigger[1] <= argument.start
            and not text[clause.trigger[1]:argument.start].strip() and clause.subject.end <= clause.trigger[0]}
