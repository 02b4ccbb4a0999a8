"""A change's two amounts kept apart: an amount the parse hung on the verb with its own "to"
(kg.extract.markedvalues) is the value reached, not the difference; a counted noun after "to"
(kg.extract.rates.level_role) is the value reached, not a destination. Real sentences
(BBC business/393, business/410, business/503, business/433, sport/212, business/270,
politics/320, business/354, entertainment/218, business/325, business/253)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.records import Document
from tests.extract_helpers import event_roles


def _roles(nlp, sentence: str, lemma: str) -> dict[str, list[str]]:
    (event,) = [e for e in extract(Document("t", sentence), nlp(sentence)).events if e.lemma == lemma]
    return event_roles(event)


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # the parse: "to" a modifier of "£118m", which hangs on the verb as a bare amount
    ("In recent times, it has put renewed focus on home furnishings rather than clothing, but last September "
     "it reported that interim six month losses had risen from £1m to £1.2m, while sales had fallen from £138m "
     "to £118m.", "fall", {"old_value": ["£138m"], "new_value": ["£118m"], "difference": None}),
    # a counted noun after "to": the value reached, no place the sales went
    ("Its sales rose 3.5% to 2.7 million units.", "rise",
     {"difference": ["3.5%"], "new_value": ["2.7 million units"], "destination": None}),
    ("Sales in the fiscal third quarter, including vans and utility vehicles, rose by 17.8% to 136.069 units.",
     "rise", {"difference": ["17.8%"], "new_value": ["136.069 units"], "destination": None}),
    # "push up" / "push down" a change (event_lemmas.tsv): by how much and the value reached apart (BBC business/325,
    # business/253), no quantity "20% & 260,000"
    ("Buy it is understood that the recent success of the smaller edition of the Independent, which has pushed "
     "circulation up by 20% to 260,000, has prompted interest from industry rivals, with Daily Mail & General Trust "
     "tipped as the most likely suitor.", "push up", {"difference": ["20%"], "new_value": ["260,000"], "quantity": None}),
    ("Nevertheless it was enough to push down the unemployment rate to 5.2%, its lowest level since September 2001.",
     "push down", {"theme": ["the unemployment rate"], "new_value": ["5.2%"], "quantity": None}),
    # an amount the sentence sets aside is no second difference (BBC business/354)
    ("Thailand's economy is now expected to grow by 5.7% in 2005, rather than 6% as forecast before tsunamis hit six "
     "tourist provinces.", "grow", {"difference": ["5.7%"], "time": ["2005"]}),
])
def test_two_amounts_apart(nlp, sentence, lemma, expected):
    have = _roles(nlp, sentence, lemma)
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    # no change: a counted noun after "to" is where the jobs went
    ("The firm moved 300 jobs to 2 new sites in India.", "move", {"destination": ["2 new sites"]}),
    # a counted noun with a definite determiner is where the points came from, no value left (BBC sport/212)
    ("Scotland have not reached a major finals since the World Cup in 1998 and reaching Germany 2006 looks near "
     "impossible, having picked up just two points from the opening three games in the qualifying race.", "pick up",
     {"old_value": None, "source": ["the opening three games"]}),
    # a count in words of things it was dropped from is no value left (BBC entertainment/218)
    ("Controversial DJ Howard Stern has been dropped from four US radio stations because he keeps promoting his move "
     "to a network broadcasting on satellite.", "drop", {"old_value": None, "source": ["four US radio stations"]}),
    # a difference and a "to" the parse made a preposition: read as before
    ("Shares in Cairn Energy rose 3.8% to 1,088 pence on Tuesday after the UK firm announced a fresh gas "
     "discovery in northern India.", "rise", {"difference": ["3.8%"], "new_value": ["1,088 pence"]}),
])
def test_other_amounts_unchanged(nlp, sentence, lemma, expected):
    have = _roles(nlp, sentence, lemma)
    for role, texts in expected.items():
        assert have.get(role) == texts, (role, have)


def test_a_verbs_to_splits_two_amounts(nlp):
    # NER's one entity "more than $2 to $43.25", the "to" the verb's: the amount lost, then the level (BBC business/270)
    sentence = ("US light crude traded in New York lost more than $2 to $43.25, its lowest close since 10 September.")
    have = _roles(nlp, sentence, "lose")
    assert not [text for texts in have.values() for text in texts if "$2" in text and "$43.25" in text], have
    assert have.get("theme") == ["more than $2"], have


def test_an_up_to_amount_stays_whole(nlp):
    # "up to" before one amount: no second amount, the "to" stays (BBC politics/320)
    sentence = ("Ex-health secretary Alan Milburn earned up to £85,000 from speeches, articles and advice while not in "
                "the Cabinet.")
    assert _roles(nlp, sentence, "earn").get("theme") == ["up to £85,000"]
