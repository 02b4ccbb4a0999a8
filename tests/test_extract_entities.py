"""The pieces of one name NER cut are joined (kg.extract.entities), on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.entities import Entities

VOCAB = spacy.blank("en").vocab


def _entities(words, tags, heads, deps, ents) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words, tags=tags, heads=heads, deps=deps, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    return [(ent.text, ent.label_) for ent in Entities(doc, doc.text).spans]


@pytest.mark.parametrize(
    ("words", "tags", "heads", "deps", "ents", "expected"),
    [
        # Two spans side by side, the first a compound of the second: one organisation.
        (["sued", "by", "Lockheed", "Martin", "today"], ["VBN", "IN", "NNP", "NNP", "NN"], [0, 0, 3, 1, 0],
         ["ROOT", "agent", "compound", "pobj", "npadvmod"], ["O", "O", "B-ORG", "B-PERSON", "O"], [("Lockheed Martin", "ORG")]),
        # A proper noun outside every entity before an organisation ...
        (["accept", "BNP", "Paribas", "now"], ["VB", "NNP", "NNP", "RB"], [0, 2, 0, 0],
         ["ROOT", "compound", "dobj", "advmod"], ["O", "O", "B-ORG", "O"], [("BNP Paribas", "ORG")]),
        # ... or after a person (a surname with its particle).
        (["met", "Valery", "Giscard", "d'Estaing", "here"], ["VBD", "NNP", "NNP", "NNP", "RB"], [0, 3, 3, 0, 0],
         ["ROOT", "compound", "compound", "dobj", "advmod"], ["O", "B-PERSON", "I-PERSON", "O", "O"], [("Valery Giscard d'Estaing", "PERSON")]),
        # Side by side but not one name (no compound): two entities.
        (["told", "Blair", "Microsoft", "won"], ["VBD", "NNP", "NNP", "VBD"], [0, 0, 3, 0],
         ["ROOT", "dobj", "nsubj", "ccomp"], ["O", "B-PERSON", "B-ORG", "O"], [("Blair", "PERSON"), ("Microsoft", "ORG")]),
        # A place before an organisation stays a place.
        (["in", "Moscow", "Yukos", "fell"], ["IN", "NNP", "NNP", "VBD"], [3, 2, 0, 3],
         ["prep", "compound", "pobj", "ROOT"], ["O", "B-GPE", "B-ORG", "O"], [("Moscow", "GPE"), ("Yukos", "ORG")]),
    ],
)
def test_entities_pieces_of_one_name_joined(words, tags, heads, deps, ents, expected):
    assert _entities(words, tags, heads, deps, ents) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER gives "England Club"; the capitalised "All" inside the sentence opens the name.
        ("Reacting to a disputed comment by All England Club chairman Tim Phillips, the American said it.",
         "All England Club"),
        # An article stays out of the name, capitalised or not.
        ("The service has been rolled out in partnership with wireless provider The Cloud and Hewlett Packard.",
         None),
    ],
)
def test_a_capitalised_determiner_inside_a_sentence_opens_the_name(nlp, text, expected):
    doc = nlp(text)
    names = [ent.text for ent in Entities(doc, doc.text).spans]
    if expected is None:
        assert not any(name.split()[0] in {"The", "All"} for name in names)
    else:
        assert expected in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER stops at "pour"; the French name goes on over it ("l'Enfance").
        ("Money raised will go to the Fondation pour l'Enfance (Foundation for Childhood) which aims to rebuild "
         "a children's shelter in Sri Lanka.", "Fondation pour l'Enfance"),
        # NER stops at the plural possessive; the text writes "bloggers" as a common noun too.
        ("She has since started the International Bloggers' Bill of Rights, a global petition to protect bloggers "
         "at work.", "the International Bloggers' Bill of Rights"),
    ],
)
def test_a_name_goes_on_over_a_linking_word_or_a_plural_possessive(nlp, text, expected):
    doc = nlp(text)
    assert expected in [ent.text for ent in Entities(doc, doc.text).spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER reads "20th" an ORDINAL and "Fox" alone: an ordinal in figures opens the name.
        ('"The element of a real actor in a psychological thriller certainly elevated it," said Bruce Snyder, '
         "president of domestic distribution at 20th Century Fox.", "20th Century Fox"),
        ("20th Century Fox's recent film releases include I Heart Huckabees and I, Robot, while Fox puts out hit TV "
         "series 24.", "20th Century Fox"),
    ],
)
def test_an_ordinal_in_figures_before_an_organisation_opens_its_name(nlp, text, expected):
    doc = nlp(text)
    assert expected in [ent.text for ent in Entities(doc, doc.text).spans]


def test_an_ordinal_before_a_one_word_organisation_is_no_name(nlp):
    """ "the 18th Century artist": NER's "Century" is a time, no name an ordinal opens."""
    doc = nlp("The exhibition shows prints by the 18th Century artist, who painted the famous.")
    assert "18th Century" not in [ent.text for ent in Entities(doc, doc.text).spans]


def test_a_foreign_name_and_its_translation_in_brackets_are_one_entity(nlp):
    from kg.extract import extract
    from kg.records import Document
    from kg.resolve import resolve

    text = ("The singer raised money for the Fondation pour l'Enfance (Foundation for Childhood) which aims to "
            "rebuild a children's shelter in Sri Lanka. The Parc des Sports Aguilera in Biarritz holds 12,667.")
    graph = resolve(extract(Document(id="t", text=text), nlp(text)))
    names = [{entity.label, *entity.aliases} for entity in graph.entities]
    assert {"Fondation pour l'Enfance", "Foundation for Childhood"} in names
    assert {"Parc des Sports Aguilera"} in names  # "des" cuts no name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER's person "The St Kitts and": the country's name goes on over "Nevis".
        ("The St Kitts and Nevis star joins British Olympic relay gold medallists Jason Gardener and Mark "
         "Lewis-Francis.", "The St Kitts and Nevis"),
        # "Trinidad" and "Tobago", two places for NER, are one country.
        ("Trinidad and Tobago beat Mexico.", "Trinidad and Tobago"),
    ],
)
def test_a_countrys_name_cut_at_its_and_is_read_whole(nlp, text, expected):
    doc = nlp(text)
    assert next(ent.text for ent in Entities(doc, doc.text).spans) == expected


def test_entities_read_from_the_callers_words_match_their_own(nlp):
    # The caller's `Words` (kg.extract) or words read for the purpose: the same entities.
    from kg.extract.words import Words

    doc = nlp("Liberal Democrat leader Charles Kennedy met Valery Giscard d'Estaing at the Fondation pour l'Enfance "
              "and the International Bloggers' Bill of Rights, which bloggers wrote, with St Kitts and Nevis.")
    words = Words(doc)
    spans = [(e.label_, e.start, e.end, e.start_char, e.end_char, e.text) for e in Entities(doc, doc.text, words).spans]
    words.release()
    assert spans == [(e.label_, e.start, e.end, e.start_char, e.end_char, e.text) for e in Entities(doc, doc.text).spans]
    assert ("ORG", "Liberal Democrat") in [(label, text) for label, *_, text in spans]
