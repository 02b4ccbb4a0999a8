""""Holyrood" is the Scottish Parliament (nicknames.tsv), one node with the parliament the
article names (model tests on the session pipeline; sentences in the manner of BBC
politics reports, paraphrased)."""

from __future__ import annotations

from tests.extract_helpers import resolved_part


def _labels(nlp, text: str) -> dict[str, list[str]]:
    graph = resolved_part(nlp, text, date="2005-02-13")
    return {entity.label: sorted(entity.aliases) for entity in graph.entities}


def test_holyrood_beside_the_scottish_parliament_is_one_node(nlp):
    labels = _labels(nlp, (
        "The Scottish Parliament has voted to ban smoking in enclosed public places. "
        "Ministers at Holyrood said the ban would come into force next spring."))
    assert "Holyrood" not in labels
    assert "Holyrood" in labels.get("Scottish Parliament", [])


def test_holyrood_alone_is_the_scottish_parliament(nlp):
    labels = _labels(nlp, "MSPs at Holyrood backed the plans to build new prisons by 60 votes to 50.")
    assert "Holyrood" not in labels and "Scottish Parliament" in labels


def test_a_longer_name_holding_holyrood_is_no_parliament(nlp):
    labels = _labels(nlp, "Thousands of people gathered in Holyrood Park in Edinburgh on Saturday.")
    assert "Scottish Parliament" not in labels
