"""A player a country capped: "the Holland international" whatever club he plays for.

``kg.resolve.narrowed.fits_named`` keeps the person a passage is about as a speaker "the" +
name + occupation ("the Tottenham striker") only when the article gives them no other post:
"Middlesbrough forward Boudewijn Zenden ... 'We didn't expect it,' said Zenden ... The
Holland international said Boro are confident" lost Zenden, whose post is at his club. Yet
"international" is no post of a club: any player a national side capped is one (the
``_CAPPED`` roles of ``kg.resolve.holders``). So for "the" + a country's name +
"international" a post at a club is no other post; what rules a person out is another
country: a nationality the article gives them that is not that country's, or a cap the
article gives them for another side. The speaker must still have spoken last, no other
person named since (``fits_named``).
"""

from __future__ import annotations

from kg.folding import fold
from kg.lexicon import COUNTRIES, COUNTRY_ALIASES
from kg.resolve.agreement import nationality

_CAPPED = "international"


def capped_by(written: str) -> str | None:
    """The nationality (``kg.resolve.agreement.nationality``) of the country a speaker
    "the" + a country's name + "international" names, else ``None``.

    >>> capped_by("The Holland international"), capped_by("the Wales international")
    ('netherlands', 'wales')
    >>> capped_by("the Tottenham striker"), capped_by("the Chelsea international"), capped_by("the Welsh international")
    (None, None, None)
    """
    found = written.split()
    if len(found) < 3 or found[0].lower() != "the" or found[-1].lower() != _CAPPED:
        return None
    country = " ".join(found[1:-1])
    form = fold(country)
    if form not in COUNTRIES:
        return None  # a club's ("the Chelsea international") or a nationality's ("the Welsh": kg.resolve.descriptors)
    return nationality(COUNTRY_ALIASES.get(form, country))
