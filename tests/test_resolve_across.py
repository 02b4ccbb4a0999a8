"""Cross-article merging: short forms join the one full name they fit, whatever
the order and number of articles; namesakes and places stay apart."""

from __future__ import annotations

import itertools

import pytest

from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Evidence, PlaceLink, Relation
from kg.resolve.across import ArticleLinker
from kg.resolve.document import entity_key
from kg.types import EntityType as T


def _part(document_id: str, *names: tuple[str, T, tuple[str, ...]]) -> DocumentGraph:
    """A document naming entities (label, type, aliases), the first two related."""
    text = " ".join(label for label, _, _ in names)
    document = Document(id=document_id, text=text, source=f"{document_id}.txt")
    entities = tuple(
        Entity(entity_key(label, entity_type), label, entity_type, aliases, 1, (document_id,))
        for label, entity_type, aliases in names
    )
    relations = ()
    if len(entities) > 1:
        relations = (Relation(entities[0].key, "meet", entities[1].key, "met", Evidence(document_id, text, 0, len(text)), 0.5),)
    return DocumentGraph(document, entities, relations)


FULL = _part("a", ("Kassym-Jomart Tokayev", T.PERSON, ("President Kassym-Jomart Tokayev", "Tokayev")), ("Kazakhstan", T.COUNTRY, ()))
SHORT = _part("b", ("Tokayev", T.PERSON, ("Mr Tokayev",)), ("Russia", T.COUNTRY, ()))
ACRONYM = _part("c", ("CSTO", T.ORGANIZATION, ()), ("Tokayev", T.ORGANIZATION, ()))
LONG_ORG = _part("d", ("Collective Security Treaty Organisation", T.ORGANIZATION, ()), ("Almaty", T.CITY, ()))


def _node_of(graph: KnowledgeGraph, document_id: str, label: str) -> str:
    (entity,) = [e for e in graph.parts[document_id].entities if e.label == label or label in e.aliases]
    return entity.key


@pytest.mark.parametrize("order", list(itertools.permutations([FULL, SHORT, ACRONYM, LONG_ORG])))
def test_across_same_nodes_whatever_the_order(order):
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(order)
    assert _node_of(graph, "b", "Tokayev") == _node_of(graph, "c", "Tokayev") == "kassym-jomart-tokayev"
    assert _node_of(graph, "c", "CSTO") == "collective-security-treaty-organisation"
    assert graph.entity("kassym-jomart-tokayev").documents == ("a", "b", "c")
    assert graph.entity("kassym-jomart-tokayev").type is T.PERSON
    assert "CSTO" in graph.entity("collective-security-treaty-organisation").aliases
    assert len(graph) == 5  # Tokayev, Kazakhstan, Russia, CSTO, Almaty
    edge_ends = {(edge.subject, edge.object) for edge in graph.edges()}
    assert ("kassym-jomart-tokayev", "russia") in edge_ends  # document b's edge, re-filed


