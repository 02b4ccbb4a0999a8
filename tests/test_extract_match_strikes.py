"""A ball-game player's past move in a sports report has the strike it brought as its
outcome, not as a purpose: "sprinted into the area to power home a header" tells the header
(kg.extract.outcomes, match_moves.txt, match_strikes.txt). Sentences after sport/105,
sport/106 and sport/139 of the BBC corpus, paraphrased, on the session pipeline."""

from __future__ import annotations

from kg.types import Factuality
from tests.extract_helpers import resolved_part

REPORT = (
    "Newcastle 2-1 Bolton\n\nKieron Dyer scored the winner as Newcastle ended Bolton's ten-game unbeaten run in "
    "the Premiership. {move} Bolton's keeper made a fine save in the second half, but the striker scored again "
    "before the final whistle."
)


def _factuality(nlp, text: str, lemma: str) -> Factuality | None:
    events = [event for event in resolved_part(nlp, text).events if event.lemma == lemma]
    return events[0].factuality if events else None


def test_a_players_move_brings_the_strike(nlp):
    move = "Lee Bowyer sprinted into the area to power home a header from the resultant cross."
    assert _factuality(nlp, REPORT.format(move=move), "power") is Factuality.ASSERTED


def test_stepping_up_brings_the_shot_the_keeper_then_blocks(nlp):
    move = "Lampard stepped up to blast a shot through the wall but the keeper blocked it with his legs."
    assert _factuality(nlp, REPORT.format(move=move), "blast") is Factuality.ASSERTED


def test_a_move_still_to_come_stays_a_purpose(nlp):
    move = "Lampard will step up to blast a shot through the wall."
    assert _factuality(nlp, REPORT.format(move=move), "blast") is not Factuality.ASSERTED


def test_outside_a_sports_report_the_infinitive_stays_a_purpose(nlp):
    text = ("Board row deepens\n\nThe firm's new owner stepped up to fire the board on Monday, shareholders said. "
            "The company's shares fell 3% in London.")
    assert _factuality(nlp, text, "fire") is not Factuality.ASSERTED
