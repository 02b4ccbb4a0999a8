"""A change of a value nobody decides, foretold by "is set to" or "is poised to", is a
forecast (possible), not a plan (kg.extract.forecasts); unseen BBC sentences (index >= 200)."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC business/371: a forecast of growth (was planned).
    ("Economic growth is set to halve in Singapore this year to between 3% and 5%.", "halve"),
    # BBC business/330 (shortened): a forecast of the economy (was planned).
    ("The country's economy is set to grow about 8% this year, a sharp turnaround from 2002.", "grow"),
    # BBC tech/220: a trend foretold by analysts (was planned).
    ("This trend is set to grow, according to analysts.", "grow"),
    # BBC business/430 (paraphrased): a forecast of sales.
    ("Sales of hybrid cars in the US are poised to double in 2005.", "double"),
])
def test_a_drift_set_to_happen_is_a_forecast(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "possible"


@pytest.mark.parametrize(("sentence", "lemma"), [
    # BBC politics/241 (shortened): a tax someone sets stays a decision.
    ("Council tax in Scotland is set to rise by an average of about 4% in the coming year.", "rise"),
    # BBC business/249 (shortened): spending is decided.
    ("Military spending is also set to rise by 4%.", "rise"),
    # A named doer's change, or a change with an object, stays a plan.
    ("Tesco is set to expand in China.", "expand"),
    ("The bank is set to raise interest rates.", "raise"),
])
def test_a_change_someone_decides_stays_planned(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "planned"
