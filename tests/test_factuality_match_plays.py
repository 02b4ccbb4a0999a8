"""A play a past move in a match report made is done, not a purpose: "jumped higher than
Nitoglia to dot down his 15th Test try" (match_results.txt, read by kg.extract.achieved)."""

from __future__ import annotations

from kg.types import Factuality


def _events(nlp, text: str) -> dict[str, Factuality]:
    from kg.extract import extract
    from kg.records import Document

    return {event.lemma: event.factuality for event in extract(Document("t", text), nlp(text)).events}


def test_a_play_after_a_past_move_is_done(nlp):
    # bbc/sport/416: the try was scored.
    text = ("Wales regained control with a second try in the 21st minute, Henson lobbing up a high kick to the left "
            "corner where Shanklin jumped higher than Nitoglia to dot down his 15th Test try. Jones was unable to "
            "convert and De Marigny then hit the upright with a penalty attempt for Italy. Henson was also narrowly "
            "short with a long-range effort at goal, but Wales ended the half with a vital third score to give "
            "themselves some breathing space.")
    assert _events(nlp, text)["dot down"] is Factuality.ASSERTED


def test_a_play_planned_or_outside_sport_stays_planned(nlp):
    firm = "The firm cut its prices in December to collect more customers in Europe."
    assert _events(nlp, firm)["collect"] is Factuality.PLANNED
    # Paraphrased from bbc/sport/416: a move still to come leaves the try planned.
    ahead = ("Wales will need a second try in the 21st minute, and Shanklin will jump higher than Nitoglia to dot "
             "down his 15th Test try. Jones was unable to convert and De Marigny then hit the upright with a penalty "
             "attempt for Italy. Henson was also narrowly short with a long-range effort at goal, but Wales ended the "
             "half with a vital third score to give themselves some breathing space.")
    assert _events(nlp, ahead)["dot down"] is not Factuality.ASSERTED
