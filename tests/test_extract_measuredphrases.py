"""A measured value's noun keeps the phrase that says which part of the value it is
(kg.extract.measuredphrases, measured_nouns.tsv), read from unseen BBC sentences (index >= 200)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC business/441: the deficit with the EU fell, not the whole deficit.
    ("The UK's deficit with the EU fell to £1.9bn from £2.1bn, while its non-EU shortfall dropped to £2.7bn.",
     "fall", {"theme": ["The UK's deficit with the EU"]}),
    # BBC business/441: the goods deficit alone.
    ("The deficit for goods alone was £4.6bn, down from October's £5bn.", "be",
     {"theme": ["The deficit for goods alone"]}),
    # BBC business/441: exports outside the EU rose 7.5%, not all exports.
    ("The UK's trade gap narrowed in November, helped by a 7.5% rise in exports outside the European Union.",
     "rise", {"theme": ["exports outside the European Union"]}),
    # BBC business/441: the surplus on services.
    ("The country's surplus on trade-in-services remained steady at £1.5bn for the fifth month in a row.",
     "remain", {"theme": ["The country's surplus on trade-in-services"]}),
])
def test_a_figure_keeps_what_narrows_it(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # A period is the figure's time, not part of it.
    ("Sales for the quarter rose 3% to $2bn.", "rise", {"theme": ["Sales"]}),
    # A name after "for" says whose: the owner rule reads it.
    ("Net income for Ford dropped 5%.", "drop", {"owner": ["Ford"]}),
    # A noun that measures nothing keeps none: "the talks with the union" is no figure.
    ("The talks with the union collapsed on Monday.", "collapse", {"agent": ["The talks"]}),
])
def test_no_period_owner_or_unmeasured_noun(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
