"""A name followed by an age is a person's, in all its article's mentions.

News gives a person's age in apposition after the name: "West, 26, began rapping as a
teenager", "Mr Ebbers, 63, is". No place or firm is given an age so. A name so followed
(a comma, a whole number of years, a comma) is a person in every mention of the same
words, and so are the longer names of the article that end in it ("Kanye West", whose
first word is a town's in Botswana, read by NER and the place head words as a place).
A country's name or a place's GeoNames knows keeps its type ("Mr Houston, 54, ... in
Houston"); in a sports report, whose tables put numbers after clubs' names, no number is read as an age.
``skip_age``: an age between a role and whose it is ("Arsenal's 30-year-old striker"), for
``kg.extract.rolephrase``. ``stated_age``: "died aged 73", "won the by-election aged 21": an
age the parser read as a verb "age" with the number its object, no event (``kg.extract.false_events``).
``age_complement``: "has died aged 93" parsed with "aged" as the verb's adjective complement: the
age of the subject, not what the verb links it to (``kg.extract.clauses``), so the death stays an event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

_OLDEST = 110  # a number of years a person may be


def people_by_age(found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()) -> list[
        tuple[Mention, Bounds]]:
    """``found`` with the mentions of each name given an age ("West, 26,") typed Person,
    cued; not in a sports report, whose tables put numbers after clubs' names."""
    aged = set() if sport else _aged_names(words) - COUNTRIES
    if not aged:
        return found
    return [
        (replace(m, type=EntityType.PERSON, cued=True), b)
        if m.type is not EntityType.PERSON and fold(m.text).split()[-1:] and fold(m.text).split()[-1] in aged
        and fold(m.text) not in COUNTRIES and not gazetteer().is_place(m.text)
        else (m, b)
        for m, b in found
    ]


def _aged_names(words: Words) -> set[str]:
    """The last words of the names followed by ", <years>,", folded: "West, 26, began" and
    "Kanye West, 26," give "west" (NER need not have read the name there: it often
    misses a name at a sentence's head)."""
    tokens = words.words
    return {
        fold(tokens[comma - 1].text)
        for comma in range(1, len(tokens) - 2)
        if tokens[comma].text == "," and tokens[comma + 2].text == "," and tokens[comma + 1].text.isdigit()
        and 1 <= int(tokens[comma + 1].text) <= _OLDEST
        and tokens[comma - 1].pos_ == "PROPN" and tokens[comma - 1].text[:1].isupper()
    }


def skip_age(words: Words, i: int, floor: int) -> int:
    """The index left of an age that ends at word ``i``, else ``i``: an age describes the
    holder and stands between the role and whose it is ("Arsenal's 30-year-old striker
    Thierry Henry", "their 27-year-old winger"), so the owner is read past it."""
    tokens = [w.lower_ for w in words[max(floor, i - 4) : i + 1]]
    if tokens[-1:] != ["old"]:
        return i
    for age in (tokens[-5:], tokens[-3:]):  # "30 - year - old" (split at its hyphens), "30 year old"
        units = [word for word in age if word != "-"]
        if len(units) == 3 and units[0].isdigit() and units[1] in ("year", "years") and len(age) in (3, 5):
            return i - len(age)
    return i


def stated_age(verb: Word) -> bool:
    """Whether ``verb`` is "aged" right before a number, with no auxiliary or subject of its
    own: a person's age ("died of a heart attack aged 73", "Aged 18 years and 185 days, the
    Mallorcan became"), no ageing; "the wine was aged in oak" is one."""
    doc = verb.doc
    return verb.lower_ == "aged" and verb.i + 1 < len(doc) and doc[verb.i + 1].like_num and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def age_complement(complement: Token) -> bool:
    """Whether an adjective complement is "aged" right before a number: "Lord Scarman has
    died aged 93" is a death and an age, no "died aged" copula ("looked aged" is one)."""
    doc = complement.doc
    return complement.lower_ == "aged" and complement.i + 1 < len(doc) and doc[complement.i + 1].like_num
