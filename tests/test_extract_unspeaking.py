"""A speaker that bears words but cannot speak gives no quote (model test;
``kg.extract.unspeaking``)."""

from __future__ import annotations

from tests.extract_helpers import article_graph


def test_subject_line_is_no_speaker(nlp):
    # Real sentence (bbc/tech/252): the words of an e-mail's subject line, no one's claim.
    graph = article_graph(nlp, 'The virus\' subject line says "Merry Christmas" and translates this into one of 15 languages '
                        'depending of the final suffix of the e-mail address the infected message has been sent to.')
    assert [quote.content for quote in graph.quotes()] == []
