"""kg.extract.markednames (rule ``of``): a span NER began at a capitalised linking word
("Without Borders") starts at the capitalised words before it, and is no person. Sentences
paraphrased from BBC tech/035 and tech/186."""

from __future__ import annotations

from kg.types import EntityType as T
from tests.extract_helpers import mention_types, role_labels


def test_a_name_cut_at_its_linking_word_is_whole_and_no_person(nlp):
    text = "China was accused of blocking access to Google News by the media watchdog, Reporters Without Borders."
    types = mention_types(nlp, text)
    assert types.get("Reporters Without Borders") is T.ORGANIZATION and "Without Borders" not in types


def test_the_whole_name_acts(nlp):
    text = ("His sentence, criticised by human rights watchdog Reporters Without Borders, comes a day after an "
            "online day of action.")
    assert ("agent", "Reporters Without Borders") in role_labels(nlp, text, "criticise")


def test_a_linking_word_inside_a_name_ner_read_whole_changes_nothing(nlp):
    text = "The League Against Cruel Sports welcomed the ban on hunting."
    assert mention_types(nlp, text).get("League Against Cruel Sports") is T.ORGANIZATION
