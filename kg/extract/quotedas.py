"""A speech participle on a passive "quoted" is said by the one quoted.

"Anelka was quoted in a French newspaper as saying he would like to play for a bigger club",
"Mr Kruger was quoted in the Guardian newspaper saying: ...": the parser hangs "saying" on
"quoted" (through "as", or as an adverbial clause), whose passive subject is the speaker; the
newspaper is only where the words were printed.
"""

from __future__ import annotations

from kg.extract.words import Word

__all__ = ["quoted_as", "quotes_speech"]

# The participles a quoted person's words follow: "as saying", "as telling Labour members".
_PARTICIPLES = frozenset({"say", "tell", "add", "warn", "claim", "insist", "describe"})


def quoted_as(verb: Word) -> Word | None:
    """The passive "quoted" (or "has been quoted") that speech participle ``verb`` hangs on, or ``None``.

    The caller reads its passive subject as the speaker."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _PARTICIPLES:
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    if head.lemma_.lower() != "quote" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return head if any(c.dep_ == "nsubjpass" for c in head.children) else None


def quotes_speech(verb: Word) -> bool:
    """Whether ``verb`` is a passive "quoted" with a speech participle on it: no event of its own
    ("Anelka was quoted ... as saying": the quote is the speech, the participle's)."""
    if verb.lemma_.lower() != "quote":
        return False
    return any(quoted_as(word) is verb for word in verb.children for word in (word, *word.children))
