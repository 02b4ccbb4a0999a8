"""A change's baseline ("from a year earlier", "on a year ago") is no time of the change
(``kg.extract.baselines``; model tests on sentences shortened from BBC articles)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        ("New vehicle sales jumped 22% to 449,603 from a year earlier.", "jump", {"difference": ["22%"], "time": None}),
        ("In December, the surplus grew 1.8% on a year ago to 1.14 trillion yen.", "grow", {"time": ["December"]}),
        ("EMI said music sales will fall 8-9% from the year before.", "fall", {"time": None}),
    ],
)
def test_baselines_a_period_counted_back_after_from_or_on_is_no_time(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(
    ("sentence", "lemma", "roles"),
    [
        ("GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.", "rise", {"old_value": ["$48.8bn"]}),
        ("Shares in American Express surged more than 8% on Tuesday.", "surge", {"time": ["Tuesday"]}),
        ("Since Yukos' founder, Mikhail Khodorkovsky, was arrested a year ago, the market has dropped.", "arrest",
         {"time": ["a year ago"]}),
    ],
)
def test_baselines_a_value_left_a_day_and_a_bare_time_stay(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
