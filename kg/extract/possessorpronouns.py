"""Which possessor of an event noun is a party to it: a name or description ("Pernod's
takeover"), or "his" or "her" filling in the party an event already read without it
lacks ("his row with manager Graeme Souness": Bellamy's row), which ``kg.resolve.events``
links as it links a verb's "he" or "she" (the one person of that gender in reach) and
leaves out when it finds no one.

Not "its" or "their": resolution takes them for the subject of a recent clause, which a
possession verb between is not ("Euronext already has a presence in London due to its 2001
acquisition of Liffe": the LSE, subject of the clause before, not Euronext). Not an event of
the pronoun alone, with no other core party ("his arrest in 1998", "his conviction in
Britain's right"): what the noun means and when it happens then rest on the noun's scope
alone, and the cases of those read wrong (a belief read as a court's conviction, a past
arrest under "will touch upon" read as planned) outweigh the events added. "my", "our",
"your": a speaker's own, which the resolver does not link."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from kg.lexicon import PRONOUNS

if TYPE_CHECKING:
    from kg.extract.words import Word

__all__ = ["party_possessor", "with_parties"]

# "his", "her": possessive pronouns of a person (pronouns.tsv).
_OWNING = frozenset(word for word, pronoun in PRONOUNS.items()
                    if pronoun.person == 3 and pronoun.gender in {"m", "f"} and "possessive" in pronoun.cases)

Found = list[tuple[str, list["Word"]]]


def party_possessor(word: Word) -> bool:
    """Whether ``word``, a child of an event noun, is a possessor that may take a role in its event."""
    return word.dep_ == "poss" and (word.pos_ != "PRON" or word.lower_ in _OWNING)


def _pronoun(tokens: list[Word]) -> bool:
    return len(tokens) == 1 and tokens[0].dep_ == "poss" and tokens[0].pos_ == "PRON"


def with_parties(found: Found, core: Collection[str]) -> Found:
    """An event noun's arguments ``found``, without its possessive pronoun when no other
    argument has a ``core`` role ("his arrest in October 2003": as before, no event)."""
    own = [(role, tokens) for role, tokens in found if not _pronoun(tokens)]
    return found if any(role in core for role, _ in own) else own
