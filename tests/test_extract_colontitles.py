"""A proper noun after a description that ends on a colon is the tail of a title in the
description, no name of the subject (kg.extract.clauses.named_subject): the speaker is the
one described, never the work."""

from __future__ import annotations

from tests.extract_helpers import event_roles, said_by, sentence_events


def test_a_title_after_a_colon_is_no_speaker(nlp):
    # Made on the pattern of a blind-set verdict (an actor's quotes given to his film): the
    # parser makes "Menace" a second subject of "said" right after "Star Wars:".
    text = "The star of Star Wars: The Phantom Menace said he was happy with the film."
    speakers = said_by(nlp, text)
    assert speakers and all("Menace" not in (speaker or "") for speaker in speakers.values()), speakers


def test_a_description_and_its_name_still_speak_as_the_name(nlp):
    # BBC entertainment/317 (unseen, index >= 200): no colon, the name right after the description speaks.
    text = ("Rock star Patti Smith has been made artistic director of this year's Meltdown festival. "
            "\"I want to touch on all aspects of our culture,\" she said.")
    assert "Patti Smith" in said_by(nlp, text).values()


def test_a_description_and_its_name_side_by_side_are_the_name(nlp):
    # named_subject's own case: nothing between the description and the name, the name acts.
    events = sentence_events(nlp, "Ken Loach's gritty labour drama Bread and Roses has collected five awards.")
    assert [event_roles(e)["agent"] for e in events if e.lemma == "collect"] == [["Bread", "Roses"]]
