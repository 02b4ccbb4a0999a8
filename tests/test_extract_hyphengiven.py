"""A Korean or Chinese full name NER cut at its hyphenated given name is one person's
name (kg.extract.hyphengiven)."""

from __future__ import annotations

import pytest

import kg


def _entities(nlp, text: str) -> dict[str, str]:
    graph = kg.build_text(text, nlp=nlp)
    return {entity.label: str(entity.type) for entity in graph.entities()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # business/375: NER read "Laah" alone as a place, the given name outside every entity.
        ('"LG Card will not need any more financial aid after this," Laah Chong-gyu, executive director of '
         "Korea Development Bank - one of the firm's creditors - said.", "Laah Chong-gyu"),
        # business/349: the name's tail cut at its lower-case syllable gave "Yoo Ji".
        ('"Creditors would seek strong financial sanctions against LG Group if LG Card is liquidated," said '
         "Yoo Ji-chang, governor of Korean Development Bank (KDB).", "Yoo Ji-chang"),
        # entertainment/309, paraphrased with a family name the tokenizer splits ("I" + "m"): NER's
        # "Kwon-Taek" was a firm.
        ("Korean director Im Kwon-Taek shared the best screenplay award for his film.", "Im Kwon-Taek"),
    ],
)
def test_the_whole_name_is_a_person(nlp, text, name):
    found = _entities(nlp, text)
    assert found.get(name) == "Person", found


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # business/406: a sentence's "But" is no family name, "Wal-Mart" a firm.
        ("Shoppers spent more at Wal-Mart. But Wal-Mart only saw its sales rise after it cut prices.",
         "Wal-Mart", "But Wal-Mart"),
        # politics/257: a title before a hyphenated surname stays apart.
        ("Lord Campbell-Savours, a former MP, challenged Mr Brown to deny reports.", "Campbell-Savours", "Lord Campbell-Savours"),
        # tech/387: a hyphenated modifier is no given name.
        ("The New York-based firm said its sales rose.", "New York", "New York-based"),
    ],
)
def test_no_family_name_before_a_firm_a_title_or_a_modifier(nlp, text, name, absent):
    found = _entities(nlp, text)
    assert absent not in found, found
    assert any(name in label for label in found), found


def _joined(nlp, text: str, given: str) -> list[str]:
    """The spans ``given_names_joined`` makes when NER reads each ``given`` alone and nothing else."""
    from spacy.tokens import Span

    from kg.extract.hyphengiven import given_names_joined
    from kg.extract.words import Words

    doc = nlp(text)
    starts = [token.i for token in doc if doc[token.i : token.i + 3].text == given]
    doc.ents = [Span(doc, start, start + 3, label="ORG") for start in starts]
    words = Words(doc)
    return [words.span_text(start, end) for _, start, end in given_names_joined([("ORG", s, s + 3) for s in starts], words)]


def test_a_given_name_the_article_writes_alone_is_no_such_name(nlp):
    # A firm's hyphenated name the article writes alone more often than after the short word.
    text = "Coca-Cola sold more, Coca-Cola said. Sales of Cafe Coca-Cola grew."
    assert "Cafe Coca-Cola" not in _joined(nlp, text, "Coca-Cola")
    # Written once, after the short word, it is read as a family name and a given name.
    assert "Cafe Coca-Cola" in _joined(nlp, "Sales of Cafe Coca-Cola grew.", "Coca-Cola")
