"""kg.nlp.daytitles: a relative day's word capitalised inside a sentence is a title, not a
date (sentences from BBC politics, tech and entertainment articles outside the judged ones,
paraphrased)."""

import pytest

from tests.extract_helpers import article_graph


def _labels(nlp, text: str, word: str) -> list[str]:
    return [ent.label_ for ent in nlp(text).ents if ent.text == word]


@pytest.mark.parametrize("sentence", [
    "Lord Falconer told BBC Radio 4's Today programme he hoped mediation could help.",
    "During an interview with BBC Radio 4's Today programme, Mr Balls said he was sure.",
    '"It will see off the Conservative Party," Mr Balls told Today.',
    "Defending the plans, he told Today: \"I will take no risks.\"",
    '"After 30 days I get it back," he told the BBC Today programme.',
])
def test_a_capitalised_day_inside_a_sentence_is_a_title(nlp, sentence):
    assert _labels(nlp, sentence, "Today") == ["WORK_OF_ART"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister said today that the plans would go ahead.", "today"),
    ("Today, games often have budgets big enough for feature films.", "Today"),  # the sentence's head
    ('He said: "Today we went against them and that is tough."', "Today"),  # a quotation's head
    ("The band are promoting the second single, What Happens Tomorrow.", "Tomorrow"),  # a longer title's end
])
def test_a_day_or_a_piece_of_a_title_is_no_title_of_its_own(nlp, sentence, word):
    assert "WORK_OF_ART" not in _labels(nlp, sentence, word)


@pytest.mark.parametrize("text", [
    "Theresa May told BBC Radio 4's Today programme that the plans were inadequate.",
    '"It was the troops telling the leaders," he told BBC Radio 4\'s Today on Tuesday.',  # the tagger's noun
])
def test_the_programme_is_a_work_node(nlp, text):
    graph = article_graph(nlp, text)
    kinds = {entity.label: entity.type.value for entity in graph.entities()}
    assert kinds.get("Today") == "CreativeWork", kinds
