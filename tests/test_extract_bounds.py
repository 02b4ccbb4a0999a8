"""A value a change reached as a bound keeps its "above" or "below" (kg.extract.bounds,
event_roles.tsv): "Inflation fell below 10%" -> new_value "below 10%", its quantity's qualifier
"below"; sentences from unseen BBC articles (index >= 200), shortened or paraphrased."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "value", "qualifier"), [
    # BBC business/257 (shortened).
    ("Inflation fell below 10% earlier this year for the first time in decades.", "fall", "below 10%", "below"),
    # BBC business/405.
    ("As a result, annual house price inflation dipped below 20% during the final few months of 2004.", "dip",
     "below 20%", "below"),
    # BBC business/457 (shortened).
    ("Deficits should be allowed to rise above 3%, Mr Schroeder argued.", "rise", "above 3%", "above"),
    # Made up (a level: kg.extract.figures).
    ("Oil prices stayed above $50 a barrel.", "stay", "above $50 a barrel", "above"),
])
def test_a_bound_stays_in_the_value(nlp, sentence, lemma, value, qualifier):
    events = check_roles(nlp, sentence, lemma, {"new_value": [value]})
    argument = next(a for e in events if e.lemma == lemma for a in e.arguments if a.role == "new_value")
    assert argument.quantity is not None and argument.quantity.qualifier == qualifier


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # Paraphrased: a value reached, no bound, as before.
    ("Turnover rose 4.3% to £1.97bn.", "rise", {"difference": ["4.3%"], "new_value": ["£1.97bn"]}),
    # Paraphrased: "above" a thing that is no amount gives no value.
    ("The firm moved above its rivals in the rankings.", "move", {"new_value": None}),
])
def test_values_without_a_bound_are_unchanged(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
