"""Long articles (a 5 MB line, a 50 MB article) are parsed in pieces under spaCy's
``max_length``, and every offset still points into ``Document.text``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.pieces import extract_document
from kg.nlp.pieces import Piece, parse_pieces, piece_limit, split_text
from kg.pipeline import build_parts
from kg.records import Document

PARAGRAPHS = [
    "Anne Martin, the mayor of Paris, met union leaders on Monday.",
    "The Bank of England raised interest rates on Thursday. Governor Andrew Bailey said inflation was high.",
    "Arsenal beat Chelsea at Wembley. Bukayo Saka scored the winning goal for Arsenal.",
    "Microsoft bought a startup from Berlin, and Satya Nadella praised the deal.",
]


def _article(paragraphs: int, separator: str = "\n\n") -> str:
    return separator.join(PARAGRAPHS[number % len(PARAGRAPHS)] for number in range(paragraphs))


@given(st.text(alphabet=st.sampled_from("ab .\n!"), max_size=400), st.integers(min_value=1, max_value=60))
@settings(max_examples=200, deadline=None)
def test_pipeline_split_text_covers_the_text_exactly_within_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [sum(len(piece) for _, piece in pieces[:i]) for i in range(len(pieces))]


def test_pipeline_split_text_prefers_paragraphs_then_sentences():
    text = _article(6)
    for offset, _piece in split_text(text, 200)[1:]:
        assert text[offset - 2 : offset] == "\n\n"
    line = _article(6, separator=" ")
    for offset, _piece in split_text(line, 200)[1:]:
        assert line[offset - 2 : offset] == ". "


@pytest.mark.parametrize("separator", ["\n\n", " "], ids=["paragraphs", "one-line"])
def test_pipeline_pieces_map_offsets_back_into_the_document(nlp, separator):
    document = Document(id="long", text=_article(12, separator))
    [(parsed, pieces)] = [(parsed, list(pieces)) for parsed, pieces in parse_pieces(nlp, [document], limit=300)]
    assert len(pieces) > 3 and all(len(piece.doc.text) <= 300 for piece in pieces)
    extraction = extract_document(parsed, pieces)
    assert extraction.document is document
    assert len(extraction.mentions) > 20
    for mention in extraction.mentions:
        assert document.text[mention.start : mention.end] == mention.text
    for start, end in extraction.sentences:
        assert document.text[start:end].strip()
    assert [start for start, _ in extraction.sentences] == sorted(start for start, _ in extraction.sentences)
    assert max(mention.sentence for mention in extraction.mentions) >= len(pieces)
    for proposition in extraction.propositions:
        for argument in (proposition.subject, proposition.object):
            if argument is not None and " " not in argument.text:
                assert document.text[argument.start : argument.end] == argument.text
        start, end = proposition.sentence
        assert proposition.subject.start >= start and proposition.subject.end <= end


def test_pipeline_one_piece_is_the_whole_document(nlp):
    document = Document(id="short", text=PARAGRAPHS[0])
    [[piece]] = [list(pieces) for _, pieces in parse_pieces(nlp, [document])]
    assert isinstance(piece, Piece) and piece.offset == 0 and piece.doc.text == document.text


def test_pipeline_text_longer_than_max_length_is_built_not_refused(nlp):
    from pathlib import Path

    from kg.sources import find_sources, read_document

    [source] = find_sources([Path(__file__).resolve().parent.parent / "seeds"], problems=[])
    seed = read_document(source)
    line = " ".join(seed.text.split())  # the article as one long line, no paragraph breaks
    document = Document(id="huge", text=line + " " + line)
    saved = nlp.max_length
    nlp.max_length = 1000  # stands in for a 5 MB line against the default 1,000,000
    try:
        assert piece_limit(nlp) == 1000 and len(document.text) > 3 * nlp.max_length
        [part] = list(build_parts([document]))
    finally:
        nlp.max_length = saved
    assert len(part.entities) > 10 and len(part.relations) > 10
    for relation in part.relations:
        evidence = relation.evidence
        assert document.text[evidence.start : evidence.end].strip() == evidence.sentence
    # The second copy's evidence points into the second half of the text.
    assert max(relation.evidence.start for relation in part.relations) > len(line)


def test_pipeline_pieces_left_unread_are_an_error_not_a_mix_up(nlp):
    documents = [Document(id="a", text=_article(6)), Document(id="b", text=_article(2))]
    with pytest.raises(RuntimeError, match="read each document's pieces"):
        list(parse_pieces(nlp, documents, limit=200))
