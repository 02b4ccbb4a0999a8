"""A time written right after a change's old value is the old value's, not the change's, and a
value does not end in a dangling preposition (kg.extract.oldvalues); unseen BBC sentences (>= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/441: October is when the shortfall was £2.9bn, not when it dropped.
    ("The UK's deficit with the EU fell to £1.9bn from £2.1bn, while its non-EU shortfall dropped to £2.7bn "
     "from £2.9bn in October.", "drop", {"old_value": ["£2.9bn"], "time": None}),
    # BBC business/467: 2003 is the year of the old figure.
    ("For the whole of 2004, GM earned $3.7bn, down from $3.8bn in 2003, while its annual revenue rose 4.5% "
     "to $193bn.", "earn", {"theme": ["$3.7bn"], "time": None}),
    # The parser hangs the time on "from": the old value does not end in "in".
    ("Its index of national manufacturing activity rose to 58.6 last month from 57.8 in November.", "rise",
     {"old_value": ["57.8"], "time": ["last month"]}),
])
def test_the_old_values_time_is_not_the_changes(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # The new value's time is the change's.
    ("The average asking price of a home fell by more than £600 from £190,329 in November to £189,733 in "
     "December.", "fall", {"time": ["December"]}),
    # A time after the amount of a change, with no "from", stays.
    ("Sales rose 5% in March.", "rise", {"time": ["March"]}),
])
def test_other_times_stay(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
