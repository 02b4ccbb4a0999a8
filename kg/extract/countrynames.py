"""A country's name that opens a public body's name: "the US Anti-Doping Agency".

NER often reads the country word alone, as a place, and the rest as the organisation:
"US" + "Anti-Doping Agency", "US" + "District Court". kg then names the body by a piece
of its name ("Anti-Doping Agency") and says the trivial "Anti-Doping Agency is based in
United States" (``kg.extract.roles``' seat rule). The country is the name's first word
when the text writes the two side by side, the parse hangs each word of the country on a
word of the organisation's span (the country modifies the name, not a noun after it), and
the organisation's last word is a body's (``country_bodies.txt``: agency, court,
foundation, party ...). "US Treasury Secretary John Snow" (the country hangs on
"Secretary"), "UK firm Tesco" (a common noun between) and "US Federal Reserve" (no body's
word) stay apart.

A sport's name right before a country's is the sport's national body ("Athletics Kenya
suspended the runner", "Tennis Australia said": ``sport_bodies.txt``), which NER reads as the
country alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.folding import fold
from kg.lexicon import ARTICLES, COUNTRIES, COUNTRY_BODIES
from kg.lexicon.table import read_words

if TYPE_CHECKING:
    from kg.extract.words import Words

_SPORT_BODIES = read_words("sport_bodies.txt")


def country_name_start(doc: Words, before: tuple[str, int, int], start: int, end: int) -> int | None:
    """Where the organisation ``start:end`` starts when the place span ``before`` (label,
    start, end), right before it, is a country's name that opens it (see above); else ``None``."""
    label, country_start, country_end = before
    if label != "GPE" or country_end != start or fold(doc[end - 1].text) not in COUNTRY_BODIES:
        return None
    first = country_start + 1 if doc[country_start].lower_ in ARTICLES else country_start
    if first >= country_end or fold(doc.span_text(first, country_end)) not in COUNTRIES:
        return None
    last = doc[country_end - 1]
    if last.dep_ not in {"compound", "nmod"} or not start <= last.head.i < end:
        return None  # "US Treasury Secretary John Snow": the country hangs on the post
    if not all(first <= doc[i].head.i < end for i in range(first, country_end - 1)):
        return None
    return country_start


def sport_body_start(doc: Words, label: str, start: int, end: int) -> int | None:
    """Where the national body starts when the country span ``start:end`` (NER's ``label``) follows
    a capitalised sport's name ("Athletics" + "Kenya"); else ``None``."""
    if label != "GPE" or start == 0 or fold(doc.span_text(start, end)) not in COUNTRIES:
        return None
    sport = doc[start - 1]
    return start - 1 if sport.text[:1].isupper() and fold(sport.text) in _SPORT_BODIES else None
