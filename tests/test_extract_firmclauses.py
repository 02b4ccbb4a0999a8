"""A "which" clause that tells a firm's business makes the name before it a firm's, given
name or not (kg.extract.firmclauses)."""

from __future__ import annotations

import pytest

import kg


def _types(nlp, text: str) -> dict[str, str]:
    graph = kg.build_text(text, nlp=nlp)
    return {entity.label: str(entity.type) for entity in graph.entities()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # business/326: NER reads the firm as a person in the headline and the opening; its given name
        # outvoted the "which" of the clause.
        ("Senior Fannie Mae bosses resign. Fannie Mae was criticised by financial regulators. Recent "
         "investigations have exposed extensive accounting errors at Fannie Mae, which supplies funds to "
         "America's $8 trillion mortgage market.", "Fannie Mae"),
        # business/393: "float" needs no object.
        ("Laura Ashley, which floated on the London Stock Exchange for £200m ($376m) in 1995, is "
         "majority-owned by Malaysia entrepreneur Dr Khoo Kay Peng.", "Laura Ashley"),
    ],
)
def test_a_firms_clause_makes_a_firm(nlp, text, name):
    found = _types(nlp, text)
    assert found.get(name) == "Organization", found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # entertainment/355: a film's "which has" tells no firm's business.
        ("It is up against Finding Neverland and British film Vera Drake, which has 11 nominations.",
         "Vera Drake", "CreativeWork"),
        # business/393, paraphrased: a verb that needs its object, here none ("supplies to").
        ("Analysts said Laura Ashley, which supplies to many shops, was a good designer.", "Laura Ashley", "Person"),
        # business/326, paraphrased: a negated clause says no business.
        ("Critics said Mary Smith, which does not own the shares, was misquoted.", "Mary Smith", "Person"),
    ],
)
def test_no_firm_without_a_firms_business(nlp, text, name, kind):
    found = _types(nlp, text)
    assert found.get(name) == kind, found


def test_the_reading(nlp):
    from kg.extract.relatives import relative_reading
    from kg.extract.words import Words

    words = Words(nlp("Laura Ashley, which floated on the London Stock Exchange in 1995, is majority-owned by Dr Khoo."))
    assert relative_reading(words, 0, 2) == "firm"
    words = Words(nlp("Euronext, which combines the Paris, Amsterdam and Lisbon exchanges, said it would bid."))
    assert relative_reading(words, 0, 1) == "thing"