@pytest.mark.parametrize("subset", [[FULL], [FULL, SHORT], [SHORT, FULL, LONG_ORG], [ACRONYM, FULL]])
def test_across_full_name_iri_does_not_depend_on_other_articles(subset):
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(subset)
    assert _node_of(graph, "a", "Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"


def test_across_short_form_alone_keeps_its_own_key_until_the_full_name_comes():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([SHORT])
    assert _node_of(graph, "b", "Tokayev") == "tokayev"
    graph.add(FULL)
    assert _node_of(graph, "b", "Tokayev") == "kassym-jomart-tokayev"
    graph.remove_document("a")
    assert _node_of(graph, "b", "Tokayev") == "tokayev"
    assert [e.key for e in graph.entities()] == ["russia", "tokayev"]


def test_across_two_smiths_keep_a_bare_smith_apart():
    john = _part("j", ("John Smith", T.PERSON, ("Mr Smith",)))
    mary = _part("m", ("Mary Smith", T.PERSON, ("Mrs Smith",)))
    bare = _part("s", ("Smith", T.PERSON, ()))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([john, mary, bare])
    assert sorted(e.key for e in graph.entities()) == ["john-smith", "mary-smith", "smith"]
    # With only one Smith in the graph the bare one joins him...
    assert _node_of(KnowledgeGraph(linker=ArticleLinker()).add_all([john, bare]), "s", "Smith") == "john-smith"


def test_across_gender_from_titles_keeps_mrs_smith_from_john_smith():
    john = _part("j", ("John Smith", T.PERSON, ("Mr Smith",)))
    mrs = _part("s", ("Smith", T.PERSON, ("Mrs Smith",)))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([john, mrs])
    assert sorted(e.key for e in graph.entities()) == ["john-smith", "smith"]


def test_across_georgia_the_country_and_the_state_stay_apart():
    country = _part("g1", ("Georgia", T.COUNTRY, ()), ("Tbilisi", T.CITY, ()))
    state = _part("g2", ("Georgia", T.PLACE, ()), ("Atlanta", T.CITY, ()))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([country, state])
    georgias = sorted((e.key, e.type) for e in graph.entities() if e.label == "Georgia")
    assert georgias == [("georgia", T.COUNTRY), ("georgia-place", T.PLACE)]


def test_across_washington_the_city_never_joins_george_washington():
    person = _part("w1", ("George Washington", T.PERSON, ()))
    city = _part("w2", ("Washington", T.CITY, ()))
    bare_person = _part("w3", ("Washington", T.PERSON, ("Mr Washington",)))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([person, city, bare_person])
    assert _node_of(graph, "w2", "Washington") == "washington"
    assert _node_of(graph, "w3", "Washington") == "george-washington"


def test_across_short_acronyms_do_not_match_by_initials_alone():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([_part("x", ("AP", T.ORGANIZATION, ())), _part("y", ("Associated Press", T.ORGANIZATION, ()))])
    assert len(graph) == 2
    bracketed = _part("z", ("Associated Press", T.ORGANIZATION, ("AP",)))
    assert len(KnowledgeGraph(linker=ArticleLinker()).add_all([_part("x", ("AP", T.ORGANIZATION, ())), bracketed])) == 1


def test_across_an_acronym_joins_the_name_it_is_without_a_generic_last_word():
    # "Firms signing up for the sensing system include MCI, BT, Deutsche Telekom" (tech/368) and
    # "The company ... changed its name to MCI Inc" (business/403): one company; "BT Retail" no BT.
    listed = _part("x", ("MCI", T.ORGANIZATION, ()), ("BT", T.ORGANIZATION, ()))
    renamed = _part("y", ("MCI Inc.", T.ORGANIZATION, ()), ("BT Retail", T.ORGANIZATION, ()))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([listed, renamed])
    assert _node_of(graph, "x", "MCI") == _node_of(graph, "y", "MCI Inc.") == "mci-inc"
    assert _node_of(graph, "x", "BT") != _node_of(graph, "y", "BT Retail")


# -- incremental linking equals linking from scratch ----------------------------------

_POOL = [
    ("John Smith", T.PERSON, ("Mr Smith",)),
    ("Mary Smith", T.PERSON, ("Mrs Smith",)),
    ("Smith", T.PERSON, ()),
    ("Kassym-Jomart Tokayev", T.PERSON, ("Tokayev",)),
    ("Tokayev", T.PERSON, ("Mr Tokayev",)),
    ("World Bank", T.ORGANIZATION, ()),
    ("Deutsche Bank", T.ORGANIZATION, ()),
    ("Bank", T.PERSON, ()),
    ("Labour Party", T.ORGANIZATION, ()),
    ("Labour", T.ORGANIZATION, ()),
    ("Collective Security Treaty Organisation", T.ORGANIZATION, ()),
    ("CSTO", T.ORGANIZATION, ()),
    ("Yuganskneftegas", T.ORGANIZATION, ()),
    ("Yugansk", T.ORGANIZATION, ()),
    ("George W. Bush", T.PERSON, ("President Bush",)),
    ("George Bush", T.PERSON, ()),
    ("Bush", T.PERSON, ()),
    ("Washington", T.CITY, ()),
    ("George Washington", T.PERSON, ()),
]


def _snapshot(graph: KnowledgeGraph) -> tuple:
    entities = [(e.key, e.label, e.type, e.aliases, e.mentions, e.documents) for e in graph.entities()]
    edges = [(edge.subject, edge.key, edge.object, len(edge.readings)) for edge in graph.edges()]
    return entities, edges, {document_id: part.entities for document_id, part in graph.parts.items()}


@pytest.mark.parametrize("seed", range(6))
def test_across_adding_and_removing_in_any_order_equals_a_fresh_build(seed):
    import random

    rng = random.Random(seed)
    parts = [_part(f"d{n:02d}", *rng.sample(_POOL, rng.randint(1, 4))) for n in range(24)]
    graph, present = KnowledgeGraph(linker=ArticleLinker()), {}
    for step in range(60):
        part = rng.choice(parts)
        if part.document.id in present and rng.random() < 0.4:
            graph.remove_document(part.document.id)
            del present[part.document.id]
        else:
            graph.add(part)
            present[part.document.id] = part
        fresh = KnowledgeGraph(linker=ArticleLinker()).add_all(present[d] for d in sorted(present))
        assert _snapshot(graph) == _snapshot(fresh), f"step {step}"


def test_across_relinks_only_names_that_fit_each_other(monkeypatch):
    """Fifty banks share the word "bank" but none fits another: adding one more
    article re-links only its own names, whatever the graph already holds."""
    import kg.resolve.across as across

    graph = KnowledgeGraph(linker=ArticleLinker())
    for n in range(50):
        graph.add(_part(f"bank{n:02d}", (f"Bank Number{n:02d} Bank", T.ORGANIZATION, ())))
    sizes = []
    real = across.link_keys
    monkeypatch.setattr(across, "link_keys", lambda profiles: sizes.append(len(profiles)) or real(profiles))
    graph.add(_part("new", ("Deutsche Bank", T.ORGANIZATION, ()), ("Tokayev", T.PERSON, ())))
    assert max(sizes) <= 2


def _typed(document_id: str, label: str, entity_type: T, mentions: int, place: PlaceLink | None = None) -> DocumentGraph:
    document = Document(id=document_id, text=label, source=f"{document_id}.txt")
    entity = Entity("chelsea", label, entity_type, (), mentions, (document_id,), place)
    return DocumentGraph(document, (entity,), ())


_CHELSEA_CITY = PlaceLink(4348599, "US", 38.0, -84.0, "city", "NA")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # each article's voted type weighs its mentions there
        ([("a", T.SPORTS_TEAM, 3), ("b", T.CITY, 1)], T.SPORTS_TEAM),
        # a tie goes to the more specific type (kg.resolve.vote.vote_entity_types), in any order
        ([("a", T.ORGANIZATION, 2), ("b", T.SPORTS_TEAM, 2)], T.SPORTS_TEAM),
        ([("b", T.SPORTS_TEAM, 2), ("a", T.ORGANIZATION, 2)], T.SPORTS_TEAM),
    ],
)
def test_across_node_type_is_the_evidence_vote_of_its_articles(parts, expected):
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(
        [_typed(document_id, "Chelsea", entity_type, mentions) for document_id, entity_type, mentions in parts]
    )
    assert graph.entity("chelsea").type is expected


