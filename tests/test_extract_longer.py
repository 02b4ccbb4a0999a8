"""A name NER cut short at a sentence's start is whole where the article writes it whole
(kg.extract.longer)."""

from __future__ import annotations

from kg.pipeline import build_text


def test_a_name_cut_at_the_sentence_start_is_the_longer_name_of_the_article(nlp):
    text = ("The cult hit Little Britain has triumphed at the awards. Little Britain began life as a radio series "
            "on Radio 4. It was later commissioned for BBC Three, where it proved a huge success.")
    graph = build_text(text, nlp=nlp)
    labels = {entity.key: entity.label for entity in graph.entities()}
    agents = {labels.get(p.entity) for event in graph.events() for p in event.participants if p.role in ("agent", "patient")}
    assert "Little Britain" in agents
    assert "United Kingdom" not in set(labels.values())
