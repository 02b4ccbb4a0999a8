"""A capitalised "According" after a capitalised word is a title's word, no source
(kg.extract.according): "The World According to Bex" says nothing. Real sentences (BBC
entertainment/214, business/265)."""

from __future__ import annotations

import kg


def _quotes(nlp, text: str) -> list[tuple[str, str, str]]:
    graph = kg.build_text(text, nlp=nlp)
    labels = {entity.key: entity.label for entity in graph.entities()}
    return [(labels.get(quote.speaker, ""), quote.cue, quote.content) for quote in graph.quotes()]


def test_a_title_with_according_is_no_source(nlp):
    text = ("On a lighter note, Jessica Stevenson will star in new BBC One sitcom, The World According to Bex, "
            "penned by My Family creator Fred Barron and the Two Ronnies return for a celebration of their classic "
            "comedy series.")
    assert _quotes(nlp, text) == []


def test_according_to_a_source_stays(nlp):
    text = ("According to the Financial Times, insurance analysts are now questioning whether Marsh will be able to "
            "maintain its strong record of earning growth.")
    (quote,) = _quotes(nlp, text)
    assert quote[:2] == ("Financial Times", "according to"), quote