def test_across_place_link_only_on_a_node_voted_a_place():
    team = _typed("a", "Chelsea", T.SPORTS_TEAM, 5)
    town = _typed("b", "Chelsea", T.CITY, 1, _CHELSEA_CITY)
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([team, town])
    assert graph.entity("chelsea").type is T.SPORTS_TEAM and graph.entity("chelsea").place is None
    graph.remove_document("a")
    assert graph.entity("chelsea").type is T.CITY and graph.entity("chelsea").place == _CHELSEA_CITY


def test_across_readings_of_a_place_name_that_are_one_club_are_one_node():
    # "Chelsea" read as a person in one report, a club in two: one node, its type voted.
    person = _part("c1", ("Chelsea", T.PERSON, ()))
    clubs = [_part(f"c{i}", ("Chelsea", T.SPORTS_TEAM, ())) for i in (2, 3)]
    city = _part("c4", ("Chelsea", T.CITY, ()))
    for order in itertools.permutations([person, *clubs, city]):
        graph = KnowledgeGraph(linker=ArticleLinker()).add_all(order)
        chelseas = sorted((e.key, e.type) for e in graph.entities() if e.label == "Chelsea")
        assert chelseas == [("chelsea", T.CITY), ("chelsea-sportsteam", T.SPORTS_TEAM)]


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        # The club's business read as a firm's in two articles, its play in one: the club.
        ((T.ORGANIZATION, T.ORGANIZATION, T.SPORTS_TEAM), ("chelsea-sportsteam", T.SPORTS_TEAM)),
        ((T.PERSON, T.ORGANIZATION, T.SPORTS_TEAM), ("chelsea-sportsteam", T.SPORTS_TEAM)),
        # No article reads a club: the small model's person is the organisation.
        ((T.PERSON, T.PERSON, T.ORGANIZATION), ("chelsea-organization", T.ORGANIZATION)),
    ],
)
def test_across_a_node_of_readings_is_keyed_by_its_voted_type(readings, expected):
    """The key of a node of several readings names the type it is voted, in any order."""
    parts = [_part(f"r{i}", ("Chelsea", reading, ())) for i, reading in enumerate(readings)]
    for order in itertools.permutations(parts):
        graph = KnowledgeGraph(linker=ArticleLinker()).add_all(order)
        assert [(e.key, e.type) for e in graph.entities() if e.label == "Chelsea"] == [expected]


