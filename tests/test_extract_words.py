"""`kg.extract.words.Words` answers every question the rules ask exactly as spaCy's tokens do."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.propositions import propositions
from kg.extract.words import Words

ATTRIBUTES = ("i", "idx", "text", "dep_", "pos_", "tag_", "lower_", "lemma_", "ent_type_", "ent_iob_",
              "is_punct", "is_space", "is_title", "is_alpha", "like_num")
RELATIVES = ("lefts", "rights", "children", "subtree", "conjuncts")

TEXT = (
    "Russian troops, who arrived on Thursday, stormed and briefly seized the airport in Almaty, "
    "Kazakhstan's largest city.\n\nThe CSTO, a Russia-led military alliance, said it would \"pull out\" "
    "of the ex-Soviet nation within 10 days. Mr Tokayev, the president, thanked Putin, Lukashenko and Pashinyan."
)


def _assert_same(doc: Doc) -> None:
    words = Words(doc)
    assert words.text == doc.text and len(words) == len(doc)
    for token in doc:
        word = words[token.i]
        assert [getattr(word, name) for name in ATTRIBUTES] == [getattr(token, name) for name in ATTRIBUTES]
        for name in RELATIVES:
            assert [t.i for t in getattr(word, name)] == [t.i for t in getattr(token, name)], (token.i, name)
        assert (word.head.i, word.left_edge.i, word.sent.start, word.sent.root.i) == (
            token.head.i, token.left_edge.i, token.sent.start, token.sent.root.i)
    # Every span whose root a rule asks for: names, noun phrases, and all short windows.
    spans = [*doc.ents, *doc.noun_chunks]
    spans += [doc[start : start + width] for width in (1, 2, 3) for start in range(len(doc) - width + 1)]
    for span in spans:
        assert words.root(span.start, span.end).i == span.root.i, span
    for sent in doc.sents:
        sentence = words.sentence(sent)
        assert (sentence.start, sentence.end, sentence.start_char, sentence.end_char, len(sentence)) == (
            sent.start, sent.end, sent.start_char, sent.end_char, len(sent))
    words.release()


def test_extract_words_match_spacy_tokens_on_a_parse(nlp):
    _assert_same(nlp(TEXT))


def test_extract_words_match_spacy_tokens_on_a_crossing_parse():
    # "A hearing is scheduled on the issue today": "on the issue" hangs on
    # "hearing" across "is scheduled" (a non-projective arc).
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
    heads = [1, 3, 3, 3, 1, 6, 4, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "punct"]
    _assert_same(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps))


def test_extract_words_propositions_of_a_sentence_span(nlp):
    doc = nlp(TEXT)
    first = next(iter(doc.sents))
    # A sentence on its own reads as in the whole document.
    whole = [p for p in propositions(doc) if p.sentence == (first.start_char, first.end_char)]
    assert list(propositions(first)) == whole


def test_extract_words_forms_read_once_answer_as_each_token(nlp):
    # The text, lower case and flags of a form are kept by its ORTH key across documents
    # (kg.extract.words.Lexical): forms met again, in another case or as new words, read
    # exactly as spaCy's tokens of each document.
    _assert_same(nlp(TEXT))
    _assert_same(nlp("THE Us said us and U.S. troops, 3.5 ten -- “Pull out”\n\n  McDonald's 1990s iPod e-mail."))
    _assert_same(nlp(TEXT.upper()))


def test_extract_words_root_of_a_span_is_found_once(nlp, monkeypatch):
    """A dozen type rules ask for the root of the same name ("Mr Tokayev"): the
    second question is answered from the first, with the same word."""
    words = Words(nlp(TEXT))
    asked: list[tuple[int, int]] = []
    find = Words._root

    def counted(self: Words, start: int, end: int):  # type: ignore[no-untyped-def]
        asked.append((start, end))
        return find(self, start, end)

    monkeypatch.setattr(Words, "_root", counted)
    start = next(word.i for word in words if word.text == "Mr")
    first, again = words.root(start, start + 2), words.root(start, start + 2)
    assert first is again and first.text == "Tokayev" and asked == [(start, start + 2)]
    words.release()
