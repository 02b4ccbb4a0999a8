"""Bare plurals: a common noun in the plural with no determiner and no modifier.

"Courts will decide", "groups of youths attacked", "Broadcasters complained":
such a noun speaks of a kind in general, or of members the article does not pick
out, and a node of its own for it is what readers call junk (a node "courts"
joined to nothing else). ``kg.resolve.coref`` keeps it as a literal argument, its
head noun the text, instead of a document-local node, unless the article names
it again ("Protesters stormed ... seized by the protesters"). A plural that a word picks
out stays a described node: "the protesters", "these groups", "their unions",
"Labour's rivals", "some councils", "2,000 protesters", and so does one a
modifier narrows ("rival carriers", "council workers"; the description's text
holds its modifiers), a name before it ("Iranian authorities") or a place after it
("authorities in Almaty"). A plural without the -s ("police", "staff") may be one force
or one firm's staff and stays too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import DETERMINERS, PRONOUNS, QUANTIFIERS
from kg.records import Mention
from kg.resolve.pronouns import looks_plural

# The last word before the noun, with nothing but spaces after it.
_WORD_BEFORE = re.compile(r"([\w’'-]+) +$")
# A place after the noun picks its members out: "authorities in Almaty", "fans from Leeds".
_PLACED_AFTER = re.compile(r" (?:in|from|at|across|near|outside) [A-Z]")
# Spelt-out numbers pick members out as digits do ("two groups"); so does a partitive's
# "of" ("dozens of protesters", "groups of youths": the youths stay, the groups go).
_NUMBER = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)$"
)


def is_bare_plural(text: str, description: Mention, descriptions: Sequence[Mention] = ()) -> bool:
    """Whether the description is one plural noun that no word before it picks out and
    the article never names again.

    Args:
        text: The document's text.
        description: A description mention (its text holds its modifiers, not its determiner).
        descriptions: The document's descriptions: a plural said again ("Protesters stormed
            government buildings ... seized by the protesters") is a group the article
            follows, and stays a node.

    Examples:
        >>> def d(text, word):
        ...     start = text.index(word)
        ...     return Mention(start, start + len(word), word, None, 0)
        >>> is_bare_plural("Courts will decide.", d("Courts will decide.", "Courts"))
        True
        >>> is_bare_plural("He said groups of youths came.", d("He said groups of youths came.", "groups"))
        True
        >>> is_bare_plural("He said the courts will decide.", d("He said the courts will decide.", "courts"))
        False
        >>> is_bare_plural("Some 2,000 protesters came.", d("Some 2,000 protesters came.", "protesters"))
        False
        >>> is_bare_plural("Their unions met.", d("Their unions met.", "unions"))
        False
        >>> is_bare_plural("He said police came.", d("He said police came.", "police"))  # no -s: may be one force
        False
        >>> is_bare_plural("Authorities in Almaty said.", d("Authorities in Almaty said.", "Authorities"))
        False
        >>> is_bare_plural("He said Iranian authorities act.", d("He said Iranian authorities act.", "authorities"))
        False
    """
    words = description.text.split()
    if any(other.text.lower() == description.text.lower() and other.start != description.start for other in descriptions):
        return False
    if len(words) != 1 or not words[0].isalpha() or not words[0].lower().endswith("s") or not looks_plural(words[0]):
        return False
    if _PLACED_AFTER.match(text, description.end):
        return False  # "authorities in Almaty", "fans from Leeds": a place picks them out
    before = _WORD_BEFORE.search(text[max(0, description.start - 40) : description.start])
    if before is not None and before.group(1)[:1].isupper() and not _opens_sentence(text, before.start()):
        return False  # "Iranian authorities": a name NER kept apart picks them out
    if before is None:
        return True  # at the head of a sentence or after punctuation: "Courts will decide", '"Fans ...'
    word = before.group(1).lower()
    pronoun = PRONOUNS.get(word)
    picks_out = (
        word in DETERMINERS or word in QUANTIFIERS or word == "of" or word[:1].isdigit() or _NUMBER.match(word) is not None
        or word.endswith(("'s", "’s", "s'")) or (pronoun is not None and "possessive" in pronoun.cases)
    )
    return not picks_out


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (nothing before it but a stop and spaces)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n\"“"
