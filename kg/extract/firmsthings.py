"""A name a company owns in the possessive is its product, when it never acts.

Rule ``firm's thing``: "Apple's iPod", "Nintendo's GameBoy Advance", "Samsung's
Yepp", "Honda's Asimo", "Vulcan Inc's Flipstart": after the possessive of a name
read as an organisation, a name NER took for an organisation or a person is
what the company makes, and it is a product in all the article's mentions. NER
repeats its reading on every "iPod"; the owner says what it is.

A company owns its people and its parts too, and they act: "BT's Andrew Burke said",
"Yukos's Yugansk unit" ... "Yugansk produces". So the name is no product when

- any of its mentions acts as a person or an organisation: the subject of a verb of
  speech or of a company's business, the owner of what only a company has, shares in
  it, a relative "who" (``kg.extract.company_cues``, ``kg.extract.relatives``);
- it looks like a person's name (a given name first), or is one word of the names
  of the article's people ("GM's Wagoner" after "Rick Wagoner");
- it names a post's area ("the EU's Humanitarian Aid Commissioner": a role's word after it);
- a noun of a part of a company follows it ("Delta Air Lines' Comair subsidiary", "Vivendi's
  Universal Music unit": the firm's own firm, ``COMPANY_PARTS``);
- it ends in a word that names a kind of body ("Hitachi's Mechanical Engineering
  Research Laboratory", ``name_heads.tsv``, ``description_nouns.tsv``), or is a known
  place or country ("Tesco's Cromwell Road");
- the article is a sports report, where a club's name owns its players and grounds.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.company_cues import acts_as_organisation, does_company_business
from kg.extract.cues import head_type, looks_like_person
from kg.extract.relatives import relative_reading
from kg.extract.spread import article_people
from kg.extract.words import Bounds, Words
from kg.folding import fold
from kg.lexicon import COUNTRIES, DESCRIPTION_NOUNS, GIVEN_NAMES, PERSON_TITLES, ROLE_HEADS, SPEECH_CUES
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

# NER's readings of a product's name that the owner corrects.
_MISREAD = frozenset({EntityType.ORGANIZATION, EntityType.PERSON})
# Nouns of a company's part that a name before them names ("its Comair subsidiary"); not "business"
# nor "service", which a product's name may narrow ("its iPod business").
COMPANY_PARTS = frozenset({"subsidiary", "unit", "division", "arm", "affiliate"})


def firms_products(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name a company owns, and that never acts,
    typed a Product (see the module docstring)."""
    if sport:
        return found
    owners = {bounds[1] for m, bounds in found if m.type is EntityType.ORGANIZATION}
    tokens = words.words
    owned = {
        fold(m.text)
        for m, (start, end) in found
        if m.type in _MISREAD and start >= 2 and tokens[start - 1].tag_ == "POS" and start - 1 in owners
        and not (end < len(tokens) and tokens[end].lower_ in ROLE_HEADS)  # "the EU's Humanitarian Aid Commissioner"
    }
    if not owned:
        return found
    people = article_people(found)
    owned = {form for form in owned if not _ruled_out(form, found, words, people)}
    if not owned:
        return found
    return [
        (replace(m, type=EntityType.PRODUCT, cued=True), b) if m.type in _MISREAD and fold(m.text) in owned else (m, b)
        for m, b in found
    ]


def _ruled_out(form: str, found: list[tuple[Mention, Bounds]], words: Words, people: set[str]) -> bool:
    """The name ``form`` (folded) is no product: a person's, a body's, a place's, or one
    that acts in any of its mentions."""
    if form in people or form in COUNTRIES or form in GIVEN_NAMES or gazetteer().is_place(form):
        return True
    last = form.split()[-1]
    if head_type(form, frozenset()) is not None or DESCRIPTION_NOUNS.get(last) is not None:
        return True
    for mention, (start, end) in found:
        if fold(mention.text) != form:
            continue
        if looks_like_person(mention.text) or any(title.lower() in PERSON_TITLES for title in mention.titles):
            return True
        if end < len(words.words) and words.words[end].lower_ in COMPANY_PARTS:
            return True  # "Delta Air Lines' Comair subsidiary": a firm the firm owns
        if _acts(words, start, end):
            return True
    return False


def _acts(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` act as a person or a body does: they speak ("Qrio said"), do
    a company's business or have what only a company has, or a "who" clause follows."""
    if relative_reading(words, start, end) in {"person", "group"}:
        return True
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_CUES:
        return True
    return acts_as_organisation(words, start, end) or does_company_business(words, start, end)
