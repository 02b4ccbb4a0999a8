"""Other names of one entity: organisation suffixes, clipped names, country aliases,
a place misread as a person; and the cases where merging would be wrong."""

from __future__ import annotations

import itertools

import pytest

from kg.graph import KnowledgeGraph
from kg.records import Document, DocumentGraph, Entity, Mention
from kg.resolve.across import ArticleLinker
from kg.resolve.coref import Cluster
from kg.resolve.document import canonical_label, entity_key
from kg.resolve.names import cluster_names
from kg.resolve.vote import vote_type
from kg.types import EntityType as T


def _m(text: str, entity_type: T = T.PERSON, titles: tuple[str, ...] = ()) -> Mention:
    return Mention(0, len(text), text, entity_type, 0, titles)


@pytest.mark.parametrize(
    ("names", "clusters"),
    [
        # A generic last word dropped: the party, the bank, the company.
        ([_m("Labour Party", T.ORGANIZATION), _m("Labour", T.ORGANIZATION)], ((0, 1),)),
        ([_m("Barclays Bank", T.ORGANIZATION), _m("Barclays", T.ORGANIZATION)], ((0, 1),)),
        ([_m("Acme Holdings", T.ORGANIZATION), _m("Acme", T.ORGANIZATION)], ((0, 1),)),
        # What is left is a place: never the organisation.
        ([_m("Bank of England", T.ORGANIZATION), _m("England", T.PLACE)], ((0,), (1,))),
        ([_m("China Bank", T.ORGANIZATION), _m("China", T.ORGANIZATION)], ((0,), (1,))),
        ([_m("England Group", T.ORGANIZATION), _m("England", T.ORGANIZATION)], ((0,), (1,))),
        # A person is not their company ("Smith" / "Smith Group").
        ([_m("Smith Group", T.ORGANIZATION), _m("Smith", T.PERSON, ("Mr",))], ((0,), (1,))),
        # A clipped one-word name, whatever NER called it.
        ([_m("Yuganskneftegas", T.ORGANIZATION), _m("Yugansk", T.PLACE)], ((0, 1),)),
        # Too short a prefix, or a country's name: apart.
        ([_m("Gazprom", T.ORGANIZATION), _m("Gaz", T.ORGANIZATION)], ((0,), (1,))),
        ([_m("Chinalco", T.ORGANIZATION), _m("China", T.COUNTRY)], ((0,), (1,))),
        # Two organisations the prefix begins: ambiguous, joins neither.
        ([_m("Petrobrasil", T.ORGANIZATION), _m("Petrobrasco", T.ORGANIZATION), _m("Petrob", T.ORGANIZATION)], ((0,), (1,))),
        # Country aliases, whatever NER called them.
        ([_m("United States", T.PLACE), _m("US", T.ORGANIZATION), _m("U.S.", T.PLACE), _m("America", T.PLACE)], ((0, 1, 2, 3),)),
        ([_m("Britain", T.PLACE), _m("UK", T.ORGANIZATION), _m("United Kingdom", T.COUNTRY)], ((0, 1, 2),)),
        # England and Britain are not one country.
        ([_m("Britain", T.PLACE), _m("England", T.PLACE)], ((0,), (1,))),
        # "from Llanelli" misread as a person in an article about the town.
        ([_m("Llanelli", T.PLACE), _m("Llanelli", T.PERSON)], ((0, 1),)),
        # ... but a titled person, or one whose surname it is, stays a person.
        ([_m("Washington", T.CITY), _m("Washington", T.PERSON, ("Mr",))], ((0,), (1,))),
        ([_m("George Washington", T.PERSON), _m("Washington", T.CITY), _m("Washington", T.PERSON)], ((0, 2), (1,))),
        # A full name with and without a title that tells the gender is one person,
        # so the surname does not find two of them.
        ([_m("Joshua Reynolds", T.PERSON, ("Sir",)), _m("Joshua Reynolds"), _m("Reynolds")], ((0, 1, 2),)),
        # "Sir Joshua": the title goes with the first name; "Mr Joshua" would not.
        ([_m("Joshua Reynolds", T.PERSON, ("Sir",)), _m("Joshua", T.PERSON, ("Sir",))], ((0, 1),)),
        ([_m("Joshua Reynolds"), _m("Joshua", T.PERSON, ("Mr",))], ((0,), (1,))),
        # The plural of a product or organisation name, whatever NER called it.
        ([_m("Xbox", T.ORGANIZATION), _m("Xboxes", T.PERSON), _m("Xboxes", T.PLACE)], ((0, 1, 2),)),
        # ... but not a titled person, nor a surname of the article.
        ([_m("Acme", T.ORGANIZATION), _m("Acmes", T.PERSON, ("Mr",))], ((0,), (1,))),
        ([_m("Bill Jones"), _m("Jone", T.ORGANIZATION), _m("Jones", T.PERSON)], ((0, 2), (1,))),
        # A surname misread as a place joins the one person it names...
        ([_m("Susan Chepkemei"), _m("Chepkemei"), _m("Chepkemei", T.PLACE)], ((0, 1, 2),)),
        # ... never a known place's name.
        ([_m("George Washington"), _m("Washington", T.PLACE)], ((0,), (1,))),
        # A misspelt word in a long organisation name; near names of two banks stay apart.
        ([_m("Digital Solitary Fund", T.ORGANIZATION), _m("Digital Solidarity Fund", T.ORGANIZATION)], ((0, 1),)),
        ([_m("Bank of England", T.ORGANIZATION), _m("Bank of Scotland", T.ORGANIZATION)], ((0,), (1,))),
        ([_m("First National Bank", T.ORGANIZATION), _m("First Nationwide Bank", T.ORGANIZATION)], ((0,), (1,))),
        # "US" is a word of "US Senate", not its acronym: the country stays apart.
        ([_m("US", T.COUNTRY), _m("US Senate", T.ORGANIZATION)], ((0,), (1,))),
        # A royal title goes with a given name: "Prince Charles" is not Ray Charles.
        ([_m("Ray Charles"), _m("Charles", T.PERSON, ("Prince",))], ((0,), (1,))),
        # ... nor any other Charles: a royal's given name is another's only when that one is royal too.
        ([_m("Charles Kennedy"), _m("Charles", T.PERSON, ("Prince",))], ((0,), (1,))),
        ([_m("Elizabeth II", T.PERSON, ("Queen",)), _m("Elizabeth", T.PERSON, ("Queen",))], ((0, 1),)),
        ([_m("Elizabeth II"), _m("Elizabeth", T.PERSON, ("Queen",))], ((0, 1),)),
        # Demonyms and groups are never clipped names.
        ([_m("Scotsman", T.ORGANIZATION), _m("Scots", T.GROUP)], ((0,), (1,))),
        ([_m("Europeans", T.GROUP), _m("Europe", T.PLACE)], ((0,), (1,))),
        # An unknown one-word name NER calls organisation and place is one thing...
        ([_m("Atomstroieksport", T.ORGANIZATION), _m("Atomstroieksport", T.PLACE)], ((0, 1),)),
        # ... but a known place's name keeps the two apart ("Georgia" the club).
        ([_m("Georgia", T.ORGANIZATION), _m("Georgia", T.PLACE)], ((0,), (1,))),
    ],
)
def test_aliases_cluster(names, clusters):
    assert cluster_names(names).clusters == clusters


