"""The one way kg folds a name for comparison.

``fold`` is the comparable form of a name: no diacritics, case, dots, hyphens
or underscores, single spaces. The word lists store their entries folded and
look names up folded (``kg.lexicon``); name resolution compares names folded,
without a possessive (``kg.resolve.forms.normalise``); an IRI-safe slug is a
folded name with every other character made a hyphen (``kg.ids.slugify``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SEPARATORS = re.compile(r"[-‐‑–—_.]")


def ascii_casefold(text: str) -> str:
    """``text`` in ASCII and without case: diacritics dropped, other non-ASCII characters removed.

    >>> ascii_casefold("Côte d’Ivoire")
    'cote divoire'
    """
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()


@functools.lru_cache(maxsize=1 << 16)  # asked again for the same names and words, document after document
def fold(name: str) -> str:
    """A name's comparable form, as the word lists store it: no diacritics, case,
    dots, hyphens or underscores.

    >>> fold("U.S."), fold("Côte d'Ivoire"), fold("Guinea-Bissau")
    ('u s', "cote d'ivoire", 'guinea bissau')
    """
    return " ".join(_SEPARATORS.sub(" ", ascii_casefold(name)).split())
