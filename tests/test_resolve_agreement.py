"""Descriptions agree with what they stand for: nationality, kind of organisation,
and the organisation a role belongs to (model tests)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graph import KnowledgeGraph
from kg.nlp import parse
from kg.records import Document
from kg.resolve import resolve
from kg.resolve.across import ArticleLinker


def _graph(nlp, text: str) -> KnowledgeGraph:
    document = Document(id="t", text=text, date="2022-01-13", source="t.txt")
    ((_, doc),) = list(parse(nlp, [document]))
    return KnowledgeGraph(linker=ArticleLinker()).add_all([resolve(extract(document, doc))])


def _label(graph: KnowledgeGraph, key: str | None) -> str | None:
    return graph.entity(key).label if key is not None else None


def _agents(graph: KnowledgeGraph, lemma: str) -> set[str | None]:
    return {
        _label(graph, participant.entity)
        for event in graph.events()
        if event.lemma == lemma
        for participant in event.participants
        if participant.role == "agent"
    }


def _speakers(graph: KnowledgeGraph) -> set[str | None]:
    return {_label(graph, quote.speaker) for quote in graph.quotes()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The firm nearest before is not French: the nationality names the other one.
        ("French drinks group Pernod Ricard has held talks for months. Shares in Allied Domecq rose 5% on Monday. "
         "The French spirits firm is considering a bid for Allied.", {"Pernod Ricard"}),
        # No firm is known to be French: the description stays unresolved rather than guessed.
        ("Pernod Ricard has held talks for months. Shares in Allied Domecq rose 5% on Monday. "
         "The French spirits firm is considering a bid for Allied.", {None}),
        # A description with a nationality the nearest firm has.
        ("Dutch brewer Heineken reported higher sales on Tuesday. The Dutch company is considering a bid for a rival.",
         {"Heineken"}),
    ],
)
def test_description_with_a_nationality_means_a_firm_of_that_nationality(nlp, text, expected):
    assert _agents(_graph(nlp, text), "consider") - {None} == expected - {None}


def _agents_in(graph: KnowledgeGraph, sentence_start: str) -> set[str | None]:
    return {
        _label(graph, participant.entity)
        for event in graph.events()
        if event.evidence.sentence.startswith(sentence_start)
        for participant in event.participants
        if participant.role == "agent"
    }


@pytest.mark.parametrize(
    ("text", "second", "wrong"),
    [
        # "the government" is never the airline named before it.
        ("Italian carrier Alitalia received a loan last year. The government defended the loan on Monday.",
         "The government", "Alitalia"),
        # A plural description is many, not the one organisation named before.
        ("Countries which exceed the limit face fines from the European Commission. These include governments "
         "which are adopting costly reforms.", "These include", "European Commission"),
        # "the party" is no company.
        ("Retailer Tesco opened a store in Leeds. The party launched a new policy on Monday.", "The party", "Tesco"),
        # A chamber of merchants is a body of members, no company.
        ('"Today\'s round has gone to Mukesh," said Nanik Rupani, president of the Indian Merchants Chamber. '
         "The company plans to buy back 52 million shares.", "The company", "Indian Merchants Chamber"),
        # BBC business: a newspaper is no stock exchange (the Sunday Telegraph only modifies "report").
        ("The London Stock Exchange (LSE) is planning to announce a preferred takeover by the end of the month. "
         "However, the Sunday Telegraph report added that there are signs that Deutsche Boerse chief executive Werner "
         "Seifert is becoming increasingly impatient with the LSE's managed bid process.\n\nDespite insisting he wants "
         "to agree a recommended deal with the LSE's board, the newspaper suggested he may pull out of the process.",
         "Despite insisting", "London Stock Exchange"),
    ],
)
def test_description_of_another_kind_of_organisation_is_not_linked(nlp, text, second, wrong):
    graph = _graph(nlp, text)
    assert wrong not in _agents_in(graph, second) | _speakers(graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The club only says whose full-back: the quote is no club's.
        ('Sale beat Leicester 20-10 on Saturday. "It was a good day for us," the Sale full-back said.', {None}),
        # The person named last is not the Arsenal manager.
        ('Wenger praised his team. Thierry Henry scored twice against Chelsea. "The title race is over," '
         "the Arsenal manager said.", {None}),
        # Chelsea's manager is not Arsenal's.
        ('Chelsea manager Jose Mourinho praised his side. Arsenal beat Bolton 2-1 on Saturday. '
         '"We were brilliant today," said the Arsenal manager.', {None}),
        # The article gave the role at that club: its holder speaks.
        ('Arsenal manager Arsene Wenger praised his side. Arsenal beat Bolton 2-1 on Saturday. '
         '"We were brilliant today," said the Arsenal manager.', {"Arsene Wenger"}),
    ],
)
def test_club_and_occupation_speaker_is_the_person_holding_that_role(nlp, text, expected):
    assert _speakers(_graph(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the American" is a person: the one person just named, never the United States.
        ('Lindsay Davenport lost in the final on Sunday. "It is insulting," the American said.', {"Lindsay Davenport"}),
        # Two people nearby: nobody rather than a guess.
        ('Lindsay Davenport lost to Maria Sharapova on Sunday. "It is insulting," the American said.', {None}),
        # The one person nearby has another nationality the article gives.
        ('Russian Maria Sharapova won the final on Sunday. "It is insulting," the American said.', {None}),
    ],
)
def test_the_nationality_noun_is_a_person_of_that_nationality(nlp, text, expected):
    assert _speakers(_graph(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The story's subject, carried by "he", and another man named since: either may reject.
        ("Tony Blair visited a school on Monday. He opened a new library there. Gordon Brown stayed in London. "
         "He rejected speculation about a rift.", set()),
        # Its own sentence names the one man before it.
        ("Tony Blair visited a school on Monday. He opened a new library there. Gordon Brown stayed in London. "
         "Mr Brown said he rejected speculation about a rift.", {"Gordon Brown"}),
        # Only one man in reach, and the earlier "he" meant him.
        ("Tony Blair visited a school on Monday. He opened a new library there. He rejected speculation about a rift.",
         {"Tony Blair"}),
    ],
)
def test_he_with_an_earlier_he_meaning_another_man_stays_unresolved(nlp, text, expected):
    assert _agents(_graph(nlp, text), "reject") - {None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nation with no state of its own is a nationality too: "the England centre" is the player.
        ("Mathew Tait was dropped on Monday. The England centre spent the weekend training.", {"Mathew Tait"}),
        # A club before the occupation: the one person of the first sentence, given no other side or post,
        # is the article's main person (kg.resolve.mainperson) ...
        ("Mathew Tait was dropped on Monday. The Newcastle centre spent the weekend training.", {"Mathew Tait"}),
        # ... but not when another person named before may be the club's centre as well.
        ("Mathew Tait and Jamie Noon were dropped on Monday. The Newcastle centre spent the weekend training.", set()),
    ],
)
def test_occupation_after_a_nation_or_club(nlp, text, expected):
    assert _agents(_graph(nlp, text), "spend") - {None} == expected


def test_agreement_the_team_is_no_organisation_of_unknown_kind(nlp):
    # "the team" needs a club or team: not the broadcaster the speaker told.
    text = ('Former France fly-half Thomas Castaignede has warned the pressure is mounting on coach Bernard Laporte '
            'following their defeat by Wales. Castaignede told BBC Sport: "The pressure is big on Laporte after a huge '
            'loss to New Zealand, a slim win over Scotland and a miracle against England. "But the French have to get '
            'behind him and the team at Lansdowne Road."')
    graph = _graph(nlp, text)
    assert not [edge for edge in graph.edges() if graph.entity(edge.subject).label == "BBC Sport"]
