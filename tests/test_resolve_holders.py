"""Role descriptions ("the chancellor") linked to the one person the article gave
that role, and left alone when two fit or none was given (model tests)."""

from __future__ import annotations

import pytest

from kg.records import DocumentGraph
from tests.extract_helpers import agent_labels, resolved_part


def _document_graph(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text)


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # A title before the name, then the role alone.
        ("Chancellor Gordon Brown flew to Lagos on Monday. The chancellor signed a trade deal with Nigeria.",
         "sign", {"Gordon Brown"}),
        # An apposition, and the role as written narrows it ("culture secretary").
        ("The Secretary of State for Culture, Media and Sport, Tessa Jowell, visited Leeds. "
         "The culture secretary opened a new theatre there.", "open", {"Tessa Jowell"}),
        # Two leaders: the narrowing words pick one.
        ("Tory leader Michael Howard and Liberal Democrat leader Charles Kennedy met voters. "
         "The Liberal Democrat leader launched a poster campaign.", "launch", {"Charles Kennedy"}),
        # Two leaders, nothing narrows it: unresolved, and an event with no one as its agent is not kept.
        ("Tory leader Michael Howard and Liberal Democrat leader Charles Kennedy met voters. "
         "The leader launched a poster campaign.", "launch", set()),
        # The role was never given: unresolved.
        ("Gordon Brown flew to Lagos on Monday. The chancellor signed a trade deal with Nigeria.",
         "sign", set()),
        # An occupation: the one person named in this or the last sentence.
        ("Sir Elton John has performed at a concert in Paris. The British singer played to a large audience.",
         "play", {"Elton John"}),
        # A public office is named on the reader's knowledge: the nearest person is no evidence.
        ("Gordon Brown flew to Lagos on Monday. The prime minister signed a trade deal with Nigeria.",
         "sign", set()),
        # "its president": the one president of what "its" stands for, named before or after.
        ("Troops arrived in Kazakhstan on the request of its president, who was seeking to quell the protests. "
         "President Kassym-Jomart Tokayev thanked the troops.", "quell", {"Kassym-Jomart Tokayev"}),
        # Two people nearby: unresolved.
        ("Elton John met Phil Collins in Paris. The singer played to a large audience.", "play", set()),
        # The one person nearby holds a role of another kind (entertainment/279): a sheriff is no rapper.
        ('"I\'m not pleased," Jefferson Parish Sheriff Harry Lee said. '
         "The rapper filmed the video and made an album behind bars.", "film", set()),
        # A role of the same kind, or a role of no kind ("boss"), fits (sport/228).
        ("Former Liverpool manager Gerard Houllier has praised the club. The former France boss pulled out "
         "of the race to succeed Mark Hughes.", "pull out", {"Gerard Houllier"}),
    ],
)
def test_role_description_stands_for_the_one_holder(nlp, text, lemma, expected):
    assert agent_labels(_document_graph(nlp, text), lemma) == expected


def test_role_descriptions_in_a_list_are_no_one(nlp):
    text = ('Chairman Freddy Shepherd and manager Graeme Souness met on Monday. Shepherd said: '
            '"No individual is bigger than this club, be it the chairman, the manager or a player."')
    graph = _document_graph(nlp, text)
    labels = {entity.key: entity.label for entity in graph.entities}
    pairs = {(labels[r.subject], labels[r.object]) for r in graph.relations}
    assert ("Freddy Shepherd", "Graeme Souness") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Arsene Wenger criticised the referee after the game on Sunday.",
        "Sir Elton John said the singer who opened the show had been late.",
    ],
)
def test_occupation_after_a_person_in_its_own_sentence_is_someone_else(nlp, text):
    """The one person named earlier in the same sentence is not who the occupation
    describes: the event keeps its agent and a literal, not the agent twice (which
    dropped it as a misreading)."""
    graph = _document_graph(nlp, text)
    labels = {entity.key: entity.label for entity in graph.entities}
    person = next(label for label in labels.values() if label in ("Arsene Wenger", "Elton John"))
    for event in graph.events:
        described = [p for p in event.participants if p.role != "agent" and p.entity and labels[p.entity] == person]
        assert not described, (event.lemma, described)
    if "referee" in text:
        assert agent_labels(graph, "criticise") == {"Arsene Wenger"}


