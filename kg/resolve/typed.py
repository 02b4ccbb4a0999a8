"""Which resolved edges the graph keeps, and what a possessive means once the types of
its two ends are known.

A possessive or an "of" phrase between two names ("Russia's Interfax news agency",
"Germany's Lufthansa", "the Derbyshire seat of Erewash") says *has* only in the
words: what it means depends on what the two things are. A place's organisation
or facility is based there (``base in``), a place's place lies in it (``be in``);
for every other pair no rule knows the meaning ("Labour's Paul Flynn" is a
membership, read by ``kg.extract.positions``; "Microsoft's IPTV Edition" a
product), so no edge is drawn.

The edges of a verb that reports speech ("Tessa Jowell told the newspaper", "the
ministry said ...") are what a `Quote` records: the quote stands for them. A verb
whose object is someone or something the speech is about ("Tokayev blamed the
unrest on terrorists", "accused the company of fraud") keeps its edges beside the quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.lexicon import SPEECH_CUES
from kg.records import Proposition, SpeechReading
from kg.resolve.coref import Cluster
from kg.types import EntityType

POSSESSIVE_KINDS = frozenset({"possessive", "of"})
PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
BASED_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.SPORTS_TEAM, EntityType.FACILITY})
# Constructions a speech verb heads, whose edges a quote stands for.
VERB_KINDS = frozenset({"svo", "light", "prep", "passive", "ccomp", "copula", "intransitive", "svo_pp", "attribution"})

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


def typed_edge(edge: Resolved, clusters: Sequence[Cluster]) -> Resolved | None:
    """The edge as the graph keeps it: a possessive's ``have`` between two names read by
    their types (the owned thing first), ``None`` when no rule knows what it means or an
    end is a description ("Kazakhstan's security forces")."""
    proposition, subject, obj, penalty = edge
    if proposition.kind not in POSSESSIVE_KINDS or proposition.key != "have":
        return edge
    if clusters[subject].local or clusters[obj].local and not _named(clusters[obj]):
        return None  # "Kazakhstan's security forces": no named thing to place
    key = possessive_key(clusters[subject].type, clusters[obj].type)
    if key is None:
        return None
    relation = "is based in" if key == "base in" else "is in"
    flipped = replace(proposition, subject=proposition.object, object=proposition.subject, key=key, relation=relation)
    return flipped, obj, subject, penalty


def _named(cluster: Cluster) -> bool:
    """A description node with a name NER missed in it ("Interfax news agency")."""
    return any(word[:1].isupper() for mention in cluster.mentions for word in mention.text.split())


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
