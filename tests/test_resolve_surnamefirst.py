"""A titled surname is the person whose full name, written surname first, it opens
(kg.resolve.surnamefirst), on the session pipeline: articles shortened and paraphrased from
the BBC corpus (business/427, business/461, business/498, politics/399)."""

from __future__ import annotations

import pytest

import kg


def _people(nlp, text: str) -> set[str]:
    return {entity.label for entity in kg.build_text(text, nlp=nlp).entities() if entity.type.value == "Person"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A Chinese official named in full, then by title and surname (business/461).
        (
            "Beijingers fume over parking fees\n\n\"The price differences between indoor and outdoor lots "
            "are unreasonable,\" said Wang Yan, an official from the Beijing Municipal Commission for "
            "Development and Reform. Mr Wang said his review team may scrap the cheap hourly fee near "
            "sports grounds.\n",
            {"Wang Yan"},
            {"Wang"},
        ),
        # A tax chief (business/427).
        (
            "Chinese exports rise 25% in 2004\n\nState Administration of Taxation head Xie Xuren said a "
            "tightening of controls on tax evasion had raised the take. The increased tax take comes "
            "despite tax rebates for many exporters, according to Mr Xie.\n",
            {"Xie Xuren"},
            {"Xie"},
        ),
    ],
)
def test_resolve_surname_first_one_node(nlp, text, present, absent):
    people = _people(nlp, text)
    assert present <= people, people
    assert not absent & people, people


def test_resolve_surname_first_keeps_a_given_name_apart(nlp):
    """ "Mr Howard" is no Howard Flight: his first word is a given name (politics/399)."""
    text = (
        "Tory candidate quits over remark\n\nHoward Flight, the Conservative deputy chairman, said the "
        "party would cut spending further. Mr Howard said he would not tolerate such remarks.\n"
    )
    graph = kg.build_text(text, nlp=nlp)
    flight = [entity for entity in graph.entities() if entity.label == "Howard Flight"]
    assert flight and not any(alias.lower() == "howard" for alias in flight[0].aliases), flight


def test_resolve_surname_first_needs_one_such_name(nlp):
    """Two people whose names open with the same word: "Mr Wang" may be either (after business/498)."""
    text = (
        "Millions go missing at China bank\n\nThe ex-president of Bank of China, Wang Xuebing, was jailed "
        "in 2003. His deputy Wang Yan was questioned too. Mr Wang was head of China Construction Bank "
        "when the scandal broke.\n"
    )
    people = _people(nlp, text)
    assert {"Wang Xuebing", "Wang Yan"} <= people, people
    graph = kg.build_text(text, nlp=nlp)
    for entity in graph.entities():
        if entity.label in ("Wang Xuebing", "Wang Yan"):
            assert "Wang" not in entity.aliases, entity