def test_aliases_surname_used_as_a_place_stays_a_place():
    text = "Whitney Houston sang. The band flew to Houston."
    singer = Mention(0, 15, "Whitney Houston", T.PERSON, 0)
    city = Mention(39, 46, "Houston", T.PLACE, 1)
    assert cluster_names([singer, city], text=text).clusters == ((0,), (1,))


@pytest.mark.parametrize(
    ("text", "clusters"),
    [
        # A big city's name stays the city beside a person of that surname ...
        ("Lindsay Davenport won. Davenport is a city in Iowa.", ((0,), (1,))),
        # ... unless the name says or believes what only a person does.
        ("Lindsay Davenport won. Davenport believes there is room for improvement.", ((0, 1),)),
        ("Lindsay Davenport won. Davenport said she was pleased.", ((0, 1),)),
    ],
)
def test_aliases_big_city_surname_that_speaks_is_the_person(text, clusters):
    player = Mention(0, 17, "Lindsay Davenport", T.PERSON, 0)
    start = text.index("Davenport", 20)
    misread = Mention(start, start + 9, "Davenport", T.CITY, 1)
    assert cluster_names([player, misread], text=text).clusters == clusters


@pytest.mark.parametrize(("names", "label"), [
    # The firm goes by the name the article gives it alone, not with where it is from ...
    (["LG Electronics of South Korea", "LG Electronics"], "LG Electronics"),
    # ... and a name whose "of" part is the name keeps it whole.
    (["Bank of England", "Bank of England"], "Bank of England"),
    (["Reserve Bank of Australia"], "Reserve Bank of Australia"),
])
def test_aliases_label_without_the_firms_country(names, label):
    mentions = [_m(name, T.ORGANIZATION) for name in names]
    assert canonical_label(Cluster(index=0, type=T.ORGANIZATION, mentions=mentions)) == label


