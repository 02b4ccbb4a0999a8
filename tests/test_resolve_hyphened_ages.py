"""An age description whose one word after the age is hyphened ("The 41-year-old
chart-topper", "the 25-year-old fly-half") is an age description like "the 41-year-old
singer" (kg.resolve.epithets.described_age); a thing's ("the 80-year-old state-airline")
is not. Sentences after bbc/entertainment/269 and bbc/sport/388, on the session pipeline."""

from __future__ import annotations

from tests.extract_helpers import agent_labels, resolved_part

MICHAEL = (
    "Singer George Michael has said that a new film about his life is the start of a retirement from public view.\n\n"
    "The pop star said it would be a much more \"behind the scenes affair\", and called his own genre of music "
    "\"dead\". \"I thought I should explain myself before I disappear,\" said Michael, who was at the Berlin film "
    "festival to launch the documentary. The film, A Different Story, chronicles Michael's life and career from the "
    "1980s and his personal struggles. The 41-year-old {noun} told reporters in the German capital that he wanted to "
    "\"move his career into a different form\", but added that he does not know what it is going to be yet."
)
WILKINSON = (
    "England captain Jonny Wilkinson will make his long-awaited return from injury against Edinburgh on Saturday.\n\n"
    "Wilkinson, who has not played since injuring his bicep on 17 October, took part in full-contact training with "
    "Newcastle Falcons on Wednesday. And the 25-year-old fly-half will start Saturday's Heineken Cup match at "
    "Murrayfield on the bench."
)


def _speakers(part) -> dict[str, str | None]:
    labels = {entity.key: entity.label for entity in part.entities}
    return {quote.content.split()[0]: labels.get(quote.speaker) if quote.speaker else quote.speaker_text
            for quote in part.quotes}


def test_a_hyphened_epithet_after_the_age_is_the_person_the_text_is_about(nlp):
    part = resolved_part(nlp, MICHAEL.format(noun="chart-topper"), title="Michael film signals 'retirement'")
    assert _speakers(part)["he"] == "George Michael"


def test_a_hyphened_role_after_the_age_is_the_subject_before(nlp):
    part = resolved_part(nlp, WILKINSON, title="Wilkinson fit to face Edinburgh")
    assert agent_labels(part, "start") == {"Jonny Wilkinson"}


def test_an_unhyphened_noun_reads_as_before(nlp):
    # Unchanged: one plain word after the age was an age description already.
    part = resolved_part(nlp, MICHAEL.format(noun="singer"), title="Michael film signals 'retirement'")
    assert _speakers(part)["he"] == "George Michael"
