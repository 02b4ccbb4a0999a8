"""An unnamed speaker between a person and "he"/"she" is a rival of that person.

``kg.resolve.pronouns`` gives "he" or "she" the one person named in reach. A description
that links to no person ("A Liberal Democrat spokesman said ...", read as the party
speaking, ``kg.resolve.spokespeople``; "a man said ...") is no candidate there, yet the
next sentence's "he" may well be him: in "The report was welcomed by shadow pensions
secretary David Willetts. He pointed to Tory plans ... A Liberal Democrat spokesman said
the party took the issues seriously. He highlighted the party's promises ...", the second
"he" is the spokesman, not Mr Willetts. So a clause subject headed by a spokesperson's or
a person's noun (``spokespeople.txt``, ``person_nouns.txt``) of the pronoun's gender or of
none, standing after the person's last mention in the sentence before the pronoun's, outside
quotation marks, leaves the pronoun unresolved; a person's noun only with "a" or "an" ("a
man said", not "the man", who may be the person named before). Not in the pronoun's own sentence: "a
spokesman for Mr Blair said he would attend" may well mean Mr Blair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import PERSON_NOUNS, SPOKESPEOPLE
from kg.resolve.unquoted import in_quotation

if TYPE_CHECKING:
    from kg.records import Argument
    from kg.resolve.coref import Linker

_GENDERS = {"spokesman": "m", "man": "m", "boy": "m", "spokeswoman": "f", "woman": "f", "girl": "f"}
_SINGULAR_SPEAKERS = frozenset(word for word in SPOKESPEOPLE | PERSON_NOUNS if not word.endswith(("men", "people", "s")))


def unnamed_rival(linker: Linker, argument: Argument, sentence: int, person: int, wanted: str | None) -> bool:
    """Whether an unnamed person's description stands between ``person``'s last mention and
    the pronoun ``argument`` (of gender ``wanted``, in ``sentence``) as a clause subject of
    the sentence before (see the module docstring)."""
    last = max((mention.end for mention, cluster in linker.names if cluster == person and mention.end <= argument.start),
               default=-1)
    if sentence == 0:
        return False
    earliest, own = max(last, linker.sentence_starts[sentence - 1]), linker.sentence_starts[sentence]
    for clause in linker.clauses:
        subject = clause.subject
        if not earliest <= subject.start < own or in_quotation(linker.text, subject.start):
            continue
        head = linker.text[subject.head_start : subject.head_end]
        if head not in _SINGULAR_SPEAKERS or _GENDERS.get(head, wanted) != wanted or linker.named_or_described(subject) == person:
            continue
        if head in SPOKESPEOPLE or linker.text[subject.start : subject.start + 3].lower() in ("a ", "an "):
            return True  # "the man I once found cringe worthy": someone named before, maybe the person
    return False
