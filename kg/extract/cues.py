"""What a name's own words and the words around it say it is, beyond NER's label.

Each cue names its construction (the word lists are in ``kg/lexicon/data``):

- head word (``name_heads.tsv``): the last word of a longer name says its kind:
  "Champions League" and "Davis Cup" are events, "Kodak Theatre" a facility, "The
  Sunday Times" a newspaper, "Scottish Executive" an organisation; in a sports
  report "Dundee United" and "Manchester City" are clubs.
- cue noun (``type_cues.tsv``): a common noun right before the name, right after it
  as the phrase's head (singular: "Spike Lee movies" are his), or in apposition: "the
  film Ray", "oil firm Rosneft", "the Xbox console", "Vera Drake, a drama about ...",
  "his own play, Purlie Victorious"; the kind a name is given ("a company called
  Zentrix", "a film named Blue Harbour"); a work's credits ("The Last Samurai, starring
  Tom Cruise") and its maker before a person's name ("Harry Potter author JK Rowling");
  the kind a name is an example of ("mainline stations such as Kings Cross and Euston").
- title: "The" with a capital inside a sentence opens a work's title ("a role in
  The Office", "Scorsese's The Aviator"), unless the name is plural (a band).
- new thing: "the new Xbox" (a determiner, "new", then the name) is a product;
  so is a name ending in a model number, "PlayStation 2", "Nokia 6600", and a name
  NER read as a person's before a plural product noun, "selling GPRS phones".
- part: what an actor's performance or role is in is a work ("his performance as Ray Charles in Ray").
- given name (``given_names.tsv``): "Cate Blanchett", "Rafael Nadal": two or three
  capitalised words, the first a given name, none a head word, is a person.
- team (``team_verbs.txt``, ``sport_words.tsv``): in a sports report a name that is
  no person's and that plays ("Leicester beat Bath", "England face Wales"), meets
  an opponent ("against Italy", "Ireland v England") or has players ("Chelsea's
  squad", "Arsenal's manager") is a team.

``sport_context`` says whether an article is a sports report and of which sports.
"""

from __future__ import annotations

import functools
import re

from kg.extract.careers import career_club
from kg.extract.clubs import club_type, names_club_of_town
from kg.extract.company_cues import possessed_lemma
from kg.extract.cuednames import cue_before
from kg.extract.honours import honoured_for
from kg.extract.hostsides import hosted_side
from kg.extract.innerwork import adjective_of_name
from kg.extract.kindheads import kind_head
from kg.extract.quotedthe import quoted_body
from kg.extract.sidecues import OPPONENT_WORDS, opponent_conjunct, owns_side_noun, plural_verb
from kg.extract.sides import is_side_of_result
from kg.extract.sportwords import sport_context as sport_context  # re-exported: the callers' name for it
from kg.extract.units import counted_in_units
from kg.extract.words import Word, Words, plain_apposition
from kg.folding import fold
from kg.lexicon import (
    CAREER_NOUNS,
    COUNTRIES,
    GIVEN_NAMES,
    NAME_HEADS,
    NAME_OPENERS,
    ORG_SUFFIXES,
    PLACE_CUES,
    TEAM_VERBS,
    TYPE_CUES,
)
from kg.lexicon.gazetteer import gazetteer
from kg.types import EntityType

