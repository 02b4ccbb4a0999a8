"""Typed relations between two names that news text states without a verb.

The open-IE rules in ``nominal`` restate a phrase ("X, the president of Y" ->
X is the president of Y) but give the graph no edge between the two names.
These rules read the few constructions whose meaning is fixed, and only
between named entities (spaCy NER), so the edge is one the text says:

- role, before the name: "Illinois Gov. James Thompson", "former Air Force
  commander Avihu Bin-Nun", "NASA's administrator James Fletcher" ->
  (person, leads / works for, organisation or place), key "lead" for heads
  of something (`LEADER_ROLES`), else "work for";
- role, in an apposition after the name: "Fred Demler, metals economist with
  Drexel Burnham Lambert Inc.", "Pramot Pansakun, the commander of the Border
  Patrol Police" -> the same keys;
- origin: "Brian Michaud of Millinocket", "Daniel Urquhart, 8, of Aumsville",
  "Thomas, a native of Chisholm", "Derwinski, a Republican from Chicago" ->
  (person, is from, place), key "be from"; "a resident of" gives "live in";
- killer: "John F. Kennedy assassin Lee Harvey Oswald" -> (Oswald, killed,
  Kennedy), key "kill";
- seat: "Boston-based Acme", "the U.S. Congress", "Sun Hung Kai Properties,
  a Hong Kong construction firm", "US phone company SBC", "Russian oil giant
  Yukos" (a demonym: ``kg.resolve.statecountries``) -> (organisation, is based
  in, place), key "base in";
- place in place: "Aiken, S.C.", "DAYTON, Ohio" -> (Aiken, is in, S.C.), key
  "be in" (``nominal`` no longer reads these as "Aiken is S.C.").

The role words are a closed list: a relation is only read where the noun
names a post someone holds in something.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.candidates import Candidate
from kg.extract.spans import modifies_people
from kg.folding import fold
from kg.lexicon import COUNTRIES, REGIONS, demonym_country
from kg.lexicon import ROLES as OCCUPATIONS

if TYPE_CHECKING:
    from kg.extract.entities import EntitySpan
    from kg.extract.words import Sentence, Word

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# NER labels a firm's name may get beside ORG ("Russian oil giant Yukos": PERSON).
NAME_OF_FIRM_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
REGION_LABELS = frozenset({"GPE", "LOC"})
EMPLOYER_LABELS = frozenset({"ORG", "GPE"})

# Posts that head what they are a post of: the holder leads it.
LEADER_ROLES = frozenset(
    "president chairman chairwoman chair chief head leader director commander governor gov mayor premier "
    "chancellor king queen ceo founder owner boss manager executive publisher superintendent dean "
    "commissioner administrator captain coach principal comptroller".split()
)
# Posts held inside an organisation or for a country.
MEMBER_ROLES = frozenset(
    "spokesman spokeswoman spokesperson official officer agent employee worker economist analyst columnist "
    "correspondent reporter editor writer lawyer attorney counsel engineer scientist researcher professor "
    "teacher aide adviser advisor assistant deputy vice minister secretary ambassador envoy representative "
    "senator congressman congresswoman lawmaker legislator judge general colonel lieutenant sergeant "
    "admiral soldier pilot player pitcher placekicker quarterback consultant strategist treasurer negotiator "
    "diplomat delegate strategist economist trader broker banker producer anchor physician surgeon "
    "physicist chemist biologist historian astronaut staffer member".split()
)
ROLES = LEADER_ROLES | MEMBER_ROLES
KILLER_NOUNS = frozenset({"assassin", "killer", "murderer", "slayer"})
# Words a role may carry before it: "former", "retired", "vice", "senior".
ROLE_MODIFIERS = frozenset("former retired late acting deputy vice senior junior chief assistant associate then".split())
ROLE_PREPS = frozenset({"of", "for", "at", "with", "in"})
ORIGIN_NOUNS = {"native": "be from", "resident": "live in", "citizen": "be from"}
# What may follow a "City, State" pair: the pair is a name of its own there.
PAIR_END = frozenset({",", ".", ";", ":", "(", ")", "'s", "''", '"', "-"})


def role_candidates(sent: Sentence, ents: Sequence[EntitySpan]) -> Iterator[Candidate]:
    """Every typed verbless relation between two names in one sentence.

    ``ents``: the sentence's named entities (``kg.extract.entities``).
    """
    for index, ent in enumerate(ents):
        if ent.label_ == "PERSON":
            yield from _role_before(sent, ents, ent)
            yield from _after_person(sent, ents, ent)
        elif ent.label_ in ("ORG", "NORP") and _aged(sent, ent):
            # "Marie Magdefrau Ferraro, 50, of Bethany": an age makes it a person
            # whatever the NER said.
            yield from _after_person(sent, ents, ent)
        if ent.label_ == "ORG":
            yield from _seat(sent, ents, ent, ents[index - 1] if index else None)
        elif ent.label_ in NAME_OF_FIRM_LABELS:
            seat = _kind_seat(sent, ents, ents[index - 1] if index else None, ent)  # "Russian oil giant Yukos": a person to NER
            if seat is not None:
                yield seat
        if ent.label_ in PLACE_LABELS and index + 1 < len(ents):
            yield from _place_pair(sent, ents, ent, ents[index + 1])


def _organisation_name(ent: list[Word]) -> bool:
    """A name that is an organisation's on its face: an acronym ("the DEM") or one
    with an organisation word ("Institute of Mechanics"). spaCy's small model
    tags many towns ORG, and "Brian Michaud of Millinocket" is not an employee."""
    words = [t.text for t in ent if t.lower_ != "the"]
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return True
    return any(word.lower().rstrip(".") in ORG_NAME_WORDS for word in words)


def _plain(name: str) -> str:
    return name.lower().removeprefix("the ").strip()


def _aged(sent: Sentence, ent: EntitySpan) -> bool:
    doc = sent.doc.words
    i = ent.end
    return i + 3 < sent.end and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == "," and doc[i + 3].lower_ == "of"


def _role_word(token: Word) -> str | None:
    word = token.lower_.rstrip(".")
    return word if token.pos_ in ("NOUN", "PROPN") and word in ROLES else None


def _role_key(word: str) -> str:
    return "lead" if word in LEADER_ROLES else "work for"


def _entity_ending_at(ents: Sequence[EntitySpan], i: int) -> EntitySpan | None:
    return next((e for e in ents if e.end - 1 == i), None)


def _entity_starting_at(sent: Sentence, ents: Sequence[EntitySpan], i: int) -> EntitySpan | None:
    doc = sent.doc.words
    # "the Institute of ...": spaCy's entity may start at "the" or after it.
    starts = {i, i + 1} if i < sent.end and doc[i].lower_ == "the" else {i}
    return next((e for e in ents if e.start in starts), None)


def _role_before(sent: Sentence, ents: Sequence[EntitySpan], person: EntitySpan) -> Iterator[Candidate]:
    """ "Illinois Gov. James Thompson": a place or organisation, a role, the name."""
    doc = sent.doc.words
    i = person.start - 1
    if i < sent.start:
        return
    # "John F. Kennedy assassin Lee Harvey Oswald": the name before is the victim.
    if doc[i].lower_ in KILLER_NOUNS:
        victim = _entity_ending_at(ents, i - 1)
        if victim is not None and victim.label_ == "PERSON":
            yield _candidate(doc[person.start : person.end], ["killed"], "kill", doc[victim.start : victim.end], "role", doc[i])
        return
    if (role := _role_word(doc[i])) is None:
        return
    role_token = doc[i]
    i -= 1
    # "Air Force commander", "metals economist", "former": a few lowercase words.
    skipped = 0
    while i >= sent.start and skipped < 2 and doc[i].ent_type_ == "" and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i -= 1
        skipped += 1
    if i >= sent.start and doc[i].tag_ == "POS":
        i -= 1
    employer = _entity_ending_at(ents, i)
    if employer is None or employer.label_ not in EMPLOYER_LABELS:
        return
    words = [t for t in doc[employer.end : person.start] if t.tag_ != "POS"]
    yield _candidate(doc[person.start : person.end], ["is", *words, "of"], _role_key(role), doc[employer.start : employer.end], "role", role_token)


# Titles of peers: "Lord Campbell of Alloway", "Baroness Scotland of Asthal".
_PEERAGE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess"})


def _peer(doc: Sequence[Word], person: EntitySpan) -> bool:
    """Whether a peer's title opens the person's name or stands just before it."""
    first = max(person.start - 1, 0)
    return any(doc[k].lower_ in _PEERAGE_TITLES for k in range(first, person.end))


def _after_person(sent: Sentence, ents: Sequence[EntitySpan], person: EntitySpan) -> Iterator[Candidate]:
    """ "X, (50,) of Bethany", "X of Millinocket", "X, the commander of Y",
    "X, a native of Y", "X, a Republican from Chicago"."""
    doc = sent.doc.words
    i = person.end
    comma = i < sent.end and doc[i].text == ","
    if comma:
        i += 1
        # An age: "Daniel Urquhart, 8, of Aumsville".
        if i + 1 < sent.end and doc[i].like_num and doc[i + 1].text == ",":
            i += 2
    # ", a native of": an apposition; "is a native of": a copula says the same.
    if i < sent.end and doc[i].lemma_ == "be" and doc[i].pos_ == "AUX":
        i += 1
        comma = True
    if i >= sent.end:
        return
    if doc[i].lower_ == "of" and not comma and _peer(doc, person):
        return  # "Lord Campbell of Alloway": the place names his peerage, not where he is from
    if doc[i].lower_ in ("of", "at"):
        # "Brian Michaud of Millinocket": where he is from; "Wang Ziqiang at the
        # Institute of Mechanics", "Stephanie Powell, of the DEM": where he works.
        target = _entity_starting_at(sent, ents, i + 1)
        if target is not None and target.label_ in REGION_LABELS and doc[i].lower_ == "of":
            yield from _origin(sent, ents, person, target, "be from", doc[i])
        elif target is not None and target.label_ == "ORG" and _organisation_name(doc[target.start : target.end]):
            yield _candidate(doc[person.start : person.end], ["works", "for" if doc[i].lower_ == "of" else doc[i].lower_], "work for", doc[target.start : target.end], "role", doc[i])
        return
    if not comma:
        return
    # "John A. Georges, International Paper's chairman".
    owner = _entity_starting_at(sent, ents, i)
    # spaCy's entity sometimes swallows the "'s".
    marker = None if owner is None else owner.end - 1 if doc[owner.end - 1].tag_ == "POS" else owner.end
    if owner is not None and owner.label_ in EMPLOYER_LABELS and marker + 1 < sent.end and doc[marker].tag_ == "POS":
        owner_words = doc[owner.start : marker]
        j = marker + 1
        while j + 1 < sent.end and doc[j].ent_type_ == "" and doc[j + 1].ent_type_ == "" and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            j += 1
        if (role := _role_word(doc[j])) is not None:
            yield _candidate(doc[person.start : person.end], ["is", *doc[marker + 1 : j + 1], "of"], _role_key(role), owner_words, "role", doc[j])
        return
    # An apposition: determiner or ordinal, role words, a preposition, a name.
    words = []
    while i < sent.end and len(words) < 5 and doc[i].ent_type_ in ("", "ORDINAL", "NORP") and doc[i].lower_ not in ROLE_PREPS | {"from"}:
        if doc[i].is_punct:
            return
        words.append(doc[i])
        i += 1
    if not words or i >= sent.end or words[0].lower_ in _NICKNAMING:
        return  # "Ellen Simonetti, known as Queen of the Sky,": a nickname, no queen of Sky
    if words[0].pos_ == "CCONJ" or any(w.pos_ == "AUX" for w in words):
        return  # "... friend Mardy Fish, and was an assistant coach with the US": a clause of its own
    prep = doc[i]
    target = _entity_starting_at(sent, ents, i + 1)
    if target is None:
        return
    nouns = [w.lower_.rstrip(".") for w in words if w.pos_ in ("NOUN", "PROPN")]
    last = nouns[-1] if nouns else ""
    if last in ORIGIN_NOUNS and prep.lower_ == "of" and target.label_ in REGION_LABELS:
        yield from _origin(sent, ents, person, target, ORIGIN_NOUNS[last], prep)
    elif prep.lower_ == "from" and target.label_ in REGION_LABELS:
        yield from _origin(sent, ents, person, target, "be from", prep)
    elif last in ROLES and prep.lower_ in ROLE_PREPS and target.label_ in EMPLOYER_LABELS:
        role_token = next(w for w in reversed(words) if w.lower_.rstrip(".") == last)
        shown = [w for w in words if w.dep_ != "det" and w.lower_ not in ("a", "an", "the")]
        yield _candidate(doc[person.start : person.end], ["is", *shown, prep], _role_key(last), doc[target.start : target.end], "role", role_token)


# Words that open a name given to someone, not a post: "known as", "dubbed", "nicknamed".
_NICKNAMING = frozenset({"known", "dubbed", "nicknamed", "called", "aka"})


def _origin(sent: Sentence, ents: Sequence[EntitySpan], person: EntitySpan, place: EntitySpan, key: str, prep: Word) -> Iterator[Candidate]:
    doc = sent.doc.words
    relation = ["is from"] if key == "be from" else ["lives in"]
    yield _candidate(doc[person.start : person.end], relation, key, doc[place.start : place.end], "origin", prep)
    # "of Bethany, Conn.": from the town, and so from the state it is in.
    outer = _pair_partner(sent, ents, place)
    if outer is not None:
        yield _candidate(doc[person.start : person.end], relation, key, doc[outer.start : outer.end], "origin", prep)


def _pair_partner(sent: Sentence, ents: Sequence[EntitySpan], place: EntitySpan) -> EntitySpan | None:
    """The region named right after ``place`` as "Place, Region" (followed by
    punctuation or the sentence end), or ``None``."""
    doc = sent.doc.words
    if place.end + 1 >= sent.end or doc[place.end].text != "," or _plain(place.text) in COUNTRIES:
        return None  # a country is in no region: "Mia Hamm of the United States, Germany's Birgit Prinz" lists
    outer = next((e for e in ents if e.start == place.end + 1), None)
    if outer is None or outer.label_ not in REGION_LABELS:
        return None
    if outer.end < sent.end and doc[outer.end].text not in PAIR_END and not doc[outer.end].is_punct:
        return None
    return outer


def _place_pair(sent: Sentence, ents: Sequence[EntitySpan], place: EntitySpan, following: EntitySpan) -> Iterator[Candidate]:
    """ "Aiken, S.C.": a place, a comma, the region it is in."""
    doc = sent.doc.words
    partner = _pair_partner(sent, ents, place)
    if partner is None or (partner.start, partner.end) != (following.start, following.end):
        return
    # "France, Germany and Italy" is a list, not a place and its region.
    after = doc[following.end] if following.end < sent.end else None
    if after is not None and after.text == "," and following.end + 1 < sent.end and doc[following.end + 1].lower_ in ("and", "or"):
        return
    if after is not None and after.lower_ in ("and", "or"):
        return
    if after is not None and after.text == "," and any(e.start == following.end + 1 and e.label_ in REGION_LABELS for e in ents):
        return
    # The region must be one: a country, a US state or UK nation, or an
    # abbreviation ("S.C.", "Conn."); "Peru, Atahualpa" is a misread name.
    outer = _plain(following.text)
    if outer not in COUNTRIES and outer not in REGIONS and not following.text.endswith("."):
        return
    if _plain(place.text) in COUNTRIES:
        return
    before = doc[place.start - 1] if place.start > sent.start else None
    if before is not None and before.text == "," and place.start - 2 >= sent.start and doc[place.start - 2].ent_type_ in REGION_LABELS:
        return
    yield _candidate(doc[place.start : place.end], ["is in"], "be in", doc[following.start : following.end], "located", doc[place.end])


def _seat(sent: Sentence, ents: Sequence[EntitySpan], org: EntitySpan, previous: EntitySpan | None) -> Iterator[Candidate]:
    """ "the U.S. Congress", "Boston-based Acme", "Acme, a Hong Kong construction firm"."""
    doc = sent.doc.words
    if previous is not None and previous.label_ in REGION_LABELS and not modifies_people(doc[org.end - 1]):
        between = [t.text for t in doc[previous.end : org.start]]
        if between in ([], ["-", "based"], ["'s"]):
            yield _based_in(doc, org, previous, doc[org.start])
            return
    seat = _kind_seat(sent, ents, previous, org)  # "US phone company SBC", ", Japan's number three mobile operator,"
    if seat is not None:
        yield seat
        return
    # The ORG's apposition: ", a Hong Kong construction firm".
    i = org.end
    if i + 2 < sent.end and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the"):
        place = next((e for e in ents if e.start == i + 2), None)
        if place is None or place.label_ not in REGION_LABELS:
            return
        j = place.end
        if j < sent.end and doc[j].text == "-" and j + 1 < sent.end and doc[j + 1].lower_ == "based":
            j += 2
        nouns = []
        while j < sent.end and doc[j].pos_ == "NOUN" and doc[j].ent_type_ == "" and len(nouns) < 3:
            nouns.append(doc[j])
            j += 1
        if nouns and nouns[-1].lower_ in ORG_NOUNS:
            yield _based_in(doc, org, place, nouns[-1])


def _kind_seat(sent: Sentence, ents: Sequence[EntitySpan], previous: EntitySpan | None, firm: EntitySpan) -> Candidate | None:
    """The seat of a firm read from the kind of organisation the text calls it, before its
    name ("US phone company SBC", "Russian oil giant Yukos", "Italian airline Alitalia") or in
    an apposition with a place's possessive ("Vodafone KK, Japan's number three mobile
    operator,"), whatever label NER gave the name; ``None`` when the text gives neither."""
    doc = sent.doc.words
    kind = _kind_before(doc, previous, firm)
    if kind is not None and previous is not None:
        return _based_in(doc, firm, previous, kind)
    seat = _possessive_apposition(sent, ents, firm.end)
    return _based_in(doc, firm, seat[0], seat[1]) if seat is not None else None


