"""A phrase "<quantifier> of <up to five words> <plural>", as an argument's text: the quantifier
("a third", "44%", "hundreds") and the plural that says of whom ("firms", "fans"). Read by
``kg.extract.shareof`` (a share of organisations) and ``kg.resolve.countedof`` (a count of people).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.records import Argument

__all__ = ["of_group", "plural_in"]

# "<quantifier> of <up to five words>": the quantifier's last word right before "of".
_OF = re.compile(r"(?P<quantifier>[\w.,%-]+)\s+of\s+(?:[\w'’-]+\s+){0,5}(?P<last>[a-z]+)", re.IGNORECASE)


def of_group(span: Argument, text: str) -> tuple[str, str] | None:
    """The quantifier and the last word (lower case) of the argument ``span`` of ``text`` when it
    ends on "<quantifier> of ... <word>"; else ``None``."""
    words = text[span.start : span.end]
    found = _OF.search(words)
    if found is None or found.end() != len(words):
        return None
    return found["quantifier"].lower(), found["last"].lower()


def plural_in(word: str, nouns: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is a regular plural of one of ``nouns``: "firms", "companies"."""
    return word.endswith("s") and (word[:-1] in nouns or (word.endswith("ies") and word[:-3] + "y" in nouns))
