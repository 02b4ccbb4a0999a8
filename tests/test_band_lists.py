"""A name listed with bands only is a band too, in a text of bands (kg.extract.bandlists).
Sentences from entertainment/268, entertainment/283, entertainment/251 and
entertainment/253 of the BBC corpus, paraphrased."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.types import EntityType as T


def _types(nlp, text: str) -> dict[str, set[T]]:
    types: dict[str, set[T]] = {}
    for mention in find_mentions(nlp(text)):
        types.setdefault(mention.text, set()).add(mention.type)
    return types


def test_names_listed_with_a_band_are_bands(nlp):
    # entertainment/268: "Sex Pistols" is a band (a plural name in a text of bands).
    text = (
        "The band's debut topped a poll of the best British rock albums. "
        "The top five includes Led Zeppelin, Iron Maiden and Sex Pistols."
    )
    types = _types(nlp, text)
    assert types["Sex Pistols"] == {T.ORGANIZATION}
    assert types["Led Zeppelin"] == {T.ORGANIZATION} and types["Iron Maiden"] == {T.ORGANIZATION}


def test_a_given_name_in_the_list_leaves_it(nlp):
    # entertainment/251: "Jamie Cullum" is a person's name by its form; the list is mixed.
    text = (
        "Muse frontman Matthew Bellamy thanked fans. Muse have won best British live act, "
        "beating Franz Ferdinand, Jamie Cullum and Kasabian."
    )
    types = _types(nlp, text)
    assert types["Jamie Cullum"] == {T.PERSON}
    assert types["Franz Ferdinand"] == {T.PERSON}


def test_a_name_the_grammar_shows_to_be_one_stays_a_person(nlp):
    # entertainment/253: "who was voted" is one person's, though a list of bands holds her.
    text = (
        "Keane frontman Tom Chaplin thanked fans. Scissor Sisters have won three prizes. "
        "Scissor Sisters, Franz Ferdinand and Joss Stone were all in the top 10 last year. "
        "Keane and Joss Stone, who was voted best urban act, won prizes."
    )
    types = _types(nlp, text)
    assert types["Franz Ferdinand"] == {T.ORGANIZATION}
    assert types["Joss Stone"] == {T.PERSON}


def test_no_list_of_bands_outside_a_text_of_bands(nlp):
    # entertainment/283, with no band's kind or member's noun in the text: no sign of bands.
    text = "Scissor Sisters have won three prizes. Scissor Sisters and Franz Ferdinand will headline the festival."
    assert _types(nlp, text)["Franz Ferdinand"] == {T.PERSON}


def test_a_list_with_no_band_in_it_stays(nlp):
    # entertainment/268, with no band named in the list.
    text = (
        "The band's debut topped a poll of the best British rock albums. "
        "The top five includes Led Zeppelin and Iron Maiden, according to the poll."
    )
    types = _types(nlp, text)
    assert T.ORGANIZATION not in types.get("Led Zeppelin", set()) | types.get("Iron Maiden", set())
