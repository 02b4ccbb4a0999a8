"""A speech whose pronoun speaker opens another speech's content is part of it
(``kg.extract.innerspeech``), on the shared pipeline."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.nlp import parse
from kg.records import Document


def _speech(nlp, text: str) -> set[tuple[str | None, str]]:
    document = Document(id="t", text=text)
    ((_, doc),) = list(parse(nlp, [document]))
    return {(s.speaker.text if s.speaker else None, s.cue) for s in extract(document, doc).speech}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he believed ..." is what Mr Blair told, not a second speech.
        ("Mr Blair told the audience he believed the Iraq war would have made Britain a safer place if its "
         "emerging democracy succeeded.", {("Mr Blair", "tell")}),
        ('Vivendi has said it believes there is "no legal basis" for the complaints.', {("Vivendi", "say")}),
        # A named speaker inside another's speech speaks for themselves.
        ("On Tuesday, WMC chairman Tommie Bergman said in a statement the directors believed it was in "
         "shareholders' best interest to reject the offer.",
         {("WMC chairman Tommie Bergman", "say"), ("the directors", "believe")}),
    ],
)
def test_a_speech_its_speaker_s_pronoun_opens_inside_another_is_part_of_it(nlp, text, expected):
    assert _speech(nlp, text) == expected
