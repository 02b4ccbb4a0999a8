"""What is hoped, wagered or braced for has not happened (factuality_cues.tsv, kind "object")."""

import pytest

from tests.extract_helpers import event_readings


@pytest.mark.parametrize(("sentence", "lemma", "reading"), [
    # BBC business/politics: the thing bet on, hoped or braced for is still to come.
    ("The firm had been betting heavily on a fall in the price of oil during October.", "fall", ("possible", "bet")),
    # The tagger reads "hoping" as "hop": the cue is found all the same.
    ("Investors were hoping for a rise in interest rates.", "rise", ("possible", "hope")),
    ("Markets were braced for a fall in the dollar.", "fall", ("possible", "brace")),
    ("The US army was preparing for strikes against Iran.", "strike", ("planned", "prepare")),
])
def test_what_is_hoped_for_is_not_yet_so(nlp, sentence, lemma, reading):
    assert event_readings(nlp, sentence)[lemma] == reading


@pytest.mark.parametrize(("sentence", "lemma"), [
    # Paying or voting for a thing says nothing of it being still to come.
    ("The firm paid for the construction of the plant.", "construction"),
    ("Prices rose sharply instead.", "rise"),
])
def test_other_prepositions_leave_the_noun_asserted(nlp, sentence, lemma):
    assert event_readings(nlp, sentence)[lemma][0] == "asserted"


def test_what_he_went_on_to_say_is_reported(nlp):
    # bbc/politics/268: "went on" frames the clause before it as speech, not as the "go" of "is going to".
    found = event_readings(nlp, "New Labour had failed on school discipline because it had not implemented serious reforms, "
                           "he went on.")
    assert found["fail"][0] == "reported"


def test_going_on_to_win_stays_asserted(nlp):
    assert event_readings(nlp, "He went on to win the title in 2004.")["win"][0] == "asserted"


def test_what_one_is_in_talks_to_do_is_possible_and_theirs(nlp):
    from kg.extract import extract
    from kg.records import Document

    sentence = "Yukos is in talks to buy the unit from Rosneft."
    events = {event.lemma: event for event in extract(Document("t", sentence), nlp(sentence)).events}
    assert events["buy"].factuality.value == "possible"
    assert [a.argument.text for a in events["buy"].arguments if a.role == "agent"] == ["Yukos"]
