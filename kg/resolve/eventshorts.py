"""A contest's name by its first word made plural: "the European Indoor Championships ... the Europeans".

Sports news names a championships or games once in full and then by the plural of the
name's first word: "Holmes will run at the European Indoor Championships in Madrid ...
she would decide whether to run at the Europeans"; "the World Athletics Championships ...
the Worlds"; "the Olympic Games ... the Olympics". NER reads the short name as a group of
people ("Europeans"), a node beside the event. ``is_plural_opening`` says a one-word name
is such a short form: the longer name's first word and an "s", the longer name ending in a
contest's head (``_CONTEST_HEADS``) with at most two words between. ``kg.resolve.variants``
asks it only of a longer name that is an event, so "the Europeans" stays a people or a
team where no such contest is named ("the Europeans won the Ryder Cup").
"""

from __future__ import annotations

_CONTEST_HEADS = frozenset({"championships", "championship", "games"})
_MAX_WORDS = 4  # "European Indoor Athletics Championships"


def is_plural_opening(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether the one-word name ``words`` is the contest ``long_words`` by its first word made plural
    (``kg.resolve.forms.name_words`` of both).

    >>> is_plural_opening(("europeans",), ("european", "indoor", "championships"))
    True
    >>> is_plural_opening(("olympics",), ("olympic", "games")), is_plural_opening(("worlds",), ("world", "championships"))
    (True, True)
    >>> is_plural_opening(("europeans",), ("european", "union")), is_plural_opening(("european",), ("european", "championships"))
    (False, False)
    >>> is_plural_opening(("europeans",), ("european", "under", "23", "athletics", "championships"))
    False
    """
    if len(words) != 1 or not 2 <= len(long_words) <= _MAX_WORDS:
        return False
    return words[0] == long_words[0] + "s" and long_words[-1] in _CONTEST_HEADS
