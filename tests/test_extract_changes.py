"""Changes of a value: whose value moved (the owner), the value it reached, the one
it left and by how much, read on the shared pipeline; and how they are written."""

from __future__ import annotations

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import XSD

import kg
from kg.export.rdf import to_rdflib
from kg.ontology.terms import KG
from kg.records import Document
from tests.extract_helpers import event_roles


def _change(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    from kg.extract import extract

    events = [event for event in extract(Document("t", sentence), nlp(sentence)).events if event.lemma == lemma]
    assert len(events) == 1, [(event.lemma, event_roles(event)) for event in extract(
        Document("t", sentence), nlp(sentence)).events]
    return event_roles(events[0])


# (sentence, lemma, role -> the texts it must hold; None: no argument in that role)
CHANGES = [
    # "profits at X": the owner, and the conversion in brackets no second value
    ("Quarterly profits at the media group Globex jumped 76% to $1.13bn (£600m) for the three months to December.",
     "jump", {"owner": ["Globex"], "theme": ["Quarterly profits"], "difference": ["76%"], "new_value": ["$1.13bn"],
              "quantity": None}),
    # "X's revenues": the possessor
    ("Initech's revenues fell 8% to £4.1bn last year.", "fall",
     {"owner": ["Initech"], "difference": ["8%"], "new_value": ["£4.1bn"]}),
    # "for X", "from ... to ...": the "to" the parse hangs inside the "from" phrase
    ("Net income for Hooli dropped 10% from $2bn to $1.8bn.", "drop",
     {"owner": ["Hooli"], "old_value": ["$2bn"], "new_value": ["$1.8bn"], "difference": ["10%"]}),
    # "X sales": a name before the noun; "to £10bn" an amount NER does not tag
    ("Tesco sales rose 5% to £10bn.", "rise", {"owner": ["Tesco"], "new_value": ["£10bn"], "destination": None}),
    # "by ... to ...": NER's one entity is two values
    ("The central bank raised interest rates by 0.25% to 4.75%.", "raise",
     {"difference": ["0.25%"], "new_value": ["4.75%"], "owner": None}),
    ("Vandelay cut bonus rates from 2.5% to 2%.", "cut", {"old_value": ["2.5%"], "new_value": ["2%"]}),
    ("Tesco exports rose by more than 3.2% to £24.8bn.", "rise",
     {"difference": ["more than 3.2%"], "new_value": ["£24.8bn"]}),
    ("Output fell from 102 in 2003 to 81 in 2004.", "fall", {"old_value": ["102"], "new_value": ["81"]}),
    ("Losses at Alitalia widened to 330m euros in 2003.", "widen", {"owner": ["Alitalia"], "new_value": ["330m euros"]}),
    # "against" an amount: the figure it is set against; "compared to" one: another period's
    ("Profits at Unilever fell 15% to $56m, against $66m a year earlier.", "fall",
     {"old_value": ["$66m"], "new_value": ["$56m"], "topic": None}),
    ("Retail sales rose 1.2% in the month, compared to 0.1% a month earlier.", "rise",
     {"difference": ["1.2%"], "new_value": None}),
    ("Quarterly sales rose 34% to 20.9bn rupees.", "rise", {"new_value": ["20.9bn rupees"], "destination": None}),
    ("Non-EU imports rose 3% in October.", "rise", {"owner": None, "difference": ["3%"]}),
    # Shares: whose, as for any figure
    ("Shares in Marks & Spencer fell 3% to 320p.", "fall", {"owner": ["Marks & Spencer"], "new_value": ["320p"]}),
    ("Sales in Tesco stores rose 2%.", "rise", {"owner": None}),
    # Not an owner: where the sales were, what the exports are, an amount, a thing with no value of its own
    ("Sales in Japan rose 3% last year.", "rise", {"owner": None, "difference": ["3%"]}),
    ("Exports of cars fell 10% to $5bn.", "fall", {"owner": None, "new_value": ["$5bn"]}),
    ("Demand for oil rose 2% in 2004.", "rise", {"owner": None}),
    ("Profits for the quarter rose 4%.", "rise", {"owner": None}),
    # A place before a firm's figure says where; before a country's figure, whose
    ("European sales rose 4% last year.", "rise", {"owner": None}),
    ("US exports fell 2.3% to $95.6bn in November.", "fall", {"owner": ["US"], "new_value": ["$95.6bn"]}),
    # "fell N points to M": the points the difference, beside the level reached
    ("The Globex index fell 5.07 points to 10,817.", "fall", {"difference": ["5.07 points"], "new_value": ["10,817"]}),
    # "X reported profits of £75m, down from £125m": a fall, the reporter its owner
    ("Unilever reported pre-tax profits of £75m for the three months to December, down from £125m a year earlier.",
     "fall", {"owner": ["Unilever"], "theme": ["pre-tax profits"], "new_value": ["£75m"], "old_value": ["£125m"],
              "time": ["the three months"]}),
    # "X reported / posted a rise in profits": the firm's own figure (business/ GE, Barclays)
    ("US behemoth General Electric has posted an 18% jump in quarterly sales.", "jump",
     {"owner": ["General Electric"], "theme": ["quarterly sales"], "difference": ["18%"]}),
    ("In 2003, Barclays reported a 20% rise in pre-tax profits to £3.8bn.", "rise",
     {"owner": ["Barclays"], "theme": ["pre-tax profits"]}),
    # ... not a trade's figures a body gives, nor a country's
    ("The BPI reported a 3% rise in album sales.", "rise", {"owner": None}),
    ("The ONS reported a fall in output.", "fall", {"owner": None}),
    # the amount left, without what the parse hangs on "from" after it ("in 2003")
    ("The jobless rate was 11.5%, down from 12.3% in 2003.", "fall", {"new_value": ["11.5%"], "old_value": ["12.3%"]}),
    # "X was AMOUNT, up from AMOUNT": a rise of the subject
    ("Net profit at Initech was $1.2bn, up from $900m in 2003.", "rise",
     {"owner": ["Initech"], "theme": ["Net profit"], "new_value": ["$1.2bn"]}),
    # "X was up/down AMOUNT (to/at AMOUNT)": a copula states the move of a measured subject
    ("Revenue for the half-year was up 6.1% to £2.4bn.", "rise",
     {"theme": ["Revenue"], "difference": ["6.1%"], "new_value": ["£2.4bn"]}),
    ("Operating profits at Initech were down 9% at $310m in the quarter.", "fall",
     {"owner": ["Initech"], "theme": ["Operating profits"], "difference": ["9%"], "new_value": ["$310m"]}),
    ("The jobless rate was down to 4.9% in March.", "fall", {"theme": ["The jobless rate"], "new_value": ["4.9%"]}),
    ("Quarterly earnings were up 15%.", "rise", {"theme": ["Quarterly earnings"], "difference": ["15%"], "new_value": None}),
]


# Market closes (kg.extract.closes): the verb of the day states a fall or a rise, no closing.
CLOSES = [
    ("The FTSE 100 closed 16.29 points lower at 4,500.", "fall",
     {"theme": ["The FTSE 100"], "difference": ["16.29 points"], "new_value": ["4,500"]}),
    ("Shares in Initech closed up 12p at 550p on Monday.", "rise",
     {"owner": ["Initech"], "difference": ["12p"], "new_value": ["550p"]}),
    ("The Nikkei closed down 1.2% at 11,500.", "fall", {"difference": ["1.2%"], "new_value": ["11,500"]}),
    ("The pound was trading 0.3% lower at $1.88 on Friday.", "fall",
     {"theme": ["The pound"], "difference": ["0.3%"], "new_value": ["$1.88"]}),
    ("The Dax ended 20 points higher.", "rise", {"theme": ["The Dax"], "difference": ["20 points"], "new_value": None}),
]


@pytest.mark.parametrize(("sentence", "lemma", "expected"), CHANGES + CLOSES)
def test_change_roles(nlp, sentence, lemma, expected):
    have = _change(nlp, sentence, lemma)
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


@pytest.mark.parametrize("sentence", [
    "The climbers came down from the mountain.",  # no amount it left
    "He reported profits of £75m on Monday.",  # no change stated
    "Prices were up 5% from a year ago.",  # a difference, no figure reached: left to "be up"
    "Sales were up on the year before.",  # no amount
    "The visitors were 2-0 up at half-time.",  # a score, no measured value
    "The players were down 10 men after the break.",  # no measured value
])
def test_no_change_beside_a_figure(nlp, sentence):
    from kg.extract import extract

    lemmas = [event.lemma for event in extract(Document("t", sentence), nlp(sentence)).events]
    assert "fall" not in lemmas and "rise" not in lemmas, lemmas


@pytest.mark.parametrize(("sentence", "lemma"), [(sentence, lemma) for sentence, lemma, _ in CLOSES])
def test_a_market_close_is_no_closing(nlp, sentence, lemma):
    from kg.extract import extract

    lemmas = [event.lemma for event in extract(Document("t", sentence), nlp(sentence)).events]
    assert lemmas == [lemma], lemmas


@pytest.mark.parametrize("sentence", [
    "The shop closed down in 2003.",  # a particle, no amount
    "The dollar ended higher against the euro.",  # no figure
    "The meeting ended early at 5pm.",  # no direction
])
def test_no_market_close(nlp, sentence):
    from kg.extract import extract

    lemmas = [event.lemma for event in extract(Document("t", sentence), nlp(sentence)).events]
    assert "fall" not in lemmas and "rise" not in lemmas, lemmas


def test_owner_and_values_in_the_graph(nlp):
    text = "Quarterly profits at the US media giant Viacom jumped 76% to $1.13bn (£600m)."
    graph = kg.build_text(text, nlp=nlp)
    (event,) = [event for event in graph.events() if event.lemma == "jump"]
    labels = {entity.key: entity.label for entity in graph.entities()}
    roles = {participant.role: participant for participant in event.participants}
    assert labels[roles["owner"].entity] == "Viacom"
    assert (roles["new_value"].quantity.value, roles["new_value"].quantity.unit) == ("1130000000", "USD")
    assert (roles["difference"].quantity.value, roles["difference"].quantity.unit) == ("76", "percent")
    rdf = to_rdflib(graph)
    (node,) = rdf.subjects(KG.triggerLemma, Literal("jump"))
    (value,) = rdf.objects(node, KG.newValue)
    assert (value, RDF.type, KG.Quantity) in rdf
    assert rdf.value(value, RDF.value) == Literal("1130000000", datatype=XSD.decimal)
    assert rdf.value(node, KG.owner) is not None


def test_an_owner_no_entity_stands_for_is_left_out(nlp):
    graph = kg.build_text("Turnover at the retailer rose 4.3% to £1.97bn.", nlp=nlp)
    (event,) = [event for event in graph.events() if event.lemma == "rise"]
    assert "owner" not in {participant.role for participant in event.participants}
    assert "new_value" in {participant.role for participant in event.participants}
