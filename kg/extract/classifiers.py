"""Organisation-kind classifiers before names: what a kind noun calls each name after it.

A common noun of ``type_cues.tsv`` that says what kind of organisation a thing is
("bookmaker", "insurer", "retailer", "band"), written right before a name, types
the name whatever its words look like: a firm named after its founder ("William
Hill") is no person. Two constructions, each outweighing a given name:

- plural classifier before a list: "bookmakers William Hill and Ladbrokes cut
  their odds", "Bookmakers William Hill, Coral and Ladbrokes": the plural noun
  names every name of the list, the first (the noun's head) and each one joined to
  it by "and" or a comma (``listed_kind``);
- classifier at the head of a sentence inside NER's span: "Broadcaster Sky will
  show the match" names Sky, a broadcaster; the kind word is cut off the name
  (``leading_kind``); a noun that is a person's job too ("Producer Harvey
  Weinstein") only before a name with no given name.

A noun that is also a person's job or role ("broadcaster David Dimbleby",
"producers Harvey and Bob Weinstein"; ``roles.tsv``, ``person_nouns.txt``,
``career_nouns.txt``) says nothing against a given name and is left to
``kg.extract.cues``, as is a singular noun ("bookmaker Fred Done" may be the
man). In a sports report, a club noun ("clubs Leeds and Hull") names teams.
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person, noun_cue
from kg.extract.words import Word, Words
from kg.lexicon import CAREER_NOUNS, PERSON_NOUNS, ROLE_HEADS, TYPE_CUES
from kg.types import EntityType

# Kinds of a named organisation a classifier noun may give (not a work's, a product's kind).
_ORGANISATION_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM})
# Dependencies that join a name to the one before it in a list: "William Hill and
# Ladbrokes" (conj), "William Hill, Coral and Ladbrokes" (Coral read as an apposition).
_LISTED = frozenset({"conj", "appos"})


def organisation_kind(text: str) -> str | None:
    """The organisation kind a plural noun names, ``None`` for a noun that may be a
    person's job too.

    Examples:
        >>> organisation_kind("bookmakers")
        'bookmaker'
        >>> organisation_kind("Insurers")
        'insurer'
        >>> organisation_kind("broadcasters") is None  # "veteran broadcaster David Dimbleby"
        True
        >>> organisation_kind("films") is None  # a work's kind, no organisation's
        True
    """
    lower = text.lower()
    singular = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else ""
    if singular in ROLE_HEADS or singular in PERSON_NOUNS or singular in CAREER_NOUNS:
        return None
    found = TYPE_CUES.get(singular)
    return singular if found in _ORGANISATION_TYPES else None


def listed_kind(words: Words, start: int, end: int, sport: frozenset[str]) -> EntityType | None:
    """Rule ``plural classifier``: the type a plural organisation-kind noun right before
    the first name of a list gives the name at ``start:end`` and each name of the list:
    "bookmakers William Hill and Ladbrokes" -> both organisations."""
    first = words.root(start, end)
    while first.dep_ in _LISTED and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    noun = _classifier_of(first)
    if noun is None:
        return None
    found = noun_cue(noun, sport) if noun.text.islower() else TYPE_CUES.get(organisation_kind(noun.text) or "")
    if found is EntityType.SPORTS_TEAM and not sport:
        return None  # "clubs" outside a sports report: nightclubs as often as teams
    return found if found in _ORGANISATION_TYPES else None


def _classifier_of(name: Word) -> Word | None:
    """The plural kind noun right before the name's words, as their compound: "bookmakers
    William Hill" (``name`` is Hill; William, a compound between them, is part of the name)."""
    lefts = [child for child in name.lefts if child.dep_ == "compound"]
    if not lefts:
        return None
    noun = lefts[0]
    between = name.doc.words[noun.i + 1 : name.i]
    if not all(word.pos_ == "PROPN" and word.text[:1].isupper() for word in between):
        return None
    if noun.text.islower() and noun.tag_ != "NNS":
        return None
    if not noun.text.islower() and noun.i not in name.doc.sentences:
        return None  # a capital inside a sentence is a name's word: "Leeds Bookmakers Ltd"
    return noun if organisation_kind(noun.text) is not None else None


def leading_kind(words: Words, start: int, end: int) -> EntityType | None:
    """Rule ``kind at the head``: NER's span opens its sentence with a capitalised singular
    organisation-kind noun before a name: "Broadcaster Sky will show the match" is Sky,
    an organisation. ``None`` unless the name after the noun is at least one capitalised
    word; the caller starts the name one word later."""
    first = words.words[start]
    if end - start < 2 or first.i not in words.sentences or not first.text.istitle():
        return None
    if not words.words[start + 1].text[:1].isupper():
        return None
    lower = first.text.lower()
    if TYPE_CUES.get(lower) is not EntityType.ORGANIZATION:
        return None
    if organisation_kind(lower + "s") is None and looks_like_person(words.span_text(start + 1, end)):
        return None  # "Producer Harvey Weinstein": a person's job before a person's name
    return EntityType.ORGANIZATION
