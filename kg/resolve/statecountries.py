"""Countries that an article names only by a demonym before a role: a state post's, and a nationality.

"Russian President Vladimir Putin", "Turkish Foreign Minister Mevlut Cavusoglu":
``kg.extract.rolephrase`` reads the demonym before a post of the state (political,
government, diplomatic, military, legal) as what the post is of, and
``kg.resolve.statements`` gives the position that country when the article names
it. An article that writes only "Russian" lost the organisation of the position,
though the demonym names one country and nothing else: the post is President of
Russia. This adds, for each such country the article names no other way, one
country cluster whose one mention is the demonym (its text the country's name,
so that its label and key are the ones every other article gives that country).

A demonym before an occupation in the arts or in sport ("Chinese actress Ziyi Zhang",
"Welsh striker Craig Bellamy") is no organisation (``rolephrase`` keeps it in the
role) but the holder's nationality: ``add_nationalities`` reads it as an edge
``person --be from--> country`` (``kg:comesFrom``), to the article's country node
or a new one as above. Not for other kinds of post, where the demonym may be what
the work is about ("English teacher", "Russia expert", "China analyst"), nor for
coaches and managers ("the Wales coach" may be a New Zealander), nor where the
article's node of that name is no country ("Wales" the team in a match report).
A demonym before a kind of organisation and its name ("Russian oil giant Yukos",
``kg.extract.roles``) is where the organisation is based: ``seat_countries`` gives the
edge ``organisation --base in--> country`` the same country node. "The Russians" are a
group (``kg.resolve.groups``). A country appears in the graph
only through a position or an edge (entities are kept only where used).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.rolephrase import STATE_ROLE_TYPES
from kg.folding import fold
from kg.lexicon import demonym_country
from kg.records import Mention, Proposition, RoleReading
from kg.resolve.coref import Cluster, Linker
from kg.resolve.countries import demonym_cluster
from kg.resolve.statements import Found
from kg.types import EntityType


def add_state_countries(
    clusters: list[Cluster], readings: Sequence[RoleReading], sentence_starts: Sequence[int]
) -> None:
    """Append to ``clusters`` a country cluster for each country that a state post's
    demonym names and that no cluster already names (see the module's docstring)."""
    for reading in sorted(readings, key=lambda reading: reading.sentence):
        organisation = reading.organisation
        if organisation is None or reading.role_type not in STATE_ROLE_TYPES or reading.kind == "description":
            continue  # "South African flanker": a nationality; "the Japanese prime minister": no one named
        _country_cluster(clusters, organisation.text, organisation.start, organisation.end, sentence_starts)


# Occupations whose demonym is the holder's nationality (kg/lexicon/data/roles.tsv types),
# but for those that may be of a national side ("Welsh coach").
NATIONALITY_ROLE_TYPES = frozenset({"arts", "sport"})
_SIDE_ROLES = frozenset({"coach", "head coach", "assistant coach", "manager", "general manager", "assistant manager",
                         "caretaker manager", "player manager", "trainer"})
NATIONALITY_KEY = "be from"


def add_nationalities(found: Found, clusters: list[Cluster], text: str, sentence_starts: Sequence[int]) -> None:
    """Add to ``found`` an edge ``person --be from--> country`` for each current position whose
    role opens on a demonym ("Chinese actress"), with a country cluster where needed."""
    for what, person, _, reading in list(found.roles):
        if what != "position" or reading.role_type not in NATIONALITY_ROLE_TYPES or reading.status != "current":
            continue
        demonym = _leading_demonym(reading.role)
        if demonym is None or not reading.factuality.is_fact:
            continue
        start = text.find(demonym, reading.sentence[0], reading.sentence[1])
        if start < 0:
            continue
        country = _country_cluster(clusters, demonym, start, start + len(demonym), sentence_starts)
        if country is not None and country != person:
            found.roles.append(("relation", person, country, replace(reading, membership=NATIONALITY_KEY)))


def seat_countries(
    propositions: Sequence[Proposition], linker: Linker, clusters: list[Cluster], earlier: Sequence[tuple[Proposition, int]]
) -> list[tuple[Proposition, int, int, float]]:
    """The "base in" edges whose place is a demonym ("Russian oil giant Yukos"), resolved:
    (proposition, organisation cluster, country cluster, 1.0), with a country cluster where
    the article names that country no other way."""
    edges = []
    for proposition in propositions:
        place = proposition.object
        if proposition.kind != "seat" or place is None or not proposition.factuality.is_fact:
            continue
        if demonym_country(place.text) is None:
            continue  # "US phone company SBC": the country's own name, resolved as any name
        organisation = linker.resolve(proposition.subject, proposition, earlier)
        if organisation is None or clusters[organisation].local:
            continue
        country = _country_cluster(clusters, place.text, place.start, place.end, linker.sentence_starts)
        if country is not None and country != organisation:
            edges.append((proposition, organisation, country, 1.0))
    return edges


def _leading_demonym(role: str) -> str | None:
    """The demonym of one or two words that opens ``role`` before an occupation, if any.

    >>> _leading_demonym("South African flanker"), _leading_demonym("Chinese actress")
    ('South African', 'Chinese')
    >>> _leading_demonym("Welsh coach"), _leading_demonym("US actress"), _leading_demonym("actress")
    (None, None, None)
    """
    words = role.split()
    for size in (2, 1):
        demonym, rest = " ".join(words[:size]), " ".join(words[size:]).lower()
        if len(words) > size and demonym_country(demonym) is not None:  # "US actress": a country's name, no demonym
            return None if rest in _SIDE_ROLES else demonym
    return None


def _country_cluster(
    clusters: list[Cluster], demonym: str, start: int, end: int, sentence_starts: Sequence[int]
) -> int | None:
    """The index of the country cluster ``demonym`` names: the article's own, a new one
    (appended) when it names that country no other way, ``None`` when the article's node
    of that name is no country ("Wales" the team) or it names no country."""
    country = demonym_country(demonym)
    if country is None:
        return None
    wanted = fold(country)
    same = [cluster for cluster in clusters if not cluster.local and any(fold(m.text) == wanted for m in cluster.mentions)]
    if same:
        return demonym_cluster(clusters, demonym) if len(same) == 1 else None
    mention = Mention(start=start, end=end, text=country, type=EntityType.COUNTRY,
                      sentence=max(0, bisect_right(sentence_starts, start) - 1), modifier=True)
    clusters.append(Cluster(index=len(clusters), type=EntityType.COUNTRY, mentions=[mention]))
    return len(clusters) - 1
