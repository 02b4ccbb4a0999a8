"""Which resolved edges the graph keeps, and what a possessive means once the types of
its two ends are known.

``kg.resolve.document`` keeps only asserted or reported propositions, and a verb
clause's edges only through its event (``kg.resolve.events``); the rules here
are the rest, each stated once.

A role between two names ("Illinois Gov. James Thompson": *lead*, "X, an economist
with Y": *work for*) is a `Position` now, with the role as written: the flattened
edge ``kg.extract.roles`` reads from the same words gives way to it.

A possessive or an "of" phrase between two names ("Russia's Interfax news agency",
"Germany's Lufthansa", "the Derbyshire seat of Erewash") says *has* only in the
words: what it means depends on what the two things are. A place's organisation
or facility is based there (``base in``), a place's place lies in it (``be in``);
for every other pair no rule knows the meaning ("Labour's Paul Flynn" is a
membership, read by ``kg.extract.positions``; "Microsoft's IPTV Edition" a
product), so no edge is drawn. The seat ``kg.extract.roles`` reads from a place's
possessive ("Germany's Siemens") is held to the same types: "France's Fabien Pelous",
"Japan's first Academy Award" say no seat. A name "at" an organisation works there
only when it is a person's ("Shady Records at the Islington Academy": NER's person).

The edges of a verb that reports speech ("Tessa Jowell told the newspaper", "the
ministry said ...") are what a `Quote` records: the quote stands for them. A verb
whose object is someone or something the speech is about ("Tokayev blamed the
unrest on terrorists", "accused the company of fraud") keeps its edges beside the quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.extract.roles import ORG_NOUNS, SEAT_KIND_NOUNS
from kg.folding import fold
from kg.lexicon import COUNTRIES, SPEECH_CUES
from kg.records import Proposition, RoleReading, SpeechReading
from kg.resolve.coref import Cluster
from kg.resolve.localnames import carries_name
from kg.resolve.pronouns import CLAUSE_KINDS
from kg.types import EntityType

POSSESSIVE_KINDS = frozenset({"possessive", "of"})
PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
BASED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM, EntityType.FACILITY})
# Things that are somewhere in their own right: "Wells Fargo, in Minneapolis", "the
# Environmental Research Institute in Thurso".
SITED_TYPES = BASED_TYPES | {EntityType.CITY, EntityType.PLACE}
STATE_BODIES = frozenset(
    "ministry department government army navy police parliament embassy cabinet military office treasury "
    "forces assembly senate congress court".split()
)
# Constructions a speech verb heads, whose edges a quote stands for.
VERB_KINDS = CLAUSE_KINDS | {"attribution"}

Resolved = tuple[Proposition, int, int, float]


def possessive_key(owner: EntityType, owned: EntityType) -> str | None:
    """What "<owner>'s <owned>" (or "<owned> of <owner>") says of the owned thing, or ``None``.

    >>> possessive_key(EntityType.COUNTRY, EntityType.ORGANIZATION)
    'base in'
    >>> possessive_key(EntityType.COUNTRY, EntityType.CITY)
    'be in'
    >>> possessive_key(EntityType.ORGANIZATION, EntityType.PERSON) is None
    True
    """
    if owner in PLACE_TYPES and owned in BASED_TYPES:
        return "base in"
    if owner in PLACE_TYPES and owned in PLACE_TYPES:
        return "be in"
    return None


def typed_edge(edge: Resolved, clusters: Sequence[Cluster], text: str, sentence_starts: Sequence[int]) -> Resolved | None:
    """The edge as the graph keeps it, or ``None``: never one between two described nodes
    ("troops guarded local forces"); an "is" between two names by their types
    (``_copula``); a place modifier only between two names and for a
    thing that is somewhere in its own right ("Wells Fargo, in Minneapolis"; not "troops
    in Almaty", which only restates where an event happened, nor a person); a
    possessive's ``have`` between two names read by their types (the owned thing first),
    ``None`` when no rule knows what it means or an end is a description ("Kazakhstan's
    security forces"; one with a name NER missed in it, ``kg.resolve.localnames``, is a
    name). ``text``, ``sentence_starts``: the document's, for ``carries_name``."""
    proposition, subject, obj, penalty = edge
    if clusters[subject].local and clusters[obj].local:
        return None
    if proposition.kind == "seat" and _possessed(proposition, text):
        return _possessive_seat(edge, clusters[subject].type, clusters[obj].type)
    if proposition.kind == "role" and proposition.key == "work for" and clusters[subject].type is not EntityType.PERSON:
        return None  # "a showcase night for Shady Records at the Islington Academy": no one works there
    if proposition.kind == "located":
        named = not clusters[subject].local and not clusters[obj].local
        if _national_side(clusters[subject]):
            return None  # "England were beaten by the Irish in Dublin": where a country's side played
        if proposition.key == "be at" and clusters[subject].type is not EntityType.FACILITY:
            return None  # "a showcase night for Shady Records at the Islington Academy": the night's place
        return edge if named and clusters[subject].type in SITED_TYPES else None
    if proposition.key == "be" and not clusters[subject].local and not clusters[obj].local:
        return _copula(edge, clusters[subject].type, clusters[obj].type)
    if proposition.kind not in POSSESSIVE_KINDS or proposition.key != "have":
        return edge
    if clusters[subject].local or (clusters[obj].local and not carries_name(clusters[obj], text, sentence_starts)):
        return None  # "Kazakhstan's security forces": no named thing to place
    key = possessive_key(clusters[subject].type, clusters[obj].type)
    if key is None and _maker(proposition, clusters[subject], clusters[obj]):
        return replace(proposition, key="produce", relation="produced"), subject, obj, penalty  # "Apple's iPod"
    if key is None or _state_body(clusters[obj]) or proposition.object is None:
        return None
    relation = "is based in" if key == "base in" else "is in"
    flipped = replace(proposition, subject=proposition.object, object=proposition.subject, key=key, relation=relation)
    return flipped, obj, subject, penalty


def _possessed(proposition: Proposition, text: str) -> bool:
    """Whether a seat edge was read from a place's possessive right before the name
    ("Germany's Siemens", "Japan's first Academy Award"), not from a kind of firm ("US
    magazine Rolling Stone", "America's TV Guide magazine") or "X-based"."""
    place = proposition.object
    if place is None or text[place.end : proposition.subject.start].strip() not in ("'s", "'", "’s", "’"):
        return False
    after = text[proposition.subject.end : proposition.subject.end + 40].split()
    return not after or after[0].lower() not in ORG_NOUNS | SEAT_KIND_NOUNS


def _possessive_seat(edge: Resolved, thing: EntityType, place: EntityType) -> Resolved | None:
    """A place's possessive before a name says where the thing is only by the two types, as
    any possessive (``possessive_key``): a firm or a facility is based there ("Germany's
    Siemens"), and so is a product ("Japan's NEC Earth Simulator"), a place lies in it ("London's
    Leicester Square": is in); a person, an award, an
    event or a law is no thing a place seats ("France's Fabien Pelous", "Japan's first Academy
    Award", "Hong Kong's Champions Challenge", "Germany's Securities Trading Act"): no edge."""
    key = possessive_key(place, thing)
    if key == "base in" or (thing is EntityType.PRODUCT and place in PLACE_TYPES):
        return edge  # "Japan's NEC Earth Simulator": a machine there
    if key == "be in":
        return replace(edge[0], key=key, relation="is in"), *edge[1:]
    return None


def _national_side(cluster: Cluster) -> bool:
    """A team named by a country ("Ireland", "Italy"): it has no place of its own in a city."""
    return cluster.type is EntityType.SPORTS_TEAM and any(fold(m.text) in COUNTRIES for m in cluster.mentions)


def _maker(proposition: Proposition, owner: Cluster, owned: Cluster) -> bool:
    """Whether "<owner>'s <owned>" names a firm's product ("Apple's iPod", "Sony's PSP"):
    both named, the owner an organisation, the owned thing a product. A person's work
    ("Mike Leigh's Vera Drake") may be the director's or the star's: no edge."""
    return (
        proposition.kind == "possessive"
        and not owner.local
        and not owned.local
        and owner.type is EntityType.ORGANIZATION
        and owned.type is EntityType.PRODUCT
    )


def _copula(edge: Resolved, subject: EntityType, obj: EntityType) -> Resolved | None:
    """An "is" between two names, read by their types: "A rare US nominee, Scarlett
    Johansson" says where she is from, "Los Alamos National Laboratory (US)" where it
    is based. Any other pair of names is no identity: two names joined by "is" are
    a list the parser read as appositions ("Barcelona, Bayern Munich, Real Madrid";
    a team sheet's "J Smith, K Jones"), a channel or a source in brackets ("Little
    Britain (BBC Three)"), a description naming another thing ("a Blair aide, Tom
    Watson") or a metaphor ("the Copa Libertadores, South America's Champions
    League"); were they one thing, resolution would have made them one node. On 198
    BBC articles outside the gold, none of the 14 such edges was true."""
    proposition = edge[0]
    if subject is EntityType.PERSON and obj is EntityType.COUNTRY:
        return (replace(proposition, key="be from", relation="is from"), *edge[1:])
    if subject in BASED_TYPES and obj in PLACE_TYPES:
        return (replace(proposition, key="base in", relation="is based in"), *edge[1:])
    return None


def _state_body(cluster: Cluster) -> bool:
    """An organ of a state ("Russia's Defence Ministry", "Britain's Foreign Office"): part of
    the country, which no rule here states; "based in" would say little."""
    return any(mention.text.split()[-1].lower() in STATE_BODIES for mention in cluster.mentions if mention.text.split())


def held_roles(roles: Iterable[RoleReading]) -> set[int]:
    """Where the people a role reading gives a position end: the position stands for the
    flattened ``lead`` / ``work for`` edge ``kg.extract.roles`` reads from the same words.
    The end, not the span: one reading may take an honorific into the name and the other
    not ("India's petroleum minister Mr Aiyar": the title's "Aiyar", the edge's "Mr Aiyar")."""
    return {reading.person.end for reading in roles if reading.role and reading.kind not in ("description", "composition")}


def spoken_by(speech: Iterable[SpeechReading]) -> set[tuple[int, int]]:
    """(sentence start, speaker start) of every speech reading that names its speaker."""
    return {(reading.sentence[0], reading.speaker.start) for reading in speech if reading.speaker is not None}


def said(proposition: Proposition, spoken: set[tuple[int, int]]) -> bool:
    """Whether a quote stands for the proposition: its verb reports speech ("say", "tell",
    "warn"; not "blame") and a speech reading of its sentence has its subject as speaker."""
    verb = proposition.key.split(" ", 1)[0]
    return (
        proposition.kind in VERB_KINDS
        and SPEECH_CUES.get(verb) in ("clause", "direct")
        and (proposition.sentence[0], proposition.subject.start) in spoken
    )
