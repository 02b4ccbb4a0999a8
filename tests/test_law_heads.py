"""A law's head word NER read alone as a person's name is the law's (kg.extract.lawheads),
and a law's bracket stays inside its title (kg.extract.parenlaws). Sentences from
politics/401, politics/354, politics/273 and entertainment/339 of the BBC corpus,
paraphrased; the bracketed title after the style of UK bills."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _names(nlp, text: str) -> dict[str, set[T]]:
    names: dict[str, set[T]] = {}
    for mention in find_mentions(nlp(text)):
        names.setdefault(mention.text, set()).add(mention.type)
    return names


def test_the_head_joins_the_name_before_it(nlp):
    # politics/401: NER's "Serious and Organised Crime" (a work) and "Bill" (a person).
    names = _names(nlp, "It will also seek to push through its Serious and Organised Crime Bill and its ID cards Bill.")
    assert names.get("Serious and Organised Crime Bill") == {T.LAW}
    assert "Serious and Organised Crime" not in names


def test_the_head_takes_loose_capitalised_words(nlp):
    # politics/354: NER's "Bill" alone, "Finance" in no entity.
    names = _names(nlp, "The full budget would wait. A shortened Finance Bill would have to be rushed through Parliament.")
    assert names.get("Finance Bill") == {T.LAW}
    assert "Bill" not in names


def test_a_bracket_inside_a_law_s_title_stays(nlp):
    names = _names(nlp, "MPs backed the Health Service (Miscellaneous Provisions) Bill on Tuesday.")
    assert names.get("Health Service (Miscellaneous Provisions) Bill") == {T.LAW}
    assert "Health Service" not in names and "Bill" not in names


def test_the_bill_the_article_names_is_no_person(nlp):
    # politics/273
    text = (
        "Peers debated the Constitutional Reform Bill on Monday. Douglas Hogg said "
        "the Bill was largely unnecessary."
    )
    names = _names(nlp, text)
    assert names.get("Constitutional Reform Bill") == {T.LAW}
    assert T.PERSON not in names.get("Bill", set())


def test_a_person_named_bill_stays(nlp):
    # entertainment/339 and a given name before a surname: no law's words before "Bill".
    names = _names(nlp, "Microsoft chairman Bill Gates said the firm would grow.")
    assert names.get("Bill Gates") == {T.PERSON}
    names = _names(nlp, 'He shouted: "Oh no, Bill, stop!" The crowd laughed.')
    assert T.LAW not in names.get("Bill", set())


def test_a_bracket_outside_a_law_still_cuts(nlp):
    names = _names(nlp, "The Academy of Motion Picture Arts and Sciences (Ampas) said the vote was fair.")
    assert not any("(" in name for name in names)