_MODEL = re.compile(r"^(?:[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+|\d+(?:\.\d+)+)$")
# Nouns after "X's" that make X a team in a sports report ("Arsenal's manager").
_TEAM_NOUNS = frozenset(
    "coach manager captain squad side team player striker midfielder defender goalkeeper keeper fan "
    "supporter boss skipper winger forward prop lock flanker hooker international season campaign "
    "defence attack victory defeat win hope chance lead form star club mate teammate team-mate club-mate".split()
)
# A work's credits after its title: "The Last Samurai, starring Tom Cruise", "Ray, directed by ...".
_WORK_CREDITS = frozenset({"star", "direct", "write", "produce"})
# Makers of a work before their name: "Harry Potter author JK Rowling", "Holby City actor
# Jeremy Edwards" (not "director", "star" or "presenter", which firms, teams and channels
# have too: "Microsoft director", "Arsenal star", "BBC presenter"; nor a place's actor).
_MAKER_NOUNS = frozenset({"author", "novelist", "screenwriter", "scriptwriter", "creator", "illustrator", "actor", "actress"})
# An actor's part in a work: "his performance as Ray Charles in Ray", "her role in Closer"
# (not a sports report's "performance in Melbourne", nor any known place's name).
_ROLE_NOUNS = frozenset({"performance", "role", "portrayal", "cameo"})
# Verbs that give a thing its name after its kind: "a company called Zentrix", "a film named ...".
_NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "brand"})
# Sports of sport_words.tsv played alone or by teams: who plays in a tennis report is a person.
_SOLO_SPORTS, _TEAM_SPORTS = frozenset({"tennis"}), frozenset({"football", "rugby", "cricket"})
# A competition's number after its head word: "League One", "Division Two", "Conference 2".
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10".split())
_FIXTURES, _NAME_PREPOSITIONS = frozenset({"match", "game", "tie", "clash", "fixture", "draw", "meeting", "derby"}), frozenset({"of", "on", "for", "in", "to"})
# Verbs of a person's home town: "born in Ballymena", "raised in", "grew up in".
_HOME_VERBS = frozenset({"bear", "born", "raise", "grow"})
# The people who live in a place: "the residents of Engerwitzdorf".
_DWELLERS = frozenset({"people", "resident", "inhabitant", "villager", "citizen", "townspeople", "population", "worker"})


def head_type(name: str, sport: frozenset[str], *, after_the: bool = False) -> EntityType | None:
    """The type the head word of a name gives ("Davis Cup": NamedEvent), if any.

    The head is the last word, or the last before a preposition ("World Summit on
    the Information Society" is a summit); a natural feature's word opens its name
    ("River Lagan", ``name_openers.tsv``). A one-word name counts only after
    "the" and only for events and works ("the Oscars", "the Guardian").

    >>> head_type("Davis Cup", frozenset()), head_type("Students United", frozenset()), head_type("Dundee United", frozenset())
    (<EntityType.EVENT: 'NamedEvent'>, None, <EntityType.SPORTS_TEAM: 'SportsTeam'>)
    >>> head_type("World Summit on the Information Society", frozenset()), head_type("Times", frozenset(), after_the=True)
    (<EntityType.EVENT: 'NamedEvent'>, <EntityType.WORK: 'CreativeWork'>)
    >>> head_type("River Lagan", frozenset()), head_type("Glens of Antrim", frozenset())
    (<EntityType.PLACE: 'Place'>, <EntityType.PLACE: 'Place'>)
    >>> head_type("Leicester South", frozenset()), head_type("Fred West", frozenset())
    (<EntityType.PLACE: 'Place'>, None)
    >>> head_type("Manchester City", frozenset()), head_type("Mexico City", frozenset()), head_type("Quebec City", frozenset())
    (<EntityType.SPORTS_TEAM: 'SportsTeam'>, None, None)
    >>> head_type("League One", frozenset({"sport"})), head_type("Channel 4", frozenset())
    (<EntityType.EVENT: 'NamedEvent'>, None)
    """
    words = fold(name).split()
    if len(words) > 1 and words[0] in NAME_OPENERS:
        return NAME_OPENERS[words[0]]  # "River Lagan", "Mount Kenya"
    cut = next((i for i, word in enumerate(words) if word in _NAME_PREPOSITIONS and i > 0), len(words))
    if cut == len(words) >= 2 and words[-1] in _NUMBER_WORDS and NAME_HEADS.get(words[-2], (None,))[0] is EntityType.EVENT:
        cut -= 1  # "League One", "Division Two": a numbered competition
    head = words[cut - 1]
    if head not in NAME_HEADS:
        return None
    entity_type, context = NAME_HEADS[head]
    if len(words) == 1 and not (after_the and entity_type in {EntityType.EVENT, EntityType.WORK}):
        return None
    if context == "place":  # "Leicester South", not "Fred West"
        before = name.rsplit(" ", 1)[0]
        return entity_type if cut == len(words) and (fold(before) in COUNTRIES or gazetteer().is_place(before)) else None
    if context == "surname" and len(words) == 2 and words[0] in GIVEN_NAMES:
        return None  # "Wayne Bridge", "Robert Plant": a given name and a surname
    if context == "club":  # "Manchester City", "Leeds United" in any article: a town's club
        return entity_type if sport or (cut == len(words) and names_club_of_town(name, head)) else None
    return entity_type if context in ("any", "surname") or sport else None


