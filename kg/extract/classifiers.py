"""Organisation-kind classifiers capitalised at the head of a sentence.

A common noun of ``type_cues.tsv`` that says what kind of organisation a thing is
("bookmaker", "insurer", "retailer", "band"), written right before a name, types
the name whatever its words look like: a firm named after its founder ("William
Hill") is no person. Inside a sentence ``kg.extract.cues.cue_type`` reads the
noun, and ``kg.extract.coordination`` gives its kind to every name of the list
after it ("bookmakers William Hill and Ladbrokes"); both read only a noun in lower
case. At the head of a sentence the noun is capitalised, and NER and the tagger
take it for a name's word. Two constructions:

- plural classifier before a list: "Bookmakers William Hill, Coral and Ladbrokes
  cut the odds": the plural noun names every name of the list, the first (the
  noun's head) and each one joined to it by "and" or a comma (``listed_kind``);
- classifier inside NER's span: "Broadcaster Sky will show the match" names Sky,
  a broadcaster, "Insurers Norwich Union and Aviva" Norwich Union; the kind word is
  cut off the name (``leading_kind``);
- firm's noun before a name set beside it: "Scott's company Scott Free", "accountancy firm
  Grant Thornton" name a firm, whatever the given name, when no verb follows the name
  ("the company Tim Smith founded": a clause, ``firm_named_after_person``) or the verb
  after it has its own object ("US mortgage company Fannie Mae should restate its earnings");
- firm's noun set beside a name as its apposition: "Ford, the US car company, reported
  profits" names the firm, so that its one word joins no person's name of the article
  ("chairman Bill Ford": ``firm_beside``, read by ``kg.resolve.names``);
- genre word glued before a title: "Comedy Meet The Fockers topped the chart" names
  the film Meet The Fockers (a chart's style): a work's kind noun of
  ``type_cues.tsv``, read as a noun, before a title of two words or more, so
  that "Comedy Central" stays a channel (``leading_kind`` too).

A noun that is also a person's job or role ("Producers Harvey and Bob Weinstein";
``roles.tsv``, ``person_nouns.txt``, ``career_nouns.txt``) says nothing against a
given name: the plural rule skips it, and the singular one then needs a name
with no given name ("Broadcaster Sky", not "Producer Harvey Weinstein").
"""

from __future__ import annotations

from kg.extract.cues import looks_like_person, noun_cue
from kg.extract.relatives import relative_reading
from kg.extract.words import Word, Words, plain_apposition
from kg.lexicon import CAREER_NOUNS, PERSON_NOUNS, ROLE_HEADS, TYPE_CUES
from kg.types import EntityType

# Dependencies that join a name to the one before it in a list: "William Hill and
# Ladbrokes" (conj), "William Hill, Coral and Ladbrokes" (Coral read as an apposition).
_LISTED = frozenset({"conj", "appos"})
_NOUNS = frozenset({"NOUN", "PROPN"})  # "Single European Act" opens with an adjective


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
    return singular if found is EntityType.ORGANIZATION else None


def listed_kind(words: Words, start: int, end: int) -> EntityType | None:
    """Rule ``plural classifier``: the type a capitalised plural organisation-kind noun
    opening the sentence right before the first name of a list gives the name at
    ``start:end`` and each name of the list: "Bookmakers William Hill and Ladbrokes
    cut the odds" -> both organisations."""
    first = words.root(start, end)
    while first.dep_ in _LISTED and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    noun = _classifier_of(first)
    return EntityType.ORGANIZATION if noun is not None and organisation_kind(noun.text) is not None else None


def _classifier_of(name: Word) -> Word | None:
    """The capitalised word opening the sentence right before the name's words, as their
    compound: "Bookmakers William Hill" (``name`` is Hill; William is part of the name)."""
    lefts = [child for child in name.lefts if child.dep_ == "compound"]
    if not lefts or lefts[0].i not in name.doc.sentences or not lefts[0].text.istitle():
        return None
    noun = lefts[0]
    between = name.doc.words[noun.i + 1 : name.i]
    return noun if all(word.pos_ == "PROPN" and word.text[:1].isupper() for word in between) else None


