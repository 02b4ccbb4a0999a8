"""A name of the nickname table that NER cut to its last words is read whole
(kg.extract.entities._table_name_start), on the session pipeline."""

from __future__ import annotations

import pytest

import kg
from kg.extract.entities import Entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER gives "Democrat" (NORP) alone; the loose "Liberal" before it makes the party's name.
        ("Liberal Democrat leader Charles Kennedy said the tax was unfair.", ("Liberal Democrat", "ORG")),
        # The same after a sentence break: the rule never reads into the sentence before.
        ("He said so. Liberal Democrat leader Charles Kennedy agreed.", ("Liberal Democrat", "ORG")),
    ],
)
def test_cut_table_name_is_whole(nlp, text, expected):
    doc = nlp(text)
    assert expected in [(ent.text, ent.label_) for ent in Entities(doc, doc.text).spans]


def test_words_not_making_a_table_name_stay_out(nlp):
    # "Senior" before "Democrat" makes no name the table knows: the span is left as NER gave it.
    doc = nlp("Senior Democrat senators Nancy Pelosi and Harry Reid objected.")
    assert not any(ent.text.startswith("Senior") for ent in Entities(doc, doc.text).spans)


def test_the_leader_leads_the_whole_party(nlp):
    graph = kg.build_text("Liberal Democrat leader Charles Kennedy said the tax was unfair.", nlp=nlp)
    labels = {entity.label: str(entity.type) for entity in graph.entities()}
    assert labels.get("Liberal Democrats") == "Organization"
    assert "Democrat" not in labels