def shared_head_type(words: Words, end: int) -> EntityType | None:
    """Rule ``shared head``: a name joined by "and" to a name with a plural head word
    shares that head ("the US and Australian Opens": "US" names the US Open, an
    event, not the country); the type is the head's (``name_heads.tsv``). A head
    that counts only in a sports report ("Open") counts in any article here: a
    capitalised plural shared by two names is itself the cue.

    Args:
        words: The document's words.
        end: Index of the word after the name.
    """
    tokens = words.words
    if end + 2 >= len(tokens) or tokens[end].lower_ != "and" or not tokens[end + 1].text[:1].isupper():
        return None
    last = end + 1
    while last + 1 < len(tokens) and last < end + 4 and tokens[last + 1].text[:1].isupper():
        last += 1
    if last < end + 2:
        return None  # "US and Opens" is no name with a modifier
    plural = fold(tokens[last].text)
    head = plural[:-1] if plural.endswith("s") else ""
    if head not in NAME_HEADS or NAME_HEADS[head][1] == "place":
        return None
    return NAME_HEADS[head][0]


@functools.lru_cache(maxsize=1 << 14)  # asked of each name by a dozen rules, the same names article after article
def looks_like_person(name: str) -> bool:
    """Two or three capitalised words, the first a given name, no head word or suffix.

    >>> looks_like_person("Cate Blanchett"), looks_like_person("Jack's Snooker Hall"), looks_like_person("Grant Thornton Group")
    (True, False, False)
    """
    parts = name.split()
    if not 2 <= len(parts) <= 3 or not all(part[:1].isupper() and part.replace("-", "").replace("'", "").isalpha() for part in parts):
        return False
    words = fold(name).split()
    if words[0] not in GIVEN_NAMES or any(_head_word(word) or word in ORG_SUFFIXES or _place_word(word) for word in words[1:]):
        return False  # "Delta State": a region's word is no surname
    return " ".join(words) not in COUNTRIES and not gazetteer().is_place(name)  # "Hong Kong", "Santa Ana"


def ends_in_thing_head(name: str) -> bool:
    """Whether a name ends in a word that heads things' names in any article or in
    sport ("League", "Cup", "Commission"), not a surname-like head ("Hall"): a title
    before such a name opens the thing's name, "Premier League", "Prime Minister's
    Questions", and is no person's title.

    >>> ends_in_thing_head("League"), ends_in_thing_head("Hall"), ends_in_thing_head("Tony Blair")
    (True, False, False)
    """
    words = fold(name).split()
    return bool(words) and NAME_HEADS.get(words[-1], (None, ""))[1] in {"any", "sport"}


def _head_word(word: str) -> bool:
    """A head word of a thing's name, not one that ends places' names only after a
    place ("West": "Fred West" is a person, "Leicester West" a constituency)."""
    return word in NAME_HEADS and NAME_HEADS[word][1] != "place"


def _place_word(word: str) -> bool:
    return TYPE_CUES.get(word) is EntityType.PLACE


