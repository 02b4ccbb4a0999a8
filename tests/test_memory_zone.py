"""Builds run each batch in a spaCy memory zone: an archive's words do not pile up
in the pipeline's vocabulary, which would make a worker's memory grow with the
archive (``kg.runtime.runners.process_batch``)."""

from __future__ import annotations

import kg

# Made-up words, so that no earlier test or the pipeline's own vocabulary knows them.
COMPANY = "Quorvendale"
TOWN = "Brastowick"


def test_a_build_leaves_none_of_its_words_in_the_pipeline_vocabulary(nlp):
    text = f"{COMPANY} Holdings bought a factory in {TOWN} on Monday, the company said."
    assert COMPANY not in nlp.vocab.strings and TOWN not in nlp.vocab.strings

    graph = kg.build_text(text, nlp=nlp)

    labels = {entity.label for entity in graph.entities()}
    assert f"{COMPANY} Holdings" in labels and TOWN in labels
    assert COMPANY not in nlp.vocab.strings and TOWN not in nlp.vocab.strings


def test_the_pipeline_reads_the_same_after_a_build(nlp):
    """What the zone frees is only what the batch added: the pipeline still works,
    and a second build of the same text gives the same entities."""
    text = f"{COMPANY} Holdings opened an office in {TOWN}, the company said."
    first = sorted((entity.key, entity.type) for entity in kg.build_text(text, nlp=nlp).entities())
    second = sorted((entity.key, entity.type) for entity in kg.build_text(text, nlp=nlp).entities())
    assert first == second and first
    assert [token.lemma_ for token in nlp("Prices rose sharply.")] == ["price", "rise", "sharply", "."]
