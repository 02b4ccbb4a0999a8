"""A speech an "if", "unless" or "whether" holds was never made (kg.extract.conditionalspeech): no
quote, and what it would say is as sure as the condition; a concession ("even if"), a refusal to
say (a negated reading, which the graph keeps as no quote: tests/test_extract_unsaid_quotes.py) and a
speech the writer interposes in a conditional sentence stay speech readings."""

import pytest

from tests.extract_helpers import event_readings


def _speech(nlp, sentence: str) -> list[tuple[str | None, str, str]]:
    from kg.extract import extract
    from kg.records import Document

    readings = extract(Document("t", sentence), nlp(sentence)).speech
    return [(r.speaker.text if r.speaker else None, r.cue, r.factuality.value) for r in readings]


@pytest.mark.parametrize("sentence", [
    # BBC politics/337 ("... if the watchdog believes the rules allow parties to ring TPS numbers"),
    # paraphrased.
    "Parties can act in the same way if the watchdog believes the rules allow them to ring TPS numbers.",
    # BBC sport/272 (Morientes and Real Madrid: "If Madrid do not want me then ..."), paraphrased.
    "The key is if Morientes comes out and says that he is happy at Madrid.",
    "Unless the minister announces that the plant will close, the workers will stay.",
    "Whether the chairman admits the firm made mistakes remains to be seen.",
])
def test_a_conditioned_speech_is_no_quote(nlp, sentence):
    assert _speech(nlp, sentence) == []


def test_what_a_conditioned_speech_would_say_is_possible(nlp):
    # BBC politics/225 (Mr Blair would stand down before the next election), paraphrased.
    readings = event_readings(nlp, "If Mr Blair says he will stand down, Mr Brown will take over.")
    assert readings["stand down"] == ("possible", "if")


@pytest.mark.parametrize(("sentence", "speech"), [
    # BBC sport/299 ("... even if the coach admitted Cardiff was an 'unforgiving place' for the
    # teenage prodigy"): a concession tells what was admitted.
    ("Tait received praise from Robinson, even if the coach admitted Cardiff was an unforgiving place.",
     ("the coach", "admit", "possible")),
    # BBC business/291 ("The Justice Department refused to say if it would appeal"), paraphrased: a refusal.
    ("The Justice Department refused to say if it would appeal.", ("The Justice Department", "say", "negated")),
    # A condition inside what was said, the speech verb interposed by the writer.
    ("If the ruling is upheld, he said, the firm would appeal.", ("he", "say", "asserted")),
])
def test_other_speech_stays(nlp, sentence, speech):
    assert speech in _speech(nlp, sentence)


def test_what_a_told_speech_says_keeps_its_plan(nlp):
    assert event_readings(nlp, "Mr Blair said he will stand down.")["stand down"] == ("planned", "will")
