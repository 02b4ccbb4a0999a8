"""A quotation its own sentence frames goes on from no earlier speech
(``kg.extract.framedquotes``, on the session pipeline; sentences shortened from BBC
articles)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speakers_of(nlp, text: str, opening: str) -> set[str | None]:
    """The speakers of the speech whose content opens with ``opening``."""
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {s.speaker.text if s.speaker else None for s in extract(document, doc).speech
            if text[s.content[0] : s.content[1]].startswith(opening)}


@pytest.mark.parametrize(
    "text",
    [
        # BBC politics: Mr Lim's words, framed by his own verb, not the last speaker's.
        ('"I don\'t care about them. I care about myself," replied Mr MacKenzie. "That was a total disaster. I just '
         'couldn\'t seem to think of things to say," a crestfallen Mr Lim confided in the show\'s presenter.'),
        # BBC entertainment: the response is someone else's.
        ('"I said stop the music," said Bill Conti. "Oh no, don\'t do anything," came the response.'),
    ],
)
def test_a_quotation_its_sentence_frames_does_not_go_on(nlp, text):
    opening = "That was" if "crestfallen" in text else "Oh no"
    assert _speakers_of(nlp, text, opening) == set()


@pytest.mark.parametrize(
    "frame",
    [
        "another Cabinet member was asked.",  # one addressed, in the passive: the asker is not the last speaker
        "he was asked by reporters.",  # a pronoun does not make the passive the last speaker's
        "Mr Jones was asked.",  # a sentence the parse ended after '?"'
    ],
)
def test_a_question_asked_of_someone_is_not_the_last_speaker_s(nlp, frame):
    text = f'"We will cut taxes," said Tom Fox. "Who have you been sleeping with?" {frame}'
    assert _speakers_of(nlp, text, "Who have") == set()


def test_a_question_its_speaker_asks_keeps_its_speaker(nlp):
    text = '"We will cut taxes," said Tom Fox. "Will you resign?" asked Ann Lee.'
    assert _speakers_of(nlp, text, "Will you") == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        # A quotation that ends its own sentence goes on as before.
        ('"We were poor," said Tom Fox. "We must improve."', "We must", "Tom Fox"),
        # A frame that names the speaker before, or no one and holds a speech verb, goes on as before.
        ('BBC political editor Andrew Marr said the article was "a warning shot". "It was coded and careful... but '
         'entirely deliberate," was Mr Marr\'s assessment.', "It was", "BBC political editor Andrew Marr"),
        ('The Red Cross said aid was arriving. "The biggest health challenge is the spread of waterborne diseases," '
         "the aid agency was quoted as saying.", "The biggest", "The Red Cross"),
        # A sentence after it is no frame of it.
        ('"We were poor," said Tom Fox. "We must improve." Fox then left the room.', "We must", "Tom Fox"),
    ],
)
def test_a_quotation_ending_its_sentence_goes_on(nlp, text, opening, speaker):
    assert _speakers_of(nlp, text, opening) == {speaker}