def test_across_a_reading_joined_to_a_fuller_name_stays_there():
    # "Washington" the person joins George Washington; the club of that name stays apart.
    person = _part("w1", ("George Washington", T.PERSON, ()))
    bare_person = _part("w2", ("Washington", T.PERSON, ("Mr Washington",)))
    club = _part("w3", ("Washington", T.SPORTS_TEAM, ()))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([person, bare_person, club])
    assert _node_of(graph, "w2", "Washington") == "george-washington"
    assert _node_of(graph, "w3", "Washington") == "washington-sportsteam"


def test_across_a_work_or_event_of_a_place_name_stays_apart_from_the_club():
    event = _part("e1", ("Wimbledon", T.EVENT, ()))
    club = _part("e2", ("Wimbledon", T.SPORTS_TEAM, ()))
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([event, club])
    assert sorted(e.key for e in graph.entities()) == ["wimbledon-namedevent", "wimbledon-sportsteam"]


def test_across_a_town_read_as_a_person_and_as_a_club_is_the_club():
    # Two reports read "Gloucester" as a person, one as a club: the person is the small
    # model's reading of the club (kg.resolve.readings.reading_votes).
    parts = [_part("g1", ("Gloucester", T.PERSON, ())), _part("g2", ("Gloucester", T.PERSON, ())),
             _part("g3", ("Gloucester", T.SPORTS_TEAM, ()))]
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(parts)
    assert [(e.key, e.type) for e in graph.entities()] == [("gloucester-sportsteam", T.SPORTS_TEAM)]
    # A person's reading alone stays a person.
    alone = KnowledgeGraph(linker=ArticleLinker()).add_all(parts[:2])
    assert [e.type for e in alone.entities()] == [T.PERSON]