def leading_kind(words: Words, start: int, end: int) -> EntityType | None:
    """Rule ``kind at the head``: NER's span opens its sentence with a capitalised
    organisation-kind noun before a name: "Broadcaster Sky will show the match" is Sky,
    an organisation, "Insurers Norwich Union and Aviva" Norwich Union. ``None`` unless the name after the noun is at least one capitalised
    word; the caller starts the name one word later."""
    first = words.words[start]
    if end - start < 2 or first.i not in words.sentences or not first.text.istitle():
        return None
    if not words.words[start + 1].text[:1].isupper():
        return None
    lower = first.text.lower()
    if TYPE_CUES.get(lower) is EntityType.WORK:
        # "Comedy Meet The Fockers", "Documentary Super Size Me"; not "Comedy Central".
        return EntityType.WORK if end - start >= 3 and first.pos_ in _NOUNS else None
    if organisation_kind(lower) is not None:
        return EntityType.ORGANIZATION  # "Insurers Norwich Union and Aviva", "Bookmakers Ladbrokes and ..."
    if TYPE_CUES.get(lower) is not EntityType.ORGANIZATION:
        return None
    if organisation_kind(lower + "s") is None and looks_like_person(words.span_text(start + 1, end)):
        return None  # "Producer Harvey Weinstein": a person's job before a person's name
    return EntityType.ORGANIZATION


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb that makes a name the subject of a clause
# A firm's nouns that, right before a name set beside them, make it the firm's even when it
# is a person's name ("Scott's company Scott Free", "record label Jack Records"): no person is a company.
_FIRM_BEFORE = frozenset(
    "company firm label studio bank airline carmaker retailer broadcaster brewer chipmaker drugmaker insurer lender "
    "conglomerate subsidiary".split()
)


def firm_named_after_person(words: Words, start: int, end: int) -> bool:
    """Whether a firm's noun stands right before the name ``start:end`` and no verb follows
    the name ("for Scott's company Scott Free to develop"; not "the company Tim Smith founded",
    where the name opens a clause).

    A name with a given name first otherwise stays a person's whatever the cue noun
    (``kg.extract.mentions``); a work's noun outweighs it too ("abortion drama Vera Drake").
    """
    tokens = words.words
    if start == 0 or tokens[start - 1].lower_ not in _FIRM_BEFORE or tokens[start - 1].tag_ != "NN":
        return False
    if end >= len(tokens) or tokens[end].tag_ not in _FINITE:
        return True
    # A noun that may be a person's job too ("Veteran broadcaster David Dimbleby will host") needs no verb.
    return organisation_kind(tokens[start - 1].lower_ + "s") is not None and _has_own_object(tokens[end])


def _has_own_object(verb: Word) -> bool:
    """Whether the finite verb after the name (or the verb its modal or auxiliary serves)
    has a direct object: then the name is its subject, no relative clause missing its
    object ("US mortgage company Fannie Mae should restate its earnings", "mortgage firm
    Freddie Mac restated earnings"; not "the company Tim Smith founded in 1990")."""
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head
    return any(child.dep_ == "dobj" for child in verb.children)


def firm_beside(words: Words, start: int, end: int) -> bool:
    """Whether a firm's noun is set beside the one-word name ``start:end`` as its
    apposition: "Ford, the US car company, reported higher profits" (not "David
    Theriault, standards and regulatory liaison": a coordinated head says nothing)."""
    if end - start != 1:
        return False
    root = words.root(start, end)
    return any(plain_apposition(child) and noun_cue(child, frozenset()) is EntityType.ORGANIZATION for child in root.rights)


def firm_noun_beside_or_before(words: Words, start: int, end: int, entity_type: EntityType) -> bool:
    """Whether a firm's noun next to the name ``start:end`` (typed ``entity_type``) is the
    evidence for its type: before it (``firm_named_after_person``) or, for a firm, beside it
    (``firm_beside``) or a "which" clause of a firm's business after it ("Fannie Mae, which
    supplies funds": ``kg.extract.firmclauses``)."""
    return firm_named_after_person(words, start, end) or (
        entity_type is EntityType.ORGANIZATION and (firm_beside(words, start, end) or relative_reading(words, start, end) == "firm"))
