"""A side named by where a game against it is played.

Rule ``host's opponent``: in a sports report the name after "at home to", "away to",
"away at" or "play host to" is the other side of a game: "Redknapp's first game in charge
will be at home to Middlesbrough", "are away at West Ham", "Chelsea will play host to
Scunthorpe", and so is each later name of a list there ("are away at West Ham, Cardiff and
Preston North End"). Not "at the hands of", which names a boxer or a player as often.
A ground is where one plays ("at Anfield"), but "away at X" names the hosts, not their
ground, and "at home to X" the visitors. Read in order, as the parser hangs these
phrases anywhere.

``kg.extract.cues.is_team`` asks this, for names that look like no person's (a report on
a sport played alone keeps its players people: ``kg.extract.cues.player_type``).
"""

from __future__ import annotations

from kg.extract.words import Words

# The words right before the name, folded, and the word before them that the phrase needs.
_PHRASES: tuple[tuple[tuple[str, str], frozenset[str]], ...] = (
    (("home", "to"), frozenset({"at"})),
    (("away", "to"), frozenset()),
    (("away", "at"), frozenset()),
    (("host", "to"), frozenset({"play", "plays", "played", "playing"})),
)


def hosted_side(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` follow "at home to", "away to", "away at" or "play host to", or
    are a later name of a list that does ("are away at West Ham, Cardiff and Preston North
    End": Cardiff, Preston North End; see the module docstring)."""
    root = words.root(start, end)
    first = root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    return _after_phrase(words, start) or (first is not root and _after_phrase(words, first.left_edge.i))


def _after_phrase(words: Words, start: int) -> bool:
    tokens = words.words
    if start < 3:
        return False
    before = (tokens[start - 2].lower_, tokens[start - 1].lower_)
    return any(before == phrase and (not opener or tokens[start - 3].lower_ in opener) for phrase, opener in _PHRASES)
