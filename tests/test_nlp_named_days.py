"""kg.nlp.nameddays: a capitalised name ending in "Day" is no date (sentences from BBC
entertainment articles outside the judged ones)."""

import pytest

from tests.extract_helpers import article_graph


def _ents(nlp, text: str) -> dict[str, str]:
    return {ent.text: ent.label_ for ent in nlp(text).ents}


@pytest.mark.parametrize(("sentence", "name", "label"), [
    ("Other winners included Green Day, voted best group, and the Black Eyed Peas.", "Green Day", "ORG"),
    ("Goodrem, Green Day and the Black Eyed Peas took home two awards each.", "Green Day", "ORG"),
    ('"However, these are private matters," said Kidman\'s publicist Wendy Day.', "Wendy Day", "PERSON"),
])
def test_a_name_ending_in_day_is_a_name(nlp, sentence, name, label):
    assert _ents(nlp, sentence).get(name) == label


@pytest.mark.parametrize(("sentence", "day"), [
    ("Sales were strong on Christmas Day and Boxing Day.", "Christmas Day"),
    ("The shops reopen after New Year's Day.", None),
    ("Thousands marked Holocaust Memorial Day in London.", None),
    ("The club will play on Cantona Day.", None),  # after "on": a day, whatever it is named after
])
def test_a_day_of_the_calendar_stays_a_date(nlp, sentence, day):
    ents = _ents(nlp, sentence)
    assert all(label != "ORG" and label != "PERSON" for text, label in ents.items() if text.endswith("Day")), ents
    if day is not None:
        assert any(text.endswith(day) and label == "DATE" for text, label in ents.items()), ents


def test_the_band_is_a_node_with_its_prize(nlp):
    graph = article_graph(nlp, "Green Day bagged the prize for best rock video for American Idiot.")
    assert "Green Day" in {entity.label for entity in graph.entities()}