def _said_by_and_positions(graph: DocumentGraph) -> tuple[set[str | None], set[tuple[str, str, str | None]]]:
    labels = {entity.key: entity.label for entity in graph.entities}
    speakers = {labels.get(quote.speaker) if quote.speaker else None for quote in graph.quotes}
    positions = {(labels[p.person], p.role, labels.get(p.organisation) if p.organisation else None) for p in graph.positions}
    return speakers, positions


@pytest.mark.parametrize(
    ("text", "speaker", "position"),
    [
        # A membership with no role, then a role of that party: the one member named before.
        ("Labour's Ruth Pelham attacked the housing plans on Monday. The Labour MP said the scheme would fail.",
         "Ruth Pelham", ("Ruth Pelham", "MP", "Labour")),
        # A bare role is no evidence of the team: the striker may be another team's.
        ("Striker Tomas Varga scored twice against Everton on Saturday. The Newcastle striker said the win was deserved.",
         None, None),
        # A team's player by the possessive, then a role of that team.
        ("England's Mark Dowling returned from injury on Sunday. The England defender said he was fit.",
         "Mark Dowling", ("Mark Dowling", "defender", "England")),
        # The only person the article gave that organisation holds another role: no one.
        ("Newcastle manager Peter Olsen praised his side on Saturday. The Newcastle striker said the win was deserved.",
         None, None),
        # Two members of the party named before: no one.
        ("Labour's Ruth Pelham attacked the housing plans on Monday. Labour's Colin Marsh backed her. "
         "The Labour MP said the scheme would fail.",
         None, None),
        # The person was given neither the role nor the party: no guess.
        ("Ruth Pelham attacked the housing plans on Monday. The Labour MP said the scheme would fail.", None, None),
    ],
)
def test_role_of_a_named_team_stands_for_its_one_known_holder(nlp, text, speaker, position):
    speakers, positions = _said_by_and_positions(_document_graph(nlp, text))
    assert speakers == {speaker}
    if position is None:
        assert not any(role in ("MP", "striker") for _, role, _ in positions)
    else:
        person, role, owner = position
        assert any(p == person and r == role and o is not None and o.startswith(owner) for p, r, o in positions), positions


# sport/260's body up to the description; the manager and the chairman are people of no
# nationality the text gives, so only the demonym picks the player.
BELLAMY = ("Newcastle have fined their Welsh striker Craig Bellamy two weeks' wages - about £80,000 - following his "
           "row with manager Graeme Souness.\n\nBut Bellamy, 25, has not been put on the transfer list, although he "
           "did not train with the first team on Tuesday. Magpies chairman Freddy Shepherd told the Newcastle Evening "
           "Chronicle: \"It is not about money. It is about a player thinking he is bigger than this club. \"No "
           "individual is, be it the chairman, the manager or a player.\" Souness dropped Bellamy for Sunday's game "
           "against Arsenal, claiming the Welshman had feigned injury after being asked to play out of position. "
           "\"When I heard what the manager was saying I was in shock,\" Bellamy said. \"I thought 'not only has he "
           "gone behind my back, he's lying',\" he said in response to Souness' remarks. "
           "And the Wales international refused to apologise.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Wales international": the one player the article calls Welsh plays for Wales.
        (BELLAMY, {("Craig Bellamy", "Wales")}),
        # A Welsh manager is no international: no player of that nationality, no one.
        (BELLAMY.replace("Welsh striker Craig Bellamy", "striker Craig Bellamy").replace(
            "manager Graeme Souness.", "Welsh manager Graeme Souness."), set()),
        # Two Welsh players: either may be the one meant.
        (BELLAMY.replace("manager Graeme Souness.", "Welsh winger Gary Speed."), set()),
    ],
)
def test_a_countrys_international_is_its_one_player_of_that_nationality(nlp, text, expected):
    graph = _document_graph(nlp, text)
    labels = {entity.key: entity.label for entity in graph.entities}
    plays = {(labels[r.subject], labels[r.object]) for r in graph.relations if r.key == "play for"}
    plays |= {(labels[p.person], labels[p.organisation]) for p in graph.positions if p.organisation}  # a post holds it
    assert {pair for pair in plays if pair[1] == "Wales"} == expected
