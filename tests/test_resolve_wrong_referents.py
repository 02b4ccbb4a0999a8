"""Statements a reader would find wrong for who they name (issue 14): a speaker "he"
given to someone only seen or thought of, or to a person before a spokesman no entity
stands for; a thing's age taken for a person's; a kind noun at a sentence's head taken
for a party's name. No one is better than the wrong one (model tests, on the session
pipeline)."""

from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.records import DocumentGraph
from kg.resolve.across import ArticleLinker
from tests.extract_helpers import resolved_part


def _part(nlp, text: str) -> DocumentGraph:
    return resolved_part(nlp, text, date="2005-01-13")


def _speakers(nlp, text: str) -> dict[str, str | None]:
    """What each quote says (its first words) -> the label of its speaker."""
    graph = KnowledgeGraph(linker=ArticleLinker()).add_all([_part(nlp, text)])
    return {quote.content[:20]: graph.entity(quote.speaker).label if quote.speaker else None for quote in graph.quotes()}


def _label(part: DocumentGraph, key: str | None) -> str | None:
    return next((entity.label for entity in part.entities if entity.key == key), None)


def test_a_subject_seen_doing_something_is_no_speaker(nlp):
    # "watch US President George W Bush slug it out": Bush is watched, Lord Holme speaks.
    text = ('Chairman Lord Holme argued that prime ministers should not have the right of veto. '
            "Lord Holme's proposal for a televised debate comes just four months after millions of viewers were "
            "able to watch US President George W Bush slug it out verbally with his Democratic challenger John Kerry. "
            'He said it was a "democratically dubious proposition" that it was up to the prime minister to decide.')
    assert _speakers(nlp, text)['it was a "democratic'] == "Holme"


def test_he_after_a_spokesman_no_entity_stands_for_is_no_one_named_before(nlp):
    text = ("Liberal Democrat home affairs spokesman Mark Oaten said the plan was dangerous. "
            "Mr Oaten said local people had too little control over policing but a far better solution would be for "
            "elected councillors to draw up a guarantee. "
            "A Labour Party spokesman criticised Michael Howard's record, saying police numbers had fallen by 1,132 "
            'when he was home secretary. He said: "Today the Tories are making more extravagant promises on the police."')
    assert _speakers(nlp, text).get("Today the Tories are") is None


def test_a_thing_of_some_age_is_no_person(nlp):
    text = ('"The administration is committed to a viable national airline," said Finance Minister Omar Davies. '
            "The 35-year-old airline transports about 55% of all passengers to the island.")
    part = _part(nlp, text)
    agents = {_label(part, argument.entity) for event in part.events if event.lemma == "transport"
              for argument in event.participants if argument.role == "agent"}
    assert "Omar Davies" not in agents


def test_a_kind_noun_opening_a_sentence_is_no_party(nlp):
    text = ("Local communities would be asked to elect their own police commissioner, under plans unveiled by the "
            "Conservatives.\n\nParty leader Michael Howard said the new role would replace police authorities. "
            "The Lib Dems said the plan could let extreme groups run policing, while Labour criticised Tory promises. "
            "A Labour Party spokesman criticised Michael Howard's record.")
    part = _part(nlp, text)
    owners = {_label(part, position.organisation) for position in part.positions if _label(part, position.person) == "Michael Howard"}
    assert "Labour Party" not in owners
    assert ("Michael Howard", "Labour Party") not in {(_label(part, r.subject), _label(part, r.object)) for r in part.relations}


def test_a_firm_is_no_stock_exchange(nlp):
    text = ("LG Card almost collapsed in 2003 due to an increase in overdue credit card bills after the bursting of a "
            "credit bubble. The firm returned to profit in September 2004, but now needs a capital injection to avoid "
            "being delisted from the Korea Stock Exchange. The exchange can delist a company if its debt exceeds its "
            "assets for two years running. LG card's creditors fear that such a move would triggered massive debt "
            "redemption requests that could bankrupt the firm, which owes about $12.05bn.")
    part = _part(nlp, text)
    agents = {_label(part, argument.entity) for event in part.events if event.lemma == "owe"
              for argument in event.participants if argument.role == "agent"}
    assert "Korea Stock Exchange" not in agents