def _based_in(doc: Sequence[Word], firm: EntitySpan, place: EntitySpan, predicate: Word) -> Candidate:
    """The candidate "<firm> is based in <place>" (key "base in", kind "seat")."""
    return _candidate(doc[firm.start : firm.end], ["is based in"], "base in", doc[place.start : place.end], "seat", predicate)


def _possessive_apposition(sent: Sentence, ents: Sequence[EntitySpan], i: int) -> tuple[EntitySpan, Word] | None:
    """The place and the kind noun of an apposition ", <place>'s <up to four words> <kind of
    organisation>," right after a name ("Standard Life, Europe's largest mutual life insurer,";
    "Vodafone KK, Japan's number three mobile operator,"), or ``None``."""
    doc = sent.doc.words
    if i + 3 >= sent.end or doc[i].text != ",":
        return None
    place = next((e for e in ents if e.start == i + 1), None)
    if place is None or place.label_ not in REGION_LABELS or place.end >= sent.end or doc[place.end].text != "'s":
        return None
    j = place.end + 1
    while j < min(sent.end, place.end + 6) and doc[j].text not in (",", ".") and doc[j].ent_type_ not in ("ORG", "PERSON"):
        j += 1
    closed = j >= sent.end or doc[j].text in (",", ".")
    kind = doc[j - 1]
    if not closed or j - 1 <= place.end or kind.pos_ != "NOUN" or kind.lower_ not in ORG_NOUNS | SEAT_KIND_NOUNS:
        return None
    return place, kind