def test_aliases_country_label_comes_from_the_table():
    mentions = [_m("US", T.ORGANIZATION), _m("U.S.", T.PLACE)]
    cluster = Cluster(index=0, type=vote_type(mentions), mentions=mentions)
    assert cluster.type is T.COUNTRY
    assert canonical_label(cluster) == "United States"
    assert entity_key(canonical_label(cluster), cluster.type) == "united-states"


def _part(document_id: str, *names: tuple[str, T]) -> DocumentGraph:
    document = Document(id=document_id, text=" ".join(label for label, _ in names), source=f"{document_id}.txt")
    entities = tuple(Entity(entity_key(label, t), label, t, (), 1, (document_id,)) for label, t in names)
    return DocumentGraph(document, entities, ())


def _node_of(graph: KnowledgeGraph, document_id: str, label: str) -> str:
    (entity,) = [e for e in graph.parts[document_id].entities if label in (e.label, *e.aliases)]
    return entity.key


PARTS = [
    _part("a", ("Labour Party", T.ORGANIZATION), ("Yuganskneftegas", T.ORGANIZATION)),
    _part("b", ("Labour", T.ORGANIZATION), ("Yugansk", T.PLACE)),
    _part("c", ("England", T.PLACE), ("Bank of England", T.ORGANIZATION)),
]


@pytest.mark.parametrize("order", list(itertools.permutations(PARTS)))
def test_aliases_across_articles_whatever_the_order(order):
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(order)
    assert _node_of(graph, "b", "Labour") == "labour-party"
    assert _node_of(graph, "b", "Yugansk") == "yuganskneftegas"
    assert _node_of(graph, "c", "England") == entity_key("England", T.PLACE)
    assert len(graph) == 4


def test_aliases_across_two_long_names_leave_a_short_one_alone():
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all(
        [_part("a", ("Labour Party", T.ORGANIZATION)), _part("b", ("Labour Group", T.ORGANIZATION)), _part("c", ("Labour", T.ORGANIZATION))]
    )
    assert _node_of(graph, "c", "Labour") == "labour"


def test_aliases_a_plural_is_never_the_label():
    mentions = [_m("Xboxes", T.PERSON), _m("Xboxes", T.PLACE), _m("Xbox", T.ORGANIZATION)]
    assert canonical_label(Cluster(index=0, type=T.ORGANIZATION, mentions=mentions)) == "Xbox"


