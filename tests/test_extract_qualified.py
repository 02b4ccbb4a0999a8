"""A description keeps the nationality before it (``kg.extract.qualified``) and stays a
described node (``kg.resolve.localnames``): sentences shortened from unseen articles."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_descriptions
from tests.extract_helpers import article_graph


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Yukos has been battling the Russian authorities for more than a year.", "Russian authorities"),
        ("US food and drug regulators said the drug was safe.", "US food and drug regulators"),
        ("The US bankruptcy court blocked the auction.", "US bankruptcy court"),
        ("Chinese companies have chosen London for their listings.", "Chinese companies"),
        # Not a party's, a city's or a club's name: "Tory government", "Beijing authorities".
        ("A Tory government would sort out the shambles of immigration.", "government"),
        ("Beijing authorities blocked the traffic.", "authorities"),
        # An apposition or a title says what a name is: the kind alone ("Rosneft is an oil firm").
        ("The bidder was bought by Rosneft, a Russian oil firm, days later.", "oil firm"),
    ],
)
def test_a_description_keeps_the_nationality_before_it(nlp, text, description):
    assert description in {mention.text for mention in find_descriptions(nlp(text))}


def test_a_description_with_a_nationality_stays_described_and_keeps_its_capital(nlp):
    graph = article_graph(nlp, "Russian authorities want to sell Yuganskneftegas. Yukos has fought the Russian "
                               "authorities for a year.")
    described = {entity.label: entity.described for entity in graph.entities()}
    assert described.get("Russian authorities") is True
    assert "russian authorities" not in described
