"""A speech participle on a passive "quoted" is said by the one quoted.

"Anelka was quoted in a French newspaper as saying he would like to play for a bigger club",
"Mr Kruger was quoted in the Guardian newspaper saying: ...": the parser hangs "saying" on
"quoted" (through "as", or as an adverbial clause), whose passive subject is the speaker; the
newspaper is only where the words were printed. So too the object of an active "quoted":
"Reuters quoted a central bank official as saying rates would rise" is the official's speech.
"""

from __future__ import annotations

from kg.extract.words import Word

__all__ = ["quoted_as", "quoted_one", "quotes_speech", "quoting_participle"]

# The participles a quoted person's words follow: "as saying", "as telling Labour members".
_PARTICIPLES = frozenset({"say", "tell", "add", "warn", "claim", "insist", "describe"})


def _quoting(verb: Word) -> Word | None:
    """The "quoted" that speech participle ``verb`` hangs on ("as saying", or an adverbial clause), or ``None``."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _PARTICIPLES:
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    return head if head.lemma_.lower() == "quote" else None


def quoted_as(verb: Word) -> Word | None:
    """The passive "quoted" (or "has been quoted") that speech participle ``verb`` hangs on, or ``None``.

    The caller reads its passive subject as the speaker."""
    head = _quoting(verb)
    if head is None or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return head if any(c.dep_ == "nsubjpass" for c in head.children) else None


def quoted_one(verb: Word) -> Word | None:
    """The one an active "quoted" quotes, the object, when speech participle ``verb`` hangs on it:
    "Reuters quoted a central bank official as saying rates would rise" -> official (the agency only
    printed the words); ``None`` otherwise."""
    head = _quoting(verb)
    if head is None or any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def quotes_speech(verb: Word) -> bool:
    """Whether ``verb`` is a "quoted" with a speech participle on it: no event of its own ("Anelka
    was quoted ... as saying", "Reuters quoted sources as saying": the quote is the speech, the participle's)."""
    if verb.lemma_.lower() != "quote":
        return False
    return quoting_participle(verb) is not None or any(
        quoted_as(word) is verb for word in verb.children for word in (word, *word.children))


def quoting_participle(verb: Word) -> Word | None:
    """The speech participle on an active "quoted" ``verb`` that quotes its object: '"It is a
    question of sovereignty," Reuters quoted a central bank official as saying' -> saying, whose
    speaker is the official (``quoted_one``)."""
    if verb.lemma_.lower() != "quote":
        return None
    return next((word for child in verb.children for word in (child, *child.children) if quoted_one(word) is not None
                 and _quoting(word) is verb), None)
