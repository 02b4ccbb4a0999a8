"""Participles coordinated with a reduced passive relative share its passive and its "by"
agent (kg.extract.doneto.shares_passive, kg.extract.clauses' right-node raising): "Vera Drake,
written and directed by Mike Leigh": the film was written and directed, Leigh did both (not
"the film directed"). Sentences paraphrased from unseen BBC articles (index >= 200) or made up."""

from __future__ import annotations

import pytest

from tests.extract_helpers import check_roles


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # Made up (the film and its maker are real).
    ("The Bafta went to Vera Drake, written and directed by Mike Leigh.", "write",
     {"patient": ["Vera Drake"], "agent": ["Mike Leigh"]}),
    ("The Bafta went to Vera Drake, written and directed by Mike Leigh.", "direct",
     {"patient": ["Vera Drake"], "agent": ["Mike Leigh"]}),
    # BBC entertainment/366 (paraphrased).
    ("Buhecha, a distributor suspended and sued by his employers, was jailed on Friday.", "suspend",
     {"patient": ["a distributor"], "agent": ["his employers"]}),
])
def test_coordinated_participles_share_the_passive(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)


@pytest.mark.parametrize(("sentence", "lemma", "roles"), [
    # BBC entertainment/366 (shortened): a finite passive, as before.
    ("Buhecha was suspended and sued by his employers.", "sue", {"patient": ["Buhecha"], "agent": ["his employers"]}),
    # BBC entertainment/359 (paraphrased): the relative's film acts in the main clause still.
    ("Shark Tale, released in October and voiced by Will Smith, sold more than 6 million DVDs.", "sell",
     {"agent": ["Shark Tale"], "theme": ["more than 6 million DVDs"]}),
])
def test_finite_clauses_keep_their_roles(nlp, sentence, lemma, roles):
    check_roles(nlp, sentence, lemma, roles)
