"""A town's name after a noun of a career at a club and "at" or "with" is the club, in a sports report.

Rule ``career at``: "recall Stuart Taylor from his loan spell at Leicester", "when Hoddle
was manager at Southampton", "linked with the manager's job at Oldham", "returned to
management with Southampton": a town has no manager and signs no one on loan; the club
named by the town's name does. The noun right before the preposition says it
(``club_stay_nouns.txt``: a stay at a club, "spell", "stint", "loan", "contract", or a
post there, "manager", "boss", "job"), read in order, as the parser often hangs the
preposition on the clause's verb ("recall ... at Leicester").

Only a big city's name (``gazetteer().is_big_city``), no country's ("his career with Wales"
is the national side's, read by ``kg.extract.spread``), and not a ground's ("on loan at
Anfield", "contract at Kingsholm", "his career at Highbury", a district's name too:
``kg.extract.cues.is_ground`` reads those); not "debut", made at a ground
("his debut at Twickenham"), nor "time" or "years" ("her time at Wimbledon": a
tournament); not a modifier ("manager at Leicester City": the club's own name).
``kg.extract.cues.is_team`` asks this, in a sports report only.
"""

from __future__ import annotations

from kg.extract.words import Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_words

CLUB_STAY_NOUNS = read_words("club_stay_nouns.txt")


def career_club(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` follow a noun of a career at a club and "at" or "with": "his
    loan spell at Leicester", "manager at Southampton" (see the module docstring)."""
    tokens = words.words
    if start < 2 or tokens[start - 1].lower_ not in {"at", "with"}:
        return False
    noun = tokens[start - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLUB_STAY_NOUNS:
        return False
    if end < len(tokens) and tokens[end].pos_ in {"NOUN", "PROPN"}:
        return False  # "manager at Leicester City", "a spell at Leicester Tigers": a longer name
    name = words.span_text(start, end)
    return fold(name) not in COUNTRIES and gazetteer().is_big_city(name)