def test_aliases_across_a_prince_is_not_a_namesake_s_surname():
    ray = DocumentGraph(
        Document(id="r", text="Ray Charles", source="r.txt"), (Entity("ray-charles", "Ray Charles", T.PERSON, (), 1, ("r",)),), ()
    )
    prince = DocumentGraph(
        Document(id="p", text="Prince Charles", source="p.txt"), (Entity("charles", "Charles", T.PERSON, ("Prince Charles",), 1, ("p",)),), ()
    )
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([ray, prince])
    assert sorted(entity.key for entity in graph.entities()) == ["charles", "ray-charles"]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # A one-word name never introduced by a full name or title, called an
        # organisation once: an organisation, however often NER said person.
        ([_m("Yukos"), _m("Yukos"), _m("Yukos", T.ORGANIZATION)], T.ORGANIZATION),
        # Introduced by a full name: a person, whatever NER said once.
        ([_m("Mikhail Khodorkovsky"), _m("Khodorkovsky", T.ORGANIZATION)], T.PERSON),
        ([_m("Smith", T.ORGANIZATION), _m("Smith", T.PERSON, ("Mr",))], T.PERSON),
    ],
)
def test_aliases_type_vote(mentions, expected):
    assert vote_type(mentions) is expected


def _resolved(nlp, text: str, date: str = "2005-01-13") -> DocumentGraph:
    """One article's resolved graph part."""
    from kg.extract import extract
    from kg.nlp import parse
    from kg.resolve import resolve

    document = Document(id="t", text=text, date=date, source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return resolve(extract(document, doc))


def test_aliases_a_country_acronym_only_in_capitals(nlp):
    # "Us magazine" (the magazine Us Weekly) is no United States; "US tabloid" is.
    text = ('Pop star Britney Spears has attacked US tabloid magazines. Us magazine was unrepentant about '
            'their decision to publish, saying: "Britney should start her own magazine."')
    part = _resolved(nlp, text)
    speakers = {quote.speaker for quote in part.quotes}
    labels = {entity.key: entity.label for entity in part.entities}
    assert "United States" not in {labels.get(speaker) for speaker in speakers}


def test_aliases_a_bracketed_acronym_joins_no_other_name_it_fits(nlp):
    # "EC" is the European Commission by its brackets; the European Council stays apart.
    text = ("A proposed European law on software patents will not be re-drafted by the European Commission (EC) "
            "despite requests by MEPs. The EC says the Council of Ministers will adopt a draft version. "
            "If the European Council agrees on the draft directive it will then return for a second reading.")
    part = _resolved(nlp, text)
    agents = {p.entity for e in part.events if e.lemma == "agree" for p in e.participants if p.role == "agent"}
    assert agents == {"european-council"}


def test_aliases_a_players_initial_and_surname_before_his_side_is_no_long_form(nlp):
    # A squad list writes "S Taylor (Scotland)": the side in brackets is no short form of
    # the player, and Scotland keeps its own name.
    text = ("Woodward will also assess other potential Lions candidates such as Scotland pair Simon Taylor and "
            "Chris Paterson. Squad: C Paterson (Scotland), B Cohen (England), S Taylor (Scotland), "
            "L Dallaglio (England), S Parisse (Italy).")
    part = _resolved(nlp, text)
    assert not [entity for entity in part.entities if "Scotland" in entity.aliases and entity.label != "Scotland"]
    assert "Scotland" in {entity.label for entity in part.entities}


def test_aliases_a_prince_is_no_namesake_of_the_article(nlp):
    # Two sentences of unseen news: the Lib Dem leader is Charles Kennedy; "Prince Charles" is someone else.
    text = ("Students can decide the fate of MPs in some seats at the next election, Liberal Democrat leader "
            "Charles Kennedy has claimed. He said there had been other occasions when advice had been published, "
            "most recently regarding Prince Charles's marriage plans.")
    part = _resolved(nlp, text, date="2005-02-24")
    assert sorted(entity.label for entity in part.entities if entity.type is T.PERSON) == ["Charles", "Charles Kennedy"]
