"""kg.extract.narrated: a past-tense verb the parse coordinated with an infinitive inside what was
said goes on from the speech verb: no part of what was said, as sure as the saying."""

import pytest
from extract_helpers import resolved_part


def _read(nlp, text):
    part = resolved_part(nlp, text)
    contents = {quote.cue: quote.content for quote in part.quotes}
    events = {event.lemma: event for event in part.events}
    return contents, events


def test_a_past_deed_after_would_is_the_writers(nlp):
    # BBC politics 330: the party did return in 2002; it never said it would
    contents, events = _read(nlp, "In 1998 the Labour Party said it would not return to Blackpool but did so in 2002.")
    assert contents["say"] == "it would not return to Blackpool"
    assert events["do so"].factuality.value == "asserted"
    assert events["return"].factuality.value == "negated"


def test_a_speech_act_after_a_to_infinitive_is_the_speakers_own(nlp):
    # BBC politics 221: Mr Davis urged; "it" urged nothing and the urging is no part of what he said
    text = ("Shadow home secretary David Davis said it was not possible to overstate the importance of the "
            "judgment and urged the government to move as fast as possible.")
    contents, events = _read(nlp, text)
    assert contents["say"] == "it was not possible to overstate the importance of the judgment"
    assert events["urge"].factuality.value == "asserted"
    assert [p.text for p in events["urge"].participants if p.role == "agent"] == ["Shadow home secretary David Davis"]


def test_a_deed_after_a_modal_in_a_coach_quote(nlp):
    # BBC sport 211: Wenger played the suggestions down; Edu did not
    text = ("Last month Arsene Wenger said he was hopeful Edu would sign a new deal and played down "
            "suggestions that the lure of Real Madrid would be too strong for Edu.")
    contents, events = _read(nlp, text)
    assert contents["say"] == "he was hopeful Edu would sign a new deal"
    assert events["play down"].factuality.value == "asserted"


@pytest.mark.parametrize(
    "text, content",
    [
        # BBC politics 213: "put" may be the bare form, shared with "would"
        ("A Labour spokesperson said the Liberal Democrats would restrict access to higher education and put a "
         "cap on aspiration.",
         "the Liberal Democrats would restrict access to higher education and put a cap on aspiration"),
        # a verb with a subject of its own is a clause of its own, whoever it is
        ("Mr Kennedy said students would vote for his party and they wanted action on the environment.",
         "students would vote for his party and they wanted action on the environment"),
    ],
)
def test_what_was_said_keeps_a_conjunct_that_may_share_its_frame(nlp, text, content):
    contents, _ = _read(nlp, text)
    assert contents["say"] == content


def test_a_quotation_keeps_its_words(nlp):
    # BBC entertainment 274: inside quotation marks every word is the speaker's
    text = ('The long-running presenter Cat Deeley said: "I would like to take this opportunity to thank all the '
            'viewers that have watched, supported the show and let me gate crash their Saturday morning."')
    contents, _ = _read(nlp, text)
    assert "supported the show" in contents["say"]