def _kind_before(doc: Sequence[Word], previous: EntitySpan | None, org: EntitySpan) -> Word | None:
    """The organisation noun between a country (or its demonym) and an organisation's name
    right after it: "US phone company SBC", "Russian oil giant Yukos", "UK banking group
    Barclays" (one to three lower-case words, the last a kind of organisation)."""
    if previous is None or not 1 <= org.start - previous.end <= 3:
        return None
    if not (previous.label_ == "GPE" and fold(previous.text) in COUNTRIES) and not (
        previous.label_ == "NORP" and demonym_country(previous.text) is not None
    ):
        return None
    between = doc[previous.end : org.start]
    if any(not word.text.isalpha() or not word.text.islower() for word in between):
        return None
    words = tuple(word.lower_ for word in between)
    if words in OCCUPATIONS or words[-2:] in OCCUPATIONS:
        return None  # "the Dutch film maker Theo van Gogh": a person's occupation
    return between[-1] if between[-1].lower_ in ORG_NOUNS | SEAT_KIND_NOUNS else None


# Kinds of business news writes before a firm's name, beside ``ORG_NOUNS``.
SEAT_KIND_NOUNS = frozenset("giant carmaker telco operator broadcaster insurer lender chain".split())

ORG_NOUNS = frozenset(
    "company firm corporation bank agency group organization organisation party union newspaper network "
    "airline manufacturer maker producer retailer publisher utility insurer broker brokerage subsidiary "
    "conglomerate university college institute school hospital club team station paper magazine".split()
)


# Words that make a name an organisation's ("... Institute", "... Inc.").
ORG_NAME_WORDS = frozenset(
    "institute university association department ministry company corporation corp inc co ltd bank agency "
    "council committee party union college school press service office board commission foundation society "
    "group center centre league federation network bureau authority academy museum hospital church army "
    "navy police force corps court".split()
)


def _candidate(subject: list[Word], relation: list, key: str, obj: list[Word], kind: str, predicate: Word) -> Candidate:
    return Candidate(subject=subject, relation=relation, key=key, object=obj, kind=kind, predicate=predicate,
                     features={"subject_how": "explicit"})
