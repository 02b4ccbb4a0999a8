"""An organisation a pronoun owns: "his party", "its parent company" is no node of its own.

"Tory co-chairman Liam Fox said his party would exploit opportunities", "SNP leader Alex
Salmond said his party would introduce a £2,000 grant": a singular organisation after a
possessive pronoun is one particular organisation the reader knows from the owner,
never a new one the article introduces. ``kg.resolve.ownparty`` and ``ownsides`` give it
the party or team the article names for that person; left unresolved it stays a literal,
not a document-local node labelled "party" that then acts in events ("introduce(agent=
party)"), which readers count as junk. A description with words that narrow it stays a
node ("his front bench team", "his new party"), and plurals are left to ``kg.resolve.bare``
("their unions" stays a described node).
"""

from __future__ import annotations

import re

from kg.lexicon import PRONOUNS
from kg.records import Mention
from kg.resolve.pronouns import looks_plural

# The last word before the description (which holds its modifiers, not its determiner).
_WORD_BEFORE = re.compile(r"([\w’'-]+) +$")


def is_pronoun_owned(text: str, description: Mention) -> bool:
    """Whether a description of one singular noun stands right after a possessive pronoun.

    >>> def d(text, word):
    ...     start = text.index(word)
    ...     return Mention(start, start + len(word), word, None, 0)
    >>> text = "He said his party would act and their unions met the party."
    >>> is_pronoun_owned(text, d(text, "party")), is_pronoun_owned(text, d(text, "unions"))
    (True, False)
    >>> is_pronoun_owned("He met the party.", d("He met the party.", "party"))
    False
    """
    words = description.text.split()
    if len(words) != 1 or looks_plural(words[0]):
        return False  # "his front bench team", "his new party": words that narrow it say which, a node still
    before = _WORD_BEFORE.search(text[max(0, description.start - 40) : description.start])
    pronoun = PRONOUNS.get(before.group(1).lower()) if before is not None else None
    return pronoun is not None and "possessive" in pronoun.cases
