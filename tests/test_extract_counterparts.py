"""A named counterpart holds the corresponding post of what its own modifier names
(``kg.extract.counterparts``), on the shared pipeline."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _counterparts(nlp, text: str) -> set[tuple]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {
        (r.person.text, r.role, r.organisation.text if r.organisation else None, r.role_key)
        for r in extract(document, doc).roles
        if r.kind == "counterpart"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Asia should engage in greater currency flexibility," said French finance minister Herve Gaymard, '
            "after a meeting with his German counterpart Hans Eichel.",
            {("Hans Eichel", "counterpart of finance minister", "German", "counterpart")},
        ),
        (
            "Euronext chief Jean-Francois Theodore is scheduled to meet his LSE counterpart Clara Furse on Friday.",
            {("Clara Furse", "counterpart of Euronext chief", "LSE", "counterpart")},
        ),
    ],
)
def test_a_counterpart_holds_the_post_for_its_own_country(nlp, text, expected):
    assert _counterparts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No modifier: nothing says whose counterpart, of what.
        "But his counterpart on the DCA committee, Alan Beith, said it should be delayed.",
        # Many people, no name.
        "UK Prime Minister Tony Blair is meeting his EU counterparts to finalise a package of measures.",
    ],
)
def test_no_counterpart_without_a_modifier_a_name_and_a_role_holder(nlp, text):
    assert _counterparts(nlp, text) == set()


def test_the_counterpart_never_takes_the_possessors_country(nlp):
    text = ('"Asia should engage in greater currency flexibility," said French finance minister Herve Gaymard, '
            "after a meeting with his German counterpart Hans Eichel.")
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    eichel = {(r.role, r.organisation.text if r.organisation else None)
              for r in extract(document, doc).roles if r.person.text == "Hans Eichel"}
    assert eichel == {("counterpart of finance minister", "German")}