def is_home_town(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` name where someone was born or grew up, or where people
    live: "born in Ballymena", "grew up in Ballymena", "the people of Engerwitzdorf",
    "the 8,000 residents of Engerwitzdorf", a person's town after the name ("Emma from
    Sleaford", "Andrew in Derby"; a firm or a person is no home)."""
    root = words.root(start, end)
    if root.dep_ != "pobj":
        return False
    marker, governor = root.head, root.head.head
    lemma = governor.lemma_.lower()
    if (marker.lower_ == "in" and lemma in _HOME_VERBS) or (marker.lower_ == "of" and lemma in _DWELLERS):
        return True
    people = governor.pos_ == "PROPN" or (governor.pos_ == "NOUN" and lemma in _DWELLERS)
    # "Emma from Sleaford", "Andrew in Derby", "a worker in Exeter": a known place only.
    return marker.lower_ in {"in", "from", "of"} and people and governor.i < marker.i and _is_place(words, start, end)


def cue_type(words: Words, start: int, end: int, sport: frozenset[str]) -> EntityType | None:
    """The type a cue noun next to words ``start:end`` gives: "the film Ray" (before),
    "the Xbox console" (after, the phrase's head; "the Windows operating system",
    ``kg.extract.kindheads``), "Ray, the film" (apposition), "joined Saracens from Gloucester"."""
    tokens = words.words
    before = cue_before(tokens, start)  # "the film Ray", "comedy The Matador" (kg.extract.cuednames)
    root = words.root(start, end)
    # The parser reads some work nouns as the adjective of the name or of a word in it: "the single Hey Ya", "musical Mamma Mia";
    # a sentence's capitalised first word may be tagged a name: "Bookmaker William Hill".
    if before is not None and ((before.text.islower() and (before.pos_ == "NOUN" or (
            before.pos_ == "ADJ" and before.dep_ == "amod" and adjective_of_name(before, root, start, end)))) or (
            before.i == before.sent.start and before.text[1:].islower() and before.pos_ == "PROPN")):
        found = noun_cue(before, sport)
        if found is not None:
            return found
    if end < len(tokens):
        after = tokens[end]
        # Singular only: "the Xbox console" is a console, "Spike Lee movies" are his;
        # not a place's ("a London venue" is in London) nor before the thing's own
        # name ("hit BBC comedy The Office": the comedy is The Office).
        if (after.pos_ == "NOUN" and after.text.islower() and root.head is after and after.tag_ != "NNS"
                and not _names_another(after)):
            found = noun_cue(after, sport)
            # A place's own kind counts for a known place ("Lagos state"); no other
            # noun does ("a London venue" is in London).
            if found is not None and (found is EntityType.PLACE or not _is_place(words, start, end)):
                return found
        if root.head is after and after.lemma_.lower() in _MAKER_NOUNS and _names_a_person(after) and not _is_place(words, start, end):
            return EntityType.WORK  # "Harry Potter author JK Rowling", "Former Holby City actor Jeremy Edwards"
    for child in root.rights:
        if plain_apposition(child):
            found = noun_cue(child, sport)  # not "David Theriault, standards and regulatory liaison": whose head is unsure
            if found is not None:
                return found
        if child.dep_ == "acl" and child.lemma_.lower() in _WORK_CREDITS:
            return EntityType.WORK  # "The Last Samurai, starring Tom Cruise"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.text.islower():
        return noun_cue(root.head, sport)  # "his own play, Purlie Victorious"
    if _set_off_after(words, start, end, root):
        return noun_cue(root.head, sport)  # "a mobile industry conference, 3GSM, which ..." (read as a conjunct)
    if root.dep_ in {"oprd", "dobj"} and root.head.lemma_.lower() in _NAMING_VERBS and root.head.dep_ == "acl":
        kind = root.head.head  # "a software company called Zentrix", "a film named Blue Harbour"
        return noun_cue(kind, sport) if kind.pos_ == "NOUN" else None
    if not sport and _played_in(root) and not _is_place(words, start, end):
        return EntityType.WORK  # "his performance as Ray Charles in Ray"
    if counted_in_units(root):
        return EntityType.PRODUCT  # "14 million Xboxes made before October" (kg.extract.units)
    if not sport and honoured_for(root) and not _is_place(words, start, end):
        return EntityType.WORK  # "three Oscar nominations for Topsy Turvy", "the prize for The Motorcycle Diaries"
    return _example_of(root, sport) or club_type(words, start, end, sport) or kind_head(words, start, end)


def _set_off_after(words: Words, start: int, end: int, root: Word) -> bool:
    """The name stands between commas right after a common noun that the parse joins
    it to as a conjunct, which is an apposition: "a mobile industry conference, 3GSM,
    which opens on Monday" (no third member follows, so it is no list)."""
    tokens = words.words
    head = root.head
    return (
        root.dep_ == "conj" and head.pos_ == "NOUN" and head.text.islower() and head.i == start - 2
        and tokens[start - 1].text == "," and end < len(tokens) and tokens[end].text == ","
        and not any(child.dep_ == "cc" for child in head.children)
    )


def _played_in(root: Word) -> bool:
    """The name is what an actor's part is in: "his performance ... in Ray", "a role in Closer"."""
    marker = root.head
    if root.dep_ != "pobj" or marker.lower_ != "in":
        return False
    part = marker.head
    if part.dep_ == "pobj" and part.head.lower_ == "as":
        part = part.head.head  # "in" after the character's name: "performance as Ray Charles in Ray"
    return part.pos_ == "NOUN" and part.lemma_.lower() in _ROLE_NOUNS


def names_product_kind(words: Words, start: int, end: int, *, owned: bool = False) -> bool:
    """A plural product noun right after the name, as the phrase's head: "GPRS phones",
    "Qrio robots". Plural, so a maker's name counts too ("Nokia phones"): the caller
    asks only of names NER read as people's that no given name makes one, or, with
    ``owned``, of phrases whose owner is said before the name: "its Xbox consoles",
    "Sony's PlayStation consoles" (the maker is the owner, so the name is the product's)."""
    tokens = words.words
    if end >= len(tokens):
        return False
    after = tokens[end]
    if owned and not any(child.dep_ == "poss" and child.i < start for child in after.children):
        return False
    return (after.pos_ == "NOUN" and after.tag_ == "NNS" and words.root(start, end).head is after
            and TYPE_CUES.get(after.lemma_.lower()) is EntityType.PRODUCT)


def _example_of(root: Word, sport: frozenset[str]) -> EntityType | None:
    """The type of the kind a name is an example of: "mainline stations such as Kings
    Cross and Euston", "such films as Raging Bull", "consoles like the Xbox", "firms including Rosneft"."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    marker = root.head
    such = marker.lower_ == "as" and any(c.lower_ == "such" for c in (*marker.children, *marker.head.children))
    # The parser reads a title that opens on a verb as a clause: "such films as Raging Bull" ("Raging" pcomp).
    if root.dep_ not in {"pobj", "pcomp"} or not (marker.lower_ in {"like", "including"} or such):
        return None
    kind = marker.head
    return noun_cue(kind, sport) if kind.pos_ == "NOUN" and kind.text.islower() and kind.tag_ == "NNS" else None


def _names_another(noun: Word) -> bool:
    """The cue noun goes with a name after it (apposition, compound): "BBC comedy The Office"."""
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
        return True
    return any(child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i for child in noun.children)


def _is_place(words: Words, start: int, end: int) -> bool:
    tokens = words.words
    name = words.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    return fold(name) in COUNTRIES or gazetteer().is_place(name)


def _names_a_person(noun: Word) -> bool:
    """The noun is a title before a person's name: "author JK Rowling"."""
    head = noun.head
    return noun.dep_ == "compound" and head.pos_ == "PROPN" and head.i > noun.i and head.ent_type_ == "PERSON"


def noun_cue(word: Word, sport: frozenset[str]) -> EntityType | None:
    """The type a cue noun gives, read with the word right before it first: a
    two-word cue says more than its head ("its operating system, Windows": a
    product; "a blog search engine, Technorati": a firm; a "player" alone is a person)."""
    lemma = word.lemma_.lower()
    modifier = next((c for c in word.children if c.dep_ in {"compound", "amod"} and c.i == word.i - 1), None)
    found = TYPE_CUES.get(f"{modifier.lower_} {lemma}") if modifier is not None else None
    found = found or TYPE_CUES.get(lemma)
    if found is EntityType.SPORTS_TEAM and not sport:
        return None
    return found


def has_version_number(words: Words, start: int, end: int, sport: frozenset[str]) -> bool:
    """A name of two words or more that ends in a bare number: "Xbox 2", "Windows
    95", "PlayStation 3" (a version or model); no person's name ends in one, so a
    name NER read as a person and ends so is a product. Not a given name before the
    number ("Henry 2", "Joe 90": a person's goal, a puppet's show), nor in a sports
    report, where a number after a name is a minute or a score ("Lita 45").
    """
    last = words.words[end - 1].text
    first = words.words[start].text
    return (
        end - start >= 2 and last.isdigit() and len(last) <= 4 and first[:1].isupper()
        and fold(first) not in GIVEN_NAMES and not sport
    )


def is_new_thing(words: Words, start: int, end: int) -> bool:
    """A product: "the new Xbox", or a name that ends in a model number ("PlayStation 2").
    Not a name that modifies a later noun: "the new Keanu Reeves thriller" is new, not Keanu Reeves."""
    tokens = words.words
    if start >= 2 and tokens[start - 1].lower_ == "new" and tokens[start - 2].pos_ == "DET":
        root = words.root(start, end)
        return not (root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= end)
    return end - start >= 2 and bool(_MODEL.match(tokens[end - 1].text)) and tokens[start].text[:1].isupper()


def is_title_with_the(words: Words, start: int, end: int) -> bool:
    """A work's title: "The" with a capital inside a sentence, then a singular name
    ("Scorsese's The Aviator", "a role in The Office"); bands are plural ("The
    Beatles") and organisations take a small "the" ("the BBC")."""
    tokens = words.words
    if start < 2 or tokens[start - 1].text != "The" or tokens[start - 1].sent.start == start - 1:
        return False
    if tokens[start - 2].text in {")", "]", ":"} or tokens[start - 2].is_space or quoted_body(words, start, end):
        return False  # "( Text ) The Rwandan Patriotic Front": a new start after furniture; '"The IMF stands ready'
    return tokens[end - 1].tag_ != "NNPS" and not tokens[end - 1].text.endswith("s")


def takes_the(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` head a noun phrase with "the": "the Tate managed to
    raise", not "the Michael Jackson trial" (the "the" is the trial's)."""
    tokens = words.words
    if start == 0 or tokens[start - 1].lower_ != "the":
        return False
    root = words.root(start, end)
    if fold(tokens[end - 1].text) in NAME_HEADS:
        return False  # "the Bill": a head word alone (kg.resolve.variants joins it to its name)
    return tokens[start - 1].head is root and root.dep_ not in {"compound", "amod", "nmod"} and root.tag_ != "NNPS"


def is_team(words: Words, start: int, end: int) -> bool:
    """In a sports report, words ``start:end`` name a team: the subject or object of a playing verb ("Leicester beat Bath", "play for New Zealand"; not what is won: "winning Wimbledon"), a subject with a
    plural verb ("Italy have won three", a lone passive one: "Millwall have been charged", a lone "were": "Liverpool were reported to have bid", ``kg.extract.sidecues.plural_verb``), an opponent ("against Italy", "Ireland v
    England", "a Premiership match with Arsenal"), a side with players ("Chelsea's squad", "England captain", a town's with a player's full name: "Leicester's Harry Ellis"; not a country's, "Russia's Elena Bovina"), a club of a career ("his loan spell at Leicester", ``kg.extract.careers``), a host's opponent ("at home to Middlesbrough", ``kg.extract.hostsides``)."""
    tokens = words.words
    root = words.root(start, end)
    head = root.head
    if (root.dep_ == "nsubj" or (root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() != "win")) and head.pos_ == "VERB" and head.lemma_.lower() in TEAM_VERBS:  # "winning Wimbledon": a title won
        return True
    if (root.dep_ == "nsubj" or (root.dep_ == "nsubjpass" and not root.conjuncts)) and plural_verb(head, root):
        return True
    if root.dep_ == "pobj" and (head.lower_ in OPPONENT_WORDS or (head.lower_ == "for" and head.head.lemma_.lower() in TEAM_VERBS)):
        return True
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in _FIXTURES:
        return True  # "an eventful Premiership match with Arsenal"
    if root.dep_ == "pobj" and head.lower_ in {"of", "for"} and head.head.lemma_.lower() in _TEAM_NOUNS:
        return True  # "the star of Arsenal", "a striker for Chelsea"
    if root.dep_ == "pobj" and head.lower_ in {"at", "with", "for", "from"} and head.head.lemma_.lower() in CAREER_NOUNS:
        return True  # "spells at Arsenal and Real Madrid", "on loan from Leeds" (career_nouns.txt)
    if modifies_team_noun(words, start, end) or career_club(words, start, end) or hosted_side(words, start, end):
        return True
    if start > 0 and tokens[start - 1].lower_ in OPPONENT_WORDS and not (end < len(tokens) and tokens[end].tag_ == "POS"):
        return True  # "against Italy"; not "against Britain's best sprinters"
    if end < len(tokens) and tokens[end].lower_ in {"v", "vs"}:
        return True
    if _owns_player(words, start, end) or owns_side_noun(words, start, end) or opponent_conjunct(words, start, end):
        return True  # "Leicester's Harry Ellis", "England's training squad", "against Wales and France"
    return possessed_lemma(words, end) in _TEAM_NOUNS or is_side_of_result(words, start, end)  # "victory over Calvisano"


def _owns_player(words: Words, start: int, end: int) -> bool:
    """A name, no country's, before "'s" and a full name opening on a given name: a club's player."""
    tokens = words.words
    return (
        end + 2 < len(tokens) and tokens[end].tag_ == "POS" and fold(tokens[end + 1].text) in GIVEN_NAMES
        and tokens[end + 2].text[:1].isupper() and fold(words.span_text(start, end)) not in COUNTRIES
    )


def player_type(sport: frozenset[str], *, known_place: bool) -> EntityType:
    """Who plays in a sports report: a team ("Leicester beat Bath"), but a person in
    a report on a sport played alone ("qualifier Sebastien de Chaunac, who beat world
    number five Guillermo Coria"), unless the name is a country's or a place's (a
    Davis Cup tie: "Britain beat Israel").

    >>> player_type(frozenset({"sport", "rugby"}), known_place=False).value, player_type(frozenset({"sport", "tennis"}), known_place=False).value
    ('SportsTeam', 'Person')
    >>> player_type(frozenset({"sport", "tennis"}), known_place=True).value
    'SportsTeam'
    """
    alone = bool(sport & _SOLO_SPORTS) and not sport & _TEAM_SPORTS
    return EntityType.PERSON if alone and not known_place else EntityType.SPORTS_TEAM


def modifies_team_noun(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` modify a noun of a team's people along a chain of nouns:
    "England rugby union captain", "his Arsenal club-mate"."""
    modified = words.root(start, end)
    while modified.dep_ in {"compound", "nmod", "amod"} and modified.head.i > modified.i:
        modified = modified.head
        if modified.i >= end and modified.lemma_.lower() in _TEAM_NOUNS:
            return True
    return False


def speaks_of_country(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` (a country's name) name the country, not its team: its
    institution or office after a possessive ("Spain's Football Federation", "Spain's
    minister of sport", "Spain's anti-violence commission") or before "of" ("the
    government of Spain"); the nouns are the "country" words of ``place_cues.tsv``."""
    tokens = words.words
    if end + 1 < len(tokens) and tokens[end].tag_ == "POS":
        for token in tokens[end + 1 : end + 5]:
            if token.text in {"-", "–"}:
                continue  # "anti-violence commission"
            if token.is_punct or token.tag_ == "POS":
                break
            if PLACE_CUES.get(fold(token.text)) == "country" or PLACE_CUES.get(token.lemma_.lower()) == "country":
                return True
            if token.pos_ not in {"NOUN", "PROPN", "ADJ", "X"}:
                break
    if start >= 2 and tokens[start - 1].lower_ == "of":
        return PLACE_CUES.get(tokens[start - 2].lemma_.lower()) == "country"
    return False


def is_ground(words: Words, start: int) -> bool:
    """In a sports report, a name after "at" or "at the" is where the game is played:
    "at Twickenham", "at Old Trafford", "the crowd at the NIA" (the caller checks that
    it is no country or big city; a head word's event comes first: "at the US Open")."""
    tokens = words.words
    if start > 1 and tokens[start - 1].lower_ == "the":
        start -= 1
    return start > 0 and tokens[start - 1].lower_ == "at"
