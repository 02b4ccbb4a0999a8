"""A titled thing's name with a colon, and one of its two parts written alone: the same thing.

A work's, product's or event's name given whole with a colon is later written by one
of its parts:

- its part before the colon: "CSI: Crime Scene Investigation ... CSI" (moved from
  ``kg.resolve.variants``);
- its part after the colon, the subtitle, when that holds two words or more: "Medal of
  Honor: Pacific Assault ... Of the two games, Pacific Assault gets more things right",
  "Call of Duty: Finest Hour ... Finest Hour has a similar determination", "GoldenEye:
  Rogue Agent ... Rogue Agent is out now". Not a subtitle of one word, often a common
  one ("Garfield: The Movie ... the movie", "Doom 3: Resurrection").

``kg.resolve.variants.is_variant`` asks it; there the short form is never a person's or a
place's name ("Tony Blair: The Inside Story ... Tony Blair"), and a short form that fits
two entities joins neither (``kg.resolve.names``).
"""

from __future__ import annotations

from kg.resolve.forms import name_words

_MIN_SUBTITLE = 2  # words: "Pacific Assault"; not "Resurrection" nor "the Movie"


def is_colon_part(words: tuple[str, ...], long: str) -> bool:
    """Whether the name of ``words`` (``kg.resolve.forms.name_words``) is the part of the
    name ``long`` before its (first) colon, or the part after its one colon of two words or more.

    >>> is_colon_part(("csi",), "CSI: Crime Scene Investigation")
    True
    >>> is_colon_part(("pacific", "assault"), "Medal of Honor: Pacific Assault")
    True
    >>> is_colon_part(("edge", "of", "reason"), "Bridget Jones: The Edge of Reason")
    True
    >>> is_colon_part(("the", "movie"), "Garfield: The Movie"), is_colon_part(("movie",), "Garfield: The Movie")
    (False, False)
    >>> is_colon_part(("pacific",), "Medal of Honor: Pacific Assault"), is_colon_part(("csi",), "CSI Miami")
    (False, False)
    """
    if ":" not in long:
        return False
    parts = long.split(":")
    if words == name_words(parts[0]):
        return True
    subtitle = _without_the(name_words(parts[1])) if len(parts) == 2 else ()
    return len(subtitle) >= _MIN_SUBTITLE and _without_the(words) == subtitle


def _without_the(words: tuple[str, ...]) -> tuple[str, ...]:
    """ "the edge of reason" as "edge of reason": kg drops a name's leading "The"."""
    return words[1:] if words[:1] == ("the",) else words
