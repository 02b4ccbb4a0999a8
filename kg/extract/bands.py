"""A name that the article shows to be a band is a band in all its mentions.

NER reads a band's name as a person's ("Keane", "Scissor Sisters", "Franz
Ferdinand", whose first word is a given name) or a place's ("Kasabian"), and it
repeats the reading on every mention. The article's own grammar says more, and
one sign is evidence about the name, not about that mention only:

- plural agreement: the lone subject of a verb in the plural, present or past
  ("Franz Ferdinand have won two Brit Awards", "Keane were followed by ...",
  "McFly were sixth"): several people, no single person (not "Blair and Brown
  are", two subjects, nor "if Blair were", a subjunctive);
- a member: "Keane frontman Tom Chaplin", "Scissor Sisters frontwoman Ana
  Matronic", "Kasabian's singer Tom Meighan" (``band_nouns.tsv``);
- the kind of act right before the name: "rock band Franz Ferdinand", "Glasgow
  group Keane", "boy band McFly";
- members: the name is what a member is of ("members of Abba", "members of the Bee
  Gees, the Beach Boys and the Eagles": no one person has members; ``_MEMBER_NOUNS``);
- a list the text calls bands: "Other bands at the festival include The Killers,
  Keane and Foo Fighters" ("include", "among the groups", "bands such as");
- a plural name after "the" that NER read as a person's: "the Scissor Sisters", or one of
  two words or more, no given name first, in a text that names a band's kind or a member's
  noun: "Sex Pistols" (``plural_name``; not "Frodo Baggins" in a games review);
- in a text of bands, a list of such bands and names of no person's form
  ("Led Zeppelin, Iron Maiden and Sex Pistols"; ``kg.extract.bandlists``).

A plural verb after a list is the list's ("Paul Burrell, Joe Pasquale and Fran
Cosgrave were told": appositions to the parser), and so is the kind of act before
one ("comedy duo Matt Lucas and David Walliams"): a listed name has none of these
signs but the last. Every mention of such a name that NER read as a person, a
place, a facility or a law, or as a work with no cue, becomes an Organization (bands are organisations in kg's types). Not in a
sports report, where a plural subject is a team (``kg.extract.cues.is_team``);
not a name any mention gives a person's title, nor a known place's, nor a one-word
name that is the first name or surname of one of the article's people ("Roy Keane").
A name whose first word is a given name ("Franz Ferdinand") is a band by plural
agreement or the kind of act only: a singer has a guitarist and a drummer too
("Elvis's guitarist Scotty Moore").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.bandlists import listed_with_bands
from kg.extract.cues import looks_like_person
from kg.extract.words import Bounds, Word, Words
from kg.folding import fold
from kg.lexicon import BAND_NOUNS, COUNTRIES, GIVEN_NAMES, NICKNAMES, PERSON_TITLES, TYPE_CUES, demonym_country
from kg.lexicon.gazetteer import gazetteer
from kg.records import Mention
from kg.types import EntityType

# The types NER gives a band's name that a band's evidence corrects.
_MISREAD = frozenset(
    {EntityType.PERSON, EntityType.PLACE, EntityType.CITY, EntityType.FACILITY, EntityType.LAW}
)
# A band's kind that is a firm's too: no sign that a text speaks of bands.
_FIRM_KINDS = frozenset({"group", "groups"})
# Nouns of whom a group is made: "members of Abba".
_MEMBER_NOUNS = frozenset({"member", "bandmate"})
# Conjunctions that open a subjunctive "were" ("if Blair were to resign"): no plural.
_SUBJUNCTIVE_MARKS = frozenset({"if", "though", "unless", "whether"})


def bands_not_people(
    found: list[tuple[Mention, Bounds]], words: Words, sport: frozenset[str] = frozenset()
) -> list[tuple[Mention, Bounds]]:
    """``found`` with every mention of a name the article shows to be a band typed an
    Organization (see the module docstring)."""
    if sport:
        return found
    titled = {fold(m.text) for m, _ in found if any(title.lower() in PERSON_TITLES for title in m.titles)}
    bands = {
        fold(m.text)
        for m, bounds in found
        if ((_misread(m) or m.type is EntityType.ORGANIZATION) and _band_evidence(words, *bounds, m.text))
        or (m.type is EntityType.PERSON and (plural_with_the(words, *bounds) or (
            plural_name(words, *bounds) and _speaks_of_bands(words))))
    } - titled
    if bands and _speaks_of_bands(words):
        bands |= listed_with_bands(found, words, bands) - titled  # "Led Zeppelin, Iron Maiden and Sex Pistols"
    bands = {form for form in bands if not _place_or_people(form, found, bands)}
    if not bands:
        return found
    return [
        (replace(m, type=EntityType.ORGANIZATION, cued=True), b) if _misread(m) and fold(m.text) in bands else (m, b)
        for m, b in found
    ]


def _misread(mention: Mention) -> bool:
    """NER's type, which a band's evidence corrects: a person, a place, a facility, a
    law, or a work no cue gave ("Snow Patrol are", NER's work of art)."""
    return mention.type in _MISREAD or (mention.type is EntityType.WORK and not mention.cued)


def _place_or_people(form: str, found: list[tuple[Mention, Bounds]], bands: set[str]) -> bool:
    """The name is a known place's or a table's, or one word of the article's people's
    names ("Keane" in an article on Roy Keane)."""
    if form in COUNTRIES or form in NICKNAMES or gazetteer().is_place(form) or demonym_country(form) is not None:
        return True
    if " " in form:
        return False
    people = (
        fold(m.text).split() for m, _ in found
        if " " in m.text and m.type is EntityType.PERSON and fold(m.text) not in bands
    )
    return any(form in (names[0], names[-1]) for names in people)


def _band_evidence(words: Words, start: int, end: int, name: str) -> bool:
    """Words ``start:end`` (text ``name``) are a band's: a plural verb's lone subject,
    a member's noun after them, or the kind of act before them. A name with a given
    name ("Franz Ferdinand") needs its verb right after it ("Franz Ferdinand have
    won"; not "Tony Wilson, who headed the company Joy Division were signed to"),
    and no list after the kind of act ("comedy duo Matt Lucas and David Walliams")."""
    person_like = looks_like_person(name) or fold(name) in GIVEN_NAMES
    root = words.root(start, end)
    if has_members(root) or (not person_like and _listed_as_bands(root)):
        return True
    listed = root.dep_ in {"conj", "appos"} or any(child.dep_ in {"conj", "appos"} for child in root.children)
    if listed or _closes_list(words, start):
        return False
    if takes_plural(words, start, end, adjacent=person_like) or _after_band_noun(words, start):
        return True
    return not person_like and has_band_member(words, end)


def plural_with_the(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a plural name after "the": "the Scissor Sisters", "The
    Killers" (no one person's name is plural; the caller asks of NER's people only, as
    mountains and islands are plural too: "the Pyrenees")."""
    tokens = words.words
    return start > 0 and tokens[start - 1].lower_ == "the" and tokens[end - 1].tag_ == "NNPS" and (
        not looks_like_person(words.span_text(start, end))
    )


def plural_name(words: Words, start: int, end: int) -> bool:
    """Words ``start:end`` are a name of two words or more ending in a plural, its first
    word no given name: "Sex Pistols", "Scissor Sisters" (no one person's name ends in a
    plural noun; a surname the tagger reads as one stays a person's: "Serena Williams"
    opens on a given name), unless a kind's noun stands right before it ("the B-side
    compilation Lipstick Traces": a work; ``type_cues.tsv``). The caller asks it only of a
    text that speaks of bands."""
    name = words.span_text(start, end)
    last = words.words[end - 1]
    before = words.words[start - 1] if start > 0 else None
    kind = before is not None and before.text.islower() and before.lemma_.lower() in TYPE_CUES  # "compilation X"
    return end - start >= 2 and last.tag_ == "NNPS" and last.text.isalpha() and last.text.endswith("s") and not (
        kind or looks_like_person(name) or fold(name).split()[0] in GIVEN_NAMES
    )


def _speaks_of_bands(words: Words) -> bool:
    """The text names a band's kind or a member's noun ("band", "trio", "guitarist"; not
    "group", a firm's too): a plural name there may be a band's, not a character's ("Frodo
    Baggins") or a strait's."""
    return any(
        BAND_NOUNS.get(word.lemma_.lower()) in {"band", "member"} and word.lower_ not in _FIRM_KINDS and word.pos_ == "NOUN"
        for word in words
    )


def _listed_as_bands(root: Word) -> bool:
    """The name is in a list the text calls bands: "Other bands at the festival include
    The Killers, Keane and Foo Fighters", "Green Day and Keane are among the groups",
    "bands such as Keane and Muse" (the noun of a kind of act, ``band_nouns.tsv``;
    not "acts" or "artists", which solo singers are too)."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() == "include":
        return any(child.dep_ == "nsubj" and _band_noun(child) for child in head.children)
    if root.dep_ == "nsubj" and head.lemma_.lower() == "be":
        among = (child for child in head.children if child.dep_ == "prep" and child.lower_ == "among")
        return any(_band_noun(obj) for prep in among for obj in prep.children if obj.dep_ == "pobj")
    if root.dep_ == "pobj" and head.lower_ in {"like", "including", "as"}:
        kind = head.head
        such = head.lower_ != "as" or any(child.lower_ == "such" for child in (*head.children, *kind.children))
        return such and _band_noun(kind)
    return False


def has_members(root: Word) -> bool:
    """The name (its root ``root``, or the list it is in) is what a member is of:
    "members of Abba", "members of the Bee Gees, the Beach Boys ... and the Eagles",
    "a former member of Joy Division" (not "a member of Blair's staff": the name owns
    the noun there)."""
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and (
        prep.head.lemma_.lower() in _MEMBER_NOUNS
    )


def _band_noun(word: Word) -> bool:
    return word.pos_ == "NOUN" and word.tag_ == "NNS" and BAND_NOUNS.get(word.lemma_.lower()) == "band"


def _closes_list(words: Words, start: int) -> bool:
    """The name ends a list: "Driver, Burnout were ...", "Halo, The Sims, Fifa football,
    Burnout were ..." (a comma or "and" before it, after a proper noun or two more commas)."""
    tokens = words.words
    if start < 2 or tokens[start - 1].lower_ not in {",", "and", "&", "or"}:
        return False
    commas = sum(token.text == "," for token in tokens[tokens[start].sent.start : start - 1])
    return tokens[start - 2].pos_ == "PROPN" or commas >= 2


def takes_plural(words: Words, start: int, end: int, *, adjacent: bool = False) -> bool:
    """Words ``start:end`` are the lone subject of a verb in the plural, present or
    past: "Franz Ferdinand have won", "Keane were followed by", "McFly were sixth";
    with ``adjacent``, the verb (or its first auxiliary) right after them."""
    root = words.root(start, end)
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(word.lower_ in {"and", "&", ","} for word in words.words[root.left_edge.i : start]):
        return False  # "Arash Sigarchi and Mojtaba Saminejad are": two subjects read as one name
    verb = root.head
    if verb.i < end or any(child.dep_ == "mark" and child.lower_ in _SUBJUNCTIVE_MARKS for child in verb.children):
        return False
    forms = [*(child for child in verb.children if child.dep_ in {"aux", "auxpass"} and child.i < verb.i), verb]
    if adjacent and forms[0].i != end:
        return False
    return any(form.tag_ == "VBP" or form.lower_ == "were" for form in forms)


def _after_band_noun(words: Words, start: int) -> bool:
    """The kind of act right before the name: "rock band Franz Ferdinand", "Glasgow group Keane";
    a lower-case noun the tagger read as part of the name too ("Malian desert blues band
    Tinariwen", its "band" a proper noun)."""
    before = words.words[start - 1] if start > 0 else None
    return before is not None and before.pos_ in {"NOUN", "PROPN"} and before.text.islower() and (
        BAND_NOUNS.get(before.lemma_.lower()) == "band"
    )


def has_band_member(words: Words, end: int) -> bool:
    """A member's noun right after the name or its possessive: "Keane frontman Tom
    Chaplin", "Kasabian's singer", "Kasabian songwriter/guitarist Sergio Pizzorno";
    "singer" and "songwriter" after a possessive or "lead", or as the title before a name
    in a text that speaks of bands ("Linkin Park singer Chester Bennington") only
    (``band_nouns.tsv``)."""
    tokens = words.words
    i = end
    possessive = i < len(tokens) and tokens[i].tag_ == "POS"
    i += possessive
    lead = i < len(tokens) and tokens[i].lower_ == "lead"
    i += lead
    nouns: list[Word] = []
    while i < len(tokens) and tokens[i].pos_ == "NOUN" and tokens[i].text.islower():
        nouns.append(tokens[i])
        if i + 2 < len(tokens) and tokens[i + 1].text == "/":
            i += 2  # "songwriter/guitarist"
        else:
            break
    kinds = {BAND_NOUNS.get(noun.lemma_.lower()) for noun in nouns}
    if "member" in kinds or ("possessed" in kinds and (possessive or lead)):
        return True
    # "Linkin Park singer Chester Bennington": a title before a member's name, in a text of bands
    after = i + 1
    return ("possessed" in kinds and after < len(tokens) and tokens[after].pos_ == "PROPN" and tokens[after].text.istitle()
            and _speaks_of_bands(words))
