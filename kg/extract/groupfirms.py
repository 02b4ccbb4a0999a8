"""A one-word name NER labelled a nationality or group (NORP: a Group) that is no
people's word and acts alone is a company, in all its mentions.

NER gives firms' coined names the NORP label it gives "Britons" and "Muslims":
"Paris-based Euronext has the facilities in place", "Euronext has said it will make
an all cash bid", "BT and Tiscali have been actively dissuading customers",
"Symantec's security response group". A people's word in the singular acts alone
only with a determiner ("the Mallorcan said"), and a plural ("Republicans",
"Sikhs") names people; so a name of one capitalised word, singular, with no
determiner, that is a verb's subject (not a copula's) or an owner ("X's"), is read as a company,
unless it is a country's, a nationality's (``demonyms.tsv``), a known place's, a
given name, a party member's word (``party_members.tsv``) or a faith's or a people's
(``faith_peoples.tsv``), or a mention of it has a person's title or another reading
than a person's, a group's or an organisation's ("Two wheel-based Emiews, Pal and Chum
... Pal and Chum demonstrated": robots, NER's place elsewhere).
"""

from __future__ import annotations

from kg.extract.spread import article_people, as_organisations
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, GIVEN_NAMES, PARTY_MEMBERS, PERSON_TITLES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.table import read_table
from kg.records import Mention
from kg.types import EntityType

_PEOPLES = frozenset(row.fields[0] for row in read_table("faith_peoples.tsv"))
# NER's readings of the firm's other mentions: "Euronext has said it will make an all cash bid" (a person).
_READINGS = frozenset({EntityType.GROUP, EntityType.PERSON})
_FIRM_READINGS = _READINGS | {EntityType.ORGANIZATION}
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "every", "each"})


def firms_not_groups(found: list[tuple[Mention, Bounds]], words: Words) -> list[tuple[Mention, Bounds]]:
    """``found`` with the Group names that act alone as a company (see the module
    docstring) typed Organization in every mention NER read as a group or a person
    (no first name or surname of the article's people); the mention that acts is
    marked cued."""
    acting = {b for m, b in found if m.type is EntityType.GROUP and _coined(m.text) and acts_alone(words, *b)}
    kept = {fold(m.text) for m, _ in found if any(title.lower() in PERSON_TITLES for title in m.titles)}
    kept |= {fold(m.text) for m, _ in found if m.type not in _FIRM_READINGS}  # "Pal and Chum", robots
    firms = {fold(m.text) for m, b in found if b in acting} - kept - article_people(found)
    if not firms:
        return found
    return as_organisations(found, firms, acting, lambda m: m.type in _READINGS)


def acts_alone(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are one proper noun with no determiner, a verb's subject or
    an owner, alone or in a list of such ("BT and Tiscali have been ...")."""
    if end - start != 1:
        return False
    word = words[start]
    if word.pos_ != "PROPN" or any(child.dep_ == "det" for child in word.children):
        return False
    if start > 0 and words[start - 1].lower_ in _DETERMINERS:
        return False
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    # A copula's subject is told what it is, not shown acting: "Ricin, for example, is a dangerous poison".
    return word.dep_ in _ACTING and not (word.dep_ == "nsubj" and word.head.lemma_ == "be")


def _coined(name: str) -> bool:
    """One capitalised word, no plural, that names no country, nationality, known place,
    person, party member, faith or people."""
    form = fold(name)
    return (
        " " not in form and "-" not in form and name[:1].isupper() and not form.endswith("s")
        and form not in COUNTRIES and demonym_country(name) is None and not gazetteer().is_place(name)
        and form not in GIVEN_NAMES and form not in PARTY_MEMBERS and form not in _PEOPLES
    )
