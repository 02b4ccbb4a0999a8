"""A person's name may hold lower-case particles between the given name and the surname:
"Theo van Gogh", "Rafael van der Vaart", "Charles de Gaulle". ``looks_like_person`` wants
capitalised words only; here the particles inside the name are set aside before asking it.
"""

from __future__ import annotations

import functools

from kg.extract.cues import looks_like_person
from kg.extract.namelike import NAME_PARTICLES
from kg.lexicon.gazetteer import gazetteer


@functools.lru_cache(maxsize=1 << 14)  # asked several times of each name, as looks_like_person is
def person_like(name: str) -> bool:
    """``looks_like_person`` of the name without the particles inside it (not a first or
    last word: "de Gaulle" alone has no given name, "Theo van" is no name).

    >>> person_like("Theo van Gogh"), person_like("Rafael van der Vaart"), person_like("Rio de Janeiro")
    (True, True, False)
    """
    parts = name.split()
    inner = [part for i, part in enumerate(parts) if not (0 < i < len(parts) - 1 and part in NAME_PARTICLES)]
    return looks_like_person(" ".join(inner)) and (inner == parts or not gazetteer().is_place(name))
