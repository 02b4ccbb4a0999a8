"""What a name's context says of a company: what it does, what it has, what is in it.

Each cue names its construction; ``kg.extract.mentions`` and ``kg.extract.spread``
use them to read a name NER took for a person or a place as an organisation:

- acts: the subject of a verb a place does not do ("Alitalia announced"), the owner
  of an organisation's noun ("Gazprom's chief executive", "chief of Brightcove");
- shares: "shares in Elan", "a 20% stake in Yukos";
- business: the subject of a company's verb or of a verb with a company's object
  ("Orange employs 5,000", "O2 reported profits": ``company_verbs.txt``,
  ``business_objects.txt``);
- possession: what only a company has after "X's" ("X's shares", ``company_nouns.txt``);
- speaks through: a name between a spokesperson noun and its holder's name ("William Hill
  spokesman Rupert Adams");
- plural verb: the lone subject of a plural present verb is a band or a group
  ("Keane are back").
"""

from __future__ import annotations

from kg.extract.relatives import relative_reading
from kg.extract.words import Words
from kg.lexicon import BUSINESS_OBJECTS, COMPANY_NOUNS, COMPANY_VERBS, ROLES, SPOKESPEOPLE
from kg.types import EntityType

# After "X's", nouns that make X an organisation when it is no known place ("Gazprom's chief executive").
_ORG_NOUNS = frozenset(
    "chief boss share shareholder board executive chairman profit revenue sale staff employee spokesman "
    "spokeswoman product customer subscriber founder owner subsidiary unit division takeover rival competitor "
    "partner fleet brand network".split()
)
# Verbs a place does not do: their subject, when it is no known place, is an organisation.
_ORG_VERBS = frozenset("announce buy sell acquire hire sack launch report own employ merge invest sue".split())
# Business posts and occupations (``roles.tsv``): "an analyst at Daiwa" works for a firm, not in a place.
_BUSINESS_POSTS = frozenset(words[-1] for words, role in ROLES.items() if role.type == "business")


def acts_as_organisation(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` act as an organisation does: "Gazprom's chief executive",
    "chief of Brightcove", "an analyst at Daiwa", "Alitalia announced ..." (the caller checks that the name
    is no known place)."""
    root = words.root(start, end)
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _ORG_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _ORG_NOUNS:
        return True  # "Jeremy Allaire, chief of Brightcove"
    if employs(words, start, end):
        return True  # "Sushil Wadhwani, an economist at Daiwa"
    return has_shares(words, start, end) or bool(possessed_lemmas(words, end) & _ORG_NOUNS)


def firm_cued(words: Words, start: int, end: int, entity_type: EntityType) -> bool:
    """A name NER read as an organisation that acts as one where it stands, so that a given
    name first ("Morgan") does not make it a person: "shares in Morgan Stanley", "analysts at
    Morgan Stanley", "Morgan Stanley's profits", "Morgan Stanley reported profits of", "Laura
    Ashley, which floated on the London Stock Exchange" (``kg.extract.firmclauses``)."""
    if entity_type is not EntityType.ORGANIZATION:
        return False
    # Not acts_as_organisation's subject of "announced", "sued": people do that too.
    return employs(words, start, end) or has_shares(words, start, end) or has_company_possession(words, start, end) or \
        does_company_business(words, start, end) or relative_reading(words, start, end) == "firm"  # kg.extract.firmclauses


def employs(words: Words, start: int, end: int) -> bool:
    """Business posts are held at words ``start:end``: "an economist at Daiwa", "analysts at
    Morgan Stanley" (a post's holder works for a firm, not in a place)."""
    root = words.root(start, end)
    return root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.lemma_.lower() in _BUSINESS_POSTS


def has_shares(words: Words, start: int, end: int) -> bool:
    """A company's shares or a stake in it: "shares in Elan and Biogen Idec plunged",
    "a 20% stake in Yukos" (a person holds shares; no shares are in one)."""
    root = words.root(start, end)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in {"share", "stake"}


def does_company_business(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are the subject of a verb whose object only a company's
    business has: "O2 reported profits of £1bn", "Xstrata
    paid a dividend" (``business_objects.txt``); a verb that only a company
    does, whatever its object: "Yukos merged with ...", "Orange employs 5,000"
    (``company_verbs.txt``).
    """
    root = words.root(start, end)
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    verb = root.head
    if verb.lemma_.lower() in COMPANY_VERBS:
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return any(obj.lemma_.lower() in BUSINESS_OBJECTS for obj in objects)


def takes_plural_verb(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are the lone subject of a verb in the plural present: "Keane
    are back in the studio", "Gorillaz have won two awards": a band or a group, no
    single person (not "Blair and Brown are ...", two subjects)."""
    root = words.root(start, end)
    if root.dep_ != "nsubj" or any(child.dep_ == "conj" for child in root.children):
        return False
    # "Arash Sigarchi and Mojtaba Saminejad are ...", parsed as one name: two subjects.
    if any(word.lower_ in {"and", "&", ","} for word in words.words[root.left_edge.i : start]):
        return False
    verb = root.head
    return verb.tag_ == "VBP" or any(child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBP" for child in verb.children)


def has_company_possession(words: Words, start: int, end: int) -> bool:
    """ "X's shares fell", "X's profits", "X's chief executive": what only a company
    has, after a possessive (``company_nouns.txt``). A person may own shares or have a
    spokesman or a partner, but no profits, board or chairman of his own."""
    return bool(possessed_lemmas(words, end) & COMPANY_NOUNS)


def possessed_lemmas(words: Words, end: int) -> frozenset[str]:
    """The lemmas of what "X's" owns: the noun after it (``possessed_lemma``) and the head
    the parse gives the possessive, modifiers between ("Yukos' former key oil production
    unit": unit)."""
    tokens = words.words
    lemmas = {possessed_lemma(words, end)} - {""}
    if end + 1 < len(tokens) and tokens[end].tag_ == "POS":
        owner = tokens[end].head
        if owner.dep_ == "poss" and owner.head.i > end and owner.head.pos_ == "NOUN":
            lemmas.add(owner.head.lemma_.lower())
    return frozenset(lemmas)


def possessed_lemma(words: Words, end: int) -> str:
    """The lemma of the noun after "X's" (an adjective may stand between), or ""."""
    tokens = words.words
    if end + 1 < len(tokens) and tokens[end].tag_ == "POS":
        following = tokens[end + 1]
        if following.pos_ == "ADJ" and end + 2 < len(tokens):
            following = tokens[end + 2]
        return following.lemma_.lower()
    return ""


def speaks_through(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` modify a spokesperson noun that is a named person's title: "William
    Hill spokesman Rupert Adams", "Ladbrokes spokesman Warren Lush" (a firm's or a body's; news
    writes a person's as "Mr Blair's spokesman"). It outweighs a given name first, where "Martha
    Stewart's profits" does not: a person's name stands for her firm loosely."""
    root = words.root(start, end)
    title = root.head
    return root.dep_ == "compound" and title.lower_ in SPOKESPEOPLE and title.dep_ == "compound" and \
        title.head.i > title.i and title.head.ent_type_ == "PERSON"

